import { describe, expect, it } from "vitest";
import { globalId, match } from "./router";

describe("routes", () => {
  it("match the app's paths and decode their parameters", () => {
    expect(match("/feedback/notes/:id", "/feedback/notes/RmVlZGJhY2tOb3RlOjQ%3D")).toEqual({ id: "RmVlZGJhY2tOb3RlOjQ=" });
    expect(match("/feedback/notes/:id", "/feedback/notes")).toBeNull();
    expect(match("/enrolments/:e/activities/:a", "/enrolments/E/activities/A")).toEqual({ e: "E", a: "A" });
  });

  it("turn a mail's database number into the API's global ID, and leave a global ID alone", () => {
    expect(globalId("FeedbackNote", "4")).toBe("RmVlZGJhY2tOb3RlOjQ=");
    expect(globalId("FeedbackNote", "RmVlZGJhY2tOb3RlOjQ=")).toBe("RmVlZGJhY2tOb3RlOjQ=");
  });
});
