/**
 * `npm run eval:extract`: scores the report extractor on every labelled document the project holds
 * (src/reports/extract/fixtures: real report fragments and our synthetic reports), and times the
 * extraction of a 100-page report. Prints Markdown for BENCHMARKS.md. Targets: F1 ≥ 0.98 on
 * recommendations (ref and text both right), metadata ≥ 0.95, 100 pages under 1 s.
 */
import { readFileSync } from "node:fs";
import { extractReport, readDocument } from "../src/reports/extract/index";
import { fixturesDir, labelledFixtures, score } from "../src/reports/extract/labels";
import { loadExtractionReference } from "../src/reports/extract/reference";
import { fixtureText, pdfOf } from "../src/reports/test-documents";

const reference = loadExtractionReference();
const rows: string[] = [];
let tp = 0;
let fp = 0;
let misses = 0;
let metaRight = 0;
let metaAll = 0;
for (const f of labelledFixtures()) {
  const { text } = await readDocument(readFileSync(new URL(f.source, fixturesDir)));
  const s = score(extractReport(text, reference), f.label, reference);
  tp += s.truePositives;
  fp += s.falsePositives;
  misses += s.misses;
  metaRight += s.metadataRight;
  metaAll += s.metadataFields;
  const real = f.name.startsWith("synthetic") ? "synthetic" : "real";
  rows.push(
    `| ${f.name} | ${real} | ${f.label.recommendations.length} | ${s.truePositives} | ${s.falsePositives} | ${s.metadataRight}/${s.metadataFields} |`,
  );
}
const precision = tp + fp ? tp / (tp + fp) : 1;
const recall = tp + misses ? tp / (tp + misses) : 1;
const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;

// A 100-page report: the pages of a full synthetic report repeated, each with its page furniture.
const pages = fixtureText("synthetic_en_mongolia_education.txt").split("\f");
const long = Array.from({ length: 100 }, (_, i) => pages[i % pages.length]).join("\f");
const pdf = await pdfOf(long);
const times = { read: [] as number[], extract: [] as number[] };
let pageCount = 0;
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  const doc = await readDocument(pdf);
  const t1 = performance.now();
  extractReport(doc.text, reference);
  const t2 = performance.now();
  pageCount = doc.text.split("\f").length;
  times.read.push(t1 - t0);
  times.extract.push(t2 - t1);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const out = [
  `### Report extraction: accuracy on ${rows.length} labelled documents (run on ${new Date().toISOString().slice(0, 10)})`,
  "| document | source | labelled | found exactly | extra | metadata right |",
  "|---|---|---|---|---|---|",
  ...rows,
  "",
  `Recommendations (ref and text both right, whitespace-insensitive): precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, **F1 ${f1.toFixed(3)}** (target ≥ 0.98). Metadata fields right: **${(metaRight / metaAll).toFixed(3)}** (${metaRight}/${metaAll}; target ≥ 0.95).`,
  "",
  `### Extraction of a ${pageCount}-page report (PDF, ${(pdf.byteLength / 1024).toFixed(0)} KB; median of 5)`,
  "| step | ms |",
  "|---|---|",
  `| read the PDF (unpdf) | ${median(times.read).toFixed(0)} |`,
  `| clean, find metadata and recommendations | ${median(times.extract).toFixed(0)} |`,
  `| **total** | **${(median(times.read) + median(times.extract)).toFixed(0)}** (target < 1000) |`,
  "",
];
console.log(out.join("\n"));
