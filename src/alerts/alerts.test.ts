import { describe, expect, it } from "vitest";
import {
  defaultPreferences,
  digestDue,
  digestSlot,
  type Follow,
  FollowInput,
  type NewEvent,
  normaliseFollow,
  type Preferences,
  whoToTell,
} from "./alerts";

const visit = "0f9c1f9e-58a4-4a47-9b3e-6f2a8d3c1b10";
const event = (over: Partial<NewEvent> = {}): NewEvent => ({
  eventId: "e1",
  visitId: visit,
  countryIso3: "HND",
  mandateId: "sr-executions",
  recordedBy: null,
  ...over,
});

describe("who is told of an event", () => {
  const prefs =
    (of: Record<string, Partial<Preferences>> = {}) =>
    (id: string): Preferences => ({ ...defaultPreferences, ...of[id] });

  it("tells followers of its country, mandate or visit, and nobody else", () => {
    const follows: Follow[] = [
      { userId: "amina", kind: "country", target: "HND" },
      { userId: "jon", kind: "mandate", target: "sr-executions" },
      { userId: "li", kind: "visit", target: visit },
      { userId: "omar", kind: "country", target: "KEN" },
      { userId: "omar", kind: "mandate", target: "sr-torture" },
    ];
    const told = whoToTell([event()], follows, prefs());
    expect(told.map((d) => [d.userId, d.kind]).sort()).toEqual([
      ["amina", "country"],
      ["jon", "mandate"],
      ["li", "visit"],
    ]);
    expect(told.every((d) => d.eventId === "e1" && d.visitId === visit)).toBe(true);
  });

  it("tells a person once per event, naming the most specific follow", () => {
    const follows: Follow[] = [
      { userId: "amina", kind: "country", target: "HND" },
      { userId: "amina", kind: "visit", target: visit },
      { userId: "amina", kind: "mandate", target: "sr-executions" },
    ];
    const told = whoToTell([event(), event({ eventId: "e2" })], follows, prefs());
    expect(told.map((d) => [d.eventId, d.kind])).toEqual([
      ["e1", "visit"],
      ["e2", "visit"],
    ]);
  });

  it("does not tell the person who recorded the event", () => {
    const follows: Follow[] = [
      { userId: "amina", kind: "country", target: "HND" },
      { userId: "jon", kind: "country", target: "HND" },
    ];
    expect(whoToTell([event({ recordedBy: "amina" })], follows, prefs()).map((d) => d.userId)).toEqual([
      "jon",
    ]);
  });

  it("follows each person's choice of in-app notices and e-mail", () => {
    const follows: Follow[] = ["a", "b", "c", "d", "e"].map((userId) => ({
      userId,
      kind: "country",
      target: "HND",
    }));
    const told = whoToTell(
      [event()],
      follows,
      prefs({
        a: {},
        b: { emailDigest: "immediate" },
        c: { inApp: false, emailDigest: "daily" },
        d: { inApp: false, emailDigest: "off" },
        e: { emailDigest: "weekly" },
      }),
    );
    expect(told.map((d) => [d.userId, d.inApp, d.mail])).toEqual([
      ["a", true, null],
      ["b", true, "immediate"],
      ["c", false, "digest"],
      ["e", true, "digest"],
    ]);
  });
});

describe("follow targets", () => {
  it("checks the target against its kind and keeps one spelling", () => {
    expect(normaliseFollow(FollowInput.parse({ kind: "country", target: "hnd" }))).toEqual({
      kind: "country",
      target: "HND",
    });
    expect(normaliseFollow(FollowInput.parse({ kind: "visit", target: visit.toUpperCase() })).target).toBe(
      visit,
    );
    const bad = FollowInput.safeParse({ kind: "mandate", target: "Torture!" });
    expect(bad.success ? [] : bad.error.issues.map((i) => i.path.join("."))).toEqual(["target"]);
    expect(FollowInput.safeParse({ kind: "visit", target: "HND" }).success).toBe(false);
    expect(FollowInput.safeParse({ kind: "region", target: "HND" }).success).toBe(false);
  });
});

describe("digest times", () => {
  it("puts the daily slot at 07:00 UTC, today once it has passed, yesterday before", () => {
    expect(digestSlot("daily", new Date("2026-12-02T09:30:00Z")).toISOString()).toBe(
      "2026-12-02T07:00:00.000Z",
    );
    expect(digestSlot("daily", new Date("2026-12-02T07:00:00Z")).toISOString()).toBe(
      "2026-12-02T07:00:00.000Z",
    );
    expect(digestSlot("daily", new Date("2026-12-02T06:59:59Z")).toISOString()).toBe(
      "2026-12-01T07:00:00.000Z",
    );
    // Across a month and a year.
    expect(digestSlot("daily", new Date("2027-01-01T03:00:00Z")).toISOString()).toBe(
      "2026-12-31T07:00:00.000Z",
    );
  });

  it("puts the weekly slot on the Monday at or before", () => {
    // 2026-11-30 is a Monday.
    expect(digestSlot("weekly", new Date("2026-11-30T08:00:00Z")).toISOString()).toBe(
      "2026-11-30T07:00:00.000Z",
    );
    expect(digestSlot("weekly", new Date("2026-11-30T06:00:00Z")).toISOString()).toBe(
      "2026-11-23T07:00:00.000Z",
    );
    expect(digestSlot("weekly", new Date("2026-12-06T23:00:00Z")).toISOString()).toBe(
      "2026-11-30T07:00:00.000Z",
    );
  });

  it("is due once per slot, never for off or immediate", () => {
    const now = new Date("2026-12-02T09:00:00Z");
    expect(digestDue("daily", null, now)?.toISOString()).toBe("2026-12-02T07:00:00.000Z");
    expect(digestDue("daily", new Date("2026-12-01T07:00:00Z"), now)?.toISOString()).toBe(
      "2026-12-02T07:00:00.000Z",
    );
    expect(digestDue("daily", new Date("2026-12-02T07:00:00Z"), now)).toBeNull();
    expect(digestDue("weekly", new Date("2026-11-30T07:00:00Z"), now)).toBeNull();
    expect(digestDue("weekly", new Date("2026-11-23T07:00:00Z"), now)?.toISOString()).toBe(
      "2026-11-30T07:00:00.000Z",
    );
    expect(digestDue("off", null, now)).toBeNull();
    expect(digestDue("immediate", null, now)).toBeNull();
  });
});
