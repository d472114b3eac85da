import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countriesFromPackages, loadCountryPackages, standingInvitationsFromReference } from "./reference";

describe("countries from maintained packages", () => {
  const packages = loadCountryPackages();
  const list = countriesFromPackages(packages);

  it("records 193 UN Member States and 2 observer States", () => {
    expect(list.filter((c) => c.unStatus === "member")).toHaveLength(193);
    expect(
      list
        .filter((c) => c.unStatus === "observer")
        .map((c) => c.iso3)
        .sort(),
    ).toEqual(["PSE", "VAT"]);
    expect(list.length).toBeGreaterThanOrEqual(249);
  });

  it("names every Member State in the six UN languages", () => {
    for (const c of list.filter((x) => x.unStatus === "member")) {
      expect(Object.keys(c.names).sort(), c.iso3).toEqual(["ar", "en", "es", "fr", "ru", "zh"]);
    }
    const france = list.find((c) => c.iso3 === "FRA");
    expect(france?.names.zh).toBe("法国");
    expect(france?.unRegionalGroup).toBe("Western European and Others Group");
  });

  it("refuses packages whose membership count is off", () => {
    const broken = {
      ...packages,
      world: packages.world.map((w) => (w.cca3 === "FRA" ? { ...w, unMember: false } : w)),
    };
    expect(() => countriesFromPackages(broken)).toThrow(/192 UN members/);
  });
});

describe("standing invitations", () => {
  const raw = JSON.parse(readFileSync(new URL("./data/standing_invitations.json", import.meta.url), "utf8"));
  const list = standingInvitationsFromReference(raw);

  it("keeps each State's evidence, date and confidence", () => {
    const korea = list.find((s) => s.countryIso3 === "KOR");
    expect(korea?.extended).toBe("yes");
    expect(korea?.dateExtended).toBe("2008-03-03");
    const andorra = list.find((s) => s.countryIso3 === "AND");
    expect(andorra?.provenance.confidence).toBe("recall-unverified");
    const albania = list.find((s) => s.countryIso3 === "ALB");
    expect(albania?.provenance.evidence[0]?.description).toMatch(/Latvia-led joint statement/);
  });

  it("records States known not to have one, with the date of the evidence", () => {
    const namibia = list.find((s) => s.countryIso3 === "NAM");
    expect(namibia?.extended).toBe("no");
    expect(namibia?.provenance.asOf).toBe("2025-12-31");
    expect(list.find((s) => s.countryIso3 === "KGZ")?.provenance.asOf).toBe("2015-01-31");
    expect(list.filter((s) => s.extended === "yes")).toHaveLength(97);
  });
});
