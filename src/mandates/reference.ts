import { z } from "zod";
import type { Confidence } from "../platform/provenance";
import type { Mandate } from "./mandate";

const RawMandate = z.object({
  id: z.string(),
  official_title: z.string(),
  short_name: z.string(),
  kind: z.enum(["Special Rapporteur", "Independent Expert", "Working Group"]),
  scope: z.enum(["thematic", "country"]),
  year_established: z.number().int().nullable(),
  establishing_instrument: z.string().nullable(),
  corpus_evidence: z.string().nullable(),
  notes: z.string().nullable(),
  list_reflects: z.string(),
  source: z.string(),
});

const RawMandateI18n = z.object({
  id: z.string(),
  title_fr: z.string().nullable(),
  title_es: z.string().nullable(),
  email: z.string().nullable(),
  holder: z.string().nullable(),
  holder_as_of: z.string().nullable(),
  sources: z.array(z.object({ key: z.string(), what: z.string() })),
  field_confidence: z.record(z.string(), z.string().nullable()),
  notes: z.string().nullable(),
});

const kinds = {
  "Special Rapporteur": "special_rapporteur",
  "Independent Expert": "independent_expert",
  "Working Group": "working_group",
} as const;

/** The country each country mandate covers; the source data names it only in the title. */
const countryOf: Record<string, string> = {
  "sr-afghanistan": "AFG",
  "sr-belarus": "BLR",
  "sr-burundi": "BDI",
  "sr-cambodia": "KHM",
  "ie-car": "CAF",
  "sr-dprk": "PRK",
  "sr-eritrea": "ERI",
  "sr-iran": "IRN",
  "ie-mali": "MLI",
  "sr-myanmar": "MMR",
  "sr-opt": "PSE",
  "sr-russia": "RUS",
  "ie-somalia": "SOM",
  "sr-syria": "SYR",
};

const LIST_AS_OF = "2024-12-31";

function confidence(value: string | null | undefined): Confidence {
  switch (value) {
    case "corpus":
    case "corpus-secondary":
    case "verified":
      return value;
    default:
      return "recall-unverified";
  }
}

/**
 * Turns the team's compiled mandate list and its translations into Mandate records, keeping the
 * source and confidence of each field. Throws on data that does not have the expected shape.
 */
export function mandatesFromReference(rawList: unknown, rawI18n: unknown): Mandate[] {
  const list = z.array(RawMandate).parse(rawList);
  const i18n = new Map(
    z
      .array(RawMandateI18n)
      .parse(rawI18n)
      .map((m) => [m.id, m]),
  );
  return list.map((m) => {
    const tr = i18n.get(m.id);
    const countryIso3 = countryOf[m.id] ?? null;
    if (m.scope === "country" && !countryIso3) throw new Error(`Country mandate ${m.id} has no country`);
    const titles: Mandate["titles"] = {};
    if (tr?.title_fr) titles.fr = { text: tr.title_fr, confidence: confidence(tr.field_confidence.title_fr) };
    if (tr?.title_es) titles.es = { text: tr.title_es, confidence: confidence(tr.field_confidence.title_es) };
    const fields: Record<string, Confidence> = {};
    for (const [field, c] of Object.entries(tr?.field_confidence ?? {})) if (c) fields[field] = confidence(c);
    return {
      id: m.id,
      title: m.official_title,
      titles,
      shortName: m.short_name,
      kind: kinds[m.kind],
      scope: m.scope,
      countryIso3,
      yearEstablished: m.year_established,
      establishingInstrument: m.establishing_instrument,
      holder: tr?.holder ?? null,
      holderAsOf: tr?.holder_as_of ?? null,
      email: tr?.email ?? null,
      provenance: {
        source: m.source,
        asOf: LIST_AS_OF,
        confidence: m.corpus_evidence ? "corpus" : "recall-unverified",
        evidence: [
          ...(m.corpus_evidence ? [{ key: "corpus", description: m.corpus_evidence }] : []),
          ...(tr?.sources ?? []).map((s) => ({ key: s.key, description: s.what })),
        ],
        note: [m.notes, tr?.notes].filter(Boolean).join(" ") || null,
        fields,
      },
    };
  });
}
