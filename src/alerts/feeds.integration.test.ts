import { XMLParser, XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/support/app";
import type { Client } from "../../test/support/client";
import { signedIn } from "./fixtures";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => name === "entry" || name === "link",
});

type Entry = { id: string; title: string; updated: string; link: Record<string, string>[] };

/** Creates a private feed on the page and reads its two addresses, shown once. */
async function createFeed(client: Client): Promise<{ atom: string; ics: string }> {
  const res = await client.request("POST", "/following/feed", { form: {} });
  expect(res.status).toBe(200);
  expect(res.headers.get("cache-control")).toBe("no-store");
  const html = await res.text();
  const [atom, ics] = [".atom", ".ics"].map(
    (ext) =>
      html.match(new RegExp(`value="http://localhost:3000(/feeds/private/vdf_[A-Za-z0-9_-]+\\${ext})"`))?.[1],
  );
  if (!atom || !ics) throw new Error("feed addresses not shown");
  return { atom, ics };
}

/** An Atom feed checked against RFC 4287's required elements; its entries. */
async function atomEntries(path: string): Promise<Entry[]> {
  const res = await t.get(path);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("application/atom+xml");
  expect(res.headers.get("cache-control")).toContain("no-store");
  const text = await res.text();
  expect(XMLValidator.validate(text)).toBe(true);
  const { feed } = parser.parse(text);
  for (const required of ["id", "title", "updated", "author"]) expect(feed[required], required).toBeTruthy();
  expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
  expect(feed.link.find((l: Record<string, string>) => l["@_rel"] === "self")?.["@_href"]).toBe(
    `http://localhost:3000${path}`,
  );
  const entries: Entry[] = feed.entry ?? [];
  for (const e of entries) {
    for (const required of ["id", "title", "updated"])
      expect(e[required as keyof Entry], required).toBeTruthy();
    expect(e.link[0]?.["@_href"]).toMatch(/^http:\/\/localhost:3000\/visits\/[0-9a-f-]{36}$/);
  }
  return entries;
}

async function calendarEvents(path: string) {
  const res = await t.get(path);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("text/calendar");
  const cal = new ICAL.Component(ICAL.parse(await res.text()));
  return cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

const notFoundJson = async (path: string) => {
  const r = await t.json<{ error: { code: string } }>(path);
  return [r.status, r.body.error.code];
};

describe("private feeds", () => {
  it("hold what their owner follows, and nothing another person follows", async () => {
    const a = await signedIn(t, "Amina");
    const b = await signedIn(t, "Bruno");
    await a.client.json("POST", "/api/v1/follows", { json: { kind: "country", target: "HND" } });
    await b.client.json("POST", "/api/v1/follows", { json: { kind: "mandate", target: "sr-torture" } });
    const feedA = await createFeed(a.client);
    const feedB = await createFeed(b.client);

    const entriesA = await atomEntries(feedA.atom);
    expect(entriesA.length).toBeGreaterThan(0);
    expect(entriesA.every((e) => e.title.startsWith("Honduras:"))).toBe(true);
    const entriesB = await atomEntries(feedB.atom);
    expect(entriesB.length).toBeGreaterThan(0);
    expect(entriesB.every((e) => e.title.includes("torture"))).toBe(true);
    expect(entriesB.some((e) => e.title.startsWith("Honduras:"))).toBe(false);
    expect(new Set(entriesB.map((e) => e.id)).size).toBe(entriesB.length);

    const calendarA = await calendarEvents(feedA.ics);
    expect(calendarA.length).toBeGreaterThan(0);
    for (const e of calendarA) {
      expect(e.summary).toContain("Honduras");
      expect(e.startDate.isDate).toBe(true);
      expect(e.endDate.compare(e.startDate)).toBe(1);
    }
    const calendarB = await calendarEvents(feedB.ics);
    expect(calendarB.some((e) => e.summary.includes("Honduras"))).toBe(false);
  });

  it("stop at once when revoked, after a confirmation, and answer 404 in JSON", async () => {
    const a = await signedIn(t, "Chen");
    await a.client.json("POST", "/api/v1/follows", { json: { kind: "country", target: "HND" } });
    const feed = await createFeed(a.client);
    expect((await t.get(feed.atom)).status).toBe(200);

    const unconfirmed = await a.client.request("POST", "/following/feed/revoke", { form: {} });
    expect(unconfirmed.status).toBe(422);
    expect(await unconfirmed.text()).toContain("Tick the box to confirm");
    expect((await t.get(feed.atom)).status).toBe(200);

    const revoked = await a.client.request("POST", "/following/feed/revoke", { form: { confirm: "on" } });
    expect(revoked.headers.get("location")).toBe("/following?done=feedRevoked");
    expect(await notFoundJson(feed.atom)).toEqual([404, "not_found"]);
    expect(await notFoundJson(feed.ics)).toEqual([404, "not_found"]);
    expect(await notFoundJson(`/feeds/private/vdf_${"x".repeat(43)}.atom`)).toEqual([404, "not_found"]);
    expect(await notFoundJson("/feeds/private/not-a-token.atom")).toEqual([404, "not_found"]);
  });

  it("replacing the address ends the old one", async () => {
    const a = await signedIn(t, "Dana");
    const first = await createFeed(a.client);
    const second = await createFeed(a.client);
    expect(await notFoundJson(first.atom)).toEqual([404, "not_found"]);
    expect((await t.get(second.atom)).status).toBe(200);
  });

  it("no longer list what the owner stopped following", async () => {
    const a = await signedIn(t, "Emeka");
    await a.client.json("POST", "/api/v1/follows", { json: { kind: "country", target: "HND" } });
    await a.client.json("POST", "/api/v1/follows", { json: { kind: "mandate", target: "sr-torture" } });
    const feed = await createFeed(a.client);
    expect((await atomEntries(feed.atom)).some((e) => e.title.startsWith("Honduras:"))).toBe(true);
    await a.client.request("POST", "/following/unfollow", {
      form: { kind: "country", target: "HND", returnTo: "/following" },
    });
    const after = await atomEntries(feed.atom);
    expect(after.length).toBeGreaterThan(0);
    expect(after.some((e) => e.title.startsWith("Honduras:"))).toBe(false);
    expect((await calendarEvents(feed.ics)).some((e) => e.summary.includes("Honduras"))).toBe(false);
  });
});
