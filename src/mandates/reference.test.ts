import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mandatesFromReference } from "./reference";

const read = (f: string) => JSON.parse(readFileSync(new URL(`./data/${f}`, import.meta.url), "utf8"));

describe("mandates reference data", () => {
  const list = mandatesFromReference(read("mandates.json"), read("mandates_i18n.json"));

  it("holds the 60 mandates of the end of 2024: 46 thematic and 14 country", () => {
    expect(list).toHaveLength(60);
    expect(list.filter((m) => m.scope === "thematic")).toHaveLength(46);
    expect(list.filter((m) => m.scope === "country")).toHaveLength(14);
    expect(new Set(list.map((m) => m.id)).size).toBe(60);
  });

  it("links every country mandate to its country", () => {
    for (const m of list.filter((x) => x.scope === "country")) expect(m.countryIso3).toMatch(/^[A-Z]{3}$/);
    expect(list.find((m) => m.id === "sr-myanmar")?.countryIso3).toBe("MMR");
  });

  it("keeps titles in other languages with their confidence, and the holder's", () => {
    const torture = list.find((m) => m.id === "sr-torture");
    expect(torture?.kind).toBe("special_rapporteur");
    expect(torture?.titles.fr?.text).toMatch(/^Rapporteur spécial sur la torture/);
    expect(torture?.titles.fr?.confidence).toBe("corpus-secondary");
    expect(torture?.provenance.fields?.holder).toBe("recall-unverified");
    expect(torture?.provenance.evidence.length).toBeGreaterThan(0);
  });

  it("rejects data of the wrong shape", () => {
    expect(() => mandatesFromReference([{ id: "x" }], [])).toThrow();
  });
});
