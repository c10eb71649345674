// Bars of a 360 report on its 1-5 scale: geometry and the words a screen
// reader hears, numbers in the person's language (Danish decimal comma).
import { formatNumber, type Language } from "../i18n/format";

export interface Bar {
  label: string;
  mean: number;
  count: number;
}

export interface PlacedBar extends Bar {
  y: number;
  width: number;
  value: string;
}

export const SCALE_MAX = 5;

/** Each bar's offset and length for a chart `width` wide, rows `rowHeight` tall. */
export function placeBars(bars: Bar[], width: number, rowHeight: number, language: Language): PlacedBar[] {
  return bars.map((bar, index) => ({
    ...bar,
    y: index * rowHeight,
    width: Math.max(0, Math.min(1, bar.mean / SCALE_MAX)) * width,
    value: formatNumber(bar.mean, language, 1),
  }));
}

/** "Ledelse: Selv 4,2 (1 svar); Kolleger 3,8 (4 svar)" for the SVG's label. */
export function describeBars(title: string, bars: PlacedBar[], answers: (n: number) => string): string {
  return `${title}: ${bars.map((bar) => `${bar.label} ${bar.value} (${answers(bar.count)})`).join("; ")}`;
}
