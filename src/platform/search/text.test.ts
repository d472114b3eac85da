import { describe, expect, it } from "vitest";
import { configFor, plain, segment, snippetHtml } from "./text";

describe("search text preparation", () => {
  it("chooses a stemmer per language and falls back to simple", () => {
    expect(configFor("fr")).toBe("vd_french");
    expect(configFor("en-GB")).toBe("vd_english");
    expect(configFor("zh")).toBe("vd_simple");
    expect(configFor("sw")).toBe("vd_simple");
  });

  it("segments Chinese into words and leaves other text alone", () => {
    const s = segment("酷刑问题特别报告员");
    expect(s.split(" ").length).toBeGreaterThan(1);
    expect(s.replaceAll(" ", "")).toBe("酷刑问题特别报告员");
    expect(segment("Special Rapporteur")).toBe("Special Rapporteur");
  });

  it("removes accents and case for typo matching", () => {
    expect(plain("  Défenseurs des DROITS ")).toBe("defenseurs des droits");
  });

  it("escapes the text of a snippet and keeps only its own highlight marks", () => {
    expect(snippetHtml("a <script>\u0002torture\u0003 & b")).toBe(
      "a &lt;script&gt;<mark>torture</mark> &amp; b",
    );
  });
});
