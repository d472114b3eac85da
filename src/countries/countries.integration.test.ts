import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/support/app";
import type { CountryWithInvitation } from "./country";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe("countries API", () => {
  it("gives a State's standing invitation with its source and confidence", async () => {
    const { status, body } = await t.json<CountryWithInvitation>("/api/v1/countries/kor");
    expect(status).toBe(200);
    expect(body.names.fr).toBeTruthy();
    expect(body.standingInvitation).toMatchObject({
      extended: true,
      status: "yes",
      date: "2008-03-03",
      confidence: "corpus",
    });
    expect(body.standingInvitation.source).toMatch(/FORUM-ASIA/);
  });

  it("says 'unknown', not 'no', for a State missing from the incomplete list", async () => {
    const { body } = await t.json<CountryWithInvitation>("/api/v1/countries/CHN");
    expect(body.standingInvitation).toMatchObject({
      extended: false,
      status: "unknown",
      confidence: "incomplete-list",
    });
    const namibia = await t.json<CountryWithInvitation>("/api/v1/countries/NAM");
    expect(namibia.body.standingInvitation).toMatchObject({
      extended: false,
      status: "no",
      confidence: "corpus",
    });
  });

  it("filters by UN status, regional group and standing invitation", async () => {
    const members = await t.json<{ total: number }>("/api/v1/countries?un=member&limit=1");
    expect(members.body.total).toBe(193);
    const observers = await t.json<{ items: CountryWithInvitation[] }>("/api/v1/countries?un=observer");
    expect(observers.body.items.map((c) => c.iso3).sort()).toEqual(["PSE", "VAT"]);
    const si = await t.json<{ total: number; items: CountryWithInvitation[] }>(
      "/api/v1/countries?si=yes&limit=300",
    );
    expect(si.body.total).toBe(97);
    expect(si.body.items.every((c) => c.standingInvitation.extended)).toBe(true);
    const african = await t.json<{ total: number }>(
      `/api/v1/countries?group=${encodeURIComponent("African Group")}`,
    );
    expect(african.body.total).toBe(54);
  });

  it("finds a country by its name in another UN language", async () => {
    const { body } = await t.json<{ items: CountryWithInvitation[] }>(
      `/api/v1/countries?q=${encodeURIComponent("Espagne")}`,
    );
    expect(body.items.map((c) => c.iso3)).toContain("ESP");
  });

  it("rejects a malformed code with 400 and an unknown one with 404", async () => {
    expect((await t.get("/api/v1/countries/FRANCE")).status).toBe(400);
    expect((await t.get("/api/v1/countries/XYZ")).status).toBe(404);
  });
});

describe("country pages", () => {
  it("shows the standing invitation with its source", async () => {
    const html = await (await t.get("/countries/KOR")).text();
    expect(html).toContain("Standing invitation");
    expect(html).toContain("Extended");
    expect(html).toContain("FORUM-ASIA");
    expect(html).toContain("March 3, 2008");
  });

  it("lists the country mandates that cover a country", async () => {
    const html = await (await t.get("/countries/MMR")).text();
    expect(html).toContain('href="/mandates/sr-myanmar"');
  });

  it("filters the list by standing invitation", async () => {
    const html = await (await t.get("/countries?si=no")).text();
    expect(html).toContain("/countries/NAM");
    expect(html).not.toContain("/countries/KOR");
  });

  it("answers an unknown country with the 404 page", async () => {
    const res = await t.get("/countries/ZZZ");
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("Page not found");
  });
});
