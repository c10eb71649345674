/** A cycle's reminder days as HR types them: "7, 2" -> [7, 2]. Blanks are
 *  dropped and so is what is not a whole number; the server judges the rest
 *  (how many, 0-60 days before the close) and says why in the payload. */
export function parseReminderDays(text: string): number[] {
  return text
    .split(",")
    .map((d) => d.trim())
    .filter((d) => d !== "")
    .map(Number)
    .filter((d) => Number.isInteger(d));
}
