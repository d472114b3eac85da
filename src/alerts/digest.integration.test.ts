import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/support/app";
import { type LocalSmtp, startSmtp } from "../../test/support/smtp";
import { rows } from "../platform/db/client";
import { silentLogger } from "../platform/log";
import { deliverDueMail } from "../platform/mail/outbox";
import { smtpTransport } from "../platform/mail/smtp";
import { recordFollowUp, signedIn, visitOf } from "./fixtures";
import { type Enqueue, processNewEvents, sendDueDigests } from "./jobs";

let smtp: LocalSmtp;

let t: TestApp;
let port = 0;
const baseUrl = "https://visitdesk.example.org";

beforeAll(async () => {
  smtp = await startSmtp();
  port = smtp.port;
  t = await createTestApp();
});
afterAll(async () => {
  await smtp?.close();
  await t?.close();
});

// Notices made on Tuesday 1 December 2026; the daily digest of Wednesday goes out at 07:00 UTC.
const madeAt = new Date("2026-12-01T10:00:00Z");
const wednesday = new Date("2026-12-02T07:30:00Z");
const notify = () => processNewEvents(t.database.db, { now: madeAt, baseUrl });
const digests = (now: Date, enqueue?: Enqueue) =>
  sendDueDigests(t.database.db, { now, baseUrl, log: silentLogger, enqueue });
// The outbox stamps rows with the database clock, so delivery runs on the real clock.
const deliver = () =>
  deliverDueMail(
    t.database.db,
    smtpTransport(`smtp://127.0.0.1:${port}`, "Visitdesk <no-reply@visitdesk.test>"),
    {
      now: new Date(Date.now() + 1000),
      domain: "visitdesk.test",
      log: silentLogger,
    },
  );
const pendingOf = (userId: string) =>
  rows<{ digest_pending: boolean; mailed_at: string | null }>(
    t.database.db,
    sql`SELECT digest_pending, mailed_at FROM alert_notifications WHERE user_id = ${userId} ORDER BY id`,
  );
const digestsTo = (to: string) =>
  rows<{ subject: string }>(t.database.db, sql`SELECT subject FROM mail_outbox WHERE to_address = ${to}`);

describe("the daily digest", () => {
  it("sends one e-mail over SMTP listing the day's events with their links, once", async () => {
    await notify();
    const amina = await signedIn(t, "Amina");
    await amina.client.json("PUT", "/api/v1/alerts/preferences", {
      json: { inApp: true, emailDigest: "daily", locale: "en" },
    });
    await amina.client.json("POST", "/api/v1/follows", { json: { kind: "country", target: "HND" } });
    await amina.client.json("POST", "/api/v1/follows", {
      json: { kind: "mandate", target: "sr-executions" },
    });
    const recorder = await signedIn(t, "Recorder");
    const hnd = await visitOf(t, "HND", "sr-executions");
    const ukr = await visitOf(t, "UKR", "sr-executions");
    await recordFollowUp(recorder.client, hnd, "Letter on the follow-up of the recommendations");
    await recordFollowUp(recorder.client, ukr, "Questionnaire sent");
    expect((await notify()).notices).toBe(2);

    // Before the slot nothing is due; the notices made before the previous slot were none.
    expect((await digests(new Date("2026-12-02T06:00:00Z"))).sent).toBe(0);
    const [first, second] = await Promise.all([digests(wednesday), digests(wednesday)]);
    expect((first?.sent ?? 0) + (second?.sent ?? 0)).toBe(1);
    expect((await digests(new Date("2026-12-02T20:00:00Z"))).sent).toBe(0);
    expect((await pendingOf(amina.user.id)).every((n) => !n.digest_pending && n.mailed_at)).toBe(true);

    expect((await deliver()).sent).toBe(1);
    const mail = smtp.received.find((m) => m.to === amina.user.email);
    expect(smtp.received.filter((m) => m.to === amina.user.email)).toHaveLength(1);
    expect(mail?.subject).toBe("Your daily Visitdesk digest: 2 new events");
    expect(mail?.text).toContain("Honduras — Special Rapporteur on extrajudicial");
    expect(mail?.text).toContain("Ukraine — Special Rapporteur on extrajudicial");
    expect(mail?.text.match(/ — Follow-up/g)).toHaveLength(2);
    expect(mail?.text).toContain("Letter on the follow-up of the recommendations");
    expect(mail?.text).toContain(`${baseUrl}/visits/${hnd}`);
    expect(mail?.text).toContain(`${baseUrl}/visits/${ukr}`);
    // The HTML alternative travels through the outbox too, links and all.
    expect(mail?.html).toContain(`href="${baseUrl}/visits/${hnd}"`);
    expect(mail?.text).toContain(`${baseUrl}/following`);

    // The next day's digest holds only what came after.
    await recordFollowUp(recorder.client, hnd, "Second letter");
    await processNewEvents(t.database.db, { now: new Date("2026-12-02T12:00:00Z"), baseUrl });
    expect((await digests(new Date("2026-12-03T07:05:00Z"))).sent).toBe(1);
    await deliver();
    const next = smtp.received.filter((m) => m.to === amina.user.email).at(-1);
    expect(next?.subject).toBe("Your daily Visitdesk digest: 1 new event");
    expect(next?.text).toContain("Second letter");
  });

  it("marks nothing when queueing the digest fails, and a rerun sends it exactly once", async () => {
    await notify();
    const jon = await signedIn(t, "Jon");
    await jon.client.json("PUT", "/api/v1/alerts/preferences", {
      json: { inApp: false, emailDigest: "weekly" },
    });
    await jon.client.json("POST", "/api/v1/follows", { json: { kind: "country", target: "JPN" } });
    const recorder = await signedIn(t, "Recorder 2");
    await recordFollowUp(recorder.client, await visitOf(t, "JPN"));
    await notify();
    const monday = new Date("2026-12-07T08:00:00Z");

    const failing: Enqueue = async () => {
      throw new Error("disk full");
    };
    expect(await digests(monday, failing)).toEqual({ sent: 0, failed: 1 });
    expect((await pendingOf(jon.user.id)).map((n) => n.digest_pending)).toEqual([true]);
    expect(await digestsTo(jon.user.email)).toEqual([]);

    expect((await digests(monday)).sent).toBe(1);
    expect((await digests(monday)).sent).toBe(0);
    expect((await pendingOf(jon.user.id)).map((n) => n.digest_pending)).toEqual([false]);
    expect((await digestsTo(jon.user.email)).map((m) => m.subject)).toEqual([
      "Your weekly Visitdesk digest: 1 new event",
    ]);
  });

  it("drops what waited for a digest when the person turns e-mail off", async () => {
    await notify();
    const li = await signedIn(t, "Li");
    await li.client.json("PUT", "/api/v1/alerts/preferences", {
      json: { inApp: true, emailDigest: "daily" },
    });
    await li.client.json("POST", "/api/v1/follows", { json: { kind: "country", target: "MLI" } });
    const recorder = await signedIn(t, "Recorder 3");
    await recordFollowUp(recorder.client, await visitOf(t, "MLI"));
    await notify();
    await li.client.json("PUT", "/api/v1/alerts/preferences", { json: { inApp: true, emailDigest: "off" } });
    expect((await pendingOf(li.user.id)).map((n) => n.digest_pending)).toEqual([false]);
    await digests(new Date("2026-12-09T08:00:00Z"));
    expect(await digestsTo(li.user.email)).toEqual([]);
  });
});
