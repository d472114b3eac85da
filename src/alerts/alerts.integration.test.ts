import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, TEST_NOW, type TestApp } from "../../test/support/app";
import { Client } from "../../test/support/client";
import { engine } from "../../test/support/engines";
import { newId } from "../platform/crypto/tokens";
import { rows } from "../platform/db/client";
import { visitEvents } from "../visits/schema";
import { recordFollowUp, signedIn, visitOf } from "./fixtures";
import { type Enqueue, processNewEvents } from "./jobs";
import { isFollowing } from "./store";

let t: TestApp;
let hnd: string;
const baseUrl = "http://localhost:3000";
const run = (enqueue?: Enqueue) => processNewEvents(t.database.db, { now: TEST_NOW, baseUrl, enqueue });

beforeAll(async () => {
  t = await createTestApp();
  hnd = await visitOf(t, "HND");
});
afterAll(() => t?.close());

const noticesOf = (userId: string, eventId?: string) =>
  rows<{ id: number; kind: string; in_app: boolean; event_id: string }>(
    t.database.db,
    sql`SELECT id, kind, in_app, event_id FROM alert_notifications
      WHERE user_id = ${userId} ${eventId ? sql`AND event_id = ${eventId}` : sql``} ORDER BY id`,
  );
const outboxTo = (to: string) =>
  rows<{ subject: string; text_body: string; dedupe_key: string }>(
    t.database.db,
    sql`SELECT subject, text_body, dedupe_key FROM mail_outbox WHERE to_address = ${to} ORDER BY id`,
  );
const watermark = async () =>
  (await rows<{ event_id: string }>(t.database.db, sql`SELECT event_id FROM alert_watermark`))[0]?.event_id;

describe("the first run", () => {
  it("starts the watermark at the newest event: the reference data notifies no one", async () => {
    const amina = await signedIn(t, "Amina");
    await amina.client.json("POST", "/api/v1/follows", { json: { kind: "country", target: "HND" } });
    expect(await watermark()).toBeUndefined();
    const first = await run();
    expect(first.events).toBe(0);
    const [newest] = await rows<{ id: string }>(
      t.database.db,
      sql`SELECT id FROM visit_events ORDER BY recorded_at DESC, id DESC LIMIT 1`,
    );
    expect(await watermark()).toBe(newest?.id);
    expect(await noticesOf(amina.user.id)).toEqual([]);
  });
});

describe("following through the pages", () => {
  it("follows and stops following with plain form posts that come back to the page", async () => {
    const { user, client } = await signedIn(t, "Jon");
    const followed = await client.request("POST", "/following/follow", {
      form: { kind: "country", target: "hnd", returnTo: "/countries/HND" },
    });
    expect(followed.status).toBe(303);
    expect(followed.headers.get("location")).toBe("/countries/HND");
    expect(await isFollowing(t.database.db, user.id, "country", "HND")).toBe(true);
    const page = await (await client.request("GET", "/following")).text();
    expect(page).toContain('href="/countries/HND"');
    expect(page).toContain("Honduras");

    const stopped = await client.request("POST", "/following/unfollow", {
      form: { kind: "country", target: "HND", returnTo: "//evil.example/steal" },
    });
    // A return address off this site is not followed.
    expect(stopped.headers.get("location")).toBe("/following");
    expect(await isFollowing(t.database.db, user.id, "country", "HND")).toBe(false);
  });

  it("sends a signed-out reader to sign in, and refuses a form without its CSRF token", async () => {
    const anon = new Client(t);
    const page = await anon.request("GET", "/following");
    expect(page.status).toBe(302);
    expect(page.headers.get("location")).toBe("/signin?next=%2Ffollowing");
    const { client } = await signedIn(t, "Li");
    const forged = await client.request("POST", "/following/follow", {
      form: { kind: "country", target: "HND", returnTo: "/" },
      csrf: false,
    });
    expect(forged.status).toBe(403);
  });
});

describe("following through the API", () => {
  it("follows, lists, refuses unknown or malformed targets, and unfollows", async () => {
    const { client } = await signedIn(t, "Omar");
    const a = await client.json<{ kind: string; target: string; url: string; createdAt: string }>(
      "POST",
      "/api/v1/follows",
      { json: { kind: "mandate", target: "sr-executions" } },
    );
    expect(a.status).toBe(201);
    expect(a.body.url).toBe("/mandates/sr-executions");
    const again = await client.json<{ createdAt: string }>("POST", "/api/v1/follows", {
      json: { kind: "mandate", target: "sr-executions" },
    });
    expect(again.body.createdAt).toBe(a.body.createdAt);
    await client.json("POST", "/api/v1/follows", { json: { kind: "visit", target: hnd.toUpperCase() } });
    const list = await client.json<{ items: { kind: string; target: string }[]; total: number }>(
      "GET",
      "/api/v1/follows",
    );
    expect(list.body.items.map((f) => `${f.kind}:${f.target}`).sort()).toEqual([
      "mandate:sr-executions",
      `visit:${hnd}`,
    ]);

    const unknown = await client.json<{ error: { code: string } }>("POST", "/api/v1/follows", {
      json: { kind: "country", target: "XYZ" },
    });
    expect([unknown.status, unknown.body.error.code]).toEqual([422, "unknown_target"]);
    const malformed = await client.json<{ error: { details: { path: string }[] } }>(
      "POST",
      "/api/v1/follows",
      {
        json: { kind: "visit", target: "HND" },
      },
    );
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details[0]?.path).toBe("target");

    const gone = await client.json<{ removed: boolean }>(
      "DELETE",
      "/api/v1/follows?kind=mandate&target=sr-executions",
    );
    expect(gone.body.removed).toBe(true);
    expect(
      (await client.json<{ removed: boolean }>("DELETE", "/api/v1/follows?kind=mandate&target=sr-executions"))
        .body.removed,
    ).toBe(false);
  });

  it("answers 401 to a caller who is not signed in", async () => {
    const anon = new Client(t);
    for (const [method, path] of [
      ["GET", "/api/v1/follows"],
      ["GET", "/api/v1/notifications"],
      ["GET", "/api/v1/alerts/preferences"],
    ] as const) {
      expect((await anon.json(method, path)).status, path).toBe(401);
    }
  });
});

describe("notices of new events", () => {
  it("tells the followers of a recorded event's country or visit, not the person who recorded it", async () => {
    await run();
    const amina = await signedIn(t, "Amina 2");
    const chen = await signedIn(t, "Chen");
    const recorder = await signedIn(t, "Recorder");
    await amina.client.json("POST", "/api/v1/follows", { json: { kind: "country", target: "HND" } });
    await chen.client.json("POST", "/api/v1/follows", { json: { kind: "visit", target: hnd } });
    await recorder.client.json("POST", "/api/v1/follows", { json: { kind: "country", target: "HND" } });

    const eventId = await recordFollowUp(recorder.client, hnd, "Letter to the Government");
    expect(await noticesOf(amina.user.id)).toEqual([]);
    const result = await run();
    expect(result.events).toBe(1);
    expect((await noticesOf(amina.user.id)).map((n) => [n.event_id, n.kind])).toEqual([[eventId, "country"]]);
    expect((await noticesOf(chen.user.id)).map((n) => n.kind)).toEqual(["visit"]);
    expect(await noticesOf(recorder.user.id)).toEqual([]);

    const api = await amina.client.json<{
      items: {
        eventId: string;
        eventType: string;
        visitId: string;
        country: string;
        readAt: string | null;
      }[];
      unread: number;
    }>("GET", "/api/v1/notifications");
    expect(api.body.unread).toBe(1);
    expect(api.body.items[0]).toMatchObject({
      eventId,
      eventType: "follow_up",
      visitId: hnd,
      country: "HND",
      readAt: null,
    });
    const page = await (await amina.client.request("GET", "/following")).text();
    expect(page).toContain("1 unread notice");
    expect(page).toContain(`href="/visits/${hnd}"`);

    const read = await amina.client.request("POST", "/following/read", { form: {} });
    expect(read.headers.get("location")).toBe("/following?done=read");
    const after = await amina.client.json<{ unread: number }>("GET", "/api/v1/notifications?unread=true");
    expect(after.body.unread).toBe(0);
  });

  it("marks notices read by id through the API, only the caller's own", async () => {
    await run();
    const a = await signedIn(t, "Reader A");
    const b = await signedIn(t, "Reader B");
    for (const u of [a, b])
      await u.client.json("POST", "/api/v1/follows", { json: { kind: "country", target: "HND" } });
    const recorder = await signedIn(t, "Recorder 2");
    await recordFollowUp(recorder.client, hnd);
    await recordFollowUp(recorder.client, hnd);
    await run();
    const [bNotice] = await noticesOf(b.user.id);
    const [first] = await noticesOf(a.user.id);
    const marked = await a.client.json<{ marked: number }>("POST", "/api/v1/notifications/read", {
      json: { ids: [first?.id, bNotice?.id] },
    });
    expect(marked.body.marked).toBe(1);
    expect((await a.client.json<{ unread: number }>("GET", "/api/v1/notifications")).body.unread).toBe(1);
    expect((await b.client.json<{ unread: number }>("GET", "/api/v1/notifications")).body.unread).toBe(2);
  });

  it("makes each notice and e-mail once, when the job runs twice or two runs at once", async () => {
    await run();
    const fatima = await signedIn(t, "Fatima");
    await fatima.client.json("PUT", "/api/v1/alerts/preferences", {
      json: { inApp: true, emailDigest: "immediate" },
    });
    await fatima.client.json("POST", "/api/v1/follows", { json: { kind: "country", target: "HND" } });
    await fatima.client.json("POST", "/api/v1/follows", {
      json: { kind: "mandate", target: "sr-executions" },
    });
    const recorder = await signedIn(t, "Recorder 3");
    const hndExecutions = await visitOf(t, "HND", "sr-executions");
    const e1 = await recordFollowUp(recorder.client, hndExecutions);
    const e2 = await recordFollowUp(recorder.client, hnd);

    const [x, y] = await Promise.all([run(), run()]);
    await run();
    expect(x.events + y.events).toBe(2);
    const notices = await noticesOf(fatima.user.id);
    expect(notices.map((n) => n.event_id).sort()).toEqual([e1, e2].sort());
    // Both events came in one run: one e-mail naming both.
    const mails = await outboxTo(fatima.user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe("2 new events in what you follow");
    expect(mails[0]?.text_body).toContain(`${baseUrl}/visits/${hndExecutions}`);
    expect(mails[0]?.text_body).toContain(`${baseUrl}/visits/${hnd}`);
  });
});

describe("preferences", () => {
  it("saves choices from the API and the page, and refuses a wrong one", async () => {
    const p = await signedIn(t, "Pierre");
    const put = await p.client.json("PUT", "/api/v1/alerts/preferences", {
      json: { inApp: false, emailDigest: "immediate", locale: "fr" },
    });
    expect(put.body).toEqual({ inApp: false, emailDigest: "immediate", locale: "fr" });
    const bad = await p.client.json<{ error: { details: { path: string }[] } }>(
      "PUT",
      "/api/v1/alerts/preferences",
      {
        json: { inApp: true, emailDigest: "hourly" },
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]?.path).toBe("emailDigest");

    // In-app notices off, e-mail at once: the notice is kept for the e-mail only, written in French.
    await run();
    await p.client.json("POST", "/api/v1/follows", { json: { kind: "visit", target: hnd } });
    const recorder = await signedIn(t, "Recorder 4");
    await recordFollowUp(recorder.client, hnd);
    await run();
    expect((await noticesOf(p.user.id)).map((n) => n.in_app)).toEqual([false]);
    expect((await p.client.json<{ total: number }>("GET", "/api/v1/notifications")).body.total).toBe(0);
    const [mail] = await outboxTo(p.user.email);
    expect(mail?.subject).toBe("Honduras : Suivi");
    expect(mail?.text_body).toContain("Voici ce qui a été enregistré");

    // The page form saves the language the page is read in.
    const form = await p.client.request("POST", "/following/preferences?lang=es", {
      form: { inApp: "on", emailDigest: "weekly" },
    });
    expect(form.headers.get("location")).toBe("/following?done=preferences");
    expect((await p.client.json("GET", "/api/v1/alerts/preferences")).body).toEqual({
      inApp: true,
      emailDigest: "weekly",
      locale: "es",
    });
    const wrong = await p.client.request("POST", "/following/preferences", {
      form: { emailDigest: "hourly" },
    });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain("Elija una de las opciones de correo.");
  });
});

describe("events written by a long transaction", () => {
  // PGlite has one connection, so no transaction can stay open beside the job there.
  it.skipIf(engine === "pglite")("are waited for, so the watermark never passes over them", async () => {
    await run();
    const wanjiru = await signedIn(t, "Wanjiru");
    await wanjiru.client.json("POST", "/api/v1/follows", { json: { kind: "visit", target: hnd } });
    const recorder = await signedIn(t, "Recorder 6");
    let release = () => {};
    let written = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const isWritten = new Promise<void>((r) => {
      written = r;
    });
    // An import that started first and commits last: its event is older than the one recorded meanwhile.
    const slowImport = t.database.db.transaction(async (tx) => {
      await tx
        .insert(visitEvents)
        .values({ id: newId(), visitId: hnd, type: "follow_up", date: "2024-06-01", note: "Slow import" });
      written();
      await gate;
    });
    await isWritten;
    await recordFollowUp(recorder.client, hnd);
    expect((await run()).events).toBe(0);
    release();
    await slowImport;
    expect((await run()).events).toBe(2);
    expect(await noticesOf(wanjiru.user.id)).toHaveLength(2);
  });
});

describe("crash safety", () => {
  it("changes nothing when queueing the e-mail fails midway, and a rerun sends exactly once", async () => {
    await run();
    const sara = await signedIn(t, "Sara");
    await sara.client.json("PUT", "/api/v1/alerts/preferences", {
      json: { inApp: true, emailDigest: "immediate" },
    });
    await sara.client.json("POST", "/api/v1/follows", { json: { kind: "country", target: "HND" } });
    const recorder = await signedIn(t, "Recorder 5");
    const eventId = await recordFollowUp(recorder.client, hnd);
    const before = await watermark();

    const failing: Enqueue = async () => {
      throw new Error("outbox unavailable");
    };
    await expect(run(failing)).rejects.toThrow("outbox unavailable");
    expect(await noticesOf(sara.user.id)).toEqual([]);
    expect(await outboxTo(sara.user.email)).toEqual([]);
    expect(await watermark()).toBe(before);

    await run();
    await run();
    expect((await noticesOf(sara.user.id)).map((n) => n.event_id)).toEqual([eventId]);
    expect(await outboxTo(sara.user.email)).toHaveLength(1);
    expect(await watermark()).toBe(eventId);
  });
});
