import { describe, expect, it } from "vitest";
import { dayAt, dayFromNow } from "./dates";
import { rateCell } from "./rates";

describe("dayAt", () => {
  it("is that day at the hour, local time", () => {
    const at = new Date(dayAt("2027-03-31", 16)!);
    expect([at.getFullYear(), at.getMonth() + 1, at.getDate(), at.getHours()]).toEqual([2027, 3, 31, 16]);
  });

  it("refuses what is not a day", () => {
    expect(dayAt("", 8)).toBeNull();
    expect(dayAt("31-03-2027", 8)).toBeNull();
    expect(dayAt("2027-02-30", 8)).toBeNull();
  });
});

describe("dayFromNow", () => {
  it("counts days across a month's end", () => {
    expect(dayFromNow(3, new Date(2026, 11, 30, 12))).toBe("2027-01-02");
    expect(dayFromNow(0, new Date(2026, 0, 5, 12))).toBe("2026-01-05");
  });
});

describe("rateCell", () => {
  it("says hidden where the API holds the count back", () => {
    expect(rateCell(null, 12, "DA", "skjult")).toBe("skjult");
  });

  it("gives the count and its share in the person's language", () => {
    expect(rateCell(3, 12, "DA", "skjult").replace(/\u00a0/g, " ")).toBe("3 (25 %)");
    expect(rateCell(3, 12, "EN", "hidden")).toBe("3 (25%)");
    expect(rateCell(0, 0, "DA", "skjult")).toBe("0");
  });
});
