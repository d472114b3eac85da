import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/support/app";

type Visit = {
  id: string;
  country: string;
  mandate: string;
  status: string;
  reportSymbol: string | null;
  events: { type: string; date: string }[];
};
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe("the visit registry holds the sample visits", () => {
  it("lists them with their derived status and events", async () => {
    const { status, body } = await t.json<{ items: Visit[]; total: number }>("/api/v1/visits?limit=200");
    expect(status).toBe(200);
    expect(body.total).toBeGreaterThan(70);
    expect(body.items.every((v) => v.events.length > 0)).toBe(true);
  });

  it("filters by country, mandate and status", async () => {
    const hnd = await t.json<{ items: Visit[] }>("/api/v1/visits?country=hnd&mandate=sr-executions");
    expect(hnd.body.items.map((v) => v.reportSymbol).sort()).toEqual([
      "A/HRC/35/23/Add.1",
      "A/HRC/56/56/Add.1",
    ]);
    const pending = await t.json<{ items: Visit[]; total: number }>(
      "/api/v1/visits?status=requested&limit=200",
    );
    expect(pending.body.total).toBeGreaterThan(10);
    expect(pending.body.items.every((v) => v.status === "requested")).toBe(true);
    const two = await t.json<{ items: Visit[] }>("/api/v1/visits?status=declined,postponed&limit=200");
    expect(two.body.items.every((v) => ["declined", "postponed"].includes(v.status))).toBe(true);
  });

  it("answers bad filters with 400 naming the field, and an unknown visit with 404", async () => {
    const bad = await t.json<{ error: { details: { path: string }[] } }>(
      "/api/v1/visits?country=HONDURAS&status=maybe&from=2020-13",
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d) => d.path.split(".")[0]).sort()).toEqual([
      "country",
      "from",
      "status",
    ]);
    expect((await t.get("/api/v1/visits/00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });

  it("shows a visit's timeline, and its visits on the country page", async () => {
    const { body } = await t.json<{ items: Visit[] }>(
      "/api/v1/visits?country=HND&mandate=sr-executions&sort=oldest",
    );
    const v = body.items[0] as Visit;
    const html = await (await t.get(`/visits/${v.id}`)).text();
    expect(html).toContain("Letters and events");
    expect(html).toContain("A/HRC/35/23/Add.1");
    const country = await (await t.get("/countries/HND")).text();
    expect(country).toContain(`href="/visits/${v.id}"`);
    const mandate = await (await t.get("/mandates/sr-executions")).text();
    expect(mandate).toContain("Country visits of this mandate");
  });

  it("finds a visit in quick search", async () => {
    const { body } = await t.json<{ items: { type: string; url: string }[] }>(
      "/api/v1/search?q=Honduras+executions&type=visit",
    );
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items[0]?.url).toMatch(/^\/visits\//);
  });
});

describe("CSV export", () => {
  it("exports the filtered list, every row, parseable and linked from the page", async () => {
    const res = await t.get("/visits.csv?country=HND");
    expect(res.headers.get("content-type")).toContain("text/csv");
    const text = (await res.text()).replace(/^\uFEFF/, "");
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toBe(
      "id,country_iso3,country,mandate_id,mandate,mandate_holder,status,requested_on,answered_on,reminders,visit_from,visit_to,report_symbol,url,source",
    );
    const { body } = await t.json<{ total: number }>("/api/v1/visits?country=HND");
    expect(lines).toHaveLength(body.total + 1);
    expect(lines.slice(1).every((l) => l.split(",")[1] === "HND")).toBe(true);
    expect(await (await t.get("/visits?country=HND")).text()).toContain('href="/visits.csv?country=HND"');
    const bad = await t.json<{ error: { details: { path: string }[] } }>("/visits.csv?status=nonsense");
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]?.path).toMatch(/^status/);
  });
});

describe("statuses that change with the calendar", () => {
  it("move a scheduled visit to under way and then completed as its dates come and go", async () => {
    const { refreshTimeDependentVisits, saveReferenceVisits, listVisits } = await import("./store");
    const key = "ZZTEST:sr-food:2026";
    await saveReferenceVisits(
      t.database.db,
      [
        {
          key,
          countryIso3: "KEN",
          mandateId: "sr-food",
          mandateAsPublished: "SR on the right to food",
          mandateHolder: null,
          events: [
            { type: "requested", date: "2025-01-10", note: null, source: "test" },
            {
              type: "dates_agreed",
              date: "2026-06-01",
              from: "2026-12-01",
              to: "2026-12-10",
              note: null,
              source: "test",
            },
          ],
          provenance: { source: "test", asOf: null, confidence: "verified", evidence: [], note: null },
        },
      ],
      "2026-11-28",
    );
    const status = async () =>
      (await listVisits(t.database.db, { country: "KEN", mandate: "sr-food", limit: 5, offset: 0 })).items[0]
        ?.status;
    expect(await status()).toBe("scheduled");
    expect(await refreshTimeDependentVisits(t.database.db, "2026-11-30")).toBe(0);
    await refreshTimeDependentVisits(t.database.db, "2026-12-05");
    expect(await status()).toBe("underway");
    await refreshTimeDependentVisits(t.database.db, "2026-12-11");
    expect(await status()).toBe("completed");
  });
});

describe("recording visits and events", () => {
  it("lets signed-in people record a visit and its events, derives the status, and audits each change", async () => {
    const { Client } = await import("../../test/support/client");
    const { makeUser, PASSWORD } = await import("../../test/support/accounts");
    const { user } = await makeUser(t);
    const anon = new Client(t);
    const body = {
      country: "ken",
      mandate: "sr-food",
      events: [{ type: "requested", date: "2025-02-01", source: "Letter of the SR" }],
    };
    expect((await anon.json("POST", "/api/v1/visits", { json: body })).status).toBe(401);
    const c = new Client(t);
    await c.signIn(user.email, PASSWORD);
    const bad = await c.json<{ error: { details: { path: string }[] } }>("POST", "/api/v1/visits", {
      json: {
        ...body,
        country: "XYZ",
        mandate: "sr-nothing",
        events: [{ type: "requested", date: "2027-01-01" }],
      },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.map((d) => d.path).sort()).toEqual(["country", "events.0.date", "mandate"]);
    const created = await c.json<{ id: string }>("POST", "/api/v1/visits", { json: body });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect((await t.json<{ status: string; country: string }>(`/api/v1/visits/${id}`)).body).toMatchObject({
      status: "requested",
      country: "KEN",
    });
    expect(
      (
        await c.json("POST", `/api/v1/visits/${id}/events`, {
          json: { type: "accepted", date: "2025-06-01" },
        })
      ).status,
    ).toBe(201);
    expect((await t.json<{ status: string }>(`/api/v1/visits/${id}`)).body.status).toBe("accepted");
    const dup = await c.json<{ error: { code: string } }>("POST", `/api/v1/visits/${id}/events`, {
      json: { type: "accepted", date: "2025-06-01" },
    });
    expect([dup.status, dup.body.error.code]).toEqual([409, "duplicate_event"]);
    await c.json("POST", `/api/v1/visits/${id}/events`, {
      json: { type: "completed", date: "2025-10-10", from: "2025-10-01", to: "2025-10-10" },
    });
    const again = await c.json<{ error: { code: string } }>("POST", `/api/v1/visits/${id}/events`, {
      json: { type: "requested", date: "2026-01-05" },
    });
    expect([again.status, again.body.error.code]).toEqual([409, "new_visit"]);
    const { rows } = await import("../platform/db/client");
    const { sql } = await import("drizzle-orm");
    const audit = await rows<{ action: string; actor_id: string }>(
      t.database.db,
      sql`SELECT action, actor_id FROM audit_log WHERE record_id = ${id} ORDER BY id`,
    );
    expect(audit.map((a) => a.action)).toEqual(["visit.create", "visit.event", "visit.event"]);
    expect(audit.every((a) => a.actor_id === user.id)).toBe(true);
    const found = await t.json<{ items: { url: string }[] }>("/api/v1/search?q=Kenya+food&type=visit");
    expect(found.body.items.map((i) => i.url)).toContain(`/visits/${id}`);
  });
});
