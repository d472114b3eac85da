import { cleanText } from "./clean";
import { ReportError } from "./errors";
import {
  type DocumentType,
  detectLanguage,
  type ExtractionReference,
  extractMetadata,
  type Language,
  type ReportMetadata,
} from "./metadata";
import { extractRecommendations, type Recommendation } from "./recommendations";

export type { Addressee } from "./addressee";
export { addressees } from "./addressee";
export { ReportError, type ReportErrorCode } from "./errors";
export type { CountryRef, DocumentType, ExtractionReference, Language, MandateRef } from "./metadata";
export { documentTypes } from "./metadata";
export type { ReadDocument } from "./read";
export { readDocument } from "./read";
export type { Recommendation } from "./recommendations";

export interface ExtractedReport extends ReportMetadata {
  isVisitReport: boolean;
  language: Language;
  recommendations: Recommendation[];
}

/** Document types whose recommendations are not the mandate holder's: a Government's comments. */
const WITHOUT_RECOMMENDATIONS: DocumentType[] = ["government_comments"];

export const yieldsRecommendations = (type: DocumentType) => !WITHOUT_RECOMMENDATIONS.includes(type);

/**
 * The recommendations of a text whatever its type, with the symbol and country that tell its page
 * furniture and its Government apart: for a reviewer who corrected those and asks again.
 */
export function recommendationsIn(
  text: string,
  reference: ExtractionReference,
  facts: { symbol: string | null; country: string | null },
): Recommendation[] {
  const countryNames = reference.countries.find((c) => c.iso3 === facts.country)?.names ?? [];
  return extractRecommendations(cleanText(text, { symbol: facts.symbol }), { countryNames });
}

/**
 * Everything Visitdesk reads from the text of a report or statement: its metadata and each of its
 * recommendations. Pure: the mandate and country lists come in `reference`. Throws a ReportError
 * for a text in a language other than English, French or Spanish.
 */
export function extractReport(text: string, reference: ExtractionReference): ExtractedReport {
  const language = detectLanguage(text);
  if (!language)
    throw new ReportError(
      "unsupported_language",
      "This text is not in English, French or Spanish, the languages Visitdesk can read recommendations in.",
    );
  const metadata = extractMetadata(text, reference);
  const recommendations = yieldsRecommendations(metadata.documentType)
    ? recommendationsIn(text, reference, metadata)
    : [];
  return {
    ...metadata,
    isVisitReport: metadata.documentType === "country_visit_report",
    language,
    recommendations,
  };
}
