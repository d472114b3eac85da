import { describe, expect, it } from "vitest";
import { type TimelineVisit, timelineLayout } from "./timeline";

const visit = (over: Partial<TimelineVisit>): TimelineVisit => ({
  id: "v",
  label: "SR torture",
  requestedOn: null,
  answeredOn: null,
  visitFrom: null,
  visitTo: null,
  reportOn: null,
  pending: false,
  ...over,
});

describe("timelineLayout", () => {
  it("puts later dates further right and orders rows by their first date", () => {
    const layout = timelineLayout(
      [
        visit({
          id: "b",
          requestedOn: "2015-03-01",
          answeredOn: "2016-01-10",
          visitFrom: "2017-05-01",
          visitTo: "2017-05-10",
          reportOn: "2018-03-01",
        }),
        visit({ id: "a", requestedOn: "2010-01-01", pending: true }),
      ],
      "2026-11-28",
    );
    expect(layout.rows.map((r) => r.id)).toEqual(["a", "b"]);
    const b = layout.rows[1];
    expect(b?.wait?.x1).toBeLessThan(b?.wait?.x2 ?? 0);
    expect(b?.wait?.x2).toBeLessThanOrEqual(b?.visit?.x1 ?? 0);
    expect(b?.visit?.x2).toBeLessThan(b?.report ?? 0);
    expect(layout.rows[1]?.y).toBeGreaterThan(layout.rows[0]?.y ?? 0);
  });

  it("draws a pending request up to today", () => {
    const layout = timelineLayout([visit({ requestedOn: "2020-01-01", pending: true })], "2026-11-28", 600);
    const row = layout.rows[0];
    // Today is late in 2026, the axis ends at 2027: the bar ends just short of the plot's end.
    expect(row?.wait?.x2).toBeGreaterThan(560);
    expect(row?.wait?.x2).toBeLessThanOrEqual(592);
    expect(layout.ticks[0]?.year).toBe(2020);
    expect(layout.ticks.at(-1)?.year).toBe(2027);
  });

  it("leaves out visits with no date at all and never gives a zero-width visit", () => {
    const layout = timelineLayout(
      [visit({ id: "x" }), visit({ id: "y", visitFrom: "2019-02-02", visitTo: "2019-02-02" })],
      "2026-11-28",
    );
    expect(layout.rows.map((r) => r.id)).toEqual(["y"]);
    expect((layout.rows[0]?.visit?.x2 ?? 0) - (layout.rows[0]?.visit?.x1 ?? 0)).toBeGreaterThan(0);
  });
});
