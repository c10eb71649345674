import { describe, expect, it } from "vitest";

import { uploadRequest } from "./upload";

const photo = new Blob(["png"], { type: "image/png" });

describe("uploadRequest", () => {
  it("puts the bare file with the ticket's headers for local storage", () => {
    const request = uploadRequest(
      { url: "/files/x", method: "PUT", headers: { "content-type": "image/png" }, fields: {} },
      photo,
    );
    expect(request.method).toBe("PUT");
    expect(request.headers).toEqual({ "content-type": "image/png" });
    expect(request.body).toBe(photo);
  });

  it("posts S3's policy fields before the file, which comes last", () => {
    const request = uploadRequest(
      { url: "https://s3/bucket", method: "POST", headers: {}, fields: { key: "k", policy: "p" } },
      photo,
    );
    const form = request.body as FormData;
    expect(request.method).toBe("POST");
    expect(request.headers).toBeUndefined();
    expect([...form.keys()]).toEqual(["key", "policy", "file"]);
    expect(form.get("key")).toBe("k");
  });
});
