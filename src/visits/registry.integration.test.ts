import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser, PASSWORD } from "../../test/support/accounts";
import { createTestApp, type TestApp } from "../../test/support/app";
import { Client } from "../../test/support/client";
import { median } from "./statistics";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

interface ApiVisit {
  id: string;
  country: string;
  status: string;
  requestedOn: string | null;
  answeredOn: string | null;
  events: { type: string; date: string }[];
}

async function signedIn(opts: { org?: string } = {}) {
  const made = await makeUser(t, opts);
  const c = new Client(t);
  expect((await c.signIn(made.user.email, PASSWORD)).status).toBe(200);
  return { ...made, c };
}

const days = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

describe("filters and exports", () => {
  it("narrows by region and by year", async () => {
    const { body: countries } = await t.json<{ items: { iso3: string; region: string }[] }>(
      "/api/v1/countries?region=Americas&limit=200",
    );
    const americas = new Set(countries.items.map((c) => c.iso3));
    const { body } = await t.json<{ items: ApiVisit[]; total: number }>(
      "/api/v1/visits?region=Americas&limit=200",
    );
    expect(body.total).toBeGreaterThan(0);
    expect(body.items.every((v) => americas.has(v.country))).toBe(true);
    const { body: all } = await t.json<{ total: number }>("/api/v1/visits");
    expect(body.total).toBeLessThan(all.total);

    const { body: y } = await t.json<{ items: ApiVisit[]; total: number }>(
      "/api/v1/visits?year=2019&limit=200",
    );
    expect(y.total).toBeGreaterThan(0);
    for (const v of y.items) {
      const dates = v.events.map((e) => e.date).sort();
      expect((dates[0] ?? "") <= "2019-12-31", v.id).toBe(true);
      expect((dates.at(-1) ?? "") >= "2019-01-01", v.id).toBe(true);
    }
    expect((await t.json("/api/v1/visits?year=1700")).status).toBe(400);
  });

  it("exports the same rows to Excel, read back by exceljs", async () => {
    const res = await t.get("/visits.xlsx?region=Americas");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error("no sheet");
    const { body } = await t.json<{ total: number }>("/api/v1/visits?region=Americas");
    expect(ws.rowCount).toBe(body.total + 1);
    expect(ws.getRow(1).getCell(1).value).toBe("id");
    expect(ws.getRow(1).getCell(9).value).toBe("answered_on");
    expect(await (await t.get("/visits?region=Americas")).text()).toContain(
      'href="/visits.xlsx?region=Americas"',
    );
  });
});

describe("response statistics", () => {
  it("agree with the visits they summarise, per State", async () => {
    const { body: stats } = await t.json<{
      items: {
        key: string;
        requests: number;
        answered: number;
        rate: number | null;
        medianDays: number | null;
        pending: number;
      }[];
    }>("/api/v1/visit-statistics?by=country");
    expect(stats.items.length).toBeGreaterThan(5);
    // Check the busiest States against their own visit lists.
    for (const s of stats.items.slice(0, 4)) {
      const { body } = await t.json<{ items: ApiVisit[] }>(`/api/v1/visits?country=${s.key}&limit=200`);
      const requested = body.items.filter((v) => v.requestedOn);
      const answered = requested.filter((v) => v.answeredOn);
      expect(s.requests, s.key).toBe(requested.length);
      expect(s.answered, s.key).toBe(answered.length);
      expect(s.rate, s.key).toBe(requested.length ? answered.length / requested.length : null);
      expect(s.medianDays, s.key).toBe(
        median(answered.map((v) => days(v.requestedOn ?? "", v.answeredOn ?? ""))),
      );
      expect(s.pending, s.key).toBe(
        body.items.filter((v) => ["requested", "invited", "postponed"].includes(v.status)).length,
      );
    }
  });

  it("sorts by lowest answer rate and shows a page per mandate", async () => {
    const { body } = await t.json<{ items: { rate: number | null }[] }>(
      "/api/v1/visit-statistics?by=mandate&sort=rate",
    );
    const rates = body.items.map((r) => r.rate).filter((r): r is number => r !== null);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    const html = await (await t.get("/visits/statistics?by=mandate")).text();
    expect(html).toContain("How States answer visit requests");
    expect(html).toMatch(/href="\/mandates\/[a-z-]+"/);
  });
});

describe("world map", () => {
  it("draws every country with a legend, and gives the same figures as a table", async () => {
    const res = await t.get("/visits/map");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('role="img"');
    expect((html.match(/<path /g) ?? []).length).toBeGreaterThan(150);
    const { body } = await t.json<{ items: { key: string; pending: number }[] }>(
      "/api/v1/visit-statistics?by=country&sort=pending",
    );
    const top = body.items[0];
    if (!top) throw new Error("no statistics");
    expect(top.pending).toBeGreaterThan(0);
    expect(html).toContain(`href="/countries/${top.key}"`);
    expect(html).toContain("Legend");
    const since = await (await t.get("/visits/map?measure=since")).text();
    expect(since).toContain("No visit on record");
    expect((await t.get("/visits/map?measure=nonsense")).status).toBe(400);
  });
});

describe("country and mandate pages", () => {
  it("show statistics, pending requests with their age, last visits and a timeline", async () => {
    const { body } = await t.json<{ items: { key: string; pending: number; visited: number }[] }>(
      "/api/v1/visit-statistics?by=country&sort=pending",
    );
    const busy = body.items.find((r) => r.pending > 0 && r.visited > 0) ?? body.items[0];
    if (!busy) throw new Error("no statistics");
    const html = await (await t.get(`/countries/${busy.key}`)).text();
    expect(html).toContain("Requests and answers");
    expect(html).toContain("Requests waiting for an answer");
    expect(html).toContain("Last visit of each mandate");
    expect(html).toContain('class="timeline-chart"');
    const mandate = await (await t.get("/mandates/sr-executions")).text();
    expect(mandate).toContain("Requests and answers");
  });

  it("point out requests left unanswered by a State with a standing invitation", async () => {
    const { body: c } = await t.json<{ items: { iso3: string }[] }>("/api/v1/countries?si=yes&limit=200");
    const { c: client } = await signedIn();
    // A State with a standing invitation and no pending request yet.
    let target: string | undefined;
    for (const { iso3 } of c.items) {
      const { body } = await t.json<{ total: number }>(`/api/v1/visits?country=${iso3}&status=requested`);
      if (body.total === 0) {
        target = iso3;
        break;
      }
    }
    expect(target).toBeDefined();
    expect(await (await t.get(`/countries/${target}`)).text()).not.toContain("yet 1 request has waited");
    const created = await client.json("POST", "/api/v1/visits", {
      json: { country: target, mandate: "sr-food", events: [{ type: "requested", date: "2024-05-02" }] },
    });
    expect(created.status).toBe(201);
    expect(await (await t.get(`/countries/${target}`)).text()).toContain(
      "yet 1 request has waited more than a year",
    );
  });
});

describe("following from the pages", () => {
  it("offers to follow a country, a mandate and a visit, and shows what is followed", async () => {
    const { c } = await signedIn();
    const { body } = await t.json<{ items: ApiVisit[] }>("/api/v1/visits?country=HND&limit=1");
    const visit = body.items[0]?.id ?? "";
    const pages: [path: string, kind: string, target: string][] = [
      ["/countries/HND", "country", "HND"],
      ["/mandates/sr-executions", "mandate", "sr-executions"],
      [`/visits/${visit}`, "visit", visit],
    ];
    for (const [path, kind, target] of pages) {
      const html = await (await c.request("GET", path)).text();
      expect(html, path).toContain('action="/following/follow"');
      expect(html, path).toContain(`name="target" value="${target}"`);
      const followed = await c.request("POST", "/following/follow", {
        form: { _csrf: c.csrf ?? "", kind, target, returnTo: path },
      });
      expect(followed.status).toBe(303);
      expect(await (await c.request("GET", path)).text(), path).toContain('action="/following/unfollow"');
      expect(await (await t.get(path)).text(), path).toContain(`/signin?next=${encodeURIComponent(path)}`);
    }
  });
});

describe("recording in the browser", () => {
  it("sends anonymous readers to sign in", async () => {
    const res = await t.get("/visits/new");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/signin?next=/visits/new");
  });

  it("records a visit and then an event through forms, and keeps the values on a mistake", async () => {
    const { c } = await signedIn();
    const form = await c.request("GET", "/visits/new?country=KEN");
    expect(form.status).toBe(200);
    const page = await form.text();
    expect(page).toContain('<option value="KEN" selected');
    const created = await c.request("POST", "/visits/new", {
      form: {
        _csrf: c.csrf ?? "",
        country: "KEN",
        mandate: "sr-water-sanitation",
        type: "requested",
        date: "2025-02-03",
        source: "Letter of 3 Feb 2025",
      },
    });
    expect(created.status).toBe(303);
    const location = created.headers.get("location") ?? "";
    expect(location).toMatch(/^\/visits\/[0-9a-f-]{36}\?done=created$/);
    const visitPath = location.split("?")[0] ?? "";

    const bad = await c.request("POST", `${visitPath}/events`, {
      form: {
        _csrf: c.csrf ?? "",
        type: "dates_agreed",
        date: "2025-06-01",
        from: "2025-09-10",
        to: "2025-09-01",
        note: "kept note",
      },
    });
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(badHtml).toContain('role="alert"');
    expect(badHtml).toContain("kept note");

    const ok = await c.request("POST", `${visitPath}/events`, {
      form: { _csrf: c.csrf ?? "", type: "accepted", date: "2025-04-01", source: "Note verbale" },
    });
    expect(ok.status).toBe(303);
    const { body } = await t.json<ApiVisit>(`/api/v1${visitPath}`);
    expect(body.events.map((e) => e.type)).toEqual(["requested", "accepted"]);
    expect(body.status).toBe("accepted");
    expect(body.answeredOn).toBe("2025-04-01");
    // Signed-in readers see who recorded an event; anonymous readers do not.
    expect(await (await c.request("GET", visitPath)).text()).toContain("recorded by");
    expect(await (await t.get(visitPath)).text()).not.toContain("recorded by");
  });

  it("refuses a duplicate event with a message on the form", async () => {
    const { c } = await signedIn();
    const created = await c.json<{ id: string }>("POST", "/api/v1/visits", {
      json: { country: "PER", mandate: "sr-food", events: [{ type: "requested", date: "2023-01-05" }] },
    });
    const res = await c.request("POST", `/visits/${created.body.id}/events`, {
      form: { _csrf: c.csrf ?? "", type: "requested", date: "2023-01-05" },
    });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("already has");
  });
});

describe("unofficial visits", () => {
  it("show an organisation-only record to its members and to nobody else, anywhere", async () => {
    const a = await signedIn({ org: "Host Org A" });
    const b = await signedIn({ org: "Other Org B" });
    const secret = "Closed hearing with torture survivors Zq7";
    const made = await a.c.json<{ id: string }>("POST", "/api/v1/unofficial-visits", {
      json: {
        country: "TUR",
        mandate: "sr-torture",
        event: secret,
        host: "Host Org A",
        from: "2026-03-02",
        to: "2026-03-04",
        visibility: "organisation",
        org: a.org?.id,
      },
    });
    expect(made.status).toBe(201);
    const pub = await a.c.json<{ id: string }>("POST", "/api/v1/unofficial-visits", {
      json: {
        country: "TUR",
        mandate: "sr-torture",
        event: "Public conference on prevention",
        host: "Bar association",
        from: "2025-10-01",
        to: "2025-10-01",
        visibility: "public",
      },
    });
    expect(pub.status).toBe(201);

    const places = [
      "/api/v1/unofficial-visits?country=TUR",
      "/visits/unofficial",
      "/countries/TUR",
      "/mandates/sr-torture",
      "/api/v1/search?q=torture+survivors+Zq7",
    ];
    for (const path of places) {
      expect(await (await a.c.request("GET", path)).text(), `A ${path}`).toContain(
        path.includes("search") ? "Zq7" : secret,
      );
      expect(await (await b.c.request("GET", path)).text(), `B ${path}`).not.toContain("Zq7");
      expect(await (await t.get(path)).text(), `anonymous ${path}`).not.toContain("Zq7");
    }
    expect(await (await t.get("/api/v1/unofficial-visits?country=TUR")).text()).toContain(
      "Public conference on prevention",
    );
  });

  it("refuses recording for an organisation one is not in, and impossible dates", async () => {
    const a = await signedIn({ org: "Org C" });
    const b = await signedIn({ org: "Org D" });
    const base = {
      country: "KEN",
      mandate: "sr-food",
      event: "Launch",
      host: "Xy Org",
      from: "2026-01-10",
      to: "2026-01-12",
    };
    const foreign = await b.c.json("POST", "/api/v1/unofficial-visits", {
      json: { ...base, visibility: "organisation", org: a.org?.id },
    });
    expect(foreign.status).toBe(403);
    const reversed = await a.c.json<{ error: { details: { path: string }[] } }>(
      "POST",
      "/api/v1/unofficial-visits",
      {
        json: { ...base, from: "2026-01-12", to: "2026-01-10", visibility: "public" },
      },
    );
    expect(reversed.status).toBe(422);
    expect(reversed.body.error.details[0]?.path).toBe("to");
    const anonymous = await new Client(t).json("POST", "/api/v1/unofficial-visits", {
      json: { ...base, visibility: "public" },
    });
    expect(anonymous.status).toBe(401);
    const form = await a.c.request("POST", "/visits/unofficial/new", {
      form: { _csrf: a.c.csrf ?? "", ...base, to: "2025-01-01", visibility: "public" },
    });
    expect(form.status).toBe(422);
    expect(await form.text()).toContain("The end date is before the start date.");
  });

  it("records what came of it, by those who answer for it only", async () => {
    const a = await signedIn({ org: "Host E" });
    const b = await signedIn({ org: "Other F" });
    const made = await a.c.json<{ id: string }>("POST", "/api/v1/unofficial-visits", {
      json: {
        country: "HND",
        mandate: "sr-executions",
        event: "Forum on extrajudicial killings",
        host: "Host E",
        from: "2024-02-01",
        to: "2024-02-02",
        visibility: "public",
        org: a.org?.id,
      },
    });
    const path = `/visits/unofficial/${made.body.id}`;
    const page = await (await a.c.request("GET", path)).text();
    expect(page).toContain("What came of it");
    expect(await (await b.c.request("GET", path)).text()).not.toContain("What came of it");
    const { body: visits } = await t.json<{ items: ApiVisit[] }>("/api/v1/visits?country=HND&limit=1");
    const official = visits.items[0]?.id ?? "";
    const saved = await a.c.request("POST", path, {
      form: { _csrf: a.c.csrf ?? "", outcome: "Met 12 families; the SR asked for a visit", visit: official },
    });
    expect(saved.status).toBe(303);
    const { body } = await t.json<{ items: { id: string; outcome: string; visit: string }[] }>(
      "/api/v1/unofficial-visits?country=HND",
    );
    expect(body.items.find((u) => u.id === made.body.id)).toMatchObject({
      outcome: "Met 12 families; the SR asked for a visit",
      visit: official,
    });
    const foreign = await b.c.json("PATCH", `/api/v1/unofficial-visits/${made.body.id}`, {
      json: { outcome: "x" },
    });
    expect(foreign.status).toBe(403);
    const { body: kenya } = await t.json<{ items: ApiVisit[] }>("/api/v1/visits?country=KEN&limit=1");
    const elsewhere = await a.c.json<{ error: { details: { path: string }[] } }>(
      "PATCH",
      `/api/v1/unofficial-visits/${made.body.id}`,
      { json: { visit: kenya.items[0]?.id } },
    );
    expect([elsewhere.status, elsewhere.body.error.details[0]?.path]).toEqual([422, "visit"]);
  });
});
