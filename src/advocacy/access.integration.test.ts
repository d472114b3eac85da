import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/support/app";
import { Client } from "../../test/support/client";
import { createUnofficialVisit } from "../visits/unofficial/store";
import { type Person, pendingTortureRequest, TODAY, world } from "./testing";

// What only the author's organisation (and, where shared, its coalition) may ever see.
const SECRETS = {
  title: "SECRET-TITLE-7f3a",
  text: "SECRET-LETTER-TEXT-91c2",
  signer: "SECRET-SIGNER-ORG-5d8e",
  email: "secret-contact-3b6f@example.org",
  action: "SECRET-ACTION-TARGET-2c4d",
  event: "SECRET-UNOFFICIAL-EVENT-8e1b",
};

let t: TestApp;
let author: Person;
let partner: Person;
let outsider: Person;
let letter: string;
let signature: string;
let visit: string;
let unofficial: string;
let coalitionId: string;

beforeAll(async () => {
  t = await createTestApp();
  const w = await world(t);
  ({ author, partner, outsider } = w);
  coalitionId = w.coalition.id;
  visit = await pendingTortureRequest(t, author.actor);
  const created = await author.client.json<{ id: string }>("POST", "/api/v1/advocacy/letters", {
    json: {
      template: "visit-request",
      org: author.org?.id,
      language: "en",
      visit,
      title: SECRETS.title,
      data: { whyNow: SECRETS.text },
    },
  });
  expect(created.status).toBe(201);
  letter = created.body.id;
  const open = await author.client.json<{ signOnUrl: string }>(
    "POST",
    `/api/v1/advocacy/letters/${letter}/sign-on`,
    {
      json: { deadline: "2026-12-10", link: "new" },
    },
  );
  expect(open.status).toBe(200);
  const token = open.body.signOnUrl.split("/").at(-1);
  const signed = await new Client(t).json("POST", `/api/v1/advocacy/sign-on/${token}/signatures`, {
    json: { orgName: SECRETS.signer, email: SECRETS.email, listPublicly: true },
  });
  expect(signed.status).toBe(201);
  const list = await author.client.json<{ items: { id: string }[] }>(
    "GET",
    `/api/v1/advocacy/letters/${letter}/signatories`,
  );
  signature = list.body.items[0]?.id as string;
  const action = await author.client.json("POST", "/api/v1/advocacy/log", {
    json: {
      kind: "letter_sent",
      date: "2024-03-10",
      target: SECRETS.action,
      visit,
      letter,
      org: author.org?.id,
      visibility: "organisation",
    },
  });
  expect(action.status).toBe(201);
  unofficial = await createUnofficialVisit(
    t.database.db,
    author.actor,
    {
      country: "MEX",
      mandate: "sr-torture",
      event: SECRETS.event,
      host: "A host",
      from: "2023-05-10",
      to: "2023-05-11",
      visibility: "organisation",
      orgId: author.org?.id,
    },
    TODAY,
  );
});
afterAll(async () => {
  await t?.close();
});

interface Probe {
  method: string;
  /** With :letter, :signature, :visit and :unofficial standing for the author's records. */
  path: string;
  json?: unknown;
  form?: Record<string, string>;
}

const L = "/advocacy/letters/:letter";
const A = "/api/v1/advocacy/letters/:letter";
// Every letter, signatory, log and unofficial-visit URL that concerns the author's records.
const probes: Probe[] = [
  { method: "GET", path: L },
  { method: "GET", path: `${L}/edit` },
  { method: "POST", path: `${L}/edit`, form: { title: "taken", whyNow: "taken" } },
  { method: "GET", path: `${L}/download?format=docx` },
  { method: "GET", path: `${L}/download?format=pdf` },
  { method: "POST", path: `${L}/share`, form: { coalition: "" } },
  { method: "POST", path: `${L}/sign-on`, form: { deadline: "2026-12-20", link: "new" } },
  { method: "POST", path: `${L}/sign`, form: { orgName: "Intruder", email: "i@example.org" } },
  { method: "POST", path: `${L}/signatories/:signature/move`, form: { direction: "up" } },
  { method: "GET", path: `${L}/signatories.csv` },
  { method: "GET", path: `${L}/signatories.csv?contacts=1` },
  {
    method: "POST",
    path: `${L}/actions`,
    form: { kind: "other", date: "2024-01-01", target: "x", org: "x", visibility: "public" },
  },
  { method: "GET", path: "/advocacy/unofficial/:unofficial" },
  { method: "POST", path: "/advocacy/unofficial/:unofficial/link", form: { visit: "" } },
  { method: "GET", path: A },
  { method: "PUT", path: A, json: { data: { language: "en", country: "MEX", mandate: "sr-torture" } } },
  { method: "GET", path: `${A}/download?format=pdf` },
  { method: "POST", path: `${A}/sign-on`, json: { deadline: "2026-12-20", link: "new" } },
  { method: "GET", path: `${A}/signatories` },
  { method: "GET", path: `${A}/signatories?contacts=true` },
  { method: "PUT", path: `${A}/signatories/order`, json: { ids: [] } },
  {
    method: "POST",
    path: `${A}/signatures`,
    json: { orgName: "Intruder", email: "i@example.org", listPublicly: true },
  },
  {
    method: "PUT",
    path: "/api/v1/advocacy/unofficial-visits/:unofficial/official-visit",
    json: { visit: null },
  },
];
// Lists and timelines everyone may open, which must leave the author's records out.
const lists = [
  "/advocacy/letters",
  "/advocacy/log",
  "/advocacy/log?country=MEX",
  "/advocacy/visits/:visit",
  "/api/v1/advocacy/letters",
  "/api/v1/advocacy/log",
  "/api/v1/advocacy/log?visit=:visit",
  "/api/v1/advocacy/visits/:visit/timeline",
  "/api/v1/unofficial-visits?country=MEX",
  "/api/v1/search?q=SECRET",
];

const real = (path: string) =>
  path
    .replace(":letter", letter)
    .replace(":signature", signature)
    .replace(":visit", visit)
    .replace(":unofficial", unofficial);

async function call(
  client: Client,
  p: Probe,
): Promise<{ status: number; body: string; location: string | null }> {
  const res = await client.request(p.method, real(p.path), { json: p.json, form: p.form });
  return { status: res.status, body: await res.text(), location: res.headers.get("location") };
}

function expectNothingLeaks(body: string, what: string) {
  for (const secret of Object.values(SECRETS)) expect(body, `${what} shows ${secret}`).not.toContain(secret);
}

describe("a member of another organisation", () => {
  it.each(probes.map((p) => [`${p.method} ${p.path}`, p] as const))(
    "%s: not found, and nothing of the record",
    async (name, p) => {
      const r = await call(outsider.client, p);
      expect(r.status, name).toBe(404);
      expectNothingLeaks(r.body, name);
    },
  );

  it("sees none of it in lists, timelines and search", async () => {
    for (const path of lists.map(real)) {
      const res = await outsider.client.request("GET", path);
      expect(res.status, path).toBe(200);
      expectNothingLeaks(await res.text(), path);
    }
  });
});

describe("an anonymous visitor", () => {
  it.each(probes.map((p) => [`${p.method} ${p.path}`, p] as const))(
    "%s: refused or sent to sign in, and nothing of the record",
    async (name, p) => {
      const r = await call(new Client(t, "192.0.2.50"), p);
      if (r.status === 302 || r.status === 303) expect(r.location, name).toMatch(/^\/signin\?next=/);
      else expect([401, 403, 404], `${name}: ${r.status}`).toContain(r.status);
      expectNothingLeaks(r.body, name);
    },
  );

  it("sees none of it in lists, timelines and search", async () => {
    for (const path of lists.map(real)) {
      const res = await new Client(t).request("GET", path);
      expect([200, 302, 401], path).toContain(res.status);
      expectNothingLeaks(await res.text(), path);
    }
  });
});

describe("a coalition partner, once the draft is shared", () => {
  it("reads the letter, never a contact address or a pending signatory, and may not edit", async () => {
    const share = await author.client.json("POST", `${real(A)}/sign-on`, {
      json: { deadline: "2026-12-10", coalition: coalitionId },
    });
    expect(share.status).toBe(200);
    const page = await (await partner.client.request("GET", real(L))).text();
    expect(page).toContain(SECRETS.text);
    // A signature not yet confirmed is the owner's to see, and a contact address always is.
    expect(page).not.toContain(SECRETS.signer);
    expect(page).not.toContain(SECRETS.email);
    const api = await partner.client.json<{ data: { whyNow: string } }>("GET", real(A));
    expect(api.body.data.whyNow).toBe(SECRETS.text);
    expect(
      (await partner.client.json("PUT", real(A), { json: { data: { whyNow: "changed" } } })).status,
    ).toBe(403);
    expect((await partner.client.request("GET", `${real(L)}/edit`)).status).toBe(403);
    const contacts = await partner.client.json("GET", `${real(A)}/signatories?contacts=true`);
    expect(contacts.status).toBe(403);
    expect(JSON.stringify(contacts.body)).not.toContain(SECRETS.email);
    // The organisation's own log entry stays the organisation's.
    expect(await (await partner.client.request("GET", `/advocacy/visits/${visit}`)).text()).not.toContain(
      SECRETS.action,
    );
  });
});
