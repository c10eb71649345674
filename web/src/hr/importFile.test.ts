import { describe, expect, it } from "vitest";
import { annotateFile, linesToShow } from "./importFile";

const FILE = "\uFEFFemail;navn;enhed;leder_email\r\na@x.dk;A;Skole;leder@x.dk\r\nikke-en-mail;B;Skole;leder@x.dk\r\n";

describe("annotateFile", () => {
  it("numbers the lines from 1 and puts each rejection on its line", () => {
    const rows = annotateFile(FILE, [{ line: 3, email: null, message: "Ugyldig e-mail" }]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(rows[0].text).toBe("email;navn;enhed;leder_email");
    expect(rows[1].messages).toEqual([]);
    expect(rows[2]).toEqual({ line: 3, text: "ikke-en-mail;B;Skole;leder@x.dk", messages: ["Ugyldig e-mail"] });
  });

  it("keeps a rejection beyond the file's end", () => {
    const rows = annotateFile("a\nb", [{ line: 7, message: "?" }]);
    expect(rows[rows.length - 1]).toEqual({ line: 7, text: "", messages: ["?"] });
  });
});

describe("linesToShow", () => {
  it("shows a short file whole and a long one around its errors", () => {
    const text = Array.from({ length: 500 }, (_, i) => `row ${i + 1}`).join("\n");
    const rows = annotateFile(text, [{ line: 250, message: "x" }]);
    expect(linesToShow(rows.slice(0, 10))).toHaveLength(10);
    expect(linesToShow(rows).map((r) => r.line)).toEqual([1, 249, 250, 251]);
  });
});
