// Numbers and dates in the person's language: Danish decimal comma and
// day-month dates first, English second.
export type Language = "DA" | "EN";

const TAG: Record<Language, string> = { DA: "da-DK", EN: "en-GB" };

export function localeTag(language: Language): string {
  return TAG[language];
}

export function formatNumber(value: number, language: Language, fractionDigits = 0): string {
  return new Intl.NumberFormat(TAG[language], {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

export function formatPercent(percent: number, language: Language): string {
  return new Intl.NumberFormat(TAG[language], { style: "percent", maximumFractionDigits: 0 }).format(
    percent / 100,
  );
}

/** A calendar date ("2026-12-05") as "5. december 2026" / "5 December 2026",
 *  without a time zone shift (it is a date, not an instant). */
export function formatDate(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.slice(0, 10).split("-").map(Number);
  return new Intl.DateTimeFormat(TAG[language], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** The time of day of an instant in Danish time: "14.32" / "14:32". */
export function formatTime(isoDateTime: string, language: Language): string {
  return new Intl.DateTimeFormat(TAG[language], {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Copenhagen",
  }).format(new Date(isoDateTime));
}

/** An instant in Danish time (the platform's people are in Denmark). */
export function formatDateTime(isoDateTime: string, language: Language): string {
  return new Intl.DateTimeFormat(TAG[language], {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Copenhagen",
  }).format(new Date(isoDateTime));
}
