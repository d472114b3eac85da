import { z } from "zod";

/**
 * How sure we are of a fact. Reference data is compiled from public sources of uneven quality and
 * the UI must say so: `verified` (checked against an authoritative source), `corpus` (a dated public
 * source says so), `corpus-secondary` (a secondary source), `package` (from a maintained package),
 * `mixed` (fields differ: see `fields`), `recall-unverified` (from memory, unchecked),
 * `incomplete-list` (absent from a list known to be incomplete, so unknown rather than "no").
 */
export const Confidence = z.enum([
  "verified",
  "corpus",
  "corpus-secondary",
  "package",
  "mixed",
  "recall-unverified",
  "incomplete-list",
]);
export type Confidence = z.infer<typeof Confidence>;

export const Provenance = z.object({
  source: z.string(),
  asOf: z.string().nullable(),
  confidence: Confidence,
  evidence: z.array(z.object({ key: z.string(), description: z.string() })).default([]),
  note: z.string().nullable().default(null),
  /** Per-field confidence where the fields of one record are not equally sure. */
  fields: z.record(z.string(), Confidence).optional(),
});
export type Provenance = z.infer<typeof Provenance>;
