import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { visitCalendar } from "./feeds";
import type { VisitRow } from "./store";

const visit = (over: Partial<VisitRow>): VisitRow =>
  ({
    id: "0b0e7f3a-8a6f-4c5e-9d1b-2f8c2a9f0c11",
    countryIso3: "CIV",
    status: "scheduled",
    visitFrom: "2026-12-01",
    visitTo: "2026-12-10",
    reportSymbol: null,
    updatedAt: new Date("2026-11-20T08:30:00Z"),
    ...over,
  }) as VisitRow;

describe("the visits calendar (RFC 5545)", () => {
  it("is read back by ical.js with escaped text, folded long lines and all-day dates", () => {
    const mandate =
      "Special Rapporteur on the situation of human rights defenders; on torture, and other cruel, inhuman or degrading treatment — ÉÀÇ ضمان";
    const text = visitCalendar([{ v: visit({}), country: { en: "Côte d'Ivoire" }, mandate }], {
      baseUrl: "https://visitdesk.example.org",
      name: "Visitdesk, test; calendar",
    });
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(text).toContain("X-WR-CALNAME:Visitdesk\\, test\\; calendar\r\n");
    const [e] = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(e?.summary).toBe(`${mandate}: visit to Côte d'Ivoire`);
    expect(e?.uid).toBe("0b0e7f3a-8a6f-4c5e-9d1b-2f8c2a9f0c11@visitdesk.example.org");
    expect(e?.startDate.isDate).toBe(true);
    expect(e?.startDate.toString()).toBe("2026-12-01");
    // The end of an all-day event is the day after its last day.
    expect(e?.endDate.toString()).toBe("2026-12-11");
  });

  it("leaves out a visit whose dates are missing or reversed", () => {
    const text = visitCalendar(
      [
        { v: visit({ id: "a", visitTo: null }), country: { en: "A" }, mandate: "M" },
        {
          v: visit({ id: "b", visitFrom: "2026-12-10", visitTo: "2026-12-01" }),
          country: { en: "B" },
          mandate: "M",
        },
        { v: visit({ id: "c" }), country: { en: "C" }, mandate: "M" },
      ],
      { baseUrl: "http://localhost:3000", name: "x" },
    );
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent");
    expect(events.map((v) => v.getFirstPropertyValue("uid"))).toEqual(["c@localhost"]);
  });
});
