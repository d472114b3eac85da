/**
 * Before the visit, in public: an organisation records the call for input and answers it; the
 * visit's public page (countdown, Open Graph tags, share texts, poster with its QR code, press
 * release) works for anyone; those who follow the visit are reminded of the deadline once per step.
 */
import { sql } from "drizzle-orm";
import { DomUtils, parseDocument } from "htmlparser2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, TEST_NOW, type TestApp } from "../../test/support/app";
import { Client } from "../../test/support/client";
import { follow } from "../alerts/store";
import { rows } from "../platform/db/client";
import { sendCallReminders } from "./jobs";
import { qrSvg } from "./publicity";
import { docxText, formFields, pageText, secrets, submissionBody, world } from "./testing";

let t: TestApp;
let w: Awaited<ReturnType<typeof world>>;
const anonymous = () => new Client(t, "198.51.100.20");
const DAY = 86_400_000;

beforeAll(async () => {
  t = await createTestApp();
  w = await world(t);
});
afterAll(() => t?.close());

describe("a call for input", () => {
  it("is recorded with the form; a mistake is named and the values stay", async () => {
    const path = `/visits/${w.visitId}/call`;
    const html = await (await w.owner.client.request("GET", path)).text();
    const fields = {
      ...formFields(html, path),
      deadline: "2026-12-08",
      address: "not an address",
      maxWords: "40",
      languages: "en, fr, es",
      cities: "Nairobi, Kisumu, Mombasa",
      contact: "hrc-sr-assembly@un.org",
      hashtag: "#KenyaVisitSR",
    };
    const bad = await w.owner.client.request("POST", path, { form: fields });
    expect(bad.status).toBe(400);
    const badText = await bad.text();
    expect(pageText(badText)).toMatch(/email/i);
    expect(badText).toContain("Nairobi, Kisumu, Mombasa");
    const ok = await w.owner.client.request("POST", path, {
      form: { ...fields, address: "hrc-sr-assembly@un.org" },
    });
    expect(ok.status).toBe(303);
    const api = await anonymous().json<{
      deadline: string;
      maxWords: number;
      cities: string[];
      hashtag: string;
    }>("GET", `/api/v1/visits/${w.visitId}/call-for-input`);
    expect(api.body).toMatchObject({
      deadline: "2026-12-08T23:59:00.000Z",
      maxWords: 40,
      cities: ["Nairobi", "Kisumu", "Mombasa"],
      hashtag: "KenyaVisitSR",
    });
  });

  it("is not for people outside any organisation", async () => {
    const r = await anonymous().request("GET", `/visits/${w.visitId}/call`);
    expect(r.status).toBe(303);
    const put = await anonymous().json("PUT", `/api/v1/visits/${w.visitId}/call-for-input`, {
      json: {
        call: {
          deadline: "2026-12-08T23:59:00Z",
          address: "x@example.org",
          languages: ["en"],
          formats: ["pdf"],
        },
      },
    });
    expect(put.status).toBe(401);
  });

  it("is answered by an organisation: over the word limit is a warning, not a block", async () => {
    const created = await w.owner.client.json<{ id: string }>("POST", "/api/v1/submissions", {
      json: submissionBody(w.visitId),
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const editor = pageText(await (await w.owner.client.request("GET", `/submissions/${id}`)).text());
    expect(editor).toContain("10 days left");
    expect(editor).toMatch(/\d+ words of 40: \d+ words over the limit/);
    expect(editor).toContain("a guide, not a block");
    const file = await w.owner.client.request("GET", `/submissions/${id}/export.docx?audience=expert`);
    expect(file.status).toBe(200);
    const text = await docxText(new Uint8Array(await file.arrayBuffer()));
    expect(text).toContain("It answers your call for input due on December 8, 2026.");
  });
});

describe("the visit's public page", () => {
  it("shows the visit, the call with its countdown, how to reach the team, and share texts", async () => {
    const res = await anonymous().request("GET", `/visits/${w.visitId}/public`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const text = pageText(html);
    for (const s of [
      "Visit to Kenya",
      "Gina Romero",
      "Nairobi, Kisumu, Mombasa",
      "hrc-sr-assembly@un.org",
      "10 days left",
      "from February 10, 2027 to February 20, 2027",
    ])
      expect(text).toContain(s);
    const doc = parseDocument(html);
    const meta = (p: string) =>
      DomUtils.findOne((e) => e.name === "meta" && e.attribs.property === p, doc.children, true)?.attribs
        .content;
    expect(meta("og:title")).toMatch(/^Visit to Kenya: Special Rapporteur/);
    expect(meta("og:url")).toBe(`http://localhost:3000/visits/${w.visitId}/public`);
    expect(meta("og:description")).toContain("Civil society can send information until December 8, 2026.");
    const shares = DomUtils.findAll(
      (e) => e.name === "textarea" && (e.attribs.id ?? "").startsWith("share-"),
      doc.children,
    );
    const byLang = Object.fromEntries(shares.map((s) => [s.attribs.lang, DomUtils.textContent(s)]));
    expect(byLang.en).toContain("#KenyaVisitSR");
    expect(byLang.fr).toMatch(/La société civile peut envoyer des informations jusqu’au 8 décembre 2026/);
    expect(byLang.es).toMatch(/La sociedad civil puede enviar información hasta el 8 de diciembre de 2026/);
    expect(containsNames(html)).toEqual([]);
  });

  it("has a printable poster whose QR code leads to the public page", async () => {
    const res = await anonymous().request("GET", `/visits/${w.visitId}/poster`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<link rel="stylesheet" href="/submissions/poster.css"/>');
    expect(html).toContain(await qrSvg(`http://localhost:3000/visits/${w.visitId}/public`));
    expect(pageText(html)).toContain("Send information by December 8, 2026");
    const css = await anonymous().request("GET", "/submissions/poster.css");
    expect(await css.text()).toContain("@media print");
  });

  it("offers a press-release template to fill in", async () => {
    const res = await anonymous().request("GET", `/visits/${w.visitId}/press-release.docx`);
    expect(res.headers.get("content-type")).toContain("wordprocessingml");
    const text = await docxText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain("[Organisation] welcomes the visit of the UN Special Rapporteur");
    expect(text).toContain("Cities: Nairobi, Kisumu, Mombasa");
    expect(text).toContain(`http://localhost:3000/visits/${w.visitId}/public`);
  });

  it("is answered 404 for a visit that does not exist", async () => {
    const r = await anonymous().request("GET", "/visits/00000000-0000-4000-8000-000000000000/public");
    expect(r.status).toBe(404);
  });
});

describe("reminders of the deadline", () => {
  it("go to those who follow the visit, once per step, and name no one", async () => {
    await follow(t.database.db, w.partner.user.id, { kind: "visit", target: w.visitId });
    await follow(t.database.db, w.coordinator.user.id, { kind: "visit", target: w.visitId });
    const opts = (now: Date) => ({ now, baseUrl: "http://localhost:3000" });
    expect(await sendCallReminders(t.database.db, opts(TEST_NOW))).toEqual({ reminders: 1, mails: 2 });
    expect(await sendCallReminders(t.database.db, opts(TEST_NOW))).toEqual({ reminders: 0, mails: 0 });
    expect(await sendCallReminders(t.database.db, opts(new Date(TEST_NOW.getTime() + 4 * DAY)))).toEqual({
      reminders: 1,
      mails: 2,
    });
    const mails = await rows<{ to_address: string; subject: string; text_body: string }>(
      t.database.db,
      sql`SELECT to_address, subject, text_body FROM mail_outbox WHERE dedupe_key LIKE 'call-reminder:%' ORDER BY id`,
    );
    expect(mails.map((m) => m.subject)).toEqual([
      "10 days left: call for input, Kenya",
      "10 days left: call for input, Kenya",
      "6 days left: call for input, Kenya",
      "6 days left: call for input, Kenya",
    ]);
    expect(mails.map((m) => m.to_address).sort()).toEqual(
      [w.partner.user.email, w.partner.user.email, w.coordinator.user.email, w.coordinator.user.email].sort(),
    );
    expect(mails[0]?.text_body).toContain(`http://localhost:3000/visits/${w.visitId}/public`);
    expect(containsNames(mails.map((m) => m.text_body).join("\n"))).toEqual([]);
  });
});

const containsNames = (text: string) => [secrets.victim, secrets.witness].filter((n) => text.includes(n));
