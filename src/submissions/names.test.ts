import { describe, expect, it } from "vitest";
import type { Person } from "./model";
import { findOccurrences, personMatcher, replaceOccurrences } from "./names";

const placeholder = { name: "[N]", contact: "[C]" };
const redact = (text: string, ...people: Pick<Person, "id" | "name" | "contact">[]) =>
  replaceOccurrences(text, findOccurrences(text, people.map(personMatcher)), placeholder);
const strengths = (text: string, p: Pick<Person, "id" | "name" | "contact">) =>
  findOccurrences(text, [personMatcher(p)]).map((o) => `${o.kind}:${o.strength}`);

const jose = { id: "j", name: "José García", contact: "jose.garcia@example.org; +254 712 345 678" };
const ana = { id: "a", name: "Ana", contact: null };

describe("finding a person's name in text", () => {
  it.each([
    ["José García was detained.", "[N] was detained."],
    ["JOSÉ GARCÍA was detained.", "[N] was detained."],
    ["jose garcia was detained.", "[N] was detained."],
    ["Jose Garcia was detained.", "[N] was detained."],
    ["Jose\u0301 Garci\u0301a (decomposed accents)", "[N] (decomposed accents)"],
    ["Jo\u200Bsé Gar\u00ADcía with invisible characters", "[N] with invisible characters"],
    ["José\u00A0García with a no-break space", "[N] with a no-break space"],
    ["José-García, José.García, josegarcia, jose_garcia", "[N], [N], [N], [N]"],
    ["José\n   García across a wrapped line", "[N] across a wrapped line"],
  ])("full name: %j", (text, expected) => {
    expect(redact(text, jose)).toBe(expected);
  });

  it("matches whole words only: Ana is not in Banana, Anabel or Ananas", () => {
    expect(redact("Banana, Anabel, ananas and Ana.", ana)).toBe("Banana, Anabel, ananas and [N].");
    expect(redact("Ana's testimony; ANA; ana", ana)).toBe("[N]'s testimony; [N]; [N]");
  });

  it("withholds a single word of a longer name, written with a capital, as a weak match", () => {
    expect(redact("Mr García said so; Señor GARCIA agreed.", jose)).toBe("Mr [N] said so; Señor [N] agreed.");
    expect(strengths("Mr García said so", jose)).toEqual(["name:weak"]);
    expect(strengths("José García said so", jose)[0]).toBe("name:strong");
  });

  it("does not take an ordinary lower-case word for a part of a name", () => {
    const rosa = { id: "r", name: "Ana Rosa Paz", contact: null };
    expect(redact("a rosa bush; peace (paz) now", rosa)).toBe("a rosa bush; peace (paz) now");
    expect(redact("Rosa and Paz spoke", rosa)).toBe("[N] and [N] spoke");
  });

  it("does not withhold particles or very short words of a name on their own", () => {
    const p = { id: "p", name: "Maria de la Cruz", contact: null };
    expect(redact("De la part de la Cruz: Maria de la Cruz", p)).toBe("De la part de la [N]: [N]");
    const li = { id: "l", name: "Li Wei", contact: null };
    expect(redact("Li Wei; Wei; Li", li)).toBe("[N]; [N]; Li");
  });

  it("finds the name without the title it was recorded with", () => {
    const dr = { id: "d", name: "Dr. Amina Khalil", contact: null };
    expect(redact("amina khalil spoke", dr)).toBe("[N] spoke");
    expect(strengths("amina khalil spoke", dr)).toEqual(["name:strong"]);
  });

  it("finds Arabic names across spelling variants, vowel marks and joined prefixes", () => {
    const mohamed = { id: "m", name: "محمد أحمد", contact: null };
    expect(redact("قال مُحَمَّد احمد إنه اعتقل", mohamed)).toBe("قال [N] إنه اعتقل");
    expect(redact("ومحمد أحمد ولمحمد احمد", mohamed)).toBe("و[N] ول[N]");
    expect(redact("محمد أحمدي", mohamed)).toBe("محمد أحمدي");
    // A first name alone cannot be told from a word in Arabic: only the full name is looked for.
    expect(redact("محمد وحده", mohamed)).toBe("محمد وحده");
  });

  it("finds names in scripts written without spaces, and Korean names followed by particles", () => {
    expect(redact("王伟说他被拘留了", { id: "w", name: "王伟", contact: null })).toBe("[N]说他被拘留了");
    expect(redact("김철수는 체포되었다", { id: "k", name: "김철수", contact: null })).toBe(
      "[N]는 체포되었다",
    );
  });

  it("finds names with apostrophes and hyphens however they are typed", () => {
    const p = { id: "o", name: "Seán O'Brien-Ní", contact: null };
    expect(redact("Sean O’Brien Ni testified", p)).toBe("[N] testified");
  });
});

describe("finding a person's contact in text", () => {
  it("finds the e-mail address in any case, and withholds it whole even when it holds the name", () => {
    expect(redact("Write to JOSE.GARCIA@EXAMPLE.ORG.", jose)).toBe("Write to [C].");
    expect(redact("Write to jose.garcia@example.org or not", jose)).toBe("Write to [C] or not");
  });

  it("does not take a longer address for the person's", () => {
    expect(
      redact("xjose.garcia@example.org.uk", { id: "j", name: "Zed", contact: "jose.garcia@example.org" }),
    ).toBe("xjose.garcia@example.org.uk");
  });

  it.each([
    "+254 712 345 678",
    "+254712345678",
    "0712-345-678",
    "(0712) 345 678",
    "00254 712.345.678",
    "٠٧١٢ ٣٤٥ ٦٧٨",
  ])("finds the phone number written as %j", (phone) => {
    expect(redact(`Call ${phone} at night`, jose)).toBe("Call [C] at night");
  });

  it("does not take another number for the phone", () => {
    expect(redact("Call 0733 222 111; case 2019/345", jose)).toBe("Call 0733 222 111; case 2019/345");
  });

  it("finds a messenger handle and a contact written as is", () => {
    const p = { id: "h", name: "Zed", contact: "Telegram @amina_k77" };
    expect(redact("ask @amina_k77 or @amina_k778", p)).toBe("ask [C] or @amina_k778");
    const q = { id: "q", name: "Zed", contact: "Plot 12, Kibera Road" };
    expect(redact("She lives at plot 12, Kibera road. Kibera is big.", q)).toBe(
      "She lives at [C]. Kibera is big.",
    );
    for (const none of ["unknown", "None", "n/a", "ask the lawyer"])
      expect(redact("unknown, none, n/a: ask the lawyer", { id: "x", name: "Zed", contact: none })).toBe(
        "unknown, none, n/a: ask the lawyer",
      );
  });
});

describe("replacing occurrences", () => {
  it("replaces overlapping occurrences of several people once", () => {
    const a = { id: "1", name: "Ana Rosa", contact: null };
    const b = { id: "2", name: "Rosa Mwangi", contact: null };
    expect(redact("Ana Rosa Mwangi spoke", a, b)).toBe("[N] spoke");
  });

  it("leaves text without any person alone", () => {
    expect(redact("Nothing to see.", jose, ana)).toBe("Nothing to see.");
    expect(findOccurrences("", [personMatcher(jose)])).toEqual([]);
  });
});
