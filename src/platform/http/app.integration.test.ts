import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe("the web app", () => {
  it("reports health", async () => {
    const { status, body } = await t.json<{ status: string }>("/healthz");
    expect(status).toBe(200);
    expect(body.status).toBe("ok");
  });

  it("serves the home page with an entry into each stage", async () => {
    const res = await t.get("/");
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('<html lang="en" dir="ltr">');
    for (const stage of ["know", "obtain", "before", "during", "after", "unofficial"])
      expect(html).toContain(`href="/guide/${stage}"`);
    expect(html).toContain("<strong>46</strong>");
    expect(html).toContain("What is happening now");
    expect(html).toMatch(/href="\/visits\/[0-9a-f-]{36}"/);
  });

  it("picks the language from Accept-Language, and a ?lang= link sets a cookie", async () => {
    const fr = await (await t.get("/", { "accept-language": "fr-CH, en;q=0.5" })).text();
    expect(fr).toContain('<html lang="fr" dir="ltr">');
    const ar = await t.get("/mandates?lang=ar");
    expect(await ar.text()).toContain('<html lang="ar" dir="rtl">');
    expect(ar.headers.get("set-cookie")).toMatch(/vd_lang=ar;.*HttpOnly/);
    const again = await (await t.get("/", { cookie: "vd_lang=ar", "accept-language": "en" })).text();
    expect(again).toContain('dir="rtl"');
  });

  it("sends security headers with every response", async () => {
    const res = await t.get("/");
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("same-origin");
  });

  it("answers an unknown page with a helpful 404 page and an unknown API route with JSON", async () => {
    const page = await t.get("/no/such/page");
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('role="search"');
    const api = await t.json<{ error: { code: string } }>("/api/v1/nothing");
    expect(api.status).toBe(404);
    expect(api.body.error.code).toBe("not_found");
  });

  it("answers a bad page parameter with a 400 page", async () => {
    const res = await t.get("/mandates?limit=abc");
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("limit");
  });

  it("compresses pages for clients that accept it", async () => {
    const res = await t.get("/", { "accept-encoding": "gzip" });
    expect(res.headers.get("content-encoding")).toBe("gzip");
  });

  it("serves the stylesheet", async () => {
    const res = await t.get("/static/app.css");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/css");
  });

  it("describes the API in an OpenAPI 3.1 document", async () => {
    const { status, body } = await t.json<{
      openapi: string;
      paths: Record<string, Record<string, { parameters: { name: string }[] }>>;
    }>("/api/v1/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toBe("3.1.0");
    for (const p of ["/mandates", "/mandates/{id}", "/countries", "/countries/{iso3}", "/search"])
      expect(body.paths[p]?.get).toBeTruthy();
    expect(body.paths["/mandates"]?.get?.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(["kind", "scope", "q", "limit", "offset"]),
    );
  });

  it("shows the guide", async () => {
    const res = await t.get("/guide/during");
    expect(res.status).toBe(200);
    expect((await t.get("/guide/nope")).status).toBe(404);
  });
});
