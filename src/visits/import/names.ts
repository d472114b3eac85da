import { createRequire } from "node:module";
import type { Mandate } from "../../mandates/mandate";
import { matchMandate } from "../reference";

export interface CountryRef {
  iso3: string;
  iso2: string;
  names: Record<string, string>;
}
export type MandateRef = Pick<Mandate, "id" | "title" | "shortName">;

export type Resolved = { id: string } | { ambiguous: string[] } | null;

/** Case, accents, punctuation, a leading "the" and bracketed qualifiers do not tell countries apart. */
const key = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^the /, "");
const unbracketed = (s: string) => s.replace(/\([^)]*\)/g, " ").trim();

/** Short names the UN uses that the country packages spell otherwise. */
const unNames: [string, string][] = [
  ["Democratic People's Republic of Korea", "PRK"],
  ["Republic of Moldova", "MDA"],
  ["United Kingdom of Great Britain and Northern Ireland", "GBR"],
  ["Viet Nam", "VNM"],
  ["Lao People's Democratic Republic", "LAO"],
  ["Micronesia (Federated States of)", "FSM"],
  ["Netherlands (Kingdom of the)", "NLD"],
  ["Occupied Palestinian Territory", "PSE"],
  ["Holy See", "VAT"],
];

let packageNames: [string, string][] | null = null;
/** Every name and alias i18n-iso-countries knows, in English, French and Spanish, by alpha-2 code. */
function aliases(): [string, string][] {
  if (packageNames) return packageNames;
  const require = createRequire(import.meta.url);
  const out: [string, string][] = [];
  for (const lang of ["en", "fr", "es"]) {
    const data = require(`i18n-iso-countries/langs/${lang}.json`) as {
      countries: Record<string, string | string[]>;
    };
    for (const [iso2, names] of Object.entries(data.countries))
      for (const n of Array.isArray(names) ? names : [names]) out.push([n, iso2]);
  }
  packageNames = out;
  return out;
}

/**
 * A country from what a file gives: its ISO 3166-1 alpha-3 or alpha-2 code, or a name in any of
 * the UN languages we hold, or an alias ("Russia", "Côte d'Ivoire", "Bolivia (Plurinational State
 * of)"). A name two countries share ("Congo") is ambiguous and answered as such.
 */
export function countryResolver(countries: readonly CountryRef[]): (text: string) => Resolved {
  const byIso3 = new Map(countries.map((c) => [c.iso3, c.iso3]));
  const byIso2 = new Map(countries.map((c) => [c.iso2, c.iso3]));
  const names = new Map<string, Set<string>>();
  const add = (name: string, iso3: string | undefined) => {
    if (!iso3 || !byIso3.has(iso3)) return;
    for (const k of new Set([key(name), key(unbracketed(name))])) {
      if (!k) continue;
      const set = names.get(k) ?? new Set<string>();
      set.add(iso3);
      names.set(k, set);
    }
  };
  for (const c of countries) for (const n of Object.values(c.names)) add(n, c.iso3);
  for (const [n, iso2] of aliases()) add(n, byIso2.get(iso2));
  for (const [n, iso3] of unNames) add(n, iso3);
  return (text) => {
    const t = text.trim();
    if (/^[A-Za-z]{3}$/.test(t) && byIso3.has(t.toUpperCase())) return { id: t.toUpperCase() };
    if (/^[A-Z]{2}$/.test(t) && byIso2.has(t)) return { id: byIso2.get(t) as string };
    const found = names.get(key(t)) ?? names.get(key(unbracketed(t)));
    if (!found) return null;
    return found.size === 1 ? { id: [...found][0] as string } : { ambiguous: [...found].sort() };
  };
}

/** A mandate from its id ("sr-torture") or its title, short or long, current or a predecessor's. */
export function mandateResolver(mandates: readonly MandateRef[]): (text: string) => Resolved {
  const ids = new Set(mandates.map((m) => m.id));
  const cache = new Map<string, Resolved>();
  return (text) => {
    const t = text.trim();
    if (ids.has(t.toLowerCase())) return { id: t.toLowerCase() };
    let found = cache.get(t);
    if (found === undefined) {
      const id = matchMandate(t, mandates);
      found = id ? { id } : null;
      cache.set(t, found);
    }
    return found;
  };
}
