// The committed manifests are what the server allows: they must be exactly the
// documents, printed and hashed the way the client preset does it.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
// What the client preset prints for a document without client-only directives.
import { printExecutableGraphQLDocument as normalizeAndPrintDocumentNode } from "@graphql-tools/documents";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";

const operations = join(__dirname, "..", "..", "..", "graphql", "operations");

function manifest(path: string): Record<string, string> {
  return JSON.parse(readFileSync(join(__dirname, "..", path, "persisted-documents.json"), "utf8"));
}

describe("the persisted-documents manifests", () => {
  it("hold every document of graphql/operations/ and nothing else", () => {
    const expected: Record<string, string> = {};
    for (const file of readdirSync(operations).filter((f) => f.endsWith(".graphql")).sort()) {
      const text = normalizeAndPrintDocumentNode(parse(readFileSync(join(operations, file), "utf8")));
      expected[`sha256:${createHash("sha256").update(text).digest("hex")}`] = text;
    }
    expect(manifest("gql-operations")).toEqual(expected);
  });

  it("key every app document by the sha256 of its text", () => {
    const app = manifest("gql");
    expect(Object.keys(app).length).toBeGreaterThan(0);
    for (const [hash, text] of Object.entries(app)) {
      expect(hash).toBe(`sha256:${createHash("sha256").update(text).digest("hex")}`);
      expect(text).toContain("__typename");
    }
  });
});
