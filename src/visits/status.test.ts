import { describe, expect, it } from "vitest";
import { deriveVisit, startsNewVisit, type VisitEvent } from "./status";

const today = "2026-11-28";
const ev = (type: VisitEvent["type"], date: string, extra: Partial<VisitEvent> = {}): VisitEvent => ({
  type,
  date,
  ...extra,
});

describe("deriveVisit: status from the event log", () => {
  it.each<[string, VisitEvent[], string]>([
    ["a fresh request is pending", [ev("requested", "2024-01-10")], "requested"],
    [
      "reminders and a receipt keep it pending",
      [ev("requested", "2020-01-10"), ev("reminder", "2022-03-01"), ev("acknowledged", "2022-04-01")],
      "requested",
    ],
    ["acceptance in principle", [ev("requested", "2024-01-10"), ev("accepted", "2024-06-01")], "accepted"],
    [
      "an invitation answering a request accepts it",
      [ev("requested", "2024-01-10"), ev("invited", "2024-05-01")],
      "accepted",
    ],
    ["a spontaneous invitation", [ev("invited", "2024-05-01")], "invited"],
    [
      "agreed dates in the future",
      [
        ev("requested", "2025-01-10"),
        ev("dates_agreed", "2026-09-01", { from: "2027-02-01", to: "2027-02-10" }),
      ],
      "scheduled",
    ],
    [
      "agreed dates that include today",
      [
        ev("requested", "2025-01-10"),
        ev("dates_agreed", "2026-09-01", { from: "2026-11-20", to: "2026-11-30" }),
      ],
      "underway",
    ],
    ["a declined request", [ev("requested", "2024-01-10"), ev("declined", "2024-03-01")], "declined"],
    [
      "postponed by the Government",
      [ev("requested", "2024-01-10"), ev("accepted", "2024-03-01"), ev("postponed", "2024-09-01")],
      "postponed",
    ],
    [
      "a visit that took place",
      [ev("requested", "2022-01-10"), ev("started", "2023-05-22"), ev("completed", "2023-06-02")],
      "completed",
    ],
    [
      "a published report",
      [
        ev("requested", "2022-01-10"),
        ev("completed", "2023-06-02", { to: "2023-06-02" }),
        ev("report_published", "2024-05-01", { symbol: "A/HRC/56/56/Add.1" }),
      ],
      "reported",
    ],
    [
      "a new request after a refusal reopens it",
      [ev("requested", "2019-01-10"), ev("declined", "2019-05-01"), ev("requested", "2023-02-01")],
      "requested",
    ],
  ])("%s", (_name, events, status) => {
    expect(deriveVisit(events, today).status).toBe(status);
  });

  it("counts reminders and the age of a pending request", () => {
    const f = deriveVisit(
      [ev("requested", "2016-11-28"), ev("reminder", "2018-01-01"), ev("reminder", "2021-01-01")],
      today,
    );
    expect(f).toMatchObject({ pending: true, reminders: 2, requestedOn: "2016-11-28", requestAgeDays: 3652 });
  });

  it("measures the time to an answer and from visit to report", () => {
    const f = deriveVisit(
      [
        ev("requested", "2021-01-15"),
        ev("accepted", "2021-04-15"),
        ev("completed", "2022-11-25", { from: "2022-11-14", to: "2022-11-25" }),
        ev("report_published", "2023-06-20", { symbol: "A/HRC/53/29/Add.1" }),
        ev("report_presented", "2023-07-01", { session: 53 }),
      ],
      today,
    );
    expect(f).toMatchObject({
      pending: false,
      answeredOn: "2021-04-15",
      requestAgeDays: 90,
      visitFrom: "2022-11-14",
      visitTo: "2022-11-25",
      reportSymbol: "A/HRC/53/29/Add.1",
      hrcSession: 53,
      monthsToReport: 7,
      inconsistencies: [],
    });
  });

  it("reads events recorded out of order by their dates, and says so", () => {
    const f = deriveVisit(
      [
        { ...ev("accepted", "2024-06-01"), recordedAt: "2024-06-02T00:00:00Z" },
        { ...ev("requested", "2024-01-10"), recordedAt: "2024-06-03T00:00:00Z" },
      ],
      today,
    );
    expect(f.status).toBe("accepted");
    expect(f.inconsistencies).toContainEqual({ kind: "out_of_order", type: "requested", date: "2024-01-10" });
  });

  it("flags, rather than refuses, what looks wrong", () => {
    const f = deriveVisit(
      [
        ev("accepted", "2024-06-01"),
        ev("accepted", "2024-06-01"),
        ev("dates_agreed", "2024-07-01", { from: "2024-10-10", to: "2024-10-01" }),
      ],
      today,
    );
    expect(f.inconsistencies.map((i) => i.kind)).toEqual(
      expect.arrayContaining(["no_request", "duplicate", "dates_reversed"]),
    );
  });

  it("infers a visit is over when its agreed dates have passed, and says it inferred it", () => {
    const f = deriveVisit(
      [
        ev("requested", "2023-01-10"),
        ev("dates_agreed", "2024-01-01", { from: "2024-03-01", to: "2024-03-10" }),
      ],
      today,
    );
    expect(f.status).toBe("completed");
    expect(f.inconsistencies).toContainEqual({ kind: "inferred_completed", to: "2024-03-10" });
  });

  it("treats a report with no visit on record as a visit that happened", () => {
    const f = deriveVisit([ev("report_published", "2020-03-01", { symbol: "A/HRC/43/47/Add.1" })], today);
    expect(f.status).toBe("reported");
    expect(f.inconsistencies.map((i) => i.kind)).toContain("report_before_visit");
  });

  it("starts a new visit for a request after a completed one", () => {
    const done = deriveVisit([ev("requested", "2015-01-01"), ev("completed", "2016-05-27")], today);
    expect(startsNewVisit(done, "requested")).toBe(true);
    expect(startsNewVisit(done, "follow_up")).toBe(false);
    expect(startsNewVisit(deriveVisit([ev("requested", "2024-01-01")], today), "requested")).toBe(false);
  });
});
