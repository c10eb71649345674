import { describe, expect, it } from "vitest";
import { escapeHtml, previewMarkdown } from "./markdown";

describe("previewMarkdown", () => {
  it("renders headings, paragraphs, lists and emphasis", () => {
    expect(previewMarkdown("# Tillid\n\nVi **lytter** og *spørger*.\n\n- én\n- to\n\n1. første")).toBe(
      [
        "<h2>Tillid</h2>",
        "<p>Vi <strong>lytter</strong> og <em>spørger</em>.</p>",
        "<ul><li>én</li><li>to</li></ul>",
        "<ol><li>første</li></ol>",
      ].join("\n"),
    );
  });

  it("never lets HTML of the text through", () => {
    const html = previewMarkdown('<script>alert(1)</script>\n<img src=x onerror="alert(2)">\n**<b>x</b>**');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("<strong>&lt;b&gt;x&lt;/b&gt;</strong>");
  });

  it("shows a link as its text only", () => {
    expect(previewMarkdown("[Læs mere](javascript:alert(1))")).toBe("<p>Læs mere</p>");
  });
});

describe("escapeHtml", () => {
  it("escapes the five characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
