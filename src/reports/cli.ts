import { readFile, stat } from "node:fs/promises";
import type { Command } from "commander";
import { type ExtractedReport, extractReport, ReportError, readDocument } from "./extract";
import { checkSize } from "./extract/read";
import { loadExtractionReference } from "./extract/reference";

/** The JSON `visitdesk extract --json` prints: the metadata and each recommendation, null where unknown. */
export function extractionJson(report: ExtractedReport) {
  return {
    documentType: report.documentType,
    isVisitReport: report.isVisitReport,
    symbol: report.symbol,
    mandate: report.mandate,
    country: report.country,
    visitDates: report.visitDates,
    hrcSession: report.hrcSession,
    hrcSessionSource: report.hrcSessionSource,
    recommendations: report.recommendations.map((r) => ({
      ref: r.ref,
      addressee: r.addressee,
      addresseeAsWritten: r.addresseeAsWritten,
      heading: r.heading,
      text: r.text,
    })),
  };
}

function summary(report: ExtractedReport): string {
  const lines = [
    `${report.documentType}${report.symbol ? ` ${report.symbol}` : ""}`,
    `mandate: ${report.mandate ?? "unknown"}, country: ${report.country ?? "unknown"}`,
    `visit: ${report.visitDates ? `${report.visitDates.from} to ${report.visitDates.to}` : "dates unknown"}, HRC session: ${report.hrcSession ?? "unknown"}${report.hrcSessionSource ? ` (${report.hrcSessionSource})` : ""}`,
    `${report.recommendations.length} recommendation(s)`,
    ...report.recommendations.map((r) => `  ${r.ref} [${r.addressee ?? "?"}] ${r.text}`),
  ];
  return lines.join("\n");
}

export function registerExtractCommand(program: Command): void {
  program
    .command("extract")
    .description(
      "Read a report or statement (PDF, DOCX, HTML or text) and print its metadata and recommendations",
    )
    .argument("<file>", "the report file")
    .option("--json", "print JSON")
    .action(async (file: string, opts: { json?: boolean }) => {
      let bytes: Buffer;
      try {
        // A huge file is refused by its size, before it is read into memory.
        checkSize((await stat(file)).size);
        bytes = await readFile(file);
      } catch (err) {
        if (err instanceof ReportError) throw new Error(`${file}: ${err.message}`);
        throw new Error(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
      }
      let report: ExtractedReport;
      try {
        const { text } = await readDocument(bytes);
        report = extractReport(text, loadExtractionReference());
      } catch (err) {
        if (err instanceof ReportError) throw new Error(`${file}: ${err.message}`);
        throw err;
      }
      console.log(opts.json ? JSON.stringify(extractionJson(report), null, 2) : summary(report));
    });
}
