import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app";
import { insertDocuments } from "./index";

type Hits = {
  items: { type: string; id: string; title: string; url: string; snippet: string }[];
  total: number;
};
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const find = (q: string, extra = "") => t.json<Hits>(`/api/v1/search?q=${encodeURIComponent(q)}${extra}`);

describe("quick search", () => {
  it("finds the Special Rapporteur on torture first for 'torture'", async () => {
    const { status, body } = await find("torture");
    expect(status).toBe(200);
    expect(body.items[0]).toMatchObject({ type: "mandate", id: "sr-torture", url: "/mandates/sr-torture" });
    expect(body.items[0]?.snippet).toBeTypeOf("string");
  });

  it("forgives a small typo", async () => {
    const { body } = await find("tortrue");
    expect(body.items[0]?.id).toBe("sr-torture");
  });

  it("ignores accents and stems French", async () => {
    const { body } = await find("defenseurs droits");
    expect(body.items.map((i) => i.id)).toContain("sr-human-rights-defenders");
  });

  it("finds a country by its Chinese name", async () => {
    const { body } = await find("法国");
    expect(body.items[0]).toMatchObject({ type: "country", id: "FRA" });
  });

  it("finds a country by its Arabic name", async () => {
    const { body } = await find("فرنسا");
    expect(body.items.map((i) => i.id)).toContain("FRA");
  });

  it("highlights matched words in an escaped snippet", async () => {
    await insertDocuments(t.database.db, [
      {
        type: "guide",
        refId: "xss-test",
        lang: "en",
        title: "Escaping test",
        body: 'When 5 < 6 & "quotes" meet reprisals <script>alert(1)</script>',
        url: "/x",
      },
    ]);
    const { body } = await find("reprisals escaping");
    const hit = body.items.find((i) => i.id === "xss-test");
    expect(hit?.snippet).toContain("5 &lt; 6 &amp; &quot;quotes&quot;");
    expect(hit?.snippet).toContain("<mark>reprisals</mark>");
    expect(hit?.snippet).not.toMatch(/<script/i);
  });

  it("narrows to one record type and pages", async () => {
    const { body } = await find("republic", "&type=country&limit=3");
    expect(body.items).toHaveLength(3);
    expect(body.items.every((i) => i.type === "country")).toBe(true);
    expect(body.total).toBeGreaterThan(3);
  });

  it("answers an empty query with 400", async () => {
    const { status, body } = await t.json<{ error: { details: { path: string }[] } }>("/api/v1/search?q=");
    expect(status).toBe(400);
    expect(body.error.details[0]?.path).toBe("q");
  });

  it("looks for any word when no text holds them all", async () => {
    const { body } = await find("torture xylophone");
    expect(body.items[0]?.id).toBe("sr-torture");
  });

  it("renders results on a page, escaping the query", async () => {
    const res = await t.get(`/search?q=${encodeURIComponent("<img src=x onerror=alert(1)> torture")}`);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;img src=x");
    expect(html).toContain('href="/mandates/sr-torture"');
  });
});

describe("search obeys the visibility model", () => {
  it("finds exactly the records each reader may read, as canRead decides", async () => {
    const { canRead, anonymous } = await import("../access");
    const { search } = await import("./index");
    const scopes = {
      pub: { visibility: "public", ownerOrgId: "A", coalitionId: null, namedUserIds: [] },
      org: { visibility: "organisation", ownerOrgId: "A", coalitionId: null, namedUserIds: [] },
      coal: { visibility: "coalition", ownerOrgId: "A", coalitionId: "C", namedUserIds: [] },
      named: { visibility: "named", ownerOrgId: "A", coalitionId: null, namedUserIds: ["n1", "n2"] },
    } as const;
    await insertDocuments(
      t.database.db,
      Object.entries(scopes).map(([id, scope]) => ({
        type: "probe",
        refId: id,
        lang: "en",
        title: `Zanzibar witness statement ${id}`,
        body: "A confidential account.",
        url: `/probe/${id}`,
        scope: { ...scope, namedUserIds: [...scope.namedUserIds] },
      })),
    );
    const readers = {
      anonymous,
      member: { ...anonymous, userId: "m", orgs: new Map([["A", "member" as const]]) },
      partner: {
        ...anonymous,
        userId: "p",
        orgs: new Map([["B", "admin" as const]]),
        coalitions: new Set(["C"]),
      },
      named: { ...anonymous, userId: "n2" },
      outsider: {
        ...anonymous,
        userId: "o",
        orgs: new Map([["Z", "admin" as const]]),
        coalitions: new Set(["Y"]),
      },
      platformAdmin: { ...anonymous, userId: "pa", platformAdmin: true },
    };
    for (const [who, actor] of Object.entries(readers)) {
      const { items } = await search(t.database.db, {
        q: "zanzibar witness",
        actor,
        lang: "en",
        limit: 50,
        offset: 0,
      });
      const expected = Object.entries(scopes)
        .filter(([, s]) => canRead(actor, { ...s, namedUserIds: [...s.namedUserIds] }))
        .map(([id]) => id)
        .sort();
      expect({
        who,
        found: items
          .filter((i) => i.type === "probe")
          .map((i) => i.id)
          .sort(),
      }).toEqual({ who, found: expected });
    }
  });
});
