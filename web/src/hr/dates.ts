// Date fields of HR's forms: a calendar day as an instant, and a day ahead.

/** A date field's "2026-12-24" as the instant of that day at `hour` local time; null if not a day. */
export function dayAt(day: string, hour: number): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const [y, m, d] = day.split("-").map(Number);
  const at = new Date(y, m - 1, d, hour, 0, 0);
  if (at.getFullYear() !== y || at.getMonth() !== m - 1 || at.getDate() !== d) return null;
  return at.toISOString();
}

/** `from` plus `days` as a date field's value ("2026-12-24"), in local time. */
export function dayFromNow(days: number, from: Date = new Date()): string {
  const at = new Date(from);
  at.setDate(at.getDate() + days);
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, "0")}-${String(at.getDate()).padStart(2, "0")}`;
}
