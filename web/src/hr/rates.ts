// A response-rate cell of a 360 cycle: the API leaves a count out (null)
// where the anonymity rules hold it back; the cell then says so in words.
import { formatNumber, formatPercent, type Language } from "../i18n/format";

export function rateCell(count: number | null | undefined, invited: number, language: Language, hidden: string): string {
  if (count === null || count === undefined) return hidden;
  if (invited === 0) return formatNumber(count, language);
  return `${formatNumber(count, language)} (${formatPercent((count / invited) * 100, language)})`;
}
