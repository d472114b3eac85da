import { describe, expect, it } from "vitest";
import { addresseeHeading, addresseeOf, subjectAddressee } from "./addressee";
import { extractRecommendations, parseItems, sectionKind } from "./recommendations";

const refs = (text: string) => extractRecommendations(text).map((r) => r.ref);

describe("the recommendations part", () => {
  it.each([
    ["V. Conclusions and recommendations", "both"],
    ["CONCLUSIONS AND RECOMMENDATIONS", "both"],
    ["Conclusions et recommandations", "both"],
    ["Conclusiones y recomendaciones", "both"],
    ["Recommendations", "recommendations"],
    ["Recommendations to the Government", "recommendations"],
    ["Recommandations", "recommendations"],
    ["Recomendaciones", "recommendations"],
    ["Conclusions", "conclusions"],
    ["Implementation of previous recommendations", null],
    ["Legal framework", null],
  ])("%s is %s", (heading, kind) => {
    expect(sectionKind(heading.replace(/^V\. /, ""))).toBe(kind);
  });

  it("ignores recommending words outside the part, and conclusions inside it", () => {
    const text = [
      "III.",
      "Findings",
      "10.",
      "The Special Rapporteur recommends that the Government adopt a law.",
      "11.",
      "The Government should act.",
      "IV.",
      "Conclusions and recommendations",
      "A.",
      "Conclusions",
      "12.",
      "The Government should be commended.",
      "B.",
      "Recommendations",
      "13.",
      "The Government should adopt the law.",
      "V.",
      "Follow-up",
      "14.",
      "The Special Rapporteur should be invited again.",
    ].join("\n");
    expect(refs(text)).toEqual(["13"]);
  });

  it("keeps only recommending paragraphs where conclusions and recommendations are mixed", () => {
    const text = [
      "IV. Conclusions and recommendations",
      "20. Progress has been made in many areas.",
      "21. The Special Rapporteur recommends that the Government ratify the Convention.",
      "22. Parliament should adopt the bill.",
    ].join("\n");
    expect(refs(text)).toEqual(["21", "22"]);
  });

  it("takes the last chapter on recommendations, not an earlier review of a predecessor's", () => {
    const text = [
      "II. Recommendations of the previous mandate holder",
      "5. The previous mandate holder recommended a new law.",
      "III. Findings",
      "6. Much remains to be done.",
      "IV. Recommendations",
      "7. The Government should adopt a new law.",
    ].join("\n");
    expect(refs(text)).toEqual(["7"]);
  });

  it("without a heading, takes the recommending paragraphs that end the text", () => {
    const text = [
      "47.",
      "The Special Rapporteur therefore recommends that a strategy be adopted.",
      "48.",
      "Progress was limited.",
      "49.",
      "The Government should review the law.",
      "50.",
      "The Special Rapporteur invites the Government to act.",
    ].join("\n");
    expect(refs(text)).toEqual(["49", "50"]);
  });

  it("ignores a table of contents", () => {
    const text = [
      "Contents",
      "IV. Conclusions and recommendations ........................ 85–90 18",
      "I. Introduction",
      "1. The visit took place in May.",
      "IV. Conclusions and recommendations",
      "85. The Government should act.",
    ].join("\n");
    expect(refs(text)).toEqual(["85"]);
  });
});

describe("paragraphs and items", () => {
  it("splits a chapeau into lettered items and (i), (ii) sub-items", () => {
    const text = [
      "Recommendations",
      "85.",
      "The Special Rapporteur recommends that the Government:",
      "(a)",
      "Adopt a law;",
      "(b)",
      "Ensure that the law:",
      "(i)",
      "Protects children;",
      "(ii)",
      "Is funded;",
      "(c)",
      "Report on it.",
    ].join("\n");
    expect(extractRecommendations(text).map((r) => [r.ref, r.text])).toEqual([
      ["85(a)", "Adopt a law;"],
      ["85(b)(i)", "Protects children;"],
      ["85(b)(ii)", "Is funded;"],
      ["85(c)", "Report on it."],
    ]);
  });

  it("reads (i) after (h) as a letter unless (h) introduces a list", () => {
    const letters = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"].map((l) => `(${l}) Item ${l};`);
    expect(parseItems(["Recommends:", ...letters]).items.map((i) => i.key)).toEqual([
      "a",
      "b",
      "c",
      "d",
      "e",
      "f",
      "g",
      "h",
      "i",
      "j",
    ]);
    const nested = [
      "Recommends:",
      ...letters.slice(0, 7),
      "(h) Ensure that:",
      "(i) One;",
      "(ii) Two;",
      "(i) Item i;",
    ];
    const items = parseItems(nested).items;
    expect(items.map((i) => i.key)).toEqual(["a", "b", "c", "d", "e", "f", "g", "h", "i"]);
    expect(items[7]?.subs.map((s) => s.key)).toEqual(["i", "ii"]);
  });

  it("continues after (z) with (aa), and reads French and Spanish 'a)' items", () => {
    const many = Array.from(
      { length: 27 },
      (_, i) => `(${i < 26 ? String.fromCharCode(97 + i) : "aa"}) Item;`,
    );
    expect(parseItems(["Recommends:", ...many]).items.at(-1)?.key).toBe("aa");
    expect(
      parseItems(["Recommande au Gouvernement :", "a) D’adopter ;", "b) De financer."]).items,
    ).toHaveLength(2);
  });

  it("does not take a wrapped cross-reference for a list", () => {
    const { items, chapeau } = parseItems([
      "The Government should apply article 9",
      "(a) of the Covenant in all cases.",
    ]);
    expect(items).toEqual([]);
    expect(chapeau).toHaveLength(2);
  });

  it("keeps a paragraph number on a line of its own with its text, and a year at a line start as text", () => {
    const text = [
      "Recommendations",
      "85.",
      "The Special Rapporteur recommends that the Government adopt by the end of",
      "2019. a plan, and report on it.",
      "86.",
      "Parliament should act.",
    ].join("\n");
    expect(extractRecommendations(text).map((r) => [r.ref, r.text])).toEqual([
      [
        "85",
        "The Special Rapporteur recommends that the Government adopt by the end of 2019. a plan, and report on it.",
      ],
      ["86", "Parliament should act."],
    ]);
  });

  it("gives each recommendation its thematic heading and, for grouped ones, the group's addressee", () => {
    const text = [
      "B. Recommendations",
      "Legal framework",
      "85. The Government should adopt the law.",
      "Recommendations to the international community",
      "86. The Special Rapporteur recommends that support be increased.",
      "To civil society",
      "Monitoring",
      "87. The Special Rapporteur encourages the monitoring of places of detention.",
    ].join("\n");
    expect(
      extractRecommendations(text).map((r) => [r.ref, r.heading, r.addressee, r.addresseeAsWritten]),
    ).toEqual([
      ["85", "Legal framework", "government", "The Government"],
      ["86", null, "international_community", "the international community"],
      ["87", "Monitoring", "civil_society", "civil society"],
    ]);
  });

  it("numbers the recommendations of a text without paragraph numbers p1, p2…", () => {
    const text = [
      "Recommendations",
      "",
      "I recommend the following:",
      "",
      "• The Government should close the camp;",
      "• Parliament should pass the law.",
      "",
      "Thank you.",
    ].join("\n");
    expect(extractRecommendations(text).map((r) => [r.ref, r.addressee, r.text])).toEqual([
      ["p1", "government", "The Government should close the camp;"],
      ["p2", "parliament", "Parliament should pass the law."],
    ]);
  });
});

describe("addressee", () => {
  it.each([
    ["The Special Rapporteur recommends that the Government:", "government", "the Government"],
    [
      "The Special Rapporteur recommends that the Government of Spain adopt a plan.",
      "government",
      "the Government of Spain",
    ],
    ["The Special Rapporteur urges the authorities to act.", "government", "the authorities"],
    ["In addition, the State party should act.", "government", "the State party"],
    ["The Special Rapporteur considers that the Parliament should act.", "parliament", "the Parliament"],
    ["The Government, in consultation with civil society, should act.", "government", "The Government"],
    ["The judiciary should apply the Covenant.", "judiciary", "The judiciary"],
    ["The Working Group encourages the Ombudsperson to visit prisons.", "nhri", "the Ombudsperson"],
    [
      "The Special Rapporteur calls on the United Nations country team to help.",
      "un_system",
      "the United Nations country team",
    ],
    ["Business enterprises should respect human rights.", "other", "Business enterprises"],
    ["Le Rapporteur spécial recommande au Gouvernement :", "government", "Gouvernement"],
    ["Le Parlement devrait adopter la loi.", "parliament", "Le Parlement"],
    [
      "El Relator Especial insta a la comunidad internacional a apoyar.",
      "international_community",
      "la comunidad internacional",
    ],
    ["La Defensoría del Pueblo debería vigilar.", "nhri", "La Defensoría del Pueblo"],
  ])("%s → %s", (text, addressee, asWritten) => {
    expect(addresseeOf(text)).toEqual({ addressee, asWritten });
  });

  it("takes the country's name as the State", () => {
    expect(addresseeOf("Spain should ratify the Convention.", ["Spain"])).toEqual({
      addressee: "government",
      asWritten: "Spain",
    });
  });

  it("names no one where the text names no one", () => {
    expect(addresseeOf("The Special Rapporteur recommends the following:")).toBeNull();
    expect(
      addresseeOf("The Special Rapporteur recommends that measures be taken with the courts."),
    ).toBeNull();
  });

  it("reads an item's own subject only where the item opens with it", () => {
    expect(subjectAddressee("Parliament should adopt the law;")?.addressee).toBe("parliament");
    expect(subjectAddressee("Ensure that the courts can review decisions;")).toBeNull();
  });

  it("tells headings that group by addressee from thematic ones", () => {
    expect(addresseeHeading("Recommendations to the Government")?.addressee).toBe("government");
    expect(addresseeHeading("To the National Assembly")?.addressee).toBe("parliament");
    expect(addresseeHeading("Civil society")?.addressee).toBe("civil_society");
    expect(addresseeHeading("Au Parlement")?.addressee).toBe("parliament");
    expect(addresseeHeading("Legal framework")).toBeNull();
    expect(addresseeHeading("Access to justice for victims of torture")).toBeNull();
  });
});
