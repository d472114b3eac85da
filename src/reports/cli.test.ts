import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// The command needs no database: it reads the file and the reference data shipped with Visitdesk.
const bin = path.resolve("bin/visitdesk.js");
const fixtures = path.resolve("src/reports/extract/fixtures");
const tmp = mkdtempSync(path.join(os.tmpdir(), "visitdesk-extract-"));
const run = (...args: string[]) =>
  spawnSync(process.execPath, [bin, "extract", ...args], { encoding: "utf8" });

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("visitdesk extract", () => {
  it("prints the report's metadata and recommendations as JSON", () => {
    const out = run(path.join(fixtures, "02_spain_sr_minorities_2020.txt"), "--json");
    expect(out.stderr).toBe("");
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(Object.keys(json)).toEqual([
      "documentType",
      "isVisitReport",
      "symbol",
      "mandate",
      "country",
      "visitDates",
      "hrcSession",
      "hrcSessionSource",
      "recommendations",
    ]);
    expect(json).toMatchObject({
      documentType: "country_visit_report",
      isVisitReport: true,
      symbol: "A/HRC/43/47/Add.1",
      mandate: "sr-minority-issues",
      country: "ESP",
      visitDates: { from: "2019-01-14", to: "2019-01-25" },
      hrcSession: 43,
      hrcSessionSource: "stated",
    });
    expect(json.recommendations.map((r: { ref: string }) => r.ref)).toEqual(["77", "78", "79", "80"]);
    expect(Object.keys(json.recommendations[0])).toEqual([
      "ref",
      "addressee",
      "addresseeAsWritten",
      "heading",
      "text",
    ]);
    expect(json.recommendations[0].text).toMatch(/^The Government should review and amend legislation/);
  });

  it("says a Government's comments are not a visit report and have no recommendations", () => {
    const out = run(path.join(fixtures, "08_zimbabwe_state_comments_2020_DISTRACTOR.txt"), "--json");
    expect(JSON.parse(out.stdout)).toMatchObject({
      documentType: "government_comments",
      isVisitReport: false,
      visitDates: null,
      hrcSession: 43,
      hrcSessionSource: "symbol",
      recommendations: [],
    });
  });

  it("reads a web page, and prints a summary without --json", () => {
    const out = run(path.join(fixtures, "synthetic_en_ecuador_detention_grouped.html"));
    expect(out.status).toBe(0);
    expect(out.stdout).toContain("9 recommendation(s)");
    expect(out.stdout).toContain("7 [judiciary] Judges should give reasons");
  });

  it("stops with a clear message on a file it cannot use", { timeout: 90_000 }, () => {
    const cases: [string, Uint8Array | string, RegExp][] = [
      ["empty.txt", "", /empty\.txt: The file is empty/],
      ["scan.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), /scan\.png: .*OCR/],
      [
        "report.doc",
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
        /Save it as DOCX or PDF/,
      ],
      [
        "russian.txt",
        "Специальный докладчик рекомендует правительству принять закон.",
        /not in English, French or Spanish/,
      ],
      ["broken.pdf", "%PDF-1.7\nnot really a PDF", /broken\.pdf: This PDF is damaged/],
    ];
    for (const [name, content, message] of cases) {
      const file = path.join(tmp, name);
      writeFileSync(file, content);
      const out = run(file, "--json");
      expect(out.status, name).toBe(1);
      expect(out.stdout, name).toBe("");
      expect(out.stderr, name).toMatch(message);
    }
    // A 300 MB upload (a sparse file: nothing is written to disk) is refused by its size.
    const huge = path.join(tmp, "huge.pdf");
    writeFileSync(huge, "%PDF-1.7\n");
    truncateSync(huge, 300 * 1024 * 1024);
    const big = run(huge);
    expect(big.status).toBe(1);
    expect(big.stderr).toMatch(/huge\.pdf: The file is 300 MB; the largest report accepted is 50 MB/);

    const missing = run(path.join(tmp, "nowhere.pdf"));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("cannot read");
  });
});
