import { describe, expect, it } from "vitest";
import {
  describeChange,
  describeErrorBars,
  describeRating,
  domainOf,
  formatFigure,
  formatInterval,
  isCertain,
  placeErrorBars,
  sizeOf,
  ticksOf,
} from "./effect";

describe("numbers of learning effect", () => {
  it("use a decimal comma in Danish and a point in English", () => {
    expect(formatFigure(0.6745, "DA")).toBe("0,67");
    expect(formatFigure(0.6745, "EN")).toBe("0.67");
    expect(formatFigure(3.9, "DA", 1)).toBe("3,9");
  });

  it("never write minus zero, and write a real minus sign", () => {
    expect(formatFigure(-0.001, "DA")).toBe("0,00");
    expect(formatFigure(-0.001, "DA", 2, true)).toBe("0,00");
    expect(formatFigure(-0.23, "DA")).toBe("\u22120,23");
    expect(formatFigure(0.27, "DA", 2, true)).toBe("+0,27");
  });

  it("write an interval in words", () => {
    expect(formatInterval({ low: -0.2317, high: 1.2567 }, "DA")).toBe("fra \u22120,23 til 1,26");
    expect(formatInterval({ low: 0.1, high: 0.5 }, "EN")).toBe("from 0.10 to 0.50");
  });
});

describe("plain words for a director", () => {
  it("size a change by the usual 0.2, 0.5 and 0.8", () => {
    expect([0.1, -0.19, 0.2, 0.49, 0.5, -0.79, 0.8, 1.4].map(sizeOf)).toEqual([
      "none", "none", "small", "small", "moderate", "moderate", "large", "large",
    ]);
  });

  it("call a change certain only when its interval leaves out no change", () => {
    expect(isCertain({ low: 0.07, high: 1.75 })).toBe(true);
    expect(isCertain({ low: -1.2, high: -0.1 })).toBe(true);
    expect(isCertain({ low: -0.12, high: 1.43 })).toBe(false);
    expect(isCertain(null)).toBe(false);
  });

  it("say how large, which way and how sure", () => {
    expect(describeChange(0.67, { low: -0.12, high: 1.43 }, "DA")).toBe("moderat fremgang, usikker");
    expect(describeChange(0.93, { low: 0.07, high: 1.75 }, "DA")).toBe("stor fremgang, sikker");
    expect(describeChange(-0.3, { low: -0.9, high: 0.3 }, "DA")).toBe("lille tilbagegang, usikker");
    expect(describeChange(0.11, { low: -0.59, high: 0.8 }, "DA")).toBe("næsten uændret");
    expect(describeChange(0.67, { low: -0.12, high: 1.43 }, "EN")).toBe("moderate improvement, uncertain");
  });

  it("read a 1-5 mean as low, middle or high", () => {
    expect(describeRating(3.9, "DA")).toBe("3,9 af 5 \u2013 middel");
    expect(describeRating(4.25, "DA")).toBe("4,3 af 5 \u2013 højt");
    expect(describeRating(2.4, "EN")).toBe("2.4 of 5 \u2013 low");
  });
});

describe("the effect-size chart", () => {
  const rows = [
    { label: "Sætte retning", effectSize: 0.8, interval: { low: -0.02, high: 1.59 } },
    { label: "Skjult", effectSize: null, interval: null },
    { label: "Borgeren", effectSize: 0.53, interval: { low: -0.23, high: 1.26 } },
  ];

  it("spans every interval and no change, in whole halves", () => {
    expect(domainOf(rows)).toEqual([-0.5, 2]);
    expect(domainOf([])).toEqual([0, 0.5]);
    expect(ticksOf([-0.5, 1])).toEqual([-0.5, 0, 0.5, 1]);
  });

  it("place the point and the ends of each interval; a hidden figure gets none", () => {
    const placed = placeErrorBars(rows, [-0.5, 2], 10, 250, 40);
    expect(placed.map((r) => r.y)).toEqual([0, 40, 80]);
    expect(placed[0].x).toBeCloseTo(10 + (1.3 / 2.5) * 250);
    expect(placed[0].low).toBeCloseTo(10 + (0.48 / 2.5) * 250);
    expect(placed[1].x).toBeNull();
    expect(placed[1].low).toBeNull();
  });

  it("read out every figure, its interval and its words", () => {
    expect(describeErrorBars("Ændring pr. kompetence", rows.slice(0, 2), "DA", "skjult")).toBe(
      "Ændring pr. kompetence. Sætte retning: +0,80 (fra \u22120,02 til 1,59), stor fremgang, usikker; Skjult: skjult.",
    );
  });
});
