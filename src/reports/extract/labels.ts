import { readdirSync, readFileSync } from "node:fs";
import type { Addressee, ExtractedReport } from "./index";
import type { ExtractionReference } from "./metadata";
import { fold, squash } from "./text";

/**
 * The hand-labelled documents in fixtures/ (real report fragments and our synthetic reports, see
 * fixtures/README.md), and how an extraction is scored against them: by the fixture test and by
 * `npm run eval:extract`.
 */
export const fixturesDir = new URL("./fixtures/", import.meta.url);

export function labelledFixtures(): { name: string; source: string; label: Label }[] {
  const files = readdirSync(fixturesDir);
  return files
    .filter((f) => f.endsWith(".expected.json"))
    .map((f) => f.replace(".expected.json", ""))
    .map((name) => ({
      name,
      source: files.find((f) => f.startsWith(`${name}.`) && !f.endsWith(".expected.json")) as string,
      label: JSON.parse(readFileSync(new URL(`${name}.expected.json`, fixturesDir), "utf8")) as Label,
    }));
}

export interface Label {
  symbol: string | null;
  mandate: string | null;
  country: string | null;
  visitDates: { from: string; to: string } | null;
  hrcSession: number | null;
  hrcSessionSource?: string | null;
  documentType: string;
  recommendations: {
    ref: string;
    addressee: string;
    text: string;
    heading?: string | null;
    complete?: boolean;
  }[];
  negatives?: { text: string }[];
  unscoredFragments?: { text: string }[];
}

export const norm = (text: string) => squash(text);

/** The labels name things as a person would; these map them onto the extractor's vocabulary. */
export function addresseeOfLabel(label: string): Addressee {
  const l = fold(label);
  if (l.startsWith("government")) return "government";
  if (l.startsWith("parliament")) return "parliament";
  if (l.startsWith("judiciary")) return "judiciary";
  if (l.startsWith("national human rights institution") || l === "nhri") return "nhri";
  if (l.startsWith("civil society") || l === "civil_society") return "civil_society";
  if (l.startsWith("international community") || l === "international_community")
    return "international_community";
  if (l.startsWith("un system") || l.startsWith("united nations") || l === "un_system") return "un_system";
  return "other";
}

export function documentTypeOfLabel(label: string): string {
  const l = fold(label);
  if (l.includes("comments")) return "government_comments";
  if (l.includes("follow")) return "follow_up_report";
  if (l.includes("statement")) return "end_of_visit_statement";
  if (l.includes("country visit report") || l === "country_visit_report") return "country_visit_report";
  return "other";
}

export function sessionSourceOfLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  return fold(label).startsWith("stated") ? "stated" : fold(label).includes("symbol") ? "symbol" : null;
}

export function mandateIdOf(reference: ExtractionReference, title: string | null): string | null {
  if (!title) return null;
  const found = reference.mandates.find((m) => m.titles.some((t) => fold(t) === fold(title)));
  if (!found) throw new Error(`the label names a mandate we do not know: ${title}`);
  return found.id;
}

export function countryOf(reference: ExtractionReference, name: string | null): string | null {
  if (!name) return null;
  const found = reference.countries.find((c) => c.names.includes(name));
  if (!found) throw new Error(`the label names a country we do not know: ${name}`);
  return found.iso3;
}

/** Each metadata field as [extracted, labelled], in the extractor's vocabulary. */
export function metadataFields(report: ExtractedReport, label: Label, reference: ExtractionReference) {
  return {
    symbol: [report.symbol, label.symbol],
    mandate: [report.mandate, mandateIdOf(reference, label.mandate)],
    country: [report.country, countryOf(reference, label.country)],
    visitDates: [JSON.stringify(report.visitDates), JSON.stringify(label.visitDates)],
    hrcSession: [report.hrcSession, label.hrcSession],
    hrcSessionSource: [report.hrcSessionSource, sessionSourceOfLabel(label.hrcSessionSource)],
    documentType: [report.documentType, documentTypeOfLabel(label.documentType)],
  } as Record<string, [unknown, unknown]>;
}

/** Whether an extracted recommendation is the labelled one: same ref, same text (or its start, when the source cut it). */
export function matches(r: { ref: string; text: string }, e: Label["recommendations"][number]): boolean {
  return (
    r.ref === e.ref &&
    (e.complete === false ? norm(r.text).startsWith(norm(e.text)) : norm(r.text) === norm(e.text))
  );
}

/** True and false positives and misses on recommendations, and metadata fields right. */
export function score(report: ExtractedReport, label: Label, reference: ExtractionReference) {
  const fields = Object.values(metadataFields(report, label, reference));
  const unscored = (label.unscoredFragments ?? []).map((f) => norm(f.text));
  const found = label.recommendations.filter((e) => report.recommendations.some((r) => matches(r, e))).length;
  const wrong = report.recommendations.filter(
    (r) =>
      !label.recommendations.some((e) => matches(r, e)) && !unscored.some((u) => u.includes(norm(r.text))),
  ).length;
  return {
    truePositives: found,
    falsePositives: wrong,
    misses: label.recommendations.length - found,
    metadataRight: fields.filter(([a, b]) => a === b).length,
    metadataFields: fields.length,
  };
}
