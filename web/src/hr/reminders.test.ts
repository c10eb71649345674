import { describe, expect, it } from "vitest";
import { parseReminderDays } from "./reminders";

describe("parseReminderDays", () => {
  it("reads days separated by commas, in the order typed", () => {
    expect(parseReminderDays("7, 2")).toEqual([7, 2]);
    expect(parseReminderDays(" 14,0 ")).toEqual([14, 0]);
  });

  it("is empty for no days, and drops what is not a whole number", () => {
    expect(parseReminderDays("")).toEqual([]);
    expect(parseReminderDays("3, , x, 2.5")).toEqual([3]);
  });
});
