import { describe, expect, it } from "vitest";
import { describeBars, placeBars } from "./chart";

describe("360 report bars", () => {
  it("are as long as the mean is of the 1-5 scale, with a Danish decimal comma", () => {
    const bars = placeBars(
      [
        { label: "Selv", mean: 4.25, count: 1 },
        { label: "Kolleger", mean: 2.5, count: 4 },
      ],
      200,
      24,
      "DA",
    );
    expect(bars.map((b) => b.width)).toEqual([170, 100]);
    expect(bars.map((b) => b.y)).toEqual([0, 24]);
    expect(bars.map((b) => b.value)).toEqual(["4,3", "2,5"]);
  });

  it("use a decimal point in English and never run past the chart", () => {
    const [bar] = placeBars([{ label: "Peers", mean: 7, count: 3 }], 200, 24, "EN");
    expect(bar.width).toBe(200);
    expect(bar.value).toBe("7.0");
  });

  it("tell a screen reader every group's mean and answers", () => {
    const bars = placeBars([{ label: "Selv", mean: 4, count: 1 }, { label: "Leder", mean: 3.5, count: 1 }], 100, 20, "DA");
    expect(describeBars("Kommunikation", bars, (n) => `${n} svar`)).toBe(
      "Kommunikation: Selv 4,0 (1 svar); Leder 3,5 (1 svar)",
    );
  });
});
