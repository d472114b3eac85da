import { z } from "zod";
import { Provenance } from "../platform/provenance";

export const MandateKind = z.enum(["special_rapporteur", "independent_expert", "working_group"]);
export const MandateScope = z.enum(["thematic", "country"]);

export const Mandate = z.object({
  id: z.string().describe("OHCHR-style slug, e.g. `sr-torture`"),
  title: z.string().describe("Official English title"),
  titles: z
    .record(z.string(), z.object({ text: z.string(), confidence: z.string() }))
    .describe("Official titles in other languages, each with its confidence"),
  shortName: z.string(),
  kind: MandateKind,
  scope: MandateScope,
  countryIso3: z.string().nullable().describe("For a country mandate, the country it covers"),
  yearEstablished: z.number().int().nullable(),
  establishingInstrument: z.string().nullable(),
  holder: z
    .string()
    .nullable()
    .describe("Mandate holder's name, see provenance.fields.holder for its confidence"),
  holderAsOf: z.string().nullable(),
  email: z.string().nullable(),
  provenance: Provenance,
});
export type Mandate = z.infer<typeof Mandate>;
