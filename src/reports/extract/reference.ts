import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Mandate } from "../../mandates/mandate";
import { mandatesFromReference } from "../../mandates/reference";
import type { CountryRef, ExtractionReference, MandateRef } from "./metadata";

/**
 * Titles a mandate was published under before its current one (reports keep the title of their
 * day), and the former mandates it continues. From the mandates' establishing and renewing
 * resolutions; English only.
 */
export const FORMER_TITLES: Record<string, string[]> = {
  "sr-torture": ["Special Rapporteur on the question of torture"],
  "sr-religion": ["Special Rapporteur on religious intolerance"],
  "sr-sale-of-children": [
    "Special Rapporteur on the sale of children, child prostitution and child pornography",
  ],
  "sr-idps": [
    "Representative of the Secretary-General on the human rights of internally displaced persons",
    "Representative of the Secretary-General on internally displaced persons",
  ],
  "sr-violence-against-women": ["Special Rapporteur on violence against women, its causes and consequences"],
  "sr-toxics": [
    "Special Rapporteur on the adverse effects of the movement and dumping of toxic and dangerous products and wastes on the enjoyment of human rights",
  ],
  "sr-poverty": ["Independent Expert on the question of human rights and extreme poverty"],
  "ie-foreign-debt": [
    "Independent Expert on the effects of economic reform policies and foreign debt on the full enjoyment of all human rights, particularly economic, social and cultural rights",
  ],
  "sr-human-rights-defenders": [
    "Special Representative of the Secretary-General on the situation of human rights defenders",
    "Special Representative of the Secretary-General on human rights defenders",
  ],
  "sr-indigenous-peoples": [
    "Special Rapporteur on the situation of human rights and fundamental freedoms of indigenous people",
    "Special Rapporteur on the situation of human rights and fundamental freedoms of indigenous peoples",
  ],
  "wg-mercenaries": [
    "Special Rapporteur on the use of mercenaries as a means of violating human rights and impeding the exercise of the right of peoples to self-determination",
  ],
  "sr-minority-issues": ["Independent Expert on minority issues"],
  "sr-water-sanitation": [
    "Independent Expert on the issue of human rights obligations related to access to safe drinking water and sanitation",
    "Special Rapporteur on the human right to safe drinking water and sanitation",
  ],
  "sr-cultural-rights": ["Independent Expert in the field of cultural rights"],
  "sr-environment": [
    "Independent Expert on the issue of human rights obligations relating to the enjoyment of a safe, clean, healthy and sustainable environment",
  ],
  "wg-women-girls": ["Working Group on the issue of discrimination against women in law and in practice"],
  "sr-cambodia": ["Special Representative of the Secretary-General for human rights in Cambodia"],
  "sr-burundi": ["Independent Expert on the situation of human rights in Burundi"],
  "sr-afghanistan": ["Independent Expert on the situation of human rights in Afghanistan"],
};

export function mandateRefs(
  mandates: Pick<Mandate, "id" | "title" | "titles" | "countryIso3">[],
): MandateRef[] {
  return mandates.map((m) => ({
    id: m.id,
    titles: [m.title, ...Object.values(m.titles).map((t) => t.text), ...(FORMER_TITLES[m.id] ?? [])],
    countryIso3: m.countryIso3,
  }));
}

export interface CountryNameSources {
  /** alpha-3 → alpha-2 */
  alpha3: Record<string, string>;
  /** language → alpha-2 → every name i18n-iso-countries knows */
  names: Record<string, Record<string, string | string[]>>;
  /** world-countries: common and official names in English, French and Spanish */
  world: {
    cca3: string;
    name: { common: string; official: string };
    translations: Record<string, { common: string; official: string } | undefined>;
    altSpellings?: string[];
  }[];
}

/** Names the United Nations uses that the country packages lack or give to another country. */
const UN_NAMES: Record<string, string[]> = {
  COG: ["Congo"],
  PSE: [
    "Occupied Palestinian Territory",
    "occupied Palestinian territory",
    "Territoire palestinien occupé",
    "Territorio Palestino Ocupado",
  ],
};

/**
 * Every name a report may use for a country, in English, French and Spanish. A name two countries
 * share stays with the one whose common English name it is (or the one the UN gives it to), or
 * with neither.
 */
export function countryRefs(sources: CountryNameSources): CountryRef[] {
  const world = new Map(sources.world.map((w) => [w.cca3, w]));
  const owners = new Map<string, Set<string>>();
  const namesOf = new Map<string, Set<string>>();
  for (const [iso3, iso2] of Object.entries(sources.alpha3)) {
    const w = world.get(iso3);
    const names = new Set<string>();
    for (const lang of ["en", "fr", "es"]) {
      const n = sources.names[lang]?.[iso2];
      for (const name of Array.isArray(n) ? n : n ? [n] : []) names.add(name);
    }
    if (w) {
      names.add(w.name.common);
      names.add(w.name.official);
      for (const lang of ["fra", "spa"]) {
        const t = w.translations[lang];
        if (t) names.add(t.common).add(t.official);
      }
      for (const alt of w.altSpellings ?? []) if (/^[\p{Script=Latin} '’.()-]+$/u.test(alt)) names.add(alt);
    }
    for (const name of UN_NAMES[iso3] ?? []) names.add(name);
    // "Visit to the former Yugoslav Republic…": the article is read apart from the name.
    for (const name of [...names]) if (/^The /.test(name)) names.add(name.slice(4));
    for (const name of names) {
      if (name.length < 4) continue;
      if (!owners.has(name)) owners.set(name, new Set());
      owners.get(name)?.add(iso3);
    }
    namesOf.set(iso3, names);
  }
  return [...namesOf].map(([iso3, names]) => ({
    iso3,
    names: [...names].filter((name) => {
      const who = owners.get(name);
      const un = Object.entries(UN_NAMES).find(([, list]) => list.includes(name))?.[0];
      if (un) return un === iso3;
      return who && (who.size === 1 || world.get(iso3)?.name.common === name);
    }),
  }));
}

/** The reference lists from the data shipped with Visitdesk; no database needed. */
export function loadExtractionReference(): ExtractionReference {
  const require = createRequire(import.meta.url);
  const readJson = (relative: string) => JSON.parse(readFileSync(new URL(relative, import.meta.url), "utf8"));
  const mandates = mandatesFromReference(
    readJson("../../mandates/data/mandates.json"),
    readJson("../../mandates/data/mandates_i18n.json"),
  );
  const iso = require("i18n-iso-countries") as {
    registerLocale(data: unknown): void;
    getAlpha3Codes(): Record<string, string>;
    getNames(lang: string, opts: { select: "all" }): Record<string, string[]>;
  };
  const names: CountryNameSources["names"] = {};
  for (const lang of ["en", "fr", "es"]) {
    iso.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
    names[lang] = iso.getNames(lang, { select: "all" });
  }
  return {
    mandates: mandateRefs(mandates),
    countries: countryRefs({
      alpha3: iso.getAlpha3Codes(),
      names,
      world: require("world-countries/countries.json"),
    }),
  };
}
