import { describe, expect, it } from "vitest";
import { createI18n, type MessageKey } from "../../platform/i18n";
import { letterMessages as advocacyMessages } from "../messages";
import { type Block, composeLetter, type Letter, type LetterFacts, monthsBetween } from "./compose";
import { loadShippedFacts } from "./facts";
import { fullData, LETTER_DATE } from "./fixtures";
import { letterLanguages, type TemplateId, templateIds } from "./templates";

const facts: LetterFacts = loadShippedFacts(new Date(`${LETTER_DATE}T12:00:00Z`));

const torture = {
  en: "Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment",
  fr: "Rapporteur spécial sur la torture et autres peines ou traitements cruels, inhumains ou dégradants",
  es: "Relator Especial sobre la tortura y otros tratos o penas crueles, inhumanos o degradantes",
};
const disappearances = {
  en: "Working Group on Enforced or Involuntary Disappearances",
  fr: "Groupe de travail sur les disparitions forcées ou involontaires",
  es: "Grupo de Trabajo sobre las Desapariciones Forzadas o Involuntarias",
};
const mexico = { en: "Mexico", fr: "Mexique", es: "México" };
const germany = { en: "Germany", fr: "Allemagne", es: "Alemania" };
const mandateOf: Record<TemplateId, typeof torture | null> = {
  "visit-request": torture,
  "invitation-appeal": torture,
  "standing-invitation-appeal": null,
  "unofficial-visit-invitation": disappearances,
};

const blockText = (b: Block) => (b.kind === "list" ? b.items.join("\n") : b.text);
const allText = (l: Letter) =>
  [
    l.organisation.name,
    l.dateLine,
    ...l.addressee,
    l.subject,
    l.salutation,
    ...l.body.map(blockText),
    l.closing,
    ...l.signature,
    l.signatories?.heading ?? "",
    ...(l.signatories?.names ?? []),
  ].join("\n");

function refusal(fn: () => unknown): {
  status: number;
  message: string;
  details: { path: string; message: string }[];
} {
  try {
    fn();
  } catch (err) {
    return err as { status: number; message: string; details: { path: string; message: string }[] };
  }
  throw new Error("expected the letter to be refused");
}

describe.each(templateIds)("%s", (template) => {
  describe.each(letterLanguages)("in %s", (lang) => {
    const minimal = {
      organisation: { name: "Ñandutí Human Rights Centre" },
      country: "MEX",
      language: lang,
      date: LETTER_DATE,
      ...(mandateOf[template]
        ? { mandate: template === "unofficial-visit-invitation" ? "wg-disappearances" : "sr-torture" }
        : {}),
    };

    it("names the mandate by its official title and the country by its name in the letter's language", () => {
      const letter = composeLetter(template, minimal, facts);
      expect(letter.language).toBe(lang);
      expect(letter.subject).toContain(mexico[lang]);
      const title = mandateOf[template]?.[lang];
      if (title) {
        expect(letter.body[0]?.kind === "paragraph" && letter.body[0].text).toContain(title);
        if (template !== "invitation-appeal") expect(letter.addressee[0]).toBe(title);
      } else {
        expect(letter.addressee).toContain(mexico[lang]);
      }
      if (template === "invitation-appeal")
        expect(letter.addressee).toEqual([createI18n(lang).t("advocacy.addressee.government"), mexico[lang]]);
      expect(letter.dateLine).toBe({ en: "1 June 2025", fr: "1 juin 2025", es: "1 de junio de 2025" }[lang]);
    });

    it("writes every field in the letter's language, with nothing left unformatted", () => {
      const letter = composeLetter(template, fullData(template, lang), facts);
      const text = allText(letter);
      expect(text).not.toMatch(/[{}]/);
      expect(text).toContain(germany[lang]);
      expect(letter.signatories?.names).toEqual([`First Coalition (${germany[lang]})`, "Second Network"]);
      expect(letter.signature).toEqual(["Ana Pérez", "Director", "Ñandutí Human Rights Centre"]);
      // The frame comes from this language's catalogue, not from English.
      const own = advocacyMessages[lang] as Record<string, string>;
      expect(letter.signatories?.heading).toBe(own["advocacy.signatories"]);
      const government = template === "invitation-appeal" || template === "standing-invitation-appeal";
      expect(letter.closing).toBe(
        own[government ? "advocacy.closing.government" : "advocacy.closing.mandate"],
      );
      if (lang !== "en") expect(text).not.toContain("Co-signed by");
    });
  });
});

describe("pending requests", () => {
  it.each([
    [
      "en",
      "Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment: requested on 15 March 2019, pending for 6 years and 2 months; 2 reminders, the last on 1 February 2023.",
      "Working Group on Enforced or Involuntary Disappearances: requested on 20 May 2025, pending for less than a month; no reminder on record.",
    ],
    [
      "fr",
      `${torture.fr} : demande du 15 mars 2019, en attente depuis 6 ans et 2 mois ; 2 rappels, le dernier le 1 février 2023.`,
      `${disappearances.fr} : demande du 20 mai 2025, en attente depuis moins d’un mois ; aucun rappel connu.`,
    ],
    [
      "es",
      `${torture.es}: solicitada el 15 de marzo de 2019, pendiente desde hace 6 años y 2 meses; 2 recordatorios, el último el 1 de febrero de 2023.`,
      `${disappearances.es}: solicitada el 20 de mayo de 2025, pendiente desde hace menos de un mes; sin recordatorios registrados.`,
    ],
  ] as const)("lists each with its age and reminders (%s)", (lang, first, second) => {
    const letter = composeLetter("invitation-appeal", fullData("invitation-appeal", lang), facts);
    const heading = letter.body.findIndex(
      (b) => b.kind === "heading" && b.text === createI18n(lang).t("advocacy.section.pendingRequests"),
    );
    expect(letter.body[heading + 1]).toEqual({ kind: "list", items: [first, second] });
  });

  it("counts the age from the letter's date", () => {
    const data = { ...fullData("standing-invitation-appeal", "en"), date: "2026-06-01" };
    const letter = composeLetter("standing-invitation-appeal", data, facts);
    expect(allText(letter)).toContain(
      "requested on 1 June 2022, pending for 4 years; one reminder, on 15 January 2024.",
    );
  });

  it("counts whole months", () => {
    expect(monthsBetween("2019-03-15", "2025-06-01")).toBe(74);
    expect(monthsBetween("2025-05-31", "2025-06-30")).toBe(0);
    expect(monthsBetween("2025-05-31", "2025-07-01")).toBe(1);
    expect(monthsBetween("2024-01-01", "2025-01-01")).toBe(12);
  });

  it("refuses a request dated after the letter, or a reminder before its request", () => {
    const data = fullData("invitation-appeal", "en");
    const r = refusal(() =>
      composeLetter(
        "invitation-appeal",
        {
          ...data,
          pendingRequests: [{ mandate: "sr-torture", requestedOn: "2025-07-01", reminders: ["2019-01-01"] }],
        },
        facts,
      ),
    );
    expect(r.details.map((d) => d.path)).toEqual([
      "pendingRequests[0].requestedOn",
      "pendingRequests[0].reminders[0]",
    ]);
  });
});

describe("each template's own content", () => {
  it("asks a mandate to seek a visit, with the evidence in sections", () => {
    const letter = composeLetter("visit-request", fullData("visit-request", "en"), facts);
    const headings = letter.body.filter((b) => b.kind === "heading").map(blockText);
    expect(headings).toEqual([
      "Why now",
      "The situation",
      "Facts and figures",
      "What a visit could change",
      "Earlier communications",
      "Recommendations not yet implemented",
      "Who the expert should meet",
      "Safety considerations",
    ]);
    const text = allText(letter);
    expect(text).toContain(
      "412 complaints of ill-treatment were filed in 2024 (source: National Human Rights Commission, 2025)",
    );
    expect(text).toContain("10 February 2024: Joint letter to the Special Rapporteur");
    expect(text).toContain("Establish an independent prison inspectorate (A/HRC/31/57/Add.3, para. 42(c))");
    // A blank line in the person's text starts a new paragraph.
    expect(letter.body.filter((b) => b.kind === "paragraph").map(blockText)).toContain(
      "The new detention law takes effect in May.",
    );
    expect(letter.salutation).toBe("Dear Special Rapporteur,");
    expect(letter.subject).toBe("Mexico: request for an official country visit");
  });

  it("urges a Government to accept the request, agree the dates and guarantee the terms of reference", () => {
    const text = allText(composeLetter("invitation-appeal", fullData("invitation-appeal", "fr"), facts));
    expect(text).toContain("du 6 octobre 2025 au 17 octobre 2025");
    expect(text).toContain("aucune personne ayant rencontré l’experte ou l’expert ne subira de représailles");
    expect(text).toContain("Cooperate fully with the special procedures (A/HRC/40/8, para. 132.7)");
    expect(text).toContain(`demande de visite officielle du ${torture.fr}`);
  });

  it("urges a standing invitation, citing the UPR commitments", () => {
    const letter = composeLetter(
      "standing-invitation-appeal",
      fullData("standing-invitation-appeal", "es"),
      facts,
    );
    const text = allText(letter);
    expect(letter.subject).toBe(
      "México: invitación permanente a los procedimientos especiales del Consejo de Derechos Humanos",
    );
    expect(text).toContain("En el Examen Periódico Universal, el Gobierno asumió los siguientes compromisos");
    expect(text).toContain(
      "Consider extending a standing invitation to the special procedures (A/HRC/40/8, para. 132.1)",
    );
    expect(letter.salutation).toBe("Excelencia:");
    const withMandate = composeLetter(
      "standing-invitation-appeal",
      { ...fullData("standing-invitation-appeal", "es"), mandate: "sr-torture" },
      facts,
    );
    expect(allText(withMandate)).toContain(`También abriría el camino a una visita del ${torture.es}.`);
  });

  it("invites a mandate holder to an event, saying what it can and cannot lead to", () => {
    const letter = composeLetter(
      "unofficial-visit-invitation",
      fullData("unofficial-visit-invitation", "en"),
      facts,
    );
    const text = allText(letter);
    expect(letter.subject).toBe("Mexico: invitation to “Regional forum on the search for the disappeared”");
    expect(letter.salutation).toBe("Dear Members of the Working Group,");
    for (const expected of [
      "Host: University of Oaxaca",
      "Dates: 3 November 2025 to 5 November 2025",
      "Workshop with search collectives",
      "The University covers travel and accommodation.",
      "An official report or recommendations to the Government.",
      "no official report or recommendations would follow",
    ])
      expect(text).toContain(expected);
  });

  it("uses French elision and contraction with an Independent Expert", () => {
    const letter = composeLetter(
      "invitation-appeal",
      { organisation: { name: "X" }, country: "MEX", mandate: "ie-older-persons", language: "fr" },
      facts,
    );
    expect(letter.subject).toMatch(/^Mexique : demande de visite de l’Expert indépendant/);
  });
});

describe("addresses", () => {
  it("addresses a mandate at the Special Procedures Branch, and records where that address comes from", () => {
    const letter = composeLetter("visit-request", fullData("visit-request", "en"), facts);
    expect(letter.addressee).toEqual([torture.en, ...(facts.mandateAddress?.lines ?? [])]);
    expect(letter.addressee).toContain("CH-1211 Geneva 10");
    const address = letter.references.find((r) => r.what.startsWith("Postal address"));
    expect(address?.confidence).toBe("corpus-secondary");
    expect(address?.source).toContain("HR/PUB/12/7");
  });

  it("keeps the title alone when no source gives an address, and never says the address is unknown", () => {
    const letter = composeLetter("visit-request", fullData("visit-request", "en"), {
      ...facts,
      mandateAddress: null,
    });
    expect(letter.addressee).toEqual([torture.en]);
    expect(allText(letter).toLowerCase()).not.toContain("unknown");
  });

  it("puts the recipient's own name and role first when given", () => {
    const data = {
      ...fullData("invitation-appeal", "en"),
      recipient: { name: "H.E. Ms. X", role: "Secretary of Foreign Affairs" },
    };
    expect(composeLetter("invitation-appeal", data, facts).addressee).toEqual([
      "H.E. Ms. X",
      "Secretary of Foreign Affairs",
      "Mexico",
    ]);
  });

  it("lists the reference facts the letter relies on, with their confidence", () => {
    const letter = composeLetter("visit-request", fullData("visit-request", "fr"), facts);
    expect(letter.references.map((r) => r.what)).toEqual(
      expect.arrayContaining(["Official title of sr-torture (fr)", "Name of MEX (fr)", "Name of DEU (fr)"]),
    );
    expect(letter.references.find((r) => r.what === "Name of MEX (fr)")?.confidence).toBe("package");
  });
});

describe("co-signers who asked not to be named", () => {
  it("are counted after the named ones, and make the letter co-signed", () => {
    const data = fullData("visit-request", "fr");
    const letter = composeLetter("visit-request", { ...data, unnamedSignatories: 2 }, facts);
    expect(letter.signatories?.names).toEqual([
      "First Coalition (Allemagne)",
      "Second Network",
      "et 2 autres organisations qui ont demandé à ne pas être nommées",
    ]);
  });

  it("are counted alone when no one is named, in the letter's language", () => {
    const { signatories: _s, ...data } = fullData("invitation-appeal", "es");
    const letter = composeLetter("invitation-appeal", { ...data, unnamedSignatories: 1 }, facts);
    expect(letter.signatories?.names).toEqual(["Una organización que pidió no ser nombrada"]);
    expect(allText(letter)).toContain("y las organizaciones que suscriben esta carta instan");
  });
});

describe("bad input", () => {
  const base = fullData("visit-request", "en");

  it("refuses a field too long for a page, naming the field and the limit", () => {
    const r = refusal(() => composeLetter("visit-request", { ...base, whyNow: "x".repeat(1501) }, facts));
    expect(r.status).toBe(422);
    expect(r.details).toEqual([
      {
        path: "whyNow",
        message: "too long for a printed letter: at most 1500 characters, this one has 1501",
        tooLong: { max: 1500, length: 1501 },
      },
    ]);
    expect(() => composeLetter("visit-request", { ...base, whyNow: "x".repeat(1500) }, facts)).not.toThrow();
  });

  it("names nested fields by their JSON path", () => {
    const r = refusal(() =>
      composeLetter(
        "visit-request",
        { ...base, facts: [{ text: "ok" }, { text: "y".repeat(601) }], organisation: {} },
        facts,
      ),
    );
    expect(r.details.map((d) => d.path)).toEqual(["organisation.name", "facts[1].text"]);
    expect(r.details[0]?.message).toBe("required");
    expect(r.details[1]?.message).toContain("at most 600 characters");
  });

  it("refuses too many entries for a printed list", () => {
    const r = refusal(() =>
      composeLetter(
        "visit-request",
        { ...base, whoToMeet: Array.from({ length: 21 }, (_, i) => `Group ${i}`) },
        facts,
      ),
    );
    expect(r.details).toEqual([
      {
        path: "whoToMeet",
        message: "too many entries for a printed letter: at most 20, this list has 21",
        tooMany: { max: 20, count: 21 },
      },
    ]);
  });

  it.each(["ar", "de"])(
    "refuses a letter in a language without translations (%s), listing the supported ones",
    (lang) => {
      const r = refusal(() => composeLetter("visit-request", { ...base, language: lang }, facts));
      expect(r.details).toHaveLength(1);
      expect(r.details[0]?.path).toBe("language");
      expect(r.details[0]?.message).toContain("letters can be written in en, fr, es");
      expect(r.details[0]?.message).toContain(`"${lang}"`);
    },
  );

  it("refuses unknown mandates and countries, and fields the template does not have", () => {
    const r = refusal(() =>
      composeLetter(
        "visit-request",
        { ...base, mandate: "sr-nothing", country: "XXX", signatories: [{ name: "A", country: "ZZZ" }] },
        facts,
      ),
    );
    expect(r.details.map((d) => d.path)).toEqual(["country", "signatories[0].country", "mandate"]);
    const typo = refusal(() => composeLetter("visit-request", { ...base, whyNo: "typo" }, facts));
    expect(typo.details).toEqual([{ path: "whyNo", message: "not a field of this template" }]);
    const needed = refusal(() => composeLetter("visit-request", { ...base, mandate: undefined }, facts));
    expect(needed.details).toEqual([{ path: "mandate", message: "required" }]);
    const { mandate: _m, whoToMeet: _w, safety: _s, ...standing } = base;
    expect(() => composeLetter("standing-invitation-appeal", standing, facts)).not.toThrow();
  });

  it("refuses a logo given as a path: the caller reads the file", () => {
    const r = refusal(() =>
      composeLetter("visit-request", { ...base, organisation: { name: "A", logo: "logo.png" } }, facts),
    );
    expect(r.details[0]?.path).toBe("organisation.logo");
  });
});

describe("translations", () => {
  it("has a valid ICU message for every key in every language, given the values compose passes", () => {
    const values = {
      ...{
        organisation: "o",
        cosigned: "yes",
        mandate: "m",
        kind: "working_group",
        country: "c",
        place: "p",
      },
      ...{ text: "t", source: "s", reference: "r", name: "n", date: "d", from: "f", to: "t", last: "l" },
      ...{ count: 2, months: 2, years: 3, age: "a", reminders: "r", event: "e", title: "t", host: "h" },
    };
    for (const lang of ["en", "fr", "es", "ar"] as const) {
      const { t } = createI18n(lang);
      for (const key of Object.keys(advocacyMessages.en) as MessageKey[])
        expect(() => t(key, values), `${lang} ${key}`).not.toThrow();
    }
  });

  it("has every letter text in each language letters can be written in", () => {
    const keys = Object.keys(advocacyMessages.en) as MessageKey[];
    for (const lang of letterLanguages) {
      const i18n = createI18n(lang);
      expect(keys.filter((k) => i18n.isFallback(k))).toEqual([]);
    }
  });
});
