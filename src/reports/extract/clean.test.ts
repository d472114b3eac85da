import { describe, expect, it } from "vitest";
import { cleanText } from "./clean";

const symbol = "A/HRC/43/47/Add.1";

describe("cleanText", () => {
  it("removes page furniture: symbol, page numbers, job number, barcode, recycling note", () => {
    const raw = [
      "A/HRC/43/47/Add.1\nHuman Rights Council\nVisit to Spain\nGE.20-03388(E)\n*2003388*\nPlease recycle",
      "A/HRC/43/47/Add.1\n5.\nThe Special Rapporteur thanks the Government.\n2",
      "3 A/HRC/43/47/Add.1\n6.\nThe objectives of the visit.\nPage 3",
    ].join("\f");
    expect(cleanText(raw, { symbol })).toBe(
      "Human Rights Council\nVisit to Spain\n5.\nThe Special Rapporteur thanks the Government.\n6.\nThe objectives of the visit.",
    );
  });

  it("keeps a number inside the page, and a symbol cited in a sentence", () => {
    const raw =
      "A/HRC/43/47/Add.1\n12.\nSee the report of the predecessor\n(A/HRC/28/64/Add.1), in particular its\n24\nrecommendations, of which\nmost were implemented,\nas the Government said.\n3";
    expect(cleanText(raw, { symbol })).toBe(
      "12.\nSee the report of the predecessor\n(A/HRC/28/64/Add.1), in particular its\n24\nrecommendations, of which\nmost were implemented,\nas the Government said.",
    );
  });

  it("rejoins a lettered item split by a page break, a footnote and furniture", () => {
    const raw = [
      "85.\nThe Special Rapporteur recommends that the Government:\n(a)\nAdopt a law that protects\n12 See CRC/C/ESP/CO/5-6, para. 34.\n16",
      "A/HRC/43/47/Add.1\nminority languages in the courts;\n(b)\nFund it.",
    ].join("\f");
    expect(cleanText(raw, { symbol })).toBe(
      "85.\nThe Special Rapporteur recommends that the Government:\n(a)\nAdopt a law that protects\nminority languages in the courts;\n(b)\nFund it.",
    );
  });

  it("removes a footnote whose number stands on a line of its own", () => {
    const raw =
      "(a)\nAdopt a law that protects\n3\nSee A/HRC/40/1, para. 4.\n17\fA/HRC/43/47/Add.1\nminorities;";
    expect(cleanText(raw, { symbol })).toBe("(a)\nAdopt a law that protects\nminorities;");
  });

  it("removes lines repeated at the top of many pages", () => {
    const page = (n: number) => `Advance unedited draft for consultation\n${n}.\nText of paragraph ${n}.`;
    expect(cleanText([1, 2, 3, 4].map(page).join("\f"))).not.toContain("Advance unedited draft");
  });

  it("rejoins words hyphenated at a line end, keeping real hyphens", () => {
    const raw =
      "The implemen-\ntation of the awareness-\nraising campaigns and other awareness-raising work. The implementation continues.";
    expect(cleanText(raw)).toBe(
      "The implementation of the awareness-raising campaigns and other awareness-raising work. The implementation continues.",
    );
  });

  it("normalises spaces, soft hyphens and ligatures", () => {
    expect(cleanText("Gouvernement\u202f:\u00a0a) De\u00adfinir le ﬁnancement ;")).toBe(
      "Gouvernement : a) Definir le financement ;",
    );
  });

  it("splits text whose line breaks were collapsed before paragraph numbers, headings and items", () => {
    const collapsed =
      "A/HRC/43/47/Add.1 the end of a paragraph on housing. IV. Conclusions and recommendations A. Conclusions 84. Progress was made. B. Recommendations 85. The Special Rapporteur recommends that the Government: (a) Adopt a law on article 5. It must be applied; and (b) Fund it. Education 86. Parliament should act. 14";
    expect(cleanText(collapsed, { symbol }).split("\n")).toEqual([
      "the end of a paragraph on housing.",
      "IV.",
      "Conclusions and recommendations",
      "A.",
      "Conclusions",
      "84. Progress was made.",
      "B.",
      "Recommendations",
      "85. The Special Rapporteur recommends that the Government:",
      "(a) Adopt a law on article 5. It must be applied; and",
      "(b) Fund it.",
      "Education",
      "86. Parliament should act.",
    ]);
  });
});
