import { z } from "zod";
import { Confidence, Provenance } from "../platform/provenance";

export const UnStatus = z.enum(["member", "observer", "non_member"]);
export const SiStatus = z.enum(["yes", "no", "unknown"]);

export const StandingInvitation = z.object({
  extended: z.boolean().describe("True when a source shows the State has extended a standing invitation"),
  status: SiStatus.describe("`unknown`: the State is not in our list, which is known to be incomplete"),
  date: z.string().nullable().describe("Exact date extended, where a source states it"),
  onOrBefore: z.string().nullable().describe("Latest date by which a dated source shows it (an upper bound)"),
  yearRecalled: z.number().int().nullable().describe("Year from memory of the OHCHR table; unverified"),
  source: z.string(),
  confidence: Confidence,
  evidence: z.array(z.object({ key: z.string(), description: z.string() })),
  note: z.string().nullable(),
});
export type StandingInvitation = z.infer<typeof StandingInvitation>;

export const Country = z.object({
  iso3: z.string(),
  iso2: z.string(),
  m49: z.string().nullable(),
  names: z.record(z.string(), z.string()).describe("Names in the six UN languages: ar, en, es, fr, ru, zh"),
  region: z.string(),
  subregion: z.string().nullable(),
  unRegionalGroup: z.string().nullable(),
  unStatus: UnStatus,
  provenance: Provenance,
});
export type Country = z.infer<typeof Country>;

export const CountryWithInvitation = Country.extend({ standingInvitation: StandingInvitation });
export type CountryWithInvitation = z.infer<typeof CountryWithInvitation>;

export function countryName(c: Pick<Country, "names">, locale: string): string {
  return c.names[locale] ?? c.names.en ?? "";
}

/** The row our list holds for a State, or what to say when it holds none. */
export function standingInvitationOf(
  row: {
    extended: "yes" | "no";
    dateExtended: string | null;
    extendedOnOrBefore: string | null;
    yearRecalled: number | null;
    provenance: Provenance;
  } | null,
  listed: number,
): StandingInvitation {
  if (!row) {
    return {
      extended: false,
      status: "unknown",
      date: null,
      onOrBefore: null,
      yearRecalled: null,
      source: `Not in Visitdesk's list of standing invitations, which holds ${listed} of about 129 States that had one in 2022; this State may or may not have one.`,
      confidence: "incomplete-list",
      evidence: [],
      note: null,
    };
  }
  return {
    extended: row.extended === "yes",
    status: row.extended,
    date: row.dateExtended,
    onOrBefore: row.extendedOnOrBefore,
    yearRecalled: row.yearRecalled,
    source: row.provenance.source,
    confidence: row.provenance.confidence,
    evidence: row.provenance.evidence ?? [],
    note: row.provenance.note ?? null,
  };
}
