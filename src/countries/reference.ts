import { createRequire } from "node:module";
import { z } from "zod";
import type { Confidence, Provenance } from "../platform/provenance";
import type { Country } from "./country";

export const UN_LANGUAGES = ["ar", "en", "es", "fr", "ru", "zh"] as const;

/**
 * UN membership is recorded here as a fact of its own: 193 Member States and two non-member
 * observer States. The world-countries package marks the Holy See as a member, which it is not.
 */
const UN_OBSERVERS = new Set(["VAT", "PSE"]);
export const UN_MEMBER_COUNT = 193;

export interface CountryPackages {
  /** alpha-3 → alpha-2, from i18n-iso-countries */
  alpha3: Record<string, string>;
  /** language → alpha-2 → name, from i18n-iso-countries */
  names: Record<string, Record<string, string>>;
  /** from world-countries */
  world: {
    cca3: string;
    ccn3: string;
    region: string;
    subregion: string;
    unMember: boolean;
    unRegionalGroup: string;
  }[];
  versions: { isoCountries: string; worldCountries: string };
}

/** Every ISO 3166-1 country and territory, with names in the six UN languages and UN status. */
export function countriesFromPackages(p: CountryPackages): Country[] {
  const world = new Map(p.world.map((w) => [w.cca3, w]));
  const list = Object.entries(p.alpha3).map(([iso3, iso2]): Country => {
    const w = world.get(iso3);
    const names: Record<string, string> = {};
    for (const lang of UN_LANGUAGES) {
      const n = p.names[lang]?.[iso2];
      if (n) names[lang] = n;
    }
    const unStatus = UN_OBSERVERS.has(iso3) ? "observer" : w?.unMember ? "member" : "non_member";
    return {
      iso3,
      iso2,
      m49: w?.ccn3 || null,
      names,
      region: w?.region || "Other",
      subregion: w?.subregion || null,
      unRegionalGroup: w?.unRegionalGroup || null,
      unStatus,
      provenance: {
        source: `Codes and names: i18n-iso-countries ${p.versions.isoCountries}; region and UN regional group: world-countries ${p.versions.worldCountries}; UN status: UN membership list (193 Member States, observer States Holy See and State of Palestine).`,
        asOf: "2024-12-31",
        confidence: "package",
        evidence: [],
        note: null,
      },
    };
  });
  const members = list.filter((c) => c.unStatus === "member").length;
  const observers = list.filter((c) => c.unStatus === "observer").length;
  if (members !== UN_MEMBER_COUNT || observers !== UN_OBSERVERS.size) {
    throw new Error(
      `Country packages give ${members} UN members and ${observers} observers; expected 193 and 2.`,
    );
  }
  return list.sort((a, b) => a.iso3.localeCompare(b.iso3));
}

export function loadCountryPackages(): CountryPackages {
  const require = createRequire(import.meta.url);
  const iso = require("i18n-iso-countries") as {
    registerLocale(data: unknown): void;
    getAlpha3Codes(): Record<string, string>;
    getNames(lang: string, opts: { select: "official" }): Record<string, string>;
  };
  const names: Record<string, Record<string, string>> = {};
  for (const lang of UN_LANGUAGES) {
    iso.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
    names[lang] = iso.getNames(lang, { select: "official" });
  }
  return {
    alpha3: iso.getAlpha3Codes(),
    names,
    world: require("world-countries/countries.json"),
    versions: {
      isoCountries: require("i18n-iso-countries/package.json").version,
      worldCountries: require("world-countries/package.json").version,
    },
  };
}

const RawStandingInvitations = z.object({
  meta: z.object({ evidence_keys: z.record(z.string(), z.string()), compiled: z.string() }),
  states: z.array(
    z.object({
      name: z.string(),
      iso3: z.string().regex(/^[A-Z]{3}$/),
      date_extended: z.string().nullable(),
      extended_on_or_before: z.string().nullable(),
      year_recalled_unverified: z.number().int().nullable(),
      evidence: z.array(z.string()),
      confidence: z.enum(["corpus", "recall-unverified"]),
      note: z.string().optional(),
    }),
  ),
  negative_evidence: z.array(
    z.object({
      iso3: z.string(),
      no_standing_invitation_as_of: z.string(),
      evidence: z.array(z.string()),
      note: z.string().optional(),
    }),
  ),
});

export interface StandingInvitationRecord {
  countryIso3: string;
  extended: "yes" | "no";
  dateExtended: string | null;
  extendedOnOrBefore: string | null;
  yearRecalled: number | null;
  provenance: Provenance;
}

/** A year-month like "2015-01" or a year becomes the last day it covers, for a date column. */
function endOf(partial: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(partial)) return partial;
  if (/^\d{4}-\d{2}$/.test(partial)) {
    const [y, m] = partial.split("-").map(Number) as [number, number];
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  return `${partial.slice(0, 4)}-12-31`;
}

/** The standing-invitation list with each entry's evidence spelled out; also the States known not to have one. */
export function standingInvitationsFromReference(raw: unknown): StandingInvitationRecord[] {
  const data = RawStandingInvitations.parse(raw);
  const keys = data.meta.evidence_keys;
  const evidence = (list: string[]) => list.map((key) => ({ key, description: keys[key] ?? key }));
  const yes = data.states.map((s): StandingInvitationRecord => {
    const ev = evidence(s.evidence);
    return {
      countryIso3: s.iso3,
      extended: "yes",
      dateExtended: s.date_extended,
      extendedOnOrBefore: s.extended_on_or_before,
      yearRecalled: s.year_recalled_unverified,
      provenance: {
        source: ev.length
          ? ev.map((e) => e.description).join(" — ")
          : "Recalled from OHCHR's table of standing invitations; not verified in a source.",
        asOf: s.date_extended ?? s.extended_on_or_before,
        confidence: s.confidence as Confidence,
        evidence: ev,
        note: s.note ?? null,
      },
    };
  });
  const no = data.negative_evidence.map((n): StandingInvitationRecord => {
    const ev = evidence(n.evidence);
    return {
      countryIso3: n.iso3,
      extended: "no",
      dateExtended: null,
      extendedOnOrBefore: null,
      yearRecalled: null,
      provenance: {
        source: ev.map((e) => e.description).join(" — "),
        asOf: endOf(n.no_standing_invitation_as_of),
        confidence: "corpus",
        evidence: ev,
        note: n.note ?? null,
      },
    };
  });
  const seen = new Set(yes.map((r) => r.countryIso3));
  return [...yes, ...no.filter((r) => !seen.has(r.countryIso3))];
}
