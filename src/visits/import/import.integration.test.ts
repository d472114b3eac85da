import { eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser, PASSWORD } from "../../../test/support/accounts";
import { createTestApp, TEST_NOW, type TestApp } from "../../../test/support/app";
import { Client } from "../../../test/support/client";
import { rows } from "../../platform/db/client";
import { visits } from "../schema";
import { refreshVisit } from "../store";
import { fixture, xlsx } from "./fixtures/support";

let t: TestApp;
let alice: Client;
let aliceId: string;
beforeAll(async () => {
  t = await createTestApp();
  const { user } = await makeUser(t, { name: "Alice Importer", org: "Importers" });
  aliceId = user.id;
  alice = new Client(t);
  await alice.signIn(user.email, PASSWORD);
});
afterAll(() => t?.close());

const counts = async () =>
  (
    await rows<{ visits: number; events: number; docs: number }>(
      t.database.db,
      sql`SELECT (SELECT count(*) FROM visits)::int AS visits, (SELECT count(*) FROM visit_events)::int AS events,
        (SELECT count(*) FROM search_documents WHERE type = 'visit')::int AS docs`,
    )
  )[0];

const form = (bytes: Uint8Array | string, name: string, fields: Record<string, string> = {}) => {
  const f = new FormData();
  f.set("file", new File([typeof bytes === "string" ? Buffer.from(bytes) : bytes], name));
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

interface Result {
  applied: boolean;
  counts: {
    rows: number;
    newVisits: number;
    updatedVisits: number;
    newEvents: number;
    unchanged: number;
    rejected: number;
  };
  rows: {
    line: number;
    outcome: string;
    visitId: string | null;
    events: { type: string; date: string }[];
    problems: { field: string; code: string; message: string }[];
  }[];
}
interface ErrorBody {
  error: { code: string; message: string; details: { path: string; message: string; field?: string }[] };
}

const csrfOf = (html: string) => html.match(/name="_csrf" value="([^"]+)"/)?.[1] as string;

const apiImport = <T = Result>(c: Client, bytes: Uint8Array | string, query = "", name = "visits.csv") =>
  c.json<T>("POST", `/api/v1/visits/import${query}`, { multipart: form(bytes, name) });

// Two visits of mandates the sample data holds nothing for in Eswatini and Bhutan.
const good = [
  "country,mandate,holder,requested,reminders,accepted,visit_from,visit_to,completed,report_symbol,report_published,source",
  'SWZ,sr-food,Michael Fakhri,2021-02-10,"2021-09-01; 2022-01-15",2023-03-05,2024-11-11,2024-11-22,2024-11-22,A/HRC/58/48/Add.1,2025-02-14,Test source',
  "Bhutan,Special Rapporteur on the right to education,,2020-05-04,2022-06-01,,,,,,,Test source",
].join("\n");

describe("importing visits over the API", () => {
  it("previews with dryRun, changing nothing", async () => {
    const before = await counts();
    const { status, body } = await apiImport(alice, good, "?dryRun=true");
    expect(status).toBe(200);
    expect(body.applied).toBe(false);
    expect(body.counts).toEqual({
      rows: 2,
      newVisits: 2,
      updatedVisits: 0,
      newEvents: 9,
      unchanged: 0,
      rejected: 0,
    });
    expect(body.rows.map((r) => [r.line, r.outcome, r.visitId])).toEqual([
      [2, "new_visit", null],
      [3, "new_visit", null],
    ]);
    expect(await counts()).toEqual(before);
  });

  it("imports in one go: visits, letters, derived status, quick search and the audit log", async () => {
    const before = await counts();
    const { status, body } = await apiImport(alice, good, "?name=two-visits.csv");
    expect(status).toBe(200);
    expect(body.applied).toBe(true);
    expect(await counts()).toEqual({
      visits: (before?.visits ?? 0) + 2,
      events: (before?.events ?? 0) + 9,
      docs: (before?.docs ?? 0) + 2,
    });
    const swz = await t.json<{
      items: { id: string; status: string; reminders: number; mandateHolder: string }[];
    }>("/api/v1/visits?country=SWZ&mandate=sr-food");
    expect(swz.body.items).toHaveLength(1);
    expect(swz.body.items[0]).toMatchObject({
      status: "reported",
      reminders: 2,
      mandateHolder: "Michael Fakhri",
    });
    expect(body.rows[0]?.visitId).toBe(swz.body.items[0]?.id);
    const btn = await t.json<{ items: { status: string; mandateAsPublished: string }[] }>(
      "/api/v1/visits?country=BTN&mandate=sr-education",
    );
    expect(btn.body.items[0]).toMatchObject({
      status: "requested",
      mandateAsPublished: "Special Rapporteur on the right to education",
    });
    const found = await t.json<{ items: { url: string }[] }>("/api/v1/search?q=Eswatini+food&type=visit");
    expect(found.body.items[0]?.url).toBe(`/visits/${swz.body.items[0]?.id}`);
    const audit = await rows<{ actor_id: string; record_id: string; details: Record<string, unknown> }>(
      t.database.db,
      sql`SELECT actor_id, record_id, details FROM audit_log WHERE action = 'visit.import' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit[0]).toMatchObject({
      actor_id: aliceId,
      details: { via: "api", file: "two-visits.csv", newVisits: 2, newEvents: 9, rows: 2 },
    });
    expect(audit[0]?.record_id).toMatch(/^[a-f0-9]{64}$/);
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await counts();
    const { status, body } = await apiImport(alice, good);
    expect(status).toBe(200);
    expect(body.counts).toEqual({
      rows: 2,
      newVisits: 0,
      updatedVisits: 0,
      newEvents: 0,
      unchanged: 2,
      rejected: 0,
    });
    expect(await counts()).toEqual(before);
  });

  it("adds a new request after a completed visit as a new visit", async () => {
    const { body } = await apiImport(alice, "country,mandate,requested\nSWZ,sr-food,2026-01-20\n");
    expect(body.rows[0]?.outcome).toBe("new_visit");
    const swz = await t.json<{ total: number }>("/api/v1/visits?country=SWZ&mandate=sr-food");
    expect(swz.body.total).toBe(2);
  });

  it("changes nothing when a row is bad, naming each row and field; validOnly imports the rest", async () => {
    const bad = [
      "country,mandate,requested,visit_from,visit_to",
      "AND,sr-food,2019-04-01,,",
      "Narnia,sr-food,2019-04-01,,",
      "AND,Special Rapporteur on dragons,2019-04-01,,",
      "AND,sr-torture,2019-04-01,2022-11-22,2022-11-11",
      "AND,sr-health,2019-04-01,2035-01-01,2035-01-05",
      "AND,sr-water,2019-04-01,,",
      "AND,sr-water,2019-04-01,,",
    ].join("\n");
    const before = await counts();
    const { status, body } = await apiImport<ErrorBody>(alice, bad);
    expect(status).toBe(422);
    expect(body.error.code).toBe("rows_rejected");
    expect(body.error.details.map((d) => d.path)).toEqual([
      "line 3.country",
      "line 4.mandate",
      "line 5.visit_to",
      "line 6.visit_from",
      "line 6.visit_to",
      "line 8",
    ]);
    expect(body.error.details[0]?.message).toContain("No country is called “Narnia”");
    expect(body.error.details[5]?.message).toBe("This row repeats line 7.");
    expect(await counts()).toEqual(before);

    const partial = await apiImport(alice, bad, "?validOnly=true");
    expect(partial.status).toBe(200);
    expect(partial.body).toMatchObject({ applied: true, counts: { newVisits: 2, rejected: 5 } });
    expect((await counts())?.visits).toBe((before?.visits ?? 0) + 2);
  });

  it("refuses a bad file as a whole: XLSX missing a column, wrong encoding, 50 MB", async () => {
    const before = await counts();
    const sheet = await xlsx({
      Visits: [
        ["Country", "Requested"],
        ["KEN", "2019-01-01"],
      ],
    });
    const missing = await apiImport<ErrorBody>(alice, sheet, "", "visits.xlsx");
    expect(missing.status).toBe(422);
    expect(missing.body.error).toMatchObject({ code: "missing_column", details: [{ path: "mandate" }] });
    const latin = new Uint8Array(
      iconv.encode("country,mandate,requested,note\nKEN,sr-food,2019-01-01,accès\n", "windows-1252"),
    );
    const encoding = await apiImport<ErrorBody>(alice, latin);
    expect(encoding.status).toBe(422);
    expect(encoding.body.error).toMatchObject({ code: "not_utf8", details: [{ path: "line 2" }] });
    expect((await apiImport(alice, latin, "?dryRun=true&encoding=windows-1252")).body.counts.rejected).toBe(
      0,
    );
    const huge = `country,mandate,requested\n${"KEN,sr-food,2019-01-01\n".repeat(2_300_000)}`;
    expect(huge.length).toBeGreaterThan(50_000_000);
    const tooLarge = await apiImport<ErrorBody>(alice, huge);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error.code).toBe("file_too_large");
    expect(await counts()).toEqual(before);
  });

  it("maps other headers with ?map=", async () => {
    const { body } = await apiImport(
      alice,
      "Pays;Mandat;Demande\nLiechtenstein;sr-food;03/02/2020\n",
      `?dryRun=true&map=${encodeURIComponent("Pays=country,Mandat=mandate,Demande=requested")}`,
    );
    expect(body.rows[0]).toMatchObject({
      outcome: "new_visit",
      events: [{ type: "requested", date: "2020-02-03" }],
    });
  });

  it("derives each visit as refreshVisit does, new visits and visits given new letters alike", async () => {
    const { body } = await apiImport(alice, fixture("ohchr-mandate-country-visits.html"), "", "page.html");
    expect(body.applied).toBe(true);
    const swz = await t.json<{ items: { id: string }[] }>("/api/v1/visits?country=SWZ&mandate=sr-food");
    const ids = [...body.rows.map((r) => r.visitId as string), ...swz.body.items.map((v) => v.id)];
    // Honduras 2023 shares its report with the sample's visit, which it joins.
    expect(body.rows.find((r) => r.line === 24)?.outcome).toBe("add_events");
    for (const id of ids) {
      const [stored] = await t.database.db.select().from(visits).where(eq(visits.id, id));
      const derived = await refreshVisit(t.database.db, id, TEST_NOW.toISOString().slice(0, 10));
      // The import stored what deriving the visit afresh gives: every touched visit was refreshed.
      const comparable = (v: typeof stored) => ({ ...v, updatedAt: null });
      expect(comparable(derived)).toEqual(comparable(stored));
    }
  });

  it("previews an OHCHR page by status, a row per country and mandate", async () => {
    const { body } = await apiImport(
      alice,
      fixture("ohchr-country-visits-by-status.html"),
      "?dryRun=true",
      "s.html",
    );
    expect(body.counts).toMatchObject({ rows: 5, rejected: 0, newVisits: 5 });
    expect(body.rows.map((r) => r.line)).toEqual([13, 19, 20, 26, 32]);
  });

  it("asks to sign in, and refuses someone who must first set up two-factor sign-in", async () => {
    const anonymous = new Client(t);
    anonymous.csrf = csrfOf(await (await anonymous.request("GET", "/signin")).text());
    const anon = await anonymous.json<ErrorBody>("POST", "/api/v1/visits/import", {
      multipart: form(good, "v.csv"),
    });
    expect(anon.status).toBe(401);
    expect(anon.body.error.code).toBe("unauthenticated");
    // Signed in but in no organisation: bulk imports are not for them.
    const loner = await makeUser(t);
    const l = new Client(t);
    await l.signIn(loner.user.email, PASSWORD);
    const refused = await apiImport<ErrorBody>(l, good);
    expect([refused.status, refused.body.error.code]).toEqual([403, "forbidden"]);
    const { user } = await makeUser(t);
    const c = new Client(t);
    await c.signIn(user.email, PASSWORD);
    const k = await c.json<{ slug: string }>("POST", "/api/v1/coalitions", {
      json: { name: "Strict import" },
    });
    await c.json("PATCH", `/api/v1/coalitions/${k.body.slug}`, { json: { requireTwoFactor: true } });
    const blocked = await apiImport<ErrorBody>(c, good);
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe("two_factor_required");
  });
});

describe("importing visits in the browser", () => {
  const tokenOf = (res: Response) =>
    res.headers.get("location")?.match(/\/visits\/import\/([a-f0-9]{64})$/)?.[1];

  async function upload(c: Client, bytes: Uint8Array | string, name: string) {
    const page = await c.request("GET", "/visits/import");
    const res = await c.request("POST", "/visits/import", {
      multipart: form(bytes, name, { _csrf: csrfOf(await page.text()) }),
      csrf: false,
    });
    expect(res.status).toBe(303);
    return tokenOf(res) as string;
  }

  it("shows the form and the documented columns, and sends anonymous visitors to sign in", async () => {
    const res = await alice.request("GET", "/visits/import");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html).toContain('<label for="file">File</label>');
    expect(html).toContain("<code>report_symbol</code>");
    expect(html).toContain('href="/visits/import/template.xlsx"');
    const anon = await new Client(t).request("GET", "/visits/import");
    expect(anon.status).toBe(302);
    expect(anon.headers.get("location")).toBe("/signin?next=%2Fvisits%2Fimport");
  });

  it("previews, lets the columns be mapped, then imports on confirmation", async () => {
    const csv = "Where,Which mandate,Asked on\nMonaco,sr-food,2020-02-03\nMonaco,sr-torture,2021-02-03\n";
    const token = await upload(alice, csv, "monaco.csv");
    const before = await counts();
    const first = await alice.request("GET", `/visits/import/${token}`);
    expect(first.status).toBe(422);
    const firstHtml = await first.text();
    expect(firstHtml).toContain("The file has no “country” column");
    expect(firstHtml).toContain('<label for="map-0">Where</label>');

    const mapped = await alice.request("POST", `/visits/import/${token}/options`, {
      form: {
        "header.0": "Where",
        "map.0": "country",
        "header.1": "Which mandate",
        "map.1": "mandate",
        "header.2": "Asked on",
        "map.2": "requested",
      },
    });
    expect(mapped.status).toBe(303);
    const next = tokenOf(mapped) as string;
    expect(next).not.toBe(token);
    expect((await alice.request("GET", `/visits/import/${token}`)).status).toBe(410);

    const preview = await alice.request("GET", `/visits/import/${next}`);
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toMatch(/<dt>New visits<\/dt>\s*<dd>2<\/dd>/);
    expect(html).toContain("Visit requested: 2020-02-03");
    expect(html).toContain(`action="/visits/import/${next}/confirm"`);
    expect(await counts()).toEqual(before);

    // Another person cannot see or confirm it.
    const { user } = await makeUser(t, { org: "Other importers" });
    const bob = new Client(t);
    await bob.signIn(user.email, PASSWORD);
    expect((await bob.request("GET", `/visits/import/${next}`)).status).toBe(410);
    expect((await bob.request("POST", `/visits/import/${next}/confirm`, { form: {} })).status).toBe(410);

    const done = await alice.request("POST", `/visits/import/${next}/confirm`, { form: {} });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain("2 new visits, 2 new letters and events.");
    expect((await counts())?.visits).toBe((before?.visits ?? 0) + 2);
    expect((await alice.request("GET", `/visits/import/${next}`)).status).toBe(410);
  });

  it("imports nothing from a file with a rejected row unless asked to leave it out", async () => {
    const token = await upload(
      alice,
      "country,mandate,requested\nSMR,sr-food,2020-02-03\nAtlantis,sr-food,2020\n",
      "b.csv",
    );
    const html = await (await alice.request("GET", `/visits/import/${token}`)).text();
    expect(html).toContain("1 row is rejected");
    expect(html).toContain("No country is called “Atlantis”");
    expect(html).toContain('name="validOnly"');
    const before = await counts();
    const refused = await alice.request("POST", `/visits/import/${token}/confirm`, { form: {} });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain("Nothing was imported");
    expect(await counts()).toEqual(before);
    const partial = await alice.request("POST", `/visits/import/${token}/confirm`, {
      form: { validOnly: "1" },
    });
    expect(await partial.text()).toContain("1 rejected row was left out.");
    expect((await counts())?.visits).toBe((before?.visits ?? 0) + 1);
  });

  it("refuses a 50 MB file with a readable 413 page", async () => {
    const page = await alice.request("GET", "/visits/import");
    const huge = new Uint8Array(50 * 1024 * 1024).fill(0x41);
    const res = await alice.request("POST", "/visits/import", {
      multipart: form(huge, "huge.csv", { _csrf: csrfOf(await page.text()) }),
    });
    expect(res.status).toBe(413);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(await res.text()).toContain("The file is too large: at most 25 MB");
  });

  it("refuses anonymous uploads", async () => {
    const anon = new Client(t);
    const page = await anon.request("GET", "/signin");
    const res = await anon.request("POST", "/visits/import", {
      multipart: form(good, "v.csv", { _csrf: csrfOf(await page.text()) }),
    });
    expect(res.status).toBe(401);
  });
});

describe("the templates", () => {
  it("download as CSV and XLSX with the documented columns, and import cleanly", async () => {
    const csv = await t.get("/visits/import/template.csv");
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const csvBytes = new Uint8Array(await csv.arrayBuffer());
    expect([...csvBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(csvBytes).toString("utf8").split("\r\n")[0]).toBe(
      "\uFEFFcountry,mandate,holder,status,dates,year,requested,reminders,invited,acknowledged,accepted,dates_agreed,visit_from,visit_to,declined,postponed,cancelled,completed,end_of_visit_statement,report_symbol,report_published,report_session,report_presented,state_comments_symbol,state_comments,source,note",
    );
    const preview = await apiImport(alice, csvBytes, "?dryRun=true", "template.csv");
    expect(preview.body.counts).toMatchObject({ rows: 1, rejected: 0, newVisits: 0 });
    // The example is a real visit the sample data holds: importing adds only what the sample lacks.
    expect(preview.body.rows[0]?.events.map((e) => e.type)).toEqual(["end_of_visit_statement"]);

    const res = await t.get("/visits/import/template.xlsx");
    expect(res.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets[0]?.getRow(1).getCell(1).value).toBe("country");
    const imported = await apiImport(alice, bytes, "", "template.xlsx");
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({
      applied: true,
      counts: { rejected: 0, newEvents: 1, updatedVisits: 1 },
    });
    expect((await apiImport(alice, bytes, "", "template.xlsx")).body.counts).toMatchObject({
      unchanged: 1,
      newEvents: 0,
    });
  });
});
