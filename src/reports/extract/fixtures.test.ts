import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { type ExtractedReport, extractReport, readDocument } from "./index";
import { addresseeOfLabel, fixturesDir, labelledFixtures, matches, metadataFields, norm } from "./labels";
import { loadExtractionReference } from "./reference";

/**
 * Runs the extractor on every labelled document in fixtures/ (real report fragments and our
 * synthetic reports, see fixtures/README.md) and compares it with the hand labels.
 */
const fixtures = labelledFixtures();
const labelled = fixtures.map((f) => f.name);
const reference = loadExtractionReference();

const scores: { fixture: string; expected: number; exact: number; extracted: number; metadata: string }[] =
  [];

afterAll(() => {
  // The honest per-fixture score, printed with the test run.
  console.table(scores);
});

describe.each(labelled)("fixture %s", (name) => {
  const { label, source } = fixtures.find((f) => f.name === name) as (typeof fixtures)[number];
  let report: ExtractedReport;

  it("is read and extracted", async () => {
    const { text } = await readDocument(readFileSync(new URL(source, fixturesDir)));
    report = extractReport(text, reference);
    const fields = metadataFields(report, label, reference);
    const right = Object.values(fields).filter(([a, b]) => a === b).length;
    const exact = label.recommendations.filter((e) =>
      report.recommendations.some((r) => matches(r, e)),
    ).length;
    scores.push({
      fixture: name,
      expected: label.recommendations.length,
      exact,
      extracted: report.recommendations.length,
      metadata: `${right}/${Object.keys(fields).length}`,
    });
    expect(Object.fromEntries(Object.entries(fields).map(([k, [a]]) => [k, a]))).toEqual(
      Object.fromEntries(Object.entries(fields).map(([k, [, b]]) => [k, b])),
    );
  });

  it("finds every labelled recommendation with its ref, addressee and exact text", () => {
    const got = new Map(report.recommendations.map((r) => [r.ref, r]));
    for (const e of label.recommendations) {
      const r = got.get(e.ref);
      expect(r, `recommendation ${e.ref}`).toBeDefined();
      if (!r) continue;
      if (e.complete === false) expect(norm(r.text).startsWith(norm(e.text)), `text of ${e.ref}`).toBe(true);
      else expect(norm(r.text), `text of ${e.ref}`).toBe(norm(e.text));
      expect(r.addressee, `addressee of ${e.ref}`).toBe(addresseeOfLabel(e.addressee));
      if (e.heading !== undefined) expect(r.heading, `heading of ${e.ref}`).toBe(e.heading);
    }
  });

  it("finds nothing else (a fragment the labels leave unscored aside)", () => {
    const labelledRefs = new Set(label.recommendations.map((e) => e.ref));
    const unscored = (label.unscoredFragments ?? []).map((f) => norm(f.text));
    const extra = report.recommendations.filter(
      (r) => !labelledRefs.has(r.ref) && !unscored.some((u) => u.includes(norm(r.text))),
    );
    expect(extra.map((r) => `${r.ref}: ${r.text}`)).toEqual([]);
  });

  it("never takes a negative for a recommendation", () => {
    for (const n of label.negatives ?? []) {
      const text = norm(n.text);
      const hit = report.recommendations.find(
        (r) => norm(r.text).includes(text) || text.includes(norm(r.text)),
      );
      expect(hit, `negative "${text.slice(0, 60)}…"`).toBeUndefined();
    }
  });
});

it("labels every fixture, and the distractor is not a visit report", async () => {
  expect(labelled.length).toBeGreaterThanOrEqual(12);
  const distractor = labelled.find((n) => n.includes("DISTRACTOR")) as string;
  const { text } = await readDocument(readFileSync(new URL(`${distractor}.txt`, fixturesDir)));
  const report = extractReport(text, reference);
  expect(report.isVisitReport).toBe(false);
  expect(report.recommendations).toEqual([]);
});
