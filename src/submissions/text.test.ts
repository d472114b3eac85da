import { describe, expect, it } from "vitest";
import { countWords, fold, foldWithMap, originalSpan, parseBody, serialiseBody } from "./text";

describe("body markup", () => {
  it("splits paragraphs on blank lines and joins wrapped lines", () => {
    expect(parseBody("First line\nwraps here.\n\n\nSecond paragraph.")).toEqual([
      { type: "paragraph", text: "First line wraps here." },
      { type: "paragraph", text: "Second paragraph." },
    ]);
  });

  it("reads '- ' lines as list items, with continuation lines, and pasted bullets", () => {
    expect(parseBody("Intro:\n- one\n  continued\n* two\n• three\n\nAfter.")).toEqual([
      { type: "paragraph", text: "Intro:" },
      { type: "list", items: ["one continued", "two", "three"] },
      { type: "paragraph", text: "After." },
    ]);
  });

  it("does not take a hyphenated word or a dash without a space for a list item", () => {
    expect(parseBody("-5 degrees\n—quote")).toEqual([{ type: "paragraph", text: "-5 degrees —quote" }]);
  });

  it("handles Windows line ends and an empty body", () => {
    expect(parseBody("a\r\n\r\n- b\r\n")).toEqual([
      { type: "paragraph", text: "a" },
      { type: "list", items: ["b"] },
    ]);
    expect(parseBody("  \n\n")).toEqual([]);
  });

  it("writes blocks back as the same markup", () => {
    const body = "Para one.\n\n- a\n- b\n\nPara two.";
    expect(serialiseBody(parseBody(body))).toBe(body);
  });
});

describe("word counts across scripts", () => {
  it.each([
    ["en", "The Government should repeal the 2019 law.", 7],
    ["fr", "L’État doit abroger la loi de 2019.", 7],
    ["es", "El Gobierno debe derogar la ley — ya.", 7],
    ["ar", "يجب على الحكومة إلغاء القانون.", 5],
    // 政府 / 应 / 废除 / 该 / 法律: by dictionary, neither one "word" (no spaces) nor one per character.
    ["zh", "政府应废除该法律。", 5],
    ["th", "รัฐบาลควรยกเลิกกฎหมาย", 4],
    ["en", "- one\n- two", 2],
    ["en", "", 0],
  ])("%s: %j has %i words", (locale, text, n) => {
    expect(countWords(text, locale)).toBe(n);
  });
});

describe("folding", () => {
  it("drops case, accents, marks and invisible characters", () => {
    expect(fold("JOSÉ")).toBe("jose");
    expect(fold("Jose\u0301")).toBe("jose");
    expect(fold("Jo\u200Bs\u00ADé")).toBe("jose");
    expect(fold("Ｊｏｓé")).toBe("jose");
    expect(fold("Øyvind Strauß Łukasz")).toBe("oyvind strauss lukasz");
  });

  it("merges Turkish dotted and dotless i, and uses the language's casing when given", () => {
    expect(fold("İsmail")).toBe("ismail");
    expect(fold("Işık")).toBe("isik");
    expect(fold("ISTANBUL", "tr")).toBe("istanbul");
  });

  it("merges Arabic spelling variants and strips vowel marks and the stretching stroke", () => {
    expect(fold("أحمد")).toBe(fold("احمد"));
    expect(fold("إيمان")).toBe(fold("ايمان"));
    expect(fold("فاطمة")).toBe(fold("فاطمه"));
    expect(fold("مُحَمَّد")).toBe(fold("محمد"));
    expect(fold("محـــمد")).toBe(fold("محمد"));
    expect(fold("٠٧١٢ ۳۴۵")).toBe("0712 345");
  });

  it("maps a folded span back to the original text", () => {
    const original = "Mr Strauß\u0301 said";
    const f = foldWithMap(original);
    const from = f.text.indexOf("strauss");
    expect(originalSpan(f, from, from + "strauss".length, original.length)).toEqual([3, 10]);
    expect(original.slice(3, 10)).toBe("Strauß\u0301");
  });
});
