import { describe, expect, it } from "vitest";
import type { EventType } from "../status";
import { type ExistingVisit, isOneVisit, planImport } from "./plan";
import type { ImportEvent, ImportRow } from "./rows";

const ev = (type: EventType, date: string, extra: Partial<ImportEvent> = {}): ImportEvent => ({
  type,
  date,
  field: "requested",
  ...extra,
});
const row = (line: number, events: ImportEvent[], extra: Partial<ImportRow> = {}): ImportRow => ({
  line,
  country: "KEN",
  mandate: "sr-food",
  mandateAsPublished: null,
  holder: null,
  source: null,
  events,
  problems: [],
  ...extra,
});
const completed2019: ExistingVisit = {
  id: "v-2019",
  country: "KEN",
  mandate: "sr-food",
  holder: null,
  events: [
    { type: "requested", date: "2017-03-01", symbol: null },
    { type: "started", date: "2019-05-06", symbol: null, from: "2019-05-06", to: "2019-05-15" },
    { type: "completed", date: "2019-05-15", symbol: null, from: "2019-05-06", to: "2019-05-15" },
  ],
};

describe("one visit or two", () => {
  it("a request after the visit was over starts another visit", () => {
    expect(isOneVisit(completed2019.events)).toBe(true);
    expect(isOneVisit([...completed2019.events, ev("reminder", "2020-01-01")])).toBe(true);
    expect(isOneVisit([...completed2019.events, ev("requested", "2022-01-01")])).toBe(false);
    // Another mission's dates after the visit, even without a request on record; a late record of the end is not one.
    expect(isOneVisit([...completed2019.events, ev("started", "2023-04-02", { from: "2023-04-02" })])).toBe(
      false,
    );
    expect(
      isOneVisit([
        ...completed2019.events,
        ev("completed", "2019-05-20", { from: "2019-05-06", to: "2019-05-15" }),
      ]),
    ).toBe(true);
    // Agreed dates that have passed count as a visit done.
    expect(
      isOneVisit([
        ev("dates_agreed", "2018-01-01", { from: "2018-03-01", to: "2018-03-10" }),
        ev("invited", "2021-01-01"),
      ]),
    ).toBe(false);
  });
});

describe("the plan of an import", () => {
  it("joins the visit a row shares a letter with, adding only what is new", () => {
    const plan = planImport(
      [
        row(2, [
          ev("completed", "2019-05-15", { from: "2019-05-06", to: "2019-05-15" }),
          ev("end_of_visit_statement", "2019-05-15"),
        ]),
      ],
      [completed2019],
      "line",
    );
    expect(plan.rows[0]).toMatchObject({ outcome: "add_events", visit: 0, known: 1 });
    expect(plan.rows[0]?.added.map((e) => e.type)).toEqual(["end_of_visit_statement"]);
    expect(plan.counts).toEqual({
      rows: 1,
      newVisits: 0,
      updatedVisits: 1,
      newEvents: 1,
      unchanged: 0,
      rejected: 0,
    });
  });

  it("a new request after a completed visit is a new visit; a report of that visit joins it", () => {
    const plan = planImport(
      [
        row(2, [ev("requested", "2023-02-01"), ev("reminder", "2024-02-01")]),
        row(3, [ev("report_published", "2020-03-01", { symbol: "A/HRC/43/44/Add.1" })]),
      ],
      [completed2019],
      "line",
    );
    expect(plan.rows.map((r) => [r.outcome, r.visit])).toEqual([
      ["new_visit", 1],
      ["add_events", 0],
    ]);
    expect(plan.visits[1]).toMatchObject({ id: null, country: "KEN", mandate: "sr-food", line: 2 });
    expect(plan.counts).toMatchObject({ newVisits: 1, updatedVisits: 1, newEvents: 3 });
  });

  it("picks the nearest visit a row can belong to", () => {
    const pending2021: ExistingVisit = {
      id: "v-2021",
      country: "KEN",
      mandate: "sr-food",
      holder: null,
      events: [{ type: "requested", date: "2021-06-01", symbol: null }],
    };
    const plan = planImport([row(2, [ev("reminder", "2023-01-10")])], [completed2019, pending2021], "line");
    expect(plan.rows[0]).toMatchObject({ outcome: "add_events", visit: 1 });
  });

  it("changes nothing when everything is already recorded, and fills a missing holder", () => {
    const again = planImport(
      [
        row(
          2,
          completed2019.events.map((e) => ev(e.type, e.date, { from: e.from, to: e.to })),
        ),
      ],
      [completed2019],
      "line",
    );
    expect(again.rows[0]).toMatchObject({ outcome: "unchanged", known: 3, added: [] });
    expect(again.counts).toEqual({
      rows: 1,
      newVisits: 0,
      updatedVisits: 0,
      newEvents: 0,
      unchanged: 1,
      rejected: 0,
    });
    const holder = planImport(
      [row(2, [ev("requested", "2017-03-01")], { holder: "Hilal Elver" })],
      [completed2019],
      "line",
    );
    expect(holder.rows[0]?.outcome).toBe("add_events");
    expect(holder.visits[0]?.setHolder).toBe("Hilal Elver");
  });

  it("names a row that repeats another, and a letter two rows give", () => {
    const plan = planImport(
      [
        row(2, [ev("requested", "2022-01-01"), ev("reminder", "2023-01-01")]),
        row(3, [ev("requested", "2022-01-01"), ev("reminder", "2023-01-01")]),
        row(4, [
          ev("reminder", "2023-01-01", { field: "reminders" }),
          ev("reminder", "2024-01-01", { field: "reminders" }),
        ]),
      ],
      [],
      "row",
    );
    expect(plan.rows.map((r) => r.outcome)).toEqual(["new_visit", "rejected", "rejected"]);
    expect(plan.rows[1]?.problems).toEqual([
      { field: "", code: "duplicate_row", message: "This row repeats row 2." },
    ]);
    expect(plan.rows[2]?.problems).toEqual([
      {
        field: "reminders",
        code: "duplicate_event",
        message: "Row 2 already gives this reminder (2023-01-01).",
      },
    ]);
    expect(plan.counts).toMatchObject({ newVisits: 1, newEvents: 2, rejected: 2 });
  });

  it("leaves rows with problems out of every visit", () => {
    const bad = row(2, [ev("requested", "2022-01-01")], {
      country: null,
      problems: [{ field: "country", code: "unknown_country", message: "No country is called “Narnia”" }],
    });
    const plan = planImport([bad], [], "line");
    expect(plan.rows[0]).toMatchObject({ outcome: "rejected", visit: null });
    expect(plan.visits).toEqual([]);
    expect(plan.counts.rejected).toBe(1);
  });
});
