import { beforeAll, describe, expect, it } from "vitest";
import type { ColumnMapping } from "./columns";
import { ImportFileError } from "./decode";
import { fixture, referenceLookups, xlsx } from "./fixtures/support";
import { readTable } from "./read";
import { checkRows, type ImportRow, type Lookups } from "./rows";

const TODAY = "2026-11-28";
let lookups: Lookups;
beforeAll(() => {
  lookups = referenceLookups();
});

async function check(file: string | Uint8Array, mapping: ColumnMapping = {}) {
  const bytes = typeof file === "string" ? new Uint8Array(Buffer.from(file)) : file;
  return checkRows(await readTable(bytes), mapping, lookups, TODAY, "test file");
}
const events = (r: ImportRow | undefined) =>
  r?.events.map((e) => [e.type, e.date, e.precision, e.from ?? null, e.to ?? null, e.symbol ?? null]);
const problems = (r: ImportRow | undefined) => r?.problems.map((p) => [p.field, p.code]);

describe("a row of documented columns becomes a visit with its letters", () => {
  it("reads every dated column into events, with source and note", async () => {
    const { rows } = await check(
      [
        "country,mandate,holder,requested,reminders,accepted,visit_from,visit_to,completed,report_symbol,report_published,report_session,source,note",
        'KEN,sr-food,Michael Fakhri,2019-02-10,"2019-09-01; 2020-01-15",2021-03-05,2022-11-11,2022-11-22,2022-11-22,A/HRC/52/40/Add.1,2023-02-14,52,https://example.org/kenya,Seen in the annual report',
      ].join("\n"),
    );
    const [row] = rows;
    expect(row).toMatchObject({
      line: 2,
      country: "KEN",
      mandate: "sr-food",
      holder: "Michael Fakhri",
      problems: [],
    });
    expect(events(row)).toEqual([
      ["requested", "2019-02-10", "day", null, null, null],
      ["accepted", "2021-03-05", "day", null, null, null],
      ["reminder", "2019-09-01", "day", null, null, null],
      ["reminder", "2020-01-15", "day", null, null, null],
      ["started", "2022-11-11", "day", "2022-11-11", "2022-11-22", null],
      ["completed", "2022-11-22", "day", "2022-11-11", "2022-11-22", null],
      ["report_published", "2023-02-14", "day", null, null, "A/HRC/52/40/Add.1"],
      ["report_presented", "2023-03-01", "month", null, null, null],
    ]);
    expect(row?.events.every((e) => e.source === "https://example.org/kenya")).toBe(true);
    expect(row?.events[0]?.note).toBe("Seen in the annual report");
  });

  it("finds countries by name or code and mandates by title, keeping the title as published", async () => {
    const { rows } = await check(
      [
        "country,mandate,requested",
        "Côte d'Ivoire,Special Rapporteur on the right to food,2019",
        "bolivia (plurinational state of),SR on torture (Juan Méndez),2015",
        "Russia,WG on arbitrary detention,March 2016",
        "ke,sr-food,2016",
      ].join("\n"),
    );
    expect(rows.map((r) => [r.country, r.mandate, r.problems.length])).toEqual([
      ["CIV", "sr-food", 0],
      ["BOL", "sr-torture", 0],
      ["RUS", "wg-arbitrary-detention", 0],
      [null, "sr-food", 1],
    ]);
    expect(rows[0]?.mandateAsPublished).toBe("Special Rapporteur on the right to food");
    expect(rows[1]?.holder).toBe("Juan Méndez");
    expect(rows[2]?.events[0]).toMatchObject({ date: "2016-03-01", precision: "month" });
  });

  it("reads back the apostrophe a CSV export puts before a formula-like cell", async () => {
    const { rows } = await check("country,mandate,requested,note\nKEN,sr-food,2019-01-01,'-- as of 2019\n");
    expect(rows[0]?.events[0]?.note).toBe("-- as of 2019");
  });

  it("maps other headers to the documented columns", async () => {
    const { rows, columns } = await check("Pays;Mandat;Demande;Budget\nKenya;sr-food;14/02/2019;12\n", {
      Pays: "country",
      Mandat: "mandate",
    });
    expect(columns.map((c) => c.field)).toEqual(["country", "mandate", "requested", null]);
    expect(events(rows[0])).toEqual([["requested", "2019-02-14", "day", null, null, null]]);
  });
});

describe("bad input: each problem names the row and the field", () => {
  it("an unknown or ambiguous country, an unknown mandate", async () => {
    const { rows } = await check(
      "country,mandate,requested\nNarnia,sr-food,2019\nCongo,sr-food,2019\nKEN,Special Rapporteur on dragons,2019\n",
    );
    expect(rows.map((r) => [r.line, problems(r)])).toEqual([
      [2, [["country", "unknown_country"]]],
      [3, [["country", "ambiguous_country"]]],
      [4, [["mandate", "unknown_mandate"]]],
    ]);
    expect(rows[0]?.problems[0]?.message).toBe(
      "No country is called “Narnia”: give its ISO 3166-1 alpha-3 code (e.g. KEN) or its name.",
    );
    expect(rows[1]?.problems[0]?.message).toContain("COD or COG");
  });

  it("impossible dates: end before start, far future, letters in the future, not a date", async () => {
    const { rows } = await check(
      [
        "country,mandate,requested,visit_from,visit_to,accepted,reminders",
        "KEN,sr-food,2019-01-01,2022-11-22,2022-11-11,,",
        "KEN,sr-torture,2019-01-01,2035-01-01,2035-01-10,,",
        "KEN,sr-health,2027-05-01,,,,",
        "KEN,sr-water,2019-01-01,,,31/02/2020,2020-01-01; soon",
      ].join("\n"),
    );
    expect(rows.map((r) => [r.line, problems(r)])).toEqual([
      [2, [["visit_to", "impossible"]]],
      [
        3,
        [
          ["visit_from", "impossible"],
          ["visit_to", "impossible"],
        ],
      ],
      [4, [["requested", "impossible"]]],
      [
        5,
        [
          ["accepted", "bad_date"],
          ["reminders", "bad_date"],
        ],
      ],
    ]);
    expect(rows[0]?.problems[0]?.message).toBe("The visit cannot end before it starts.");
    expect(rows[1]?.problems[0]?.message).toBe("This date is more than 3 years ahead.");
    expect(rows[3]?.problems[1]?.message).toContain("“soon” is not a date");
  });

  it("the same letter twice in one column", async () => {
    const { rows } = await check('country,mandate,reminders\nKEN,sr-food,"2019-01-01; 2019-01-01"\n');
    expect(problems(rows[0])).toEqual([["reminders", "duplicate_event"]]);
  });

  it("a row that holds two visits, and a row with no date at all", async () => {
    const { rows } = await check(
      "country,mandate,requested,invited,completed\nKEN,sr-food,,2022-01-01,2019-05-01\nKEN,sr-food,,,\n",
    );
    expect(problems(rows[0])).toEqual([["", "two_visits"]]);
    expect(problems(rows[1])).toEqual([["", "no_event"]]);
  });

  it("a status without the date it needs, a status that is not one", async () => {
    const { rows } = await check(
      "country,mandate,status\nKEN,sr-food,Postponed\nKEN,sr-torture,Perhaps later\n",
    );
    expect(problems(rows[0])).toEqual([["status", "no_date"]]);
    expect(problems(rows[1])).toEqual([["status", "bad_status"]]);
  });

  it("an XLSX without a required column is refused as a whole, naming the column", async () => {
    const file = await xlsx({
      Visits: [
        ["Country", "Requested"],
        ["KEN", "2019-01-01"],
      ],
    });
    let err: unknown;
    try {
      await check(file);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ImportFileError);
    expect((err as ImportFileError).code).toBe("missing_column");
    expect((err as ImportFileError).details).toEqual({
      column: "mandate",
      headers: ["Country", "Requested"],
    });
    expect((err as Error).message).toContain("The file has no “mandate” column");
  });
});

describe("HTML pages like OHCHR's", () => {
  it("a mandate's page: the mandate from its heading, the dates from the country cell, the State's comments", async () => {
    const { rows } = await check(fixture("ohchr-mandate-country-visits.html"));
    expect(rows.map((r) => [r.line, r.country, r.mandate, r.problems.length])).toEqual([
      [24, "HND", "sr-executions", 0],
      [25, "ARG", "sr-executions", 0],
      [26, "NGA", "sr-executions", 0],
      [27, "SLV", "sr-executions", 0],
      [32, "IRQ", "sr-executions", 0],
    ]);
    expect(events(rows[3])).toEqual([
      ["dates_agreed", "2018-01-01", "month", "2018-01-01", "2018-02-28", null],
      ["report_published", "2018-06-01", "month", null, null, "A/HRC/38/44/Add.2"],
      ["state_comments", "2018-06-01", "month", null, null, "A/HRC/38/44/Add.5"],
    ]);
  });

  it("a page by status: the section gives the status, free text gives the letters", async () => {
    const { rows } = await check(fixture("ohchr-country-visits-by-status.html"));
    expect(rows.map((r) => [r.country, r.mandate, events(r)?.map((e) => `${e[0]} ${e[1]}`)])).toEqual([
      ["KEN", "sr-food", ["dates_agreed 2027-03-02"]],
      ["VNM", "sr-freedom-of-expression", ["requested 2015-01-01", "reminder 2017-01-01"]],
      [
        "VNM",
        "wg-arbitrary-detention",
        ["requested 2018-01-01", "reminder 2020-01-01", "reminder 2022-01-01"],
      ],
      [
        "CHL",
        "sr-indigenous-peoples",
        ["started 2019-01-14", "completed 2019-01-25", "report_published 2020-03-01"],
      ],
      ["PER", "sr-housing", ["accepted 2019-01-01", "postponed 2020-03-01"]],
    ]);
    expect(rows.every((r) => r.problems.length === 0)).toBe(true);
  });
});
