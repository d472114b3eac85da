import { sql } from "drizzle-orm";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/support/app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => name === "entry" || name === "link",
});

describe("Atom feeds (RFC 4287)", () => {
  it.each(["/feeds/countries/HND.atom", "/feeds/mandates/sr-executions.atom"])(
    "%s is a valid feed with the required elements",
    async (path) => {
      const res = await t.get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("application/atom+xml");
      const text = await res.text();
      expect(XMLValidator.validate(text)).toBe(true);
      const { feed } = parser.parse(text);
      for (const required of ["id", "title", "updated", "author"])
        expect(feed[required], required).toBeTruthy();
      expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
      expect(feed.link.map((l: Record<string, string>) => l["@_rel"]).sort()).toEqual(["alternate", "self"]);
      expect(feed.entry.length).toBeGreaterThan(0);
      for (const e of feed.entry) {
        for (const required of ["id", "title", "updated"]) expect(e[required], required).toBeTruthy();
        expect(e.link[0]["@_href"]).toMatch(/^http:\/\/localhost:3000\/visits\/[0-9a-f-]{36}$/);
      }
      expect(new Set(feed.entry.map((e: { id: string }) => e.id)).size).toBe(feed.entry.length);
    },
  );

  it("is linked from the country and mandate pages", async () => {
    expect(await (await t.get("/countries/HND")).text()).toContain('href="/feeds/countries/HND.atom"');
    expect(await (await t.get("/mandates/sr-executions")).text()).toContain(
      'href="/feeds/visits.ics?mandate=sr-executions"',
    );
  });

  it("answers an unknown country or mandate with 404", async () => {
    const missing = await t.json<{ error: { code: string } }>("/feeds/countries/XYZ.atom");
    expect([missing.status, missing.body.error.code]).toEqual([404, "not_found"]);
    expect((await t.get("/feeds/mandates/nothing.atom")).status).toBe(404);
    expect((await t.get("/feeds/countries/HND.rss")).status).toBe(404);
  });
});

describe("iCalendar feed", () => {
  it("holds the visits with agreed dates, as all-day events that ical.js reads", async () => {
    const res = await t.get("/feeds/visits.ics?country=HND");
    expect(res.headers.get("content-type")).toContain("text/calendar");
    const cal = new ICAL.Component(ICAL.parse(await res.text()));
    const events = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events.length).toBeGreaterThanOrEqual(2);
    for (const e of events) {
      expect(e.uid).toMatch(/@localhost$/);
      expect(e.startDate.isDate).toBe(true);
      expect(e.endDate.compare(e.startDate)).toBe(1);
      expect(e.summary).toContain("Honduras");
    }
    const may2023 = events.find((e) => e.startDate.toString() === "2023-05-22");
    expect(may2023?.endDate.toString()).toBe("2023-06-03");
  });

  it("filters by mandate and refuses a bad filter", async () => {
    const res = await t.get("/feeds/visits.ics?mandate=sr-executions");
    const events = new ICAL.Component(ICAL.parse(await res.text())).getAllSubcomponents("vevent");
    expect(events.every((v) => String(v.getFirstPropertyValue("summary")).includes("executions"))).toBe(true);
    const bad = await t.json<{ error: { code: string; details: { path: string }[] } }>(
      "/feeds/visits.ics?country=Honduras",
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]?.path).toBe("country");
  });
});

describe("iCalendar caching", () => {
  it("answers 304 to a calendar that has the current version, and a new version after a change", async () => {
    const first = await t.get("/feeds/visits.ics?country=HND");
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await t.get("/feeds/visits.ics?country=HND", { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const other = await t.get("/feeds/visits.ics?country=KEN");
    expect(other.headers.get("etag")).not.toBe(etag);
    // A visit changes: its calendar is built again, under a new tag.
    await t.database.db.execute(
      sql`UPDATE visits SET updated_at = now() + interval '1 minute' WHERE country_iso3 = 'HND'`,
    );
    const changed = await t.get("/feeds/visits.ics?country=HND", { "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(await changed.text()).toContain("BEGIN:VCALENDAR");
  });
});
