import { describe, expect, it } from "vitest";
import {
  detectLanguage,
  documentTypeOf,
  type ExtractionReference,
  extractMetadata,
  findCountry,
  findMandate,
  findSymbol,
  findVisitDates,
  ordinalValue,
  statedSession,
} from "./metadata";
import { loadExtractionReference } from "./reference";

const reference: ExtractionReference = loadExtractionReference();

describe("symbol", () => {
  it("takes the symbol printed at the top of the pages over the ones the body cites", () => {
    const text =
      "See A/HRC/37/37/Add.1.\fA/HRC/43/47/Add.1\nText\fA/HRC/43/47/Add.1\nMore (A/HRC/37/37/Add.1)";
    expect(findSymbol(text)).toBe("A/HRC/43/47/Add.1");
  });

  it("reads older Commission symbols and General Assembly reports, and ignores template placeholders", () => {
    expect(findSymbol("Distr. GENERAL E/CN.4/2006/52/Add.3 15 February 2006")).toBe("E/CN.4/2006/52/Add.3");
    expect(findSymbol("United Nations A/73/314 General Assembly")).toBe("A/73/314");
    expect(findSymbol("A/HRC/SS/##/Add.# Human Rights Council")).toBeNull();
    expect(findSymbol("A/HRC/40/60/Add.1/Corr.1")).toBe("A/HRC/40/60/Add.1/Corr.1");
  });
});

describe("HRC session", () => {
  it.each([
    ["forty-third", 43],
    ["twenty first", 21],
    ["43rd", 43],
    ["quarante-troisieme", 43],
    ["vingt et unieme", 21],
    ["soixante-dixieme", 70],
    ["cuadragesimo tercer", 43],
    ["decimotercer", 13],
    ["43er", 43],
    ["council", null],
  ])("reads %s as %s", (words, value) => {
    expect(ordinalValue(words)).toBe(value);
  });

  it("reads the session printed under the Council's name, in English, French and Spanish", () => {
    expect(statedSession("Human Rights Council Forty-third session 24 February–20 March 2020")).toBe(43);
    expect(statedSession("Conseil des droits de l’homme Quarante-troisième session")).toBe(43);
    expect(statedSession("Consejo de Derechos Humanos 43º período de sesiones")).toBe(43);
    expect(statedSession("Consejo de Derechos Humanos Cuadragésimo tercer período de sesiones")).toBe(43);
  });

  it("does not take a Commission on Human Rights session for a Council session", () => {
    expect(statedSession("COMMISSION ON HUMAN RIGHTS Sixty-second session Item 10")).toBeNull();
  });

  it("says whether the session is stated or derived from the symbol", () => {
    expect(extractMetadata("A/HRC/43/44/Add.4 Report of the Special Rapporteur", reference)).toMatchObject({
      hrcSession: 43,
      hrcSessionSource: "symbol",
    });
    expect(
      extractMetadata("A/HRC/43/44/Add.4 Human Rights Council Forty-fourth session", reference),
    ).toMatchObject({ hrcSession: 44, hrcSessionSource: "stated" });
    expect(extractMetadata("E/CN.4/2006/52/Add.3 Commission on Human Rights", reference)).toMatchObject({
      hrcSession: null,
      hrcSessionSource: null,
    });
  });
});

describe("visit dates", () => {
  it.each([
    ["The Special Rapporteur visited Spain from 14 to 25 January 2019.", "2019-01-14", "2019-01-25"],
    ["conducted a visit from 28 November to 9 December 2016", "2016-11-28", "2016-12-09"],
    ["carried out a mission from 30 December 2018 to 10 January 2019", "2018-12-30", "2019-01-10"],
    ["visited the country between 3 and 12 May 2015", "2015-05-03", "2015-05-12"],
    ["MISSION TO THE NIGER (12-21 September 2005)", "2005-09-12", "2005-09-21"],
    ["a effectué une visite du 1er au 10 octobre 2019", "2019-10-01", "2019-10-10"],
    ["s’est rendu au Mali du 28 juin au 9 juillet 2026", "2026-06-28", "2026-07-09"],
    ["realizó una visita del 14 al 25 de enero de 2019", "2019-01-14", "2019-01-25"],
    ["visitó el país del 30 de diciembre de 2026 al 10 de enero de 2027", "2026-12-30", "2027-01-10"],
    ["visited from 30 December to 10 January 2019", "2018-12-30", "2019-01-10"],
  ])("%s", (text, from, to) => {
    expect(findVisitDates(text)).toEqual({ from, to });
  });

  it("ignores the session's dates and dates that are not about the visit", () => {
    expect(
      findVisitDates("Human Rights Council Forty-third session 24 February–20 March 2020 Agenda item 3"),
    ).toBeNull();
    expect(findVisitDates("The law was debated from 3 to 5 May 2018.")).toBeNull();
  });
});

describe("country", () => {
  it.each([
    ["Visit to Spain", "ESP"],
    [
      "Report of the Special Rapporteur on his visit to the United Kingdom of Great Britain and Northern Ireland",
      "GBR",
    ],
    ["Visit to the Plurinational State of Bolivia", "BOL"],
    ["Visite en République démocratique du Congo", "COD"],
    ["Visite au Mexique", "MEX"],
    ["Visita al Perú", "PER"],
    ["Visita a la Argentina", "ARG"],
    ["MISSION TO THE NIGER", "NER"],
    ["Visit to Nigeria", "NGA"],
    ["Visit to Türkiye", "TUR"],
    ["Visit to Côte d’Ivoire", "CIV"],
    ["Visit to the Congo", "COG"],
    ["Visit to the Democratic Republic of the Congo", "COD"],
    ["Visit to the former Yugoslav Republic of Macedonia", "MKD"],
    ["Visit to the Occupied Palestinian Territory", "PSE"],
    [
      "Visit to\nReport of the Special Rapporteur. The Special Rapporteur visited Spain from 1 to 5 May.",
      "ESP",
    ],
  ])("%s", (head, iso3) => {
    expect(findCountry(head.replace(/\s+/g, " "), reference.countries)).toBe(iso3);
  });

  it("takes a country mandate's country when the report names no visit", () => {
    expect(
      extractMetadata(
        "Report of the Special Rapporteur on the situation of human rights in Eritrea",
        reference,
      ).country,
    ).toBe("ERI");
  });
});

describe("mandate", () => {
  const mandate = (text: string) => findMandate(text, reference.mandates)?.id ?? null;

  it("finds the mandate the report is of, not one it cites", () => {
    expect(
      mandate(
        "In cooperation with the Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment. Report of the Special Rapporteur on the right to food on her visit",
      ),
    ).toBe("sr-food");
  });

  it("knows former titles and titles in French and Spanish", () => {
    expect(mandate("Report of the Independent Expert on minority issues, Gay McDougall")).toBe(
      "sr-minority-issues",
    );
    expect(
      mandate(
        "Report submitted by the Special Rapporteur on violence against women, its causes and consequences",
      ),
    ).toBe("sr-violence-against-women");
    expect(mandate("Rapport du Rapporteur spécial sur le droit à l’alimentation")).toBe("sr-food");
    expect(mandate("Informe del Relator Especial sobre los derechos de los pueblos indígenas")).toBe(
      "sr-indigenous-peoples",
    );
  });

  it("recognises a title a web copy lost a word of, unless two mandates fit equally", () => {
    expect(
      mandate(
        "Report of the Special Rapporteur on and other cruel, inhuman or degrading treatment or punishment",
      ),
    ).toBe("sr-torture");
    expect(mandate("Report of the Special Rapporteur on the situation of human rights in")).toBeNull();
  });
});

describe("document type", () => {
  it.each([
    [
      "Report of the Special Rapporteur on the right to food on her visit to Zimbabwe (A/HRC/43/44/Add.4) 1. The Government of Zimbabwe hereby provides responses to the issues raised by the Special Rapporteur",
      "government_comments",
    ],
    ["Visit to Spain. Comments by the State on the report of the Special Rapporteur", "government_comments"],
    ["Visite au Mali. Observations de l’État sur le rapport du Rapporteur spécial", "government_comments"],
    ["Follow-up to the visit to Mexico. Report of the Special Rapporteur", "follow_up_report"],
    ["End of mission statement of the Special Rapporteur, Valletta, 12 May 2026", "end_of_visit_statement"],
    ["Déclaration de fin de mission du Rapporteur spécial", "end_of_visit_statement"],
    ["Visit to Spain. Report of the Special Rapporteur on minority issues", "country_visit_report"],
    ["Visita a Honduras. Informe del Relator Especial", "country_visit_report"],
    ["Report of the Special Rapporteur on the right to food. Summary: the present thematic report", "other"],
  ])("%s", (head, type) => {
    expect(documentTypeOf(head, null)).toBe(type);
  });

  it("does not take a report that mentions its preliminary findings for a statement", () => {
    expect(
      documentTypeOf(
        "Visit to Chile. At the end of the visit she shared her preliminary findings.",
        "A/HRC/1/1/Add.1",
      ),
    ).toBe("country_visit_report");
  });
});

describe("language", () => {
  it("tells English, French and Spanish apart and refuses other languages", () => {
    expect(
      detectLanguage("The Special Rapporteur recommends that the Government of the country adopt a law."),
    ).toBe("en");
    expect(
      detectLanguage(
        "Le Rapporteur spécial recommande que le Gouvernement adopte une loi sur les droits des minorités.",
      ),
    ).toBe("fr");
    expect(
      detectLanguage(
        "El Relator Especial recomienda al Gobierno que apruebe una ley sobre los derechos de las minorías.",
      ),
    ).toBe("es");
    expect(
      detectLanguage("Специальный докладчик рекомендует правительству принять закон о правах меньшинств."),
    ).toBeNull();
    expect(
      detectLanguage(
        "Der Sonderberichterstatter empfiehlt der Regierung, ein Gesetz über die Rechte zu erlassen.",
      ),
    ).toBeNull();
  });
});
