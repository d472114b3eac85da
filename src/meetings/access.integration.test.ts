/**
 * Who can see what, tried from outside: another organisation's member, a member of the coalition
 * that runs the programme, a platform admin and an anonymous visitor try every programme, request
 * and export address, page and API alike. None gets anything, none changes anything, and no
 * answer, log line or audit entry holds a confidential string.
 */
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser, PASSWORD } from "../../test/support/accounts";
import { createTestApp, type TestApp } from "../../test/support/app";
import { Client } from "../../test/support/client";
import type { Keyring } from "../platform/crypto/keyring";
import { resealAll } from "../platform/crypto/sealed";
import { rows } from "../platform/db/client";
import { createLogger } from "../platform/log";
import { aVisit, coalitionWithCoordinator, requestBody, signedIn, slot, submit } from "./fixtures";
import { meetingSealedColumns, openConfidential } from "./store";
import { programmeLinkFor } from "./visit-link";

let t: TestApp;
let visitId: string;
const logLines: string[] = [];
let coordinator: Awaited<ReturnType<typeof coalitionWithCoordinator>>;
let requester: Awaited<ReturnType<typeof signedIn>>;
let sharer: Awaited<ReturnType<typeof signedIn>>;
const ids: Record<string, string> = {};
const PRIVATE_REASON = "Threatened by police in March (PRIVATE-REASON-XQ)";
/** Confidential strings, and the names of organisations that asked: outsiders must see none of them. */
const secrets = [
  "secret-a@example.org",
  "+254 SECRET-A",
  "Swahili SECRET-A",
  "Ramp SECRET-A",
  "Facts SECRET-A",
  "Contact SECRET-A",
  "secret-c@example.org",
  "SECRET-C",
  "PRIVATE-REASON-XQ",
];
const names = ["Asylum Aid Alpha", "Collective Charlie", "Sharing Sierra"];

beforeAll(async () => {
  t = await createTestApp();
  t.deps.log = createLogger("debug", (line) => logLines.push(line) > 0);
  visitId = await aVisit(t);
  requester = await signedIn(t, "Requester", "Asylum Aid Alpha");
  sharer = await signedIn(t, "Sharer", "Sharing Sierra");
  const member = await makeUser(t, { name: "Member of the coalition", org: "Coalition Member Org" });
  coordinator = await coalitionWithCoordinator(t, "Access Coalition", [member.org?.id ?? ""]);
  ids.memberEmail = member.user.email;
  const P = `/api/v1/visits/${visitId}/programme`;
  await coordinator.client.json("POST", P, {
    json: { title: "Access test programme", coalition: coordinator.coalition.id, timeZone: "Africa/Nairobi" },
  });
  ids.slot = (
    await coordinator.client.json<{ id: string }>("POST", `${P}/slots`, {
      json: slot("08", "09:00", "10:00", { capacity: 3 }),
    })
  ).body.id;
  ids.token = (await coordinator.client.json<{ token: string }>("POST", `${P}/link`)).body.token;
  ids.a = (
    await submit(
      t,
      ids.token,
      requestBody("Asylum Aid Alpha", "SECRET-A", { organisationId: requester.org?.id, needsPrivate: false }),
      requester.client,
    )
  ).body.id;
  ids.c = (
    await submit(
      t,
      ids.token,
      requestBody("Collective Charlie", "SECRET-C", { needsPrivate: true, privateReason: PRIVATE_REASON }),
    )
  ).body.id;
  ids.s = (
    await submit(
      t,
      ids.token,
      requestBody("Sharing Sierra", "SECRET-S", { organisationId: sharer.org?.id, shareName: false }),
      sharer.client,
    )
  ).body.id;
  await coordinator.client.json("POST", `${P}/allocate`);
  await coordinator.client.json("POST", `${P}/publish`);
});
afterAll(() => t?.close());

async function state() {
  const [p] = await rows<{ revision: number; link_open: boolean; published_at: string | null }>(
    t.database.db,
    sql`SELECT revision, link_open, published_at FROM meeting_programmes`,
  );
  const r = await rows<{ status: string; priority: number | null }>(
    t.database.db,
    sql`SELECT status, priority FROM meeting_requests ORDER BY id`,
  );
  const s = await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM meeting_slots`);
  const m = await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM meeting_assignments`);
  return { p, r, slots: s[0]?.n, meetings: m[0]?.n };
}

/** Every address of the programme, with the method and body an attacker would send. */
function attempts(): [string, string, { json?: unknown; form?: Record<string, string> }][] {
  const V = `/visits/${visitId}/programme`;
  const A = `/api/v1${V}`;
  const json = (body: unknown = {}) => ({ json: body });
  const form = (body: Record<string, string> = {}) => ({ form: body });
  return [
    ["GET", V, {}],
    ["GET", `${V}/slots`, {}],
    ["GET", `${V}/requests`, {}],
    ["GET", `${V}/requests/${ids.a}`, {}],
    ["GET", `${V}/requests/${ids.c}`, {}],
    ["GET", `${V}/allocation`, {}],
    ["GET", `${V}/export?format=csv&contacts=1`, {}],
    ["GET", `${V}/export.docx?contacts=1`, {}],
    ["GET", `${V}/export.pdf?contacts=1`, {}],
    ["GET", `${V}/export.csv?contacts=1`, {}],
    ["GET", `${V}/instance.json`, {}],
    ["GET", `${V}/day/2027-03-08/Nairobi`, {}],
    [
      "POST",
      V,
      form({
        title: "Hijack",
        runner: `coalition:${coordinator.coalition.id}`,
        timeZone: "UTC",
        maxMeetings: "1",
      }),
    ],
    ["POST", `${V}/settings`, form({ title: "Hijack", timeZone: "UTC", maxMeetings: "3" })],
    ["POST", `${V}/link`, form()],
    ["POST", `${V}/link/close`, form()],
    [
      "POST",
      `${V}/slots`,
      form({ date: "2027-03-08", start: "12:00", end: "13:00", timeZone: "UTC", city: "X", capacity: "1" }),
    ],
    ["POST", `${V}/slots/${ids.slot}/delete`, form()],
    ["POST", `${V}/requests/${ids.a}/priority`, form({ priority: "3" })],
    ["POST", `${V}/requests/${ids.c}/withdraw`, form()],
    ["POST", `${V}/allocate`, form()],
    ["POST", `${V}/placements`, form({ request: ids.a ?? "", slot: ids.slot ?? "", kind: "forbid" })],
    ["POST", `${V}/publish`, form()],
    ["POST", `/meetings/requests/${ids.a}/withdraw`, form()],
    ["GET", A, {}],
    ["PATCH", A, json({ title: "Hijack", timeZone: "UTC", maxMeetingsPerRequest: 2 })],
    ["POST", A, json({ title: "Hijack", coalition: coordinator.coalition.id, timeZone: "UTC" })],
    ["POST", `${A}/link`, {}],
    ["DELETE", `${A}/link`, {}],
    ["GET", `${A}/slots`, {}],
    ["POST", `${A}/slots`, json(slot("09", "09:00", "10:00"))],
    ["PUT", `${A}/slots/${ids.slot}`, json(slot("09", "09:00", "10:00"))],
    ["DELETE", `${A}/slots/${ids.slot}`, {}],
    ["GET", `${A}/requests`, {}],
    ["PATCH", `${A}/requests/${ids.a}`, json({ priority: 0 })],
    ["POST", `${A}/requests/${ids.c}/withdraw`, {}],
    ["GET", `${A}/placements`, {}],
    ["PUT", `${A}/placements`, json({ request: ids.a, slot: ids.slot, kind: "forbid" })],
    ["POST", `${A}/allocate`, {}],
    ["GET", `${A}/allocation`, {}],
    ["POST", `${A}/publish`, {}],
    ["GET", `${A}/export?contacts=1`, {}],
    ["GET", "/meetings", {}],
    ["GET", "/api/v1/me/meetings", {}],
    ["GET", `/meetings/p/${"x".repeat(43)}`, {}],
    ["GET", `/meetings/p/${"x".repeat(43)}.ics`, {}],
    ["POST", `/meetings/p/${"x".repeat(43)}/withdraw`, form()],
  ];
}

async function outsider(
  kind: "otherOrg" | "coalitionMember" | "platformAdmin" | "anonymous",
): Promise<Client> {
  if (kind === "otherOrg") return (await signedIn(t, "Outsider", "Outsider NGO")).client;
  if (kind === "platformAdmin") {
    const { user } = await makeUser(t, { name: "Admin", platformAdmin: true });
    const c = new Client(t);
    await c.signIn(user.email, PASSWORD);
    return c;
  }
  if (kind === "coalitionMember") {
    const c = new Client(t);
    await c.signIn(ids.memberEmail ?? "", PASSWORD);
    return c;
  }
  // A visitor with the anonymous CSRF cookie a page gave them, so forms reach the handlers.
  const c = new Client(t, "192.0.2.44");
  await c.request("GET", "/signin");
  c.csrf = c.cookies.get("vd_csrf");
  return c;
}

describe("outsiders try every address of the programme", () => {
  for (const kind of ["otherOrg", "coalitionMember", "platformAdmin", "anonymous"] as const) {
    it(`${kind}: nothing is shown, nothing changes, no secret leaks`, async () => {
      const client = await outsider(kind);
      const before = await state();
      for (const [method, path, body] of attempts()) {
        const res = await client.request(method, path, body);
        const text = await res.text();
        const where = `${kind} ${method} ${path} → ${res.status}`;
        if (kind === "anonymous") {
          const toSignIn =
            [302, 303].includes(res.status) && (res.headers.get("location") ?? "").startsWith("/signin");
          expect(toSignIn || [401, 404].includes(res.status), where).toBe(true);
        } else if (path === "/meetings" || path === "/api/v1/me/meetings") {
          expect(res.status, where).toBe(200);
        } else if (method === "POST" && path.endsWith("/programme")) {
          // Naming a coalition one does not coordinate is refused as such; the programme stays unseen.
          expect([403, 404, 409, 422], where).toContain(res.status);
        } else {
          expect(res.status, where).toBe(404);
        }
        for (const s of [...secrets, ...names]) expect(text.includes(s), `${where} shows ${s}`).toBe(false);
      }
      expect(await state()).toEqual(before);
    });
  }

  it("a request link is no key to the programme: submitting shows nothing of others", async () => {
    const page = await new Client(t).request("GET", `/meetings/r/${ids.token}`);
    const text = await page.text();
    for (const s of [...secrets, ...names]) expect(text).not.toContain(s);
    expect((await t.get(`/api/v1/programme-links/${"y".repeat(43)}`)).status).toBe(404);
  });
});

describe("participants", () => {
  it("a participant sees its own meeting, but not the name of a co-participant who did not agree", async () => {
    const mine = await requester.client.json<{
      items: { organisation: string; meetings: { coParticipants: string[]; otherParticipants: number }[] }[];
    }>("GET", "/api/v1/me/meetings");
    expect(mine.body.items.map((i) => i.organisation)).toEqual(["Asylum Aid Alpha"]);
    // Collective Charlie needs a private meeting and is not in this slot; Sharing Sierra did not agree.
    expect(mine.body.items[0]?.meetings).toEqual([
      expect.objectContaining({ coParticipants: [], otherParticipants: 1 }),
    ]);
    const html = await (await requester.client.request("GET", "/meetings")).text();
    expect(html).toContain("Swahili SECRET-A");
    for (const s of ["Sharing Sierra", "SECRET-S", "SECRET-C", "Collective Charlie"])
      expect(html).not.toContain(s);
    const theirs = await (await sharer.client.request("GET", "/meetings")).text();
    expect(theirs).not.toContain("SECRET-A");
    expect(theirs).not.toContain("Asylum Aid Alpha");
  });

  it("another organisation's member cannot withdraw someone else's request", async () => {
    const res = await sharer.client.request("POST", `/meetings/requests/${ids.a}/withdraw`, { form: {} });
    expect(res.status).toBe(404);
    const [r] = await rows<{ status: string }>(
      t.database.db,
      sql`SELECT status FROM meeting_requests WHERE id = ${ids.a ?? ""}`,
    );
    expect(r?.status).toBe("active");
  });

  it("the visit page offers the programme only to those who have something there", async () => {
    const db = t.database.db;
    const other = await signedIn(t, "Plain", undefined);
    expect(await programmeLinkFor(db, coordinator.actor, visitId)).toBe("coordinate");
    expect(await programmeLinkFor(db, requester.actor, visitId)).toBe("mine");
    expect(await programmeLinkFor(db, other.actor, visitId)).toBeNull();
    expect(await programmeLinkFor(db, requester.actor, await aVisit(t, 3))).toBe("start");
    expect(
      await programmeLinkFor(
        db,
        {
          userId: null,
          platformAdmin: false,
          orgs: new Map(),
          coalitions: new Set(),
          coordinates: new Set(),
        },
        visitId,
      ),
    ).toBeNull();
  });
});

describe("confidential fields at rest", () => {
  it("are re-sealed by key rotation and still open", async () => {
    const ring: Keyring = { primary: "k2", keys: new Map([...t.deps.keyring.keys, ["k2", randomBytes(32)]]) };
    expect(await resealAll(t.database.db, ring, meetingSealedColumns)).toBe(3);
    const [row] = await rows<{ id: string; confidential: string }>(
      t.database.db,
      sql`SELECT id, confidential FROM meeting_requests WHERE id = ${ids.c ?? ""}`,
    );
    expect(row?.confidential.startsWith("vd1.k2.")).toBe(true);
    expect(openConfidential(ring, row ?? { id: "", confidential: "" }).privateReason).toBe(PRIVATE_REASON);
    // A value moved to another request no longer opens.
    expect(() =>
      openConfidential(ring, { id: ids.a ?? "", confidential: row?.confidential ?? "" }),
    ).toThrow();
  });

  it("never reach a log line or the audit log", async () => {
    const audit = await rows<{ details: unknown; action: string }>(
      t.database.db,
      sql`SELECT action, details FROM audit_log WHERE action LIKE 'meetings.%'`,
    );
    expect(audit.map((a) => a.action)).toContain("meetings.request.submit");
    const written = [...logLines, ...audit.map((a) => JSON.stringify(a))].join("\n");
    for (const s of secrets) expect(written).not.toContain(s);
  });
});
