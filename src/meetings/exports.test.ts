import { describe, expect, it } from "vitest";
import { createI18n } from "../platform/i18n";
import { csvHeader, csvRows, programmeDocument, programmeSheet, type SheetRequest } from "./exports";
import type { SlotFacts } from "./programme";

const { t } = createI18n("en");

const slot = (id: string, start: string, extra: Partial<SlotFacts> = {}): SlotFacts => ({
  id,
  startsAt: new Date(start),
  endsAt: new Date(Date.parse(start) + 3_600_000),
  timeZone: "Africa/Nairobi",
  city: "Nairobi",
  place: "UN House",
  capacity: 2,
  theme: null,
  private: false,
  ...extra,
});

const request = (id: string, extra: Partial<SheetRequest> = {}): SheetRequest => ({
  id,
  organisation: `Org ${id}`,
  people: 2,
  status: "active",
  confidential: {
    contactName: `Name ${id}`,
    contactEmail: `${id}@example.org`,
    contactPhone: null,
    interpretation: id === "a" ? "Swahili" : null,
    accessibility: null,
    privateReason: `reason ${id}`,
    otherFacts: null,
  },
  ...extra,
});

const slots = [
  slot("tue", "2027-03-09T06:00:00Z", { city: "Kisumu", theme: "Land" }),
  slot("mon", "2027-03-08T06:00:00Z"),
  slot("empty", "2027-03-08T08:00:00Z", { private: true, place: null }),
];
const requests = [request("b"), request("a"), request("gone", { status: "withdrawn" }), request("c")];
const assignments = [
  { request: "b", slot: "mon" },
  { request: "a", slot: "mon" },
  { request: "gone", slot: "tue" },
  { request: "c", slot: "tue" },
];

describe("the programme sheet", () => {
  it("lays out day by day, slot by slot, organisations by name; withdrawn requests are not there", () => {
    const sheet = programmeSheet(slots, requests, assignments, { contacts: false });
    expect(sheet.requests).toBe(3);
    expect(sheet.heard).toBe(3);
    expect(
      sheet.days.map((d) => [
        d.date,
        d.slots.map((s) => [s.slot.id, s.participants.map((p) => p.organisation)]),
      ]),
    ).toEqual([
      [
        "2027-03-08",
        [
          ["mon", ["Org a", "Org b"]],
          ["empty", []],
        ],
      ],
      ["2027-03-09", [["tue", ["Org c"]]]],
    ]);
    expect(sheet.days[0]?.slots[0]?.participants[0]?.contact).toBeNull();
    expect(
      programmeSheet(slots, requests, assignments, { contacts: true }).days[0]?.slots[0]?.participants[0]
        ?.contact,
    ).toEqual({
      name: "Name a",
      email: "a@example.org",
      phone: null,
    });
  });

  it("becomes CSV rows, an empty slot keeping a row, contacts only when asked", () => {
    const sheet = programmeSheet(slots, requests, assignments, { contacts: false });
    expect(csvHeader(false)).not.toContain("contact_email");
    const rows = csvRows(sheet, false);
    expect(rows.map((r) => [r[0], r[1], r[2], r[4], r[7], r[9]])).toEqual([
      ["2027-03-08", "09:00", "10:00", "Nairobi", false, "Org a"],
      ["2027-03-08", "09:00", "10:00", "Nairobi", false, "Org b"],
      ["2027-03-08", "11:00", "12:00", "Nairobi", true, ""],
      ["2027-03-09", "09:00", "10:00", "Kisumu", false, "Org c"],
    ]);
    expect(rows.every((r) => r.length === csvHeader(false).length)).toBe(true);
    const withContacts = csvRows(programmeSheet(slots, requests, assignments, { contacts: true }), true);
    expect(withContacts[0]?.slice(-3)).toEqual(["Name a", "a@example.org", ""]);
    expect(JSON.stringify(withContacts)).not.toContain("reason a");
  });

  it("becomes a document: a heading and a table per day, a summary, never a private meeting's reason", () => {
    const sheet = programmeSheet(slots, requests, assignments, { contacts: false });
    const doc = programmeDocument(t, sheet, {
      title: "Programme",
      visit: "Visit",
      coordinator: "Coalition",
      draft: true,
      generatedOn: "1 March 2027",
      locale: "en",
      withContacts: false,
    });
    expect(doc.meta).toContain("Draft: not yet published to the organisations");
    expect(doc.blocks.map((b) => b.kind)).toEqual([
      "heading",
      "table",
      "heading",
      "table",
      "heading",
      "list",
    ]);
    const first = doc.blocks[1];
    expect(first?.kind === "table" && first.rows[0]).toEqual([
      "09:00–10:00\nAfrica/Nairobi",
      "Nairobi",
      "UN House",
      "—",
      "Org a (2 people)\nOrg b (2 people)",
      "Org a: Interpretation: Swahili",
    ]);
    expect(first?.kind === "table" && first.rows[1]?.[3]).toBe("private");
    expect(JSON.stringify(doc)).not.toContain("reason");
  });
});
