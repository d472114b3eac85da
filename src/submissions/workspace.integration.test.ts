/**
 * The editor's working parts: every save keeps a version and a version can be restored; the
 * autosave script's answer; attachments checked by size and by their bytes; bad input answered
 * with a clear 4xx; partners kept to their own parts; unpublishing; and key rotation re-encrypting
 * every sealed column of submissions.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/support/app";
import { Client } from "../../test/support/client";
import { loadOrCreateKeyring } from "../platform/crypto/keyring";
import { rotateKeys } from "../platform/crypto/sealed";
import { rows } from "../platform/db/client";
import { submissionSealedColumns } from "./sealing";
import { readSubmission } from "./service";
import { formFields, pageText, publicText, secrets, submissionBody, world } from "./testing";

let t: TestApp;
let w: Awaited<ReturnType<typeof world>>;
let id = "";
const deps = () => ({ db: t.database.db, keyring: t.deps.keyring, files: t.deps.files, clock: t.deps.clock });

beforeAll(async () => {
  t = await createTestApp();
  w = await world(t);
  const r = await w.owner.client.json<{ id: string }>("POST", "/api/v1/submissions", {
    json: submissionBody(w.visitId, { coalition: w.coalition.id }),
  });
  expect(r.status).toBe(201);
  id = r.body.id;
});
afterAll(() => t?.close());

async function partAction(client: Client, heading: string) {
  const html = await (await client.request("GET", `/submissions/${id}`)).text();
  const at = html.indexOf(heading);
  const action = html.slice(at).match(/action="(\/submissions\/[0-9a-f-]{36}\/parts\/[0-9a-f-]{36})"/)?.[1];
  if (!action) throw new Error(`no form for ${heading}`);
  return { html, action };
}

describe("versions", () => {
  it("each save keeps the previous state, and restoring brings it back", async () => {
    const { html, action } = await partAction(w.owner.client, "The NGO law");
    const edit = await w.owner.client.request("POST", action, {
      form: { ...formFields(html, action), body: "A first rewrite." },
    });
    expect(edit.status).toBe(303);
    const again = await partAction(w.owner.client, "The NGO law");
    await w.owner.client.request("POST", again.action, {
      form: { ...formFields(again.html, again.action), body: "A second rewrite." },
    });
    const versions = await (await w.owner.client.request("GET", `/submissions/${id}/versions`)).text();
    const restore = [
      ...versions.matchAll(/action="(\/submissions\/[0-9a-f-]{36}\/versions\/([0-9a-f-]{36})\/restore)"/g),
    ];
    expect(restore).toHaveLength(2);
    // The oldest version holds the text as created.
    const oldest = restore.at(-1) as RegExpMatchArray;
    const shown = pageText(
      await (await w.owner.client.request("GET", `/submissions/${id}/versions/${oldest[2]}`)).text(),
    );
    expect(shown).toContain(publicText);
    const r = await w.owner.client.request("POST", oldest[1] as string, {
      form: formFields(versions, oldest[1] as string),
    });
    expect(r.status).toBe(303);
    const editor = pageText(await (await w.owner.client.request("GET", `/submissions/${id}`)).text());
    expect(editor).toContain(publicText);
    expect(editor).not.toContain("A second rewrite.");
    const after = await (await w.owner.client.request("GET", `/submissions/${id}/versions`)).text();
    expect([...after.matchAll(/\/restore"/g)]).toHaveLength(3);
  });

  it("are not shown to partners, who may not read every part", async () => {
    const r = await w.partner.client.request("GET", `/submissions/${id}/versions`);
    expect(r.status).toBe(200);
    const html = await r.text();
    expect(html).not.toContain("/restore");
    const [v] = await rows<{ id: string }>(
      t.database.db,
      sql`SELECT id FROM submission_versions WHERE submission_id = ${id} LIMIT 1`,
    );
    const shown = await w.partner.client.request("GET", `/submissions/${id}/versions/${v?.id}`);
    expect(shown.status).toBe(404);
    expect(await shown.text()).not.toContain(secrets.victim);
  });

  it("autosaves answer the script in JSON and keep one version per stretch of typing", async () => {
    const before = await rows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM submission_versions WHERE submission_id = ${id}`,
    );
    for (const body of ["Typing…", "Typing more…", "Typing even more…"]) {
      const { html, action } = await partAction(w.owner.client, "The NGO law");
      const r = await w.owner.client.request("POST", action, {
        form: { ...formFields(html, action), body },
        headers: { "x-autosave": "1" },
      });
      expect(r.status).toBe(200);
      expect(await r.json()).toMatchObject({ saved: true, message: expect.stringMatching(/^Saved at/) });
    }
    const after = await rows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM submission_versions WHERE submission_id = ${id}`,
    );
    expect((after[0]?.n ?? 0) - (before[0]?.n ?? 0)).toBe(1);
    const script = await w.owner.client.request("GET", "/submissions/autosave.js");
    expect(script.headers.get("content-type")).toContain("javascript");
  });
});

describe("attachments and bad input", () => {
  const upload = (name: string, bytes: Uint8Array, client = w.owner.client) => {
    const form = new FormData();
    form.set("file", new File([bytes], name));
    form.set("audience", "expert");
    form.set("_csrf", client.csrf as string);
    return client.request("POST", `/submissions/${id}/attachments`, { multipart: form });
  };

  it("refuses a file over 10 MB with 413 and a clear message", async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(Buffer.from("%PDF-1.4"));
    const r = await upload("big.pdf", big);
    expect(r.status).toBe(413);
    expect(pageText(await r.text())).toContain("The file is too large: at most 10 MB.");
  });

  it("judges the type by the bytes: a script named .pdf is refused with 415", async () => {
    const r = await upload("statement.pdf", Buffer.from("#!/bin/sh\nrm -rf /\n"));
    expect(r.status).toBe(415);
    expect(pageText(await r.text())).toContain(
      "Attach a PDF, Word (.docx), OpenDocument (.odt), PNG or JPEG file.",
    );
  });

  it("accepts a PNG, which the partner then sees but an outsider cannot fetch", async () => {
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
    expect((await upload("map.png", png)).status).toBe(303);
    const html = await (await w.partner.client.request("GET", `/submissions/${id}`)).text();
    const href = html.match(
      /href="(\/submissions\/[0-9a-f-]{36}\/attachments\/[0-9a-f-]{36})"/,
    )?.[1] as string;
    expect(href).toBeDefined();
    expect((await w.partner.client.request("GET", href)).headers.get("content-type")).toBe("image/png");
    expect((await w.outsider.client.request("GET", href)).status).toBe(404);
  });

  it("answers invalid API input with 400 naming each field", async () => {
    const r = await w.owner.client.json<{ error: { details: { path: string }[] } }>(
      "POST",
      "/api/v1/submissions",
      {
        json: { visit: w.visitId, title: "", parts: [{ heading: "x", body: "y", audience: "everyone" }] },
      },
    );
    expect(r.status).toBe(400);
    expect(r.body.error.details.map((d) => d.path).sort()).toEqual(["parts.0.audience", "title"]);
    const mention = await w.owner.client.json("POST", "/api/v1/submissions", {
      json: {
        visit: w.visitId,
        title: "T",
        parts: [{ heading: "x", body: "y", audience: "expert", mentions: [3] }],
      },
    });
    expect(mention.status).toBe(400);
    const consent = await w.owner.client.json("POST", "/api/v1/submissions", {
      json: { visit: w.visitId, title: "T", people: [{ name: "N", consent: { audiences: [] } }] },
    });
    expect(consent.status).toBe(400);
    const unknown = await w.owner.client.json("POST", "/api/v1/submissions", {
      json: { visit: "00000000-0000-4000-8000-000000000000", title: "T" },
    });
    expect(unknown.status).toBe(404);
    const format = await w.owner.client.json(
      "GET",
      `/api/v1/submissions/${id}/export?audience=expert&format=odt`,
    );
    expect(format.status).toBe(400);
  });
});

describe("the API document", () => {
  it("describes every submissions route", async () => {
    const doc = await new Client(t).json<{ paths: Record<string, Record<string, { operationId: string }>> }>(
      "GET",
      "/api/v1/openapi.json",
    );
    const ops = (p: string) => Object.values(doc.body.paths[p] ?? {}).map((o) => o.operationId);
    expect(ops("/submissions").sort()).toEqual(["createSubmission", "listSubmissions"]);
    expect(ops("/submissions/{id}")).toEqual(["getSubmission"]);
    expect(ops("/submissions/{id}/export")).toEqual(["exportSubmission"]);
    expect(ops("/submissions/{id}/people/{personId}/consents")).toEqual(["grantConsent"]);
    expect(ops("/submissions/{id}/people/{personId}/consents/revoke")).toEqual(["revokeConsent"]);
    expect(ops("/submissions/{id}/signoff")).toEqual(["signOffSubmission"]);
    expect(ops("/visits/{id}/call-for-input").sort()).toEqual(["getCallForInput", "saveCallForInput"]);
  });
});

describe("who changes what", () => {
  it("a partner adds its own parts but cannot change the owner's", async () => {
    const { html, action } = await partAction(w.owner.client, "The NGO law");
    const r = await w.partner.client.request("POST", action, {
      form: { ...formFields(html, action), body: "Hijacked" },
    });
    expect(r.status).toBe(403);
    const added = await w.partner.client.json<{ id: string }>("POST", `/api/v1/submissions/${id}/parts`, {
      json: { kind: "issues", heading: "Evictions", body: "Evictions in Mathare.", audience: "expert" },
    });
    expect(added.status).toBe(201);
    const view = await w.partner.client.json<{ parts: { id: string; contributors: string[] }[] }>(
      "GET",
      `/api/v1/submissions/${id}`,
    );
    expect(view.body.parts.find((p) => p.id === added.body.id)?.contributors).toEqual([w.partnerOrg]);
  });

  it("only the owner organisation records people and consent", async () => {
    const r = await w.partner.client.json("POST", `/api/v1/submissions/${id}/people`, {
      json: { name: "Someone Else" },
    });
    expect(r.status).toBe(403);
    const member = await w.member.client.json<{ id: string }>("POST", `/api/v1/submissions/${id}/people`, {
      json: { name: "Faith Wairimu Njoroge", role: "source", consent: { audiences: ["coalition"] } },
    });
    expect(member.status).toBe(201);
  });

  it("unpublishing takes the public version off the page and out of search", async () => {
    await w.owner.client.json("POST", `/api/v1/submissions/${id}/signoff`);
    await w.partner.client.json("POST", `/api/v1/submissions/${id}/signoff`);
    const pub = await w.owner.client.json("POST", `/api/v1/submissions/${id}/publish`);
    expect(pub.status, JSON.stringify(pub.body)).toBe(200);
    expect((await w.outsider.client.request("GET", `/submissions/${id}/public`)).status).toBe(200);
    // The NGO law part was rewritten above; the recommendations still stand.
    const search = () => w.outsider.client.request("GET", "/api/v1/search?q=release%20detained%20defenders");
    expect(await (await search()).text()).toContain(`/submissions/${id}/public`);
    const html = await (await w.owner.client.request("GET", `/submissions/${id}`)).text();
    const r = await w.owner.client.request("POST", `/submissions/${id}/unpublish`, {
      form: formFields(html, `/submissions/${id}/unpublish`),
    });
    expect(r.status).toBe(303);
    expect((await w.outsider.client.request("GET", `/submissions/${id}/public`)).status).toBe(404);
    expect(await (await search()).text()).not.toContain(`/submissions/${id}`);
  });
});

describe("visitdesk keys rotate", () => {
  it("re-encrypts every sealed column of submissions, which still open with the new key", async () => {
    const keyFile = path.join(mkdtempSync(path.join(os.tmpdir(), "vd-sub-keys-")), "keys.json");
    const ring = t.deps.keyring;
    writeFileSync(
      keyFile,
      JSON.stringify({
        primary: ring.primary,
        keys: [...ring.keys].map(([kid, key]) => ({
          id: kid,
          key: key.toString("base64"),
          createdAt: "2026-01-01",
        })),
      }),
    );
    const result = await rotateKeys(t.database.db, keyFile);
    expect(result.primary).toBe("k2");
    t.deps.keyring = loadOrCreateKeyring(keyFile);
    expect([...t.deps.keyring.keys.keys()]).toEqual(["k2"]);
    for (const col of submissionSealedColumns) {
      const old = await rows<{ n: number }>(
        t.database.db,
        sql`SELECT count(*)::int AS n FROM ${sql.raw(col.table)} WHERE ${sql.raw(col.column)} NOT LIKE 'vd1.k2.%'`,
      );
      expect(old[0]?.n, `${col.table}.${col.column}`).toBe(0);
    }
    const access = await readSubmission(deps(), w.owner.actor, id);
    expect(access.loaded.submission.people.map((p) => p.name)).toContain(secrets.victim);
    const file = await w.owner.client.request(
      "GET",
      `/submissions/${id}/export.docx?audience=expert&leaveOut=1`,
    );
    expect(file.status).toBe(200);
  });
});
