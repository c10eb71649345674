import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber, formatPercent, formatTime } from "./format";

describe("formatting for the person's language", () => {
  it("writes Danish numbers with a decimal comma and a thousands point", () => {
    expect(formatNumber(1234.5, "DA", 1)).toBe("1.234,5");
    expect(formatNumber(1234.5, "EN", 1)).toBe("1,234.5");
  });

  it("writes percentages the Danish way", () => {
    expect(formatPercent(75, "DA")).toBe("75\u00a0%");
    expect(formatPercent(75, "EN")).toBe("75%");
  });

  it("writes a date as day, month and year without shifting it by a time zone", () => {
    expect(formatDate("2026-12-05", "DA")).toBe("5. december 2026");
    expect(formatDate("2026-01-01", "EN")).toBe("1 January 2026");
  });

  it("writes an instant in Danish time", () => {
    // 23:30 UTC on 31 December is already 1 January in Copenhagen.
    expect(formatDateTime("2026-12-31T23:30:00Z", "DA")).toContain("1. jan. 2027");
    expect(formatDateTime("2026-12-31T23:30:00Z", "DA")).toContain("00.30");
  });

  it("writes the time of day of an instant in Danish time", () => {
    expect(formatTime("2026-12-06T13:32:05+00:00", "DA")).toBe("14.32");
    expect(formatTime("2026-07-06T13:32:05Z", "EN")).toBe("15:32");
  });
});
