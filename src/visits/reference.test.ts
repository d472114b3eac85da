import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mandatesFromReference } from "../mandates/reference";
import { asOfDate, holderIn, hrcSession, matchMandate, visitsFromReference } from "./reference";
import { deriveVisit } from "./status";

const read = (p: string) => JSON.parse(readFileSync(new URL(p, import.meta.url), "utf8"));
const mandates = mandatesFromReference(
  read("../mandates/data/mandates.json"),
  read("../mandates/data/mandates_i18n.json"),
);
const sample = read("./data/visits_sample.json");
const more = read("./data/visits_more.json");

describe("mandate names as published", () => {
  it("resolve to the same mandate as the hand-labelled rows", () => {
    const labelled = more.rows as { mandate: string; mandate_id: string }[];
    const wrong = labelled
      .filter((r) => matchMandate(r.mandate, mandates) !== r.mandate_id)
      .map((r) => `${r.mandate} → ${matchMandate(r.mandate, mandates)} (want ${r.mandate_id})`);
    expect(wrong).toEqual([]);
  });

  it("resolve every row of the first sample, predecessors included", () => {
    const unknown = (sample.rows as { mandate: string }[])
      .filter((r) => !matchMandate(r.mandate, mandates))
      .map((r) => r.mandate);
    expect(unknown).toEqual([]);
    expect(matchMandate("Representative of the SG on the human rights of IDPs", mandates)).toBe("sr-idps");
    expect(matchMandate("Committee on something else entirely", mandates)).toBeNull();
  });

  it("keep the holder named in brackets", () => {
    expect(holderIn("SR on extrajudicial, summary or arbitrary executions (Christof Heyns)")).toBe(
      "Christof Heyns",
    );
    expect(holderIn("SR on torture (as of 2018)")).toBeNull();
  });
});

describe("dates as published", () => {
  it.each([
    ["requested, outstanding (as of early 2018)", { date: "2018-01-01", precision: "year" }],
    ["accepted, dates to be agreed (as of Sep 2019)", { date: "2019-09-01", precision: "month" }],
    ["postponed by Government (2013)", { date: "2013-01-01", precision: "year" }],
  ])("%s", (text, want) => {
    expect(asOfDate(text)).toEqual(want);
  });

  it("reads an HRC session and its first month", () => {
    expect(hrcSession("HRC 56 (June-July 2024)")).toEqual({ session: 56, date: "2024-06-01" });
    expect(hrcSession("HRC 43 (December 2019 to February 2020)")).toEqual({
      session: 43,
      date: "2019-12-01",
    });
    expect(hrcSession(null)).toBeNull();
  });
});

describe("the sample visits", () => {
  const { visits, rejected } = visitsFromReference(
    [
      { rows: sample.rows, sources: sample.meta.sources },
      { rows: more.rows, sources: more.meta.sources },
    ],
    mandates,
  );

  it("all load, and rows of the second file that complete the first replace them", () => {
    expect(rejected).toEqual([]);
    expect(visits.length).toBeLessThan(sample.rows.length + more.rows.length);
    expect(visits.length).toBeGreaterThan(70);
    const honduras = visits.filter((v) => v.countryIso3 === "HND" && v.mandateId === "sr-executions");
    expect(honduras.map((v) => v.key).sort()).toEqual(["HND:sr-executions:2016", "HND:sr-executions:2023"]);
    expect(
      honduras.find((v) => v.key.endsWith("2016"))?.events.find((e) => e.type === "report_published")?.symbol,
    ).toBe("A/HRC/35/23/Add.1");
  });

  it("derive the status each row published", () => {
    const byStatus = (iso3: string, mandate: string, year: string) =>
      deriveVisit(visits.find((v) => v.key === `${iso3}:${mandate}:${year}`)?.events ?? [], "2026-11-28")
        .status;
    expect(byStatus("HND", "sr-executions", "2023")).toBe("reported");
    const pending = visits.filter((v) => v.events.every((e) => e.type === "requested"));
    expect(pending.length).toBeGreaterThan(10);
    for (const v of pending) expect(deriveVisit(v.events, "2026-11-28").status).toBe("requested");
  });

  it("keep the source of every visit", () => {
    for (const v of visits) expect(v.provenance.source.length).toBeGreaterThan(3);
  });
});
