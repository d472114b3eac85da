import { describe, expect, it } from "vitest";
import { extractReport, ReportError } from "./index";
import { loadExtractionReference } from "./reference";

const reference = loadExtractionReference();

describe("extractReport", () => {
  it("gives a Government's comments no recommendations, even where they quote some", () => {
    const text = [
      "A/HRC/64/909/Add.5",
      "Visit to Kenya",
      "Comments by the State on the report of the Special Rapporteur on the right to education",
      "IV. Conclusions and recommendations",
      "1. The Government should be given more time, and recommends that the report be revised.",
    ].join("\n");
    const report = extractReport(text, reference);
    expect(report).toMatchObject({
      documentType: "government_comments",
      isVisitReport: false,
      country: "KEN",
      mandate: "sr-education",
      recommendations: [],
    });
  });

  it("marks a country visit report as one and keeps the source paragraph of each recommendation", () => {
    const text = [
      "Visit to Kenya",
      "Report of the Special Rapporteur on the right to education",
      "V. Recommendations",
      "85. The Special Rapporteur recommends that the Government:",
      "(a) Abolish school fees;",
      "(b) Build schools.",
    ].join("\n");
    const report = extractReport(text, reference);
    expect(report.isVisitReport).toBe(true);
    expect(report.recommendations[1]).toEqual({
      ref: "85(b)",
      addressee: "government",
      addresseeAsWritten: "the Government",
      heading: null,
      text: "Build schools.",
      paragraph:
        "The Special Rapporteur recommends that the Government: (a) Abolish school fees; (b) Build schools.",
    });
  });

  it("refuses a document in a language it cannot read", () => {
    const arabic = "يوصي المقرر الخاص الحكومة باعتماد قانون لحماية حقوق الأقليات في جميع أنحاء البلد.";
    expect(() => extractReport(arabic, reference)).toThrow(ReportError);
    try {
      extractReport(arabic, reference);
    } catch (err) {
      expect((err as ReportError).code).toBe("unsupported_language");
    }
  });
});
