import { describe, expect, it } from "vitest";
import { fieldKey, placeErrors } from "./errors";

describe("fieldKey", () => {
  it("drops the input prefix and joins the path", () => {
    expect(fieldKey(["input", "modules", "0", "title"])).toBe("modules.0.title");
    expect(fieldKey(["name"])).toBe("name");
    expect(fieldKey(null)).toBe("");
    expect(fieldKey([])).toBe("");
  });
});

describe("placeErrors", () => {
  it("puts each error beside the field it names", () => {
    const placed = placeErrors(
      [
        { field: ["input", "name"], message: "Navnet mangler" },
        { field: ["input", "closesAt"], message: "Fristen er før åbningen" },
      ],
      ["name", "closesAt"],
    );
    expect(placed.byField).toEqual({ name: ["Navnet mangler"], closesAt: ["Fristen er før åbningen"] });
    expect(placed.general).toEqual([]);
  });

  it("keeps errors of no field or of a field not shown as general", () => {
    const placed = placeErrors(
      [
        { field: null, message: "Kun HR" },
        { field: ["input", "profile"], message: "Ukendt profil" },
      ],
      ["name"],
    );
    expect(placed.byField).toEqual({});
    expect(placed.general).toEqual(["Kun HR", "Ukendt profil"]);
  });

  it("gives an error inside a list item to the closest shown field", () => {
    const placed = placeErrors(
      [
        { field: ["input", "modules", "0", "activities", "1", "title"], message: "Titel mangler" },
        { field: ["input", "modules", "0", "title"], message: "Modul uden titel" },
      ],
      ["modules.0", "modules.0.title", "modules"],
    );
    expect(placed.byField).toEqual({ "modules.0": ["Titel mangler"], "modules.0.title": ["Modul uden titel"] });
  });
});
