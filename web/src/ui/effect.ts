// Learning effect for a municipal director, not a statistician: a plain
// sentence per figure ("moderat fremgang, usikker"), the numbers in the
// person's language (Danish decimal comma, a real minus sign, never "-0,00"),
// and the geometry of the effect-size chart with its 95 % intervals.
import { formatNumber, type Language } from "../i18n/format";

export interface Interval {
  low: number;
  high: number;
}

/** A number with a sign when asked ("+0,27", "−0,10"); a value that rounds
 *  to zero is "0,00", never "-0,00". */
export function formatFigure(value: number, language: Language, digits = 2, signed = false): string {
  const factor = 10 ** digits;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const negative = value < 0 && rounded !== 0;
  const text = formatNumber(rounded, language, digits);
  if (negative) return `\u2212${text}`;
  return signed && rounded !== 0 ? `+${text}` : text;
}

/** "fra −0,23 til 1,26" / "from −0.23 to 1.26". */
export function formatInterval(interval: Interval, language: Language, digits = 2): string {
  const low = formatFigure(interval.low, language, digits);
  const high = formatFigure(interval.high, language, digits);
  return language === "DA" ? `fra ${low} til ${high}` : `from ${low} to ${high}`;
}

export type Size = "none" | "small" | "moderate" | "large";

/** The usual reading of a standardised change: 0,2 small, 0,5 moderate, 0,8 large. */
export function sizeOf(effectSize: number): Size {
  const size = Math.abs(effectSize);
  if (size < 0.2) return "none";
  if (size < 0.5) return "small";
  if (size < 0.8) return "moderate";
  return "large";
}

/** Certain when the 95 % interval lies wholly on one side of no change. */
export function isCertain(interval: Interval | null | undefined): boolean {
  return !!interval && (interval.low > 0 || interval.high < 0);
}

const CHANGE_WORDS = {
  DA: {
    size: { small: "lille", moderate: "moderat", large: "stor" },
    up: "fremgang",
    down: "tilbagegang",
    none: "næsten uændret",
    certain: "sikker",
    uncertain: "usikker",
  },
  EN: {
    size: { small: "small", moderate: "moderate", large: "large" },
    up: "improvement",
    down: "decline",
    none: "almost unchanged",
    certain: "clear",
    uncertain: "uncertain",
  },
} as const;

/** "moderat fremgang, usikker", "stor fremgang, sikker", "næsten uændret". */
export function describeChange(effectSize: number, interval: Interval | null | undefined, language: Language): string {
  const words = CHANGE_WORDS[language];
  const size = sizeOf(effectSize);
  if (size === "none") return words.none;
  const direction = effectSize > 0 ? words.up : words.down;
  return `${words.size[size]} ${direction}, ${isCertain(interval) ? words.certain : words.uncertain}`;
}

export type Level = "low" | "middle" | "high";

/** A mean on the 1-5 scale: 4 and up high, under 3 low. */
export function levelOf(mean: number): Level {
  if (mean >= 4) return "high";
  if (mean >= 3) return "middle";
  return "low";
}

const LEVEL_WORDS = {
  DA: { low: "lavt", middle: "middel", high: "højt" },
  EN: { low: "low", middle: "middling", high: "high" },
} as const;

/** "3,9 af 5 – middel" / "3.9 of 5 – middling". */
export function describeRating(mean: number, language: Language): string {
  const value = formatFigure(mean, language, 1);
  const word = LEVEL_WORDS[language][levelOf(mean)];
  return language === "DA" ? `${value} af 5 \u2013 ${word}` : `${value} of 5 \u2013 ${word}`;
}

export interface ChangeRow {
  label: string;
  effectSize: number | null;
  interval: Interval | null;
}

export interface PlacedRow extends ChangeRow {
  y: number;
  x: number | null;
  low: number | null;
  high: number | null;
}

/** The effect-size axis: whole halves around every interval, always with 0. */
export function domainOf(rows: ChangeRow[]): [number, number] {
  let low = 0;
  let high = 0;
  for (const row of rows) {
    if (row.effectSize === null) continue;
    low = Math.min(low, row.interval?.low ?? row.effectSize, row.effectSize);
    high = Math.max(high, row.interval?.high ?? row.effectSize, row.effectSize);
  }
  return [Math.floor(low * 2) / 2, Math.max(Math.ceil(high * 2) / 2, Math.floor(low * 2) / 2 + 0.5)];
}

/** Rows `rowHeight` tall; x of the point and the interval's ends on a plot
 *  from `left` to `left + width` over the domain. A suppressed row has none. */
export function placeErrorBars(
  rows: ChangeRow[],
  domain: [number, number],
  left: number,
  width: number,
  rowHeight: number,
): PlacedRow[] {
  const [from, to] = domain;
  const x = (value: number) => left + ((Math.min(to, Math.max(from, value)) - from) / (to - from)) * width;
  return rows.map((row, index) => ({
    ...row,
    y: index * rowHeight,
    x: row.effectSize === null ? null : x(row.effectSize),
    low: row.effectSize === null || !row.interval ? null : x(row.interval.low),
    high: row.effectSize === null || !row.interval ? null : x(row.interval.high),
  }));
}

/** The ticks of the axis, every half. */
export function ticksOf(domain: [number, number]): number[] {
  const ticks = [];
  for (let value = domain[0]; value <= domain[1] + 1e-9; value += 0.5) ticks.push(Math.round(value * 2) / 2);
  return ticks;
}

/** What a screen reader hears for the chart: each row's effect size with its
 *  interval and the plain words, and which rows are hidden. */
export function describeErrorBars(title: string, rows: ChangeRow[], language: Language, hidden: string): string {
  const parts = rows.map((row) =>
    row.effectSize === null
      ? `${row.label}: ${hidden}`
      : `${row.label}: ${formatFigure(row.effectSize, language, 2, true)}${row.interval ? ` (${formatInterval(row.interval, language)})` : ""}, ${describeChange(row.effectSize, row.interval, language)}`,
  );
  return `${title}. ${parts.join("; ")}.`;
}
