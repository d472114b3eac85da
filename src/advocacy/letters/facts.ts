import { readFileSync } from "node:fs";
import { z } from "zod";
import { countriesFromPackages, loadCountryPackages } from "../../countries/reference";
import { mandatesFromReference } from "../../mandates/reference";
import { Confidence } from "../../platform/provenance";
import type { LetterFacts, PostalAddress } from "./compose";

const readJson = (relative: string): unknown =>
  JSON.parse(readFileSync(new URL(relative, import.meta.url), "utf8"));

const RawAddresses = z.object({
  special_procedures: z.object({
    lines: z.array(z.string()).min(1),
    sources: z.array(z.object({ key: z.string(), what: z.string(), url: z.string() })).min(1),
    confidence: Confidence,
    as_of: z.string().nullable(),
    note: z.string(),
  }),
});

/** The Special Procedures postal address, with its sources spelled out (the file must give one). */
export function mandateAddressFromReference(raw: unknown): PostalAddress | null {
  const a = RawAddresses.parse(raw).special_procedures;
  return {
    lines: a.lines,
    source: `${a.sources.map((s) => `${s.what} <${s.url}>`).join(" — ")}. ${a.note}`,
    confidence: a.confidence,
    asOf: a.as_of,
  };
}

let shippedAddress: PostalAddress | null | undefined;

/** The Special Procedures postal address shipped with Visitdesk (read once). */
export function shippedMandateAddress(): PostalAddress | null {
  shippedAddress ??= mandateAddressFromReference(readJson("../data/addresses.json"));
  return shippedAddress;
}

/**
 * The facts a letter needs, from the reference data shipped with Visitdesk (the same files the
 * database import reads), for the command line, which writes letters without a database.
 */
export function loadShippedFacts(today: Date): LetterFacts {
  return {
    mandates: mandatesFromReference(
      readJson("../../mandates/data/mandates.json"),
      readJson("../../mandates/data/mandates_i18n.json"),
    ),
    countries: countriesFromPackages(loadCountryPackages()),
    mandateAddress: shippedMandateAddress(),
    today: today.toISOString().slice(0, 10),
  };
}
