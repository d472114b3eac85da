import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { createI18n } from "../platform/i18n";
import { participantCalendar } from "./calendar";
import { type MeetingLine, participantMail, withOthers } from "./mail";
import type { SlotFacts } from "./programme";

const { t } = createI18n("en");
const line = (extra: Partial<MeetingLine> = {}): MeetingLine => ({
  when: "Monday, March 8, 2027, 09:00–10:00 (Africa/Nairobi)",
  where: "UN House, Nairobi",
  theme: null,
  private: false,
  names: [],
  unnamed: 0,
  ...extra,
});
const facts = {
  to: "contact@example.org",
  organisation: "Centre A",
  visit: "Special Rapporteur on torture: visit to Kenya",
  link: "https://visitdesk.example/meetings/p/TOKEN",
  calendar: "https://visitdesk.example/meetings/p/TOKEN.ics",
  kind: "published" as const,
  dedupeKey: "k",
};

describe("what co-participants are told about each other", () => {
  it("names those who agreed and counts the others", () => {
    expect(withOthers(t, line())).toBeNull();
    expect(withOthers(t, line({ unnamed: 2 }))).toBe("2 other organisations are also there.");
    expect(withOthers(t, line({ names: ["B", "C"] }))).toBe("Also there: B, C.");
    expect(withOthers(t, line({ names: ["B"], unnamed: 1 }))).toBe("Also there: B and 1 other organisation.");
  });
});

describe("the participant's e-mail", () => {
  it("lists its meetings and its links", () => {
    const m = participantMail(t, { ...facts, meetings: [line({ theme: "Land", unnamed: 1 })], reason: null });
    expect(m.to).toBe("contact@example.org");
    expect(m.subject).toBe("Your meeting: Special Rapporteur on torture: visit to Kenya");
    expect(m.text).toContain("Dear Centre A,");
    expect(m.text).toContain(
      "- Monday, March 8, 2027, 09:00–10:00 (Africa/Nairobi)\n  UN House, Nairobi\n  Theme: Land",
    );
    expect(m.text).toContain("1 other organisation is also there.");
    expect(m.text).toContain(facts.calendar);
    expect(m.text).toContain(facts.link);
  });

  it("says why there is no meeting, and that the request stays on the waitlist", () => {
    const m = participantMail(createI18n("fr").t, {
      ...facts,
      meetings: [],
      reason: "Le seul créneau qui convient est complet.",
      kind: "changed",
    });
    expect(m.subject).toBe("Votre demande de rencontre : Special Rapporteur on torture: visit to Kenya");
    expect(m.text).toContain("Le seul créneau qui convient est complet.");
    expect(m.text).toContain("liste d’attente");
    expect(m.text).not.toContain(facts.calendar);
  });
});

describe("the participant's calendar", () => {
  it("holds one event per meeting, at its instants, that ical.js reads", () => {
    const slot: SlotFacts = {
      id: "s1",
      startsAt: new Date("2027-03-08T06:00:00Z"),
      endsAt: new Date("2027-03-08T07:00:00Z"),
      timeZone: "Africa/Nairobi",
      city: "Nairobi",
      place: "UN House",
      capacity: 2,
      theme: "Land",
      private: false,
    };
    const ics = participantCalendar(t, {
      baseUrl: "https://visitdesk.example",
      requestId: "r1",
      visit: facts.visit,
      meetings: [{ slot, line: line({ names: ["B"], theme: "Land" }) }],
      stamp: new Date("2027-03-01T00:00:00Z"),
    });
    const cal = new ICAL.Component(ICAL.parse(ics));
    const [event] = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(event?.uid).toBe("s1.r1@visitdesk.example");
    expect(event?.startDate.toJSDate().toISOString()).toBe("2027-03-08T06:00:00.000Z");
    expect(event?.endDate.toJSDate().toISOString()).toBe("2027-03-08T07:00:00.000Z");
    expect(event?.location).toBe("UN House, Nairobi");
    expect(event?.description).toContain("Also there: B.");
    expect(event?.description).toContain("Theme: Land");
  });
});
