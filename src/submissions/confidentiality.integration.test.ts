/**
 * What the issue asks above all: over HTTP, a member of another organisation, an anonymous visitor,
 * the public page, quick search, feeds and the public export never contain an expert-only part or
 * a person's name; the expert export does when consent allows; withdrawing consent removes the
 * person from the next export; and the database holds no name in clear.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/support/app";
import { Client } from "../../test/support/client";
import { rows } from "../platform/db/client";
import {
  containsAny,
  databaseText,
  docxText,
  identifying,
  pageText,
  pdfText,
  publicText,
  secrets,
  submissionBody,
  world,
} from "./testing";

let t: TestApp;
let w: Awaited<ReturnType<typeof world>>;
let id = "";
const anonymous = () => new Client(t, "198.51.100.9");
const expertOnly = [secrets.expertOnly, secrets.witnessText, "The Kilimani case"];
const internal = [secrets.orgOnly];

type Exported = { filename: string; content: string; leftOut: string[] };
const bytesOf = (body: Exported) => new Uint8Array(Buffer.from(body.content, "base64"));

beforeAll(async () => {
  t = await createTestApp();
  w = await world(t);
  const created = await w.owner.client.json<{ id: string }>("POST", "/api/v1/submissions", {
    json: submissionBody(w.visitId, { coalition: w.coalition.id }),
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  id = created.body.id;
  // A joint submission goes out once its contributors (here the owner alone) signed it off.
  expect((await w.owner.client.json("POST", `/api/v1/submissions/${id}/signoff`)).status).toBe(200);
  const published = await w.owner.client.json("POST", `/api/v1/submissions/${id}/publish`);
  expect(published.status, JSON.stringify(published.body)).toBe(200);
});
afterAll(() => t?.close());

describe("what the owner organisation reads", () => {
  it("gets every part and the people with their consents", async () => {
    const r = await w.owner.client.json<{ parts: { body: string }[]; people: { name: string }[] }>(
      "GET",
      `/api/v1/submissions/${id}`,
    );
    expect(r.status).toBe(200);
    expect(r.body.parts).toHaveLength(5);
    expect(r.body.people.map((p) => p.name)).toEqual([secrets.victim, secrets.witness]);
  });
});

describe("nobody else reads an expert-only part or a name", () => {
  it("a member of another organisation gets 404 from the API and the pages, with nothing of it", async () => {
    for (const p of [
      `/api/v1/submissions/${id}`,
      `/api/v1/submissions/${id}/export?audience=expert&format=docx`,
    ]) {
      const r = await w.outsider.client.request("GET", p);
      expect(r.status, p).toBe(404);
      expect(containsAny(await r.text(), [...identifying, ...expertOnly])).toEqual([]);
    }
    for (const p of [
      `/submissions/${id}`,
      `/submissions/${id}/preview`,
      `/submissions/${id}/export.docx?audience=expert`,
    ]) {
      const r = await w.outsider.client.request("GET", p);
      expect(r.status, p).toBe(404);
      expect(containsAny(await r.text(), [...identifying, ...expertOnly, publicText])).toEqual([]);
    }
    const list = await w.outsider.client.json<{ items: unknown[] }>("GET", "/api/v1/submissions");
    expect(list.body.items).toEqual([]);
  });

  it("an anonymous visitor is sent to sign in or refused, and reads nothing", async () => {
    const api = await anonymous().request("GET", `/api/v1/submissions/${id}`);
    expect([401, 404]).toContain(api.status);
    expect(containsAny(await api.text(), [...identifying, ...expertOnly])).toEqual([]);
    const page = await anonymous().request("GET", `/submissions/${id}`);
    expect(page.status).toBe(303);
    expect(page.headers.get("location")).toMatch(/^\/signin/);
  });

  it("a coalition partner gets the coalition's reading: no name it has no consent for", async () => {
    const r = await w.partner.client.request("GET", `/api/v1/submissions/${id}`);
    expect(r.status).toBe(200);
    const text = await r.text();
    expect(containsAny(text, identifying)).toEqual([]);
    expect(containsAny(text, internal)).toEqual([]);
    const page = await w.partner.client.request("GET", `/submissions/${id}`);
    expect(containsAny(pageText(await page.text()), [...identifying, ...internal])).toEqual([]);
  });

  it("the visit's public page shows the public version only", async () => {
    const html = await (await anonymous().request("GET", `/visits/${w.visitId}/public`)).text();
    expect(html).toContain(`/submissions/${id}/public`);
    const page = await anonymous().request("GET", `/submissions/${id}/public`);
    expect(page.status).toBe(200);
    const text = pageText(await page.text());
    expect(text).toContain(publicText);
    expect(containsAny(text + html, [...identifying, ...expertOnly, ...internal])).toEqual([]);
  });

  it("quick search finds the public version and nothing else of it, for anyone", async () => {
    for (const client of [anonymous(), w.outsider.client, w.owner.client]) {
      const found = await client.json<{ items: { url: string }[] }>(
        "GET",
        "/api/v1/search?q=registrar%20dissolve",
      );
      expect(found.body.items.map((i) => i.url)).toContain(`/submissions/${id}/public`);
      for (const q of ["Xochitl", "Kalala", "incommunicado", "Kilimani", "bookkeeper"]) {
        const r = await client.request("GET", `/api/v1/search?q=${encodeURIComponent(q)}`);
        const body = await r.text();
        expect(body.includes("/submissions/"), q).toBe(false);
        expect(containsAny(body, [...identifying, ...expertOnly]), q).toEqual([]);
      }
    }
    const page = await anonymous().request("GET", "/search?q=registrar");
    expect(containsAny(pageText(await page.text()), identifying)).toEqual([]);
  });

  it("the feed of the visit carries the public version only", async () => {
    const r = await anonymous().request("GET", `/feeds/visits/${w.visitId}/submissions.atom`);
    expect(r.status).toBe(200);
    const xml = await r.text();
    expect(xml).toContain(`/submissions/${id}/public`);
    expect(containsAny(xml, [...identifying, ...expertOnly, ...internal])).toEqual([]);
  });

  it("the public export (API, page links, published files) holds public parts and no name", async () => {
    const api = await w.owner.client.json<Exported>(
      "GET",
      `/api/v1/submissions/${id}/export?audience=public&format=docx`,
    );
    expect(api.status).toBe(200);
    const published = {
      docx: new Uint8Array(
        await (await anonymous().request("GET", `/submissions/${id}/public.docx`)).arrayBuffer(),
      ),
      pdf: new Uint8Array(
        await (await anonymous().request("GET", `/submissions/${id}/public.pdf`)).arrayBuffer(),
      ),
    };
    const page = await w.owner.client.request("GET", `/submissions/${id}/export.pdf?audience=public`);
    expect(page.headers.get("content-type")).toBe("application/pdf");
    const texts = [
      await docxText(bytesOf(api.body)),
      await docxText(published.docx),
      await pdfText(published.pdf),
      await pdfText(new Uint8Array(await page.arrayBuffer())),
    ];
    for (const text of texts) {
      expect(text).toContain(publicText);
      expect(text).toContain("Repeal the 2019 NGO law");
      expect(containsAny(text, [...identifying, ...expertOnly, ...internal])).toEqual([]);
    }
  });
});

describe("the expert version", () => {
  it("holds the expert parts and the names of those who agreed, with the cover letter", async () => {
    for (const format of ["docx", "pdf"] as const) {
      const r = await w.owner.client.json<Exported>(
        "GET",
        `/api/v1/submissions/${id}/export?audience=expert&format=${format}`,
      );
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      const text = format === "docx" ? await docxText(bytesOf(r.body)) : await pdfText(bytesOf(r.body));
      for (const s of [
        secrets.victim,
        secrets.victimContact,
        secrets.expertOnly,
        secrets.witness,
        publicText,
      ])
        expect(text, s).toContain(s);
      expect(text).toContain("Cover letter");
      expect(text).toContain("Gina Romero");
      expect(containsAny(text, internal)).toEqual([]);
    }
  });

  it("is for the owner organisation's admins only", async () => {
    const member = await w.member.client.request(
      "GET",
      `/api/v1/submissions/${id}/export?audience=expert&format=pdf`,
    );
    expect(member.status).toBe(403);
    const partner = await w.partner.client.request(
      "GET",
      `/api/v1/submissions/${id}/export?audience=expert&format=pdf`,
    );
    expect(partner.status).toBe(403);
    expect(containsAny(await partner.text(), identifying)).toEqual([]);
  });

  it("no longer names a person once their consent is withdrawn", async () => {
    const people = await w.owner.client.json<{ people: { id: string; name: string }[] }>(
      "GET",
      `/api/v1/submissions/${id}`,
    );
    const witness = people.body.people.find((p) => p.name === secrets.witness)?.id as string;
    const revoked = await w.owner.client.json<{ revoked: number }>(
      "POST",
      `/api/v1/submissions/${id}/people/${witness}/consents/revoke`,
      { json: {} },
    );
    expect(revoked.body).toEqual({ revoked: 1 });

    // The part about the witness may no longer go to the expert: the export says so and stops.
    const blocked = await w.owner.client.json<{ error: { code: string; details: { message: string }[] } }>(
      "GET",
      `/api/v1/submissions/${id}/export?audience=expert&format=docx`,
    );
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.code).toBe("export_blocked");
    expect(blocked.body.error.details[0]?.message).toMatch(/A witness.*left out.*has not agreed/);

    const page = await w.owner.client.request("GET", `/submissions/${id}/export.docx?audience=expert`);
    expect(page.status).toBe(409);
    expect(pageText(await page.text())).toMatch(/cannot go out as it is/);

    // Exported without it, on purpose: the witness is nowhere in it; the victim still is.
    const r = await w.owner.client.json<Exported>(
      "GET",
      `/api/v1/submissions/${id}/export?audience=expert&format=docx&leaveOut=true`,
    );
    expect(r.status).toBe(200);
    expect(r.body.leftOut).toHaveLength(1);
    const text = await docxText(bytesOf(r.body));
    expect(
      containsAny(text, [secrets.witness, "Baptiste", "Kalala", secrets.witnessContact, secrets.witnessText]),
    ).toEqual([]);
    expect(text).toContain(secrets.victim);
  });
});

describe("at rest", () => {
  it("the database holds no name, contact or confidential text in clear", async () => {
    // Versions, attachments and the audit log too: save a part, attach a file that names someone.
    const text = Buffer.from(`%PDF-1.4\n${secrets.victim} ${secrets.expertOnly}\n%%EOF`);
    const form = new FormData();
    form.set("file", new File([text], `statement ${secrets.victim}.pdf`, { type: "application/pdf" }));
    form.set("audience", "expert");
    form.set("_csrf", w.owner.client.csrf as string);
    const up = await w.owner.client.request("POST", `/submissions/${id}/attachments`, { multipart: form });
    expect(up.status).toBe(303);
    const dump = await databaseText(t);
    expect(dump.length).toBeGreaterThan(10_000);
    expect(dump).toContain(publicText); // the published public version is public
    expect(containsAny(dump, [...identifying, ...expertOnly, ...internal])).toEqual([]);
    // The file store holds ciphertext only; the file itself comes back whole to the owner.
    const [stored] = await rows<{ id: string; file_key: string }>(
      t.database.db,
      sql`SELECT id, file_key FROM submission_attachments WHERE submission_id = ${id}`,
    );
    const blob = (await t.deps.files.get(stored?.file_key as string))?.toString("latin1") ?? "";
    expect(blob.length).toBeGreaterThan(text.length);
    expect(containsAny(blob, ["%PDF", "Xochitl", "incommunicado"])).toEqual([]);
    const back = await w.owner.client.request("GET", `/submissions/${id}/attachments/${stored?.id}`);
    expect(Buffer.from(await back.arrayBuffer()).equals(text)).toBe(true);
    expect(back.headers.get("content-type")).toBe("application/pdf");
  });
});
