import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/support/app";
import type { Mandate } from "./mandate";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe("GET /api/v1/mandates", () => {
  it("lists all 60 mandates", async () => {
    const { status, body } = await t.json<{ items: Mandate[]; total: number }>("/api/v1/mandates");
    expect(status).toBe(200);
    expect(body.total).toBe(60);
    expect(body.items).toHaveLength(60);
  });

  it("filters by kind and scope, and pages", async () => {
    const wg = await t.json<{ items: Mandate[]; total: number }>("/api/v1/mandates?kind=working_group");
    expect(wg.body.total).toBe(7);
    expect(wg.body.items.every((m) => m.kind === "working_group")).toBe(true);
    const country = await t.json<{ items: Mandate[]; total: number }>(
      "/api/v1/mandates?scope=country&limit=5&offset=10",
    );
    expect(country.body.total).toBe(14);
    expect(country.body.items).toHaveLength(4);
    const q = await t.json<{ items: Mandate[]; total: number }>("/api/v1/mandates?q=torture");
    expect(q.body.items.map((m) => m.id)).toEqual(["sr-torture"]);
  });

  it("answers bad parameters with 400 and names the field", async () => {
    const { status, body } = await t.json<{
      error: { code: string; message: string; details: { path: string }[] };
    }>("/api/v1/mandates?kind=wizard&limit=-1");
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.details.map((d) => d.path).sort()).toEqual(["kind", "limit"]);
  });

  it("treats SQL metacharacters in a parameter as text", async () => {
    const { status, body } = await t.json<{ total: number }>(
      `/api/v1/mandates?q=${encodeURIComponent("'; DROP TABLE mandates; --%_")}`,
    );
    expect(status).toBe(200);
    expect(body.total).toBe(0);
    expect((await t.json<{ total: number }>("/api/v1/mandates")).body.total).toBe(60);
  });
});

describe("GET /api/v1/mandates/{id}", () => {
  it("returns one mandate with the provenance of its facts", async () => {
    const { status, body } = await t.json<Mandate>("/api/v1/mandates/sr-torture");
    expect(status).toBe(200);
    expect(body.title).toBe(
      "Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment",
    );
    expect(body.scope).toBe("thematic");
    expect(body.provenance.source).toMatch(/Compiled/);
  });

  it("answers an unknown id with a JSON 404", async () => {
    const { status, body } = await t.json<{ error: { code: string } }>("/api/v1/mandates/sr-nothing");
    expect(status).toBe(404);
    expect(body.error.code).toBe("not_found");
  });
});

describe("mandate pages", () => {
  it("lists and filters mandates without JavaScript", async () => {
    const res = await t.get("/mandates?scope=country&kind=");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("14 mandates");
    expect(html).toContain('href="/mandates/sr-myanmar"');
    expect(html).not.toContain('href="/mandates/sr-torture"');
  });

  it("shows a mandate with its country and source", async () => {
    const html = await (await t.get("/mandates/sr-myanmar")).text();
    expect(html).toContain("Special Rapporteur on the situation of human rights in Myanmar");
    expect(html).toContain('href="/countries/MMR"');
    expect(html).toContain("Source and confidence");
  });

  it("shows an empty state when nothing matches", async () => {
    const html = await (await t.get("/mandates?q=zzzz")).text();
    expect(html).toContain("No mandate matches these filters.");
  });
});
