import { describe, expect, it } from "vitest";
import { createI18n } from "../platform/i18n";
import { type ComposeContext, composeExport, previewFor, wordLimitLabel, wordTally } from "./compose";
import { revokeConsent } from "./consent";
import { consent, jointSubmission, NOW, part, people, person, submission, YESTERDAY } from "./fixtures";
import type { Audience, Submission } from "./model";

const ctx = (extra: Partial<ComposeContext> = {}): ComposeContext => ({
  i18n: createI18n("en"),
  now: NOW,
  letter: {
    recipient: "Special Rapporteur on the rights to freedom of peaceful assembly and of association",
    organisation: "Haki Watch and the Civic Space Coalition",
    country: "Kenya",
  },
  call: { deadline: "2026-04-01T23:59:00+02:00", maxWords: 5000 },
  ...extra,
});
const compose = (s: Submission, audience: Audience, extra: Partial<ComposeContext> = {}) =>
  composeExport(s, audience, ctx(extra));
/** Everything a renderer could put on the page. */
const everything = (s: Submission, audience: Audience, extra: Partial<ComposeContext> = {}) =>
  JSON.stringify(compose(s, audience, extra).document);

// Every spelling of every name and contact in the joint submission's people.
const identifying = [
  "José",
  "Jose",
  "García",
  "Garcia",
  "jose.garcia@example.org",
  "712 345 678",
  "Amina",
  "Khalil",
  "733 222 111",
  "Ruth",
  "Otieno",
  "Grace",
  "Mwangi",
];
// Text that only expert, coalition and organisation parts hold.
const expertOnly = ["detained without charge", "saw the raid", "beatings in custody", "The arrest of"];
const internal = ["day two in Kisumu", "donor wants this kept quiet", "lawyer is under surveillance"];

const containsAny = (haystack: string, needles: readonly string[]) =>
  needles.filter((n) => haystack.toLowerCase().includes(n.toLowerCase()));

describe("the public version", () => {
  const doc = compose(jointSubmission(), "public").document;
  const text = JSON.stringify(doc);

  it("holds no expert-only, coalition or organisation text, and no name or contact of anyone", () => {
    expect(containsAny(text, expertOnly)).toEqual([]);
    expect(containsAny(text, internal)).toEqual([]);
    expect(containsAny(text, identifying)).toEqual([]);
  });

  it("holds exactly the public parts, in chapters, with names withheld even with consent to be named publicly", () => {
    expect(doc.sections.map((s) => [s.heading, s.parts.map((p) => p.id)])).toEqual([
      ["Context", ["context"]],
      ["Recommendations to the expert", ["recs-a", "recs-b"]],
      ["Sources", ["sources"]],
    ]);
    expect(doc.annexes.map((p) => p.id)).toEqual(["annex-1"]);
    expect(doc.sections[2]?.parts[0]?.blocks).toEqual([
      { type: "paragraph", text: "Court records; interviews by [name withheld], who agreed to be named." },
    ]);
    expect(doc.coverLetter).toBeNull();
    expect(doc.namedPeople).toEqual([]);
    expect(doc.subtitle).toBe("Public version");
    expect(doc.footer).toBe("Public version: the names of people are withheld. March 10, 2026");
  });

  it("keeps the light markup as blocks", () => {
    expect(doc.sections[0]?.parts[0]).toEqual({
      id: "context",
      heading: "Civic space since 2019",
      audience: "public",
      marker: null,
      blocks: [
        { type: "paragraph", text: "The 2019 NGO law lets the registrar close any group." },
        { type: "list", items: ["Offices raided in Nairobi", "Bank accounts frozen"] },
      ],
    });
  });

  it("leaves out a public part that names someone in any spelling, and withholds a lone word of a name", () => {
    const s = submission(
      [
        part("typed", { body: "We met JOSE GARCIA in May." }),
        part("accents", { body: "Jose\u0301 Garci\u0301a again." }),
        part("heading", { heading: "Interview with amina khalil", body: "Harmless text." }),
        part("mail", { body: "Contact: JOSE.GARCIA@EXAMPLE.ORG" }),
        part("phone", { body: "Phone +254-733-222-111" }),
        part("lone", { body: "Mr García's lawyer and Ms Khalil's sister spoke." }),
        part("banana", { body: "Bananas, Anabel and Savannah stay." }),
      ],
      [people.jose, people.amina, person("p-ana", "Ana"), people.grace],
    );
    const composed = compose(s, "public");
    const published = JSON.stringify(composed.document);
    expect(containsAny(published, identifying)).toEqual([]);
    expect(composed.document.sections.flatMap((x) => x.parts.map((p) => p.id))).toEqual(["lone", "banana"]);
    expect(composed.document.sections[0]?.parts.map((p) => p.blocks)).toEqual([
      [{ type: "paragraph", text: "Mr [name withheld]'s lawyer and Ms [name withheld]'s sister spoke." }],
      [{ type: "paragraph", text: "Bananas, Anabel and Savannah stay." }],
    ]);
    expect(composed.messages).toEqual([
      "“Heading typed” is left out of the public version: it names a victim, who has not agreed to appear in it.",
      "“Heading accents” is left out of the public version: it names a victim, who has not agreed to appear in it.",
      "“Interview with [name withheld]” is left out of the public version: it names a witness, who has not agreed to appear in it.",
      "“Heading mail” is left out of the public version: it names a victim, who has not agreed to appear in it.",
      "“Heading phone” is left out of the public version: it names a witness, who has not agreed to appear in it.",
      "“Heading lone” contains a word of the name of a victim; it is withheld in the public version.",
      "“Heading lone” contains a word of the name of a witness; it is withheld in the public version.",
    ]);
  });

  it("withholds a name in the title", () => {
    const s = submission([part("x")], [people.grace], { title: "Grace MWANGI's report" });
    expect(compose(s, "public").document.title).toBe("[name withheld]'s report");
  });

  it("withholds the name of a person who agreed to be named publicly, in headings too", () => {
    const s = submission(
      [
        part("x", {
          heading: "Statement of Grace Mwangi",
          body: "Grace Mwangi, lawyer.",
          mentions: ["p-grace"],
        }),
      ],
      [people.grace],
    );
    const p = compose(s, "public").document.sections[0]?.parts[0];
    expect(p?.heading).toBe("Statement of [name withheld]");
    expect(p?.blocks).toEqual([{ type: "paragraph", text: "[name withheld], lawyer." }]);
  });
});

describe("the expert version", () => {
  const composed = compose(jointSubmission(), "expert");
  const text = JSON.stringify(composed.document);

  it("holds the public and expert parts, and the names of those who agreed to be named to the expert", () => {
    expect(text).toContain(
      "José García was detained without charge on 3 May. Reach him at jose.garcia@example.org.",
    );
    expect(text).toContain("The arrest of José García");
    expect(text).toContain("Amina Khalil saw the raid. Signal +254 733 222 111.");
    expect(text).toContain("interviews by Grace Mwangi, who agreed");
    expect(composed.document.namedPeople).toEqual([
      "José García (victim)",
      "Amina Khalil (witness)",
      "Grace Mwangi (source)",
    ]);
  });

  it("leaves out the part about the witness who withdrew consent yesterday, and says so", () => {
    expect(containsAny(text, ["Ruth", "Otieno", "beatings in custody"])).toEqual([]);
    expect(composed.messages).toEqual([
      "“A second witness” is left out of the version for the expert: it names Ruth Otieno (witness), who has not agreed to appear in it.",
    ]);
  });

  it("never holds coalition or organisation parts", () => {
    expect(containsAny(text, internal)).toEqual([]);
    expect(containsAny(text, ["Who meets the expert", "Funding worries", "B internal"])).toEqual([]);
  });

  it("marks the confidential parts and orders chapters", () => {
    expect(
      composed.document.sections.map((s) => [s.kind, s.parts.map((p) => [p.id, p.marker ?? "-"])]),
    ).toEqual([
      ["context", [["context", "-"]]],
      [
        "individual_cases",
        [
          ["case-jose", "Confidential: for the expert only, not for publication"],
          ["case-amina", "Confidential: for the expert only, not for publication"],
        ],
      ],
      [
        "recommendations",
        [
          ["recs-a", "-"],
          ["recs-b", "-"],
        ],
      ],
      ["sources", [["sources", "-"]]],
    ]);
  });

  it("opens with a cover letter", () => {
    expect(composed.document.subtitle).toBe(
      "Submission to Special Rapporteur on the rights to freedom of peaceful assembly and of association",
    );
    expect(composed.document.coverLetter).toEqual([
      "Dear Special Rapporteur on the rights to freedom of peaceful assembly and of association,",
      "Haki Watch and the Civic Space Coalition is pleased to send you “Civic space ahead of the visit” ahead of your visit to Kenya. It answers your call for input due on April 1, 2026.",
      "This version is for you and the OHCHR team supporting your mandate. Please do not publish it or share it with the authorities: the people it names, and those who shared this information, could be put at risk.",
      "The 3 people named here agreed to be named to you. Please contact us before reaching out to anyone named, and do not name them in public.",
      "A public version, without the confidential parts and without names, is available from us and may be quoted.",
      "Yours sincerely,",
      "Haki Watch and the Civic Space Coalition",
    ]);
    expect(composed.document.footer).toBe(
      "Confidential: for the mandate holder and OHCHR only. Do not publish. March 10, 2026",
    );
  });

  it("drops a person from the next export once their consent is withdrawn", () => {
    const s = jointSubmission();
    const withdrawn = {
      ...s,
      people: s.people.map((p) => (p.id === "p-jose" ? revokeConsent(p, YESTERDAY, "u-field") : p)),
    };
    const after = compose(withdrawn, "expert");
    expect(
      containsAny(JSON.stringify(after.document), ["José", "Jose", "García", "Garcia", "712 345 678"]),
    ).toEqual([]);
    expect(after.document.namedPeople).toEqual(["Amina Khalil (witness)", "Grace Mwangi (source)"]);
    expect(after.problems.map((p) => [p.partId, p.personId])).toEqual([
      ["case-jose", "p-jose"],
      ["case-ruth", "p-ruth"],
    ]);
  });

  it("withholds, in an included part, a person mentioned elsewhere who did not agree", () => {
    const s = submission(
      [part("x", { audience: "expert", body: "Mr Otieno's neighbour saw it.", mentions: [] })],
      [people.ruth],
    );
    expect(compose(s, "expert").document.sections[0]?.parts[0]?.blocks).toEqual([
      { type: "paragraph", text: "Mr [name withheld]'s neighbour saw it." },
    ]);
  });
});

describe("the internal previews", () => {
  it("shows partners the expert and coalition parts, with only the names agreed for partners", () => {
    const doc = compose(jointSubmission(), "coalition").document;
    const text = JSON.stringify(doc);
    expect(text).toContain("Amina Khalil saw the raid.");
    expect(text).toContain("B meets the expert on day two in Kisumu.");
    expect(
      containsAny(text, ["José", "García", "Ruth", "donor wants", "lawyer is under surveillance"]),
    ).toEqual([]);
    expect(doc.coverLetter).toBeNull();
    expect(doc.namedPeople).toEqual(["Amina Khalil (witness)", "Grace Mwangi (source)"]);
  });

  it("shows the owner organisation everything of its own, with every name, and not a partner's notes", () => {
    const text = everything(jointSubmission(), "organisation");
    for (const s of [
      "José García",
      "Ruth Otieno described beatings",
      "donor wants this kept quiet",
      "day two in Kisumu",
    ])
      expect(text).toContain(s);
    expect(text).not.toContain("lawyer is under surveillance");
  });

  it("shows a partner organisation its own notes and not the owner's, with names as for partners", () => {
    const text = everything(jointSubmission(), "organisation", { orgId: "B" });
    expect(text).toContain("lawyer is under surveillance");
    expect(containsAny(text, ["donor wants", "José", "Ruth"])).toEqual([]);
    expect(text).toContain("Amina Khalil");
  });

  it("previews every audience at once, each as its export", () => {
    const s = jointSubmission();
    const all = previewFor(s, ctx());
    expect(Object.keys(all).sort()).toEqual(["coalition", "expert", "organisation", "public"]);
    expect(all.public).toEqual(compose(s, "public"));
    expect(all.expert).toEqual(compose(s, "expert"));
  });
});

describe("language", () => {
  it("writes headings, placeholders and the cover letter in the reader's language, and sets the direction", () => {
    const s = submission(
      [
        part("x", {
          kind: "context",
          heading: "شهادة",
          body: "قال مُحَمَّد احمد إنه اعتقل.",
          mentions: [],
        }),
      ],
      [person("p-m", "محمد أحمد", { role: "victim", consents: [consent(["expert"])] })],
      { language: "ar", title: "الفضاء المدني" },
    );
    const pub = compose(s, "public", { i18n: createI18n("ar") });
    expect(pub.document.dir).toBe("rtl");
    expect(pub.document.sections).toEqual([]);
    expect(pub.messages).toEqual([
      "استُبعد «شهادة» من النسخة العامة: فهو يذكر ضحية دون موافقة على الظهور فيها.",
    ]);
    const expert = compose(s, "expert", { i18n: createI18n("ar") });
    expect(expert.document.sections[0]?.heading).toBe("السياق");
    expect(expert.document.coverLetter?.[5]).toBe("مع فائق الاحترام،");
    const lone = submission([part("y", { body: "Mr García spoke." })], [people.jose]);
    expect(
      compose(lone, "public", { i18n: createI18n("fr") }).document.sections[0]?.parts[0]?.blocks,
    ).toEqual([{ type: "paragraph", text: "Mr [nom masqué] spoke." }]);
  });
});

describe("word counts", () => {
  it("counts headings and bodies of what a version sends, against the call's limit", () => {
    const s = submission(
      [
        part("a", { heading: "Two words", body: "One two three.\n\n- four five" }),
        part("b", { heading: "", body: "Hidden from the public version.", audience: "expert" }),
      ],
      [],
    );
    expect(compose(s, "public", { call: { deadline: NOW.toISOString(), maxWords: 5 } }).words).toEqual({
      parts: [{ partId: "a", words: 7 }],
      total: 7,
      maxWords: 5,
      over: 2,
    });
    expect(compose(s, "expert", { call: null }).words.total).toBe(12);
  });

  it("counts words in scripts without spaces", () => {
    expect(wordTally([{ id: "z", heading: "", body: "政府应废除该法律。" }], "zh").total).toBe(5);
  });

  it("says how the count stands against the limit", () => {
    const i18n = createI18n("en");
    expect(wordLimitLabel({ parts: [], total: 5200, maxWords: 5000, over: 200 }, i18n)).toBe(
      "5,200 words of 5,000: 200 words over the limit",
    );
    expect(wordLimitLabel({ parts: [], total: 1, maxWords: null, over: 0 }, i18n)).toBe("1 word");
  });
});
