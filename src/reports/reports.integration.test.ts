/**
 * A report's way from upload to public recommendations, through the API and the pages: real PDF and
 * DOCX files of a fixture report, review, acceptance, the stable address, the list, quick search and
 * the exports; then the uploads that must be refused with nothing stored.
 */
import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import PDFDocument from "pdfkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser, PASSWORD } from "../../test/support/accounts";
import { createTestApp, type TestApp } from "../../test/support/app";
import { Client } from "../../test/support/client";
import { rows } from "../platform/db/client";
import { docxOf, fixtureText, pdfOf } from "./test-documents";

let t: TestApp;
/** Every file the app put in the file store, in order. */
const stored: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  const files = t.deps.files;
  t.deps.files = {
    ...files,
    put: async (bytes) => {
      const key = await files.put(bytes);
      stored.push(key);
      return key;
    },
  };
});
afterAll(() => t?.close());

const SPAIN = "02_spain_sr_minorities_2020.txt";
const SYMBOL = "A/HRC/43/47/Add.1";

interface Item {
  key: string;
  ref: string;
  addressee: string | null;
  addresseeAsWritten: string | null;
  heading: string | null;
  text: string;
  paragraph: string;
}
interface Report {
  id: string;
  status: "draft" | "accepted";
  documentType: string;
  isVisitReport: boolean;
  yieldsRecommendations: boolean;
  symbol: string | null;
  mandate: string | null;
  country: string | null;
  visitDates: { from: string; to: string } | null;
  hrcSession: number | null;
  hrcSessionSource: string | null;
  visit: { id: string | null; link: string };
  format: string;
  fileName: string | null;
  original: string | null;
  revision: number;
  recommendations: Item[];
  visitCandidates?: { id: string }[];
}
interface Rec {
  id: string;
  symbol: string;
  ref: string;
  url: string;
  country: string;
  mandate: string;
  visit: string | null;
  report: string;
  text: string;
  addressee: string | null;
}

async function signedIn(opts: { org?: string } = {}) {
  const made = await makeUser(t, opts);
  const c = new Client(t);
  expect((await c.signIn(made.user.email, PASSWORD)).status).toBe(200);
  return { ...made, c };
}

function upload(c: Client, bytes: Uint8Array, name: string, path = "/api/v1/reports") {
  const form = new FormData();
  form.set("file", new File([bytes], name));
  return c.json<Report & { error?: { code: string; message: string } }>("POST", path, { multipart: form });
}

async function reportCount(): Promise<number> {
  const [row] = await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM reports`);
  return row?.n ?? 0;
}

describe("from an uploaded PDF to public, findable recommendations", () => {
  let reviewer: Awaited<ReturnType<typeof signedIn>>;
  let visitId: string;
  let report: Report;

  beforeAll(async () => {
    reviewer = await signedIn({ org: "Minority Rights Spain" });
    const visit = (events: object[]) =>
      reviewer.c.json<{ id: string }>("POST", "/api/v1/visits", {
        json: { country: "ESP", mandate: "sr-minority-issues", events },
      });
    // An earlier visit of the same mandate, which the report must not be linked to.
    expect(
      (await visit([{ type: "dates_agreed", date: "2011-01-10", from: "2011-03-01", to: "2011-03-09" }]))
        .status,
    ).toBe(201);
    const v = await visit([
      { type: "requested", date: "2017-05-02" },
      { type: "dates_agreed", date: "2018-10-01", from: "2019-01-14", to: "2019-01-25" },
    ]);
    expect(v.status).toBe(201);
    visitId = v.body.id;
  });

  it("reads the PDF: metadata, recommendations with their paragraphs, the visit found, the original kept", async () => {
    const bytes = await pdfOf(fixtureText(SPAIN));
    const res = await upload(reviewer.c, bytes, "A_HRC_43_47_Add.1.pdf");
    expect(res.status).toBe(201);
    report = res.body;
    expect(report).toMatchObject({
      status: "draft",
      documentType: "country_visit_report",
      isVisitReport: true,
      symbol: SYMBOL,
      mandate: "sr-minority-issues",
      country: "ESP",
      visitDates: { from: "2019-01-14", to: "2019-01-25" },
      hrcSession: 43,
      hrcSessionSource: "stated",
      format: "pdf",
      fileName: "A_HRC_43_47_Add.1.pdf",
      visit: { id: visitId, link: "auto" },
    });
    expect(report.visitCandidates?.map((c) => c.id)).toContain(visitId);
    expect(report.recommendations.map((r) => r.ref)).toEqual(["77", "78", "79", "80"]);
    expect(report.recommendations[0]).toMatchObject({
      addressee: "government",
      text: expect.stringMatching(/^The Government should review and amend legislation/),
    });
    for (const r of report.recommendations) expect(r.paragraph).toContain(r.text.slice(0, 60));

    const original = await reviewer.c.request("GET", `/reports/${report.id}/original`);
    expect(original.status).toBe(200);
    expect(original.headers.get("content-type")).toBe("application/pdf");
    expect(original.headers.get("content-disposition")).toMatch(/^attachment/);
    expect(Buffer.from(await original.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
  });

  it("takes the reviewer's corrections: metadata, and the list replaced (edit, split, delete)", async () => {
    const bad = await reviewer.c.json<{ error: { code: string } }>("PATCH", `/api/v1/reports/${report.id}`, {
      json: { symbol: "A/HRC/SS/##/Add.#" },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe("bad_symbol");

    const patched = await reviewer.c.json<Report>("PATCH", `/api/v1/reports/${report.id}`, {
      json: { hrcSession: 43, revision: report.revision },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.revision).toBe(report.revision + 1);
    // The old revision is stale now: a second writer is told, not overwritten.
    const stale = await reviewer.c.json<{ error: { code: string } }>(
      "PATCH",
      `/api/v1/reports/${report.id}`,
      {
        json: { hrcSession: 44, revision: report.revision },
      },
    );
    expect(stale.status).toBe(409);

    const [r77, r78, r79, r80] = patched.body.recommendations as [Item, Item, Item, Item];
    const [first, second] = r78.text.split(/(?<=\.) (?=In addition, )/) as [string, string];
    expect(second).toMatch(/^In addition, the Government should carry out/);
    const put = await reviewer.c.json<Report>("PUT", `/api/v1/reports/${report.id}/recommendations`, {
      json: {
        revision: patched.body.revision,
        recommendations: [
          { ...r77, text: `${r77.text} (checked)` },
          { ...r78, text: first },
          { ref: "78", addressee: "government", text: second },
          r79,
          r80,
        ],
      },
    });
    expect(put.status).toBe(422);
    const fixed = await reviewer.c.json<Report>("PUT", `/api/v1/reports/${report.id}/recommendations`, {
      json: {
        revision: patched.body.revision,
        recommendations: [
          { ...r77, text: `${r77.text} (checked)` },
          { ...r78, text: first },
          { ref: "78BIS", addressee: "government", text: second },
          r79,
          r80,
        ],
      },
    });
    expect(fixed.status).toBe(200);
    expect(fixed.body.recommendations.map((r) => r.ref)).toEqual(["77", "78", "78bis", "79", "80"]);
    // Kept items keep their key and source paragraph; the added one has none.
    expect(fixed.body.recommendations[1]).toMatchObject({ key: r78.key, paragraph: r78.paragraph });
    expect(fixed.body.recommendations[2]?.paragraph).toBe("");
    report = fixed.body;
  });

  it("edits, merges, splits, adds and deletes through the review page's forms", async () => {
    const page = async () => (await reviewer.c.request("GET", `/reports/${report.id}`)).text();
    const html = await page();
    expect(html).toContain("Paragraph of the report");
    expect(html).toContain(report.recommendations[0]?.paragraph.slice(0, 80));
    const form = (fields: Record<string, string>) => ({
      form: { revision: String(report.revision), ...fields },
    });
    const reload = async () => {
      report = (await reviewer.c.json<Report>("GET", `/api/v1/reports/${report.id}`)).body;
    };

    // Merge 78 with 78bis (the split above, undone), then split it again on the page.
    const r78 = report.recommendations[1] as Item;
    let res = await reviewer.c.request(
      "POST",
      `/reports/${report.id}/recommendations/${r78.key}`,
      form({ do: "merge" }),
    );
    expect(res.status).toBe(303);
    await reload();
    expect(report.recommendations.map((r) => r.ref)).toEqual(["77", "78", "79", "80"]);
    expect(report.recommendations[1]?.text).toMatch(/intolerance against minorities, including/);

    const split = await reviewer.c.request("GET", `/reports/${report.id}/recommendations/${r78.key}/split`);
    expect(await split.text()).toContain('value="79"');
    const merged = report.recommendations[1]?.text as string;
    const at = merged.indexOf("In addition,");
    res = await reviewer.c.request(
      "POST",
      `/reports/${report.id}/recommendations/${r78.key}/split`,
      form({ text: `${merged.slice(0, at)}\n${merged.slice(at)}`, newRef: "78bis" }),
    );
    expect(res.status).toBe(303);
    await reload();
    expect(report.recommendations.map((r) => r.ref)).toEqual(["77", "78", "78bis", "79", "80"]);

    // A stale form is refused and shown again with the reason.
    res = await reviewer.c.request("POST", `/reports/${report.id}/recommendations/${r78.key}`, {
      form: { revision: "0", do: "save", ref: "78", text: "x" },
    });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("Someone changed this report meanwhile");

    const r80 = report.recommendations[4] as Item;
    res = await reviewer.c.request(
      "POST",
      `/reports/${report.id}/recommendations/${r80.key}`,
      form({
        do: "save",
        ref: "80",
        addressee: "parliament",
        addresseeAsWritten: "the Cortes Generales",
        heading: "Language rights",
        text: r80.text,
      }),
    );
    expect(res.status).toBe(303);
    await reload();
    expect(report.recommendations[4]).toMatchObject({ addressee: "parliament", heading: "Language rights" });

    res = await reviewer.c.request(
      "POST",
      `/reports/${report.id}/recommendations`,
      form({
        ref: "81",
        after: r80.key,
        addressee: "civil_society",
        text: "Civil society should monitor hate speech.",
      }),
    );
    expect(res.status).toBe(303);
    await reload();
    const added = report.recommendations[5] as Item;
    expect(added).toMatchObject({ ref: "81", addressee: "civil_society", paragraph: "" });
    res = await reviewer.c.request(
      "POST",
      `/reports/${report.id}/recommendations/${added.key}`,
      form({ do: "delete" }),
    );
    expect(res.status).toBe(303);
    await reload();
    expect(report.recommendations.map((r) => r.ref)).toEqual(["77", "78", "78bis", "79", "80"]);

    // A reference repeated is refused on the form that made it.
    res = await reviewer.c.request(
      "POST",
      `/reports/${report.id}/recommendations`,
      form({ ref: "79", after: "start", text: "Duplicate" }),
    );
    expect(res.status).toBe(303);
    await reload();
    expect(await page()).toContain("Two recommendations have the reference 79.");
    const dup = report.recommendations[0] as Item;
    expect(dup.ref).toBe("79");
    await reviewer.c.request(
      "POST",
      `/reports/${report.id}/recommendations/${dup.key}`,
      form({ do: "delete" }),
    );
    await reload();
  });

  it("accepts: records linked to the visit, at their stable address, in the list, in quick search, exported", async () => {
    const res = await reviewer.c.json<{ report: Report; added: number; updated: number; removed: number }>(
      "POST",
      `/api/v1/reports/${report.id}/accept`,
      { json: { revision: report.revision } },
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ added: 5, updated: 0, removed: 0, report: { status: "accepted" } });

    const page = await t.get(`/recommendations/${SYMBOL}/78bis`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("In addition, the Government should carry out high-visibility media");
    expect(html).toContain(`href="/visits/${visitId}"`);
    // Encoded as links are often pasted: the same recommendation.
    for (const encoded of [
      `/recommendations/${encodeURIComponent(SYMBOL)}/78bis`,
      `/recommendations/${encodeURIComponent(`${SYMBOL}/77`)}`,
      "/recommendations/A/HRC/43/47/Add.1/77%2F",
    ])
      expect((await t.get(encoded)).status, encoded).toBe(200);
    expect((await t.get(`/recommendations/${SYMBOL}/99`)).status).toBe(404);
    const json = await t.json<Rec>(`/recommendations/${SYMBOL}/77`, { accept: "application/json" });
    expect(json.body).toMatchObject({
      symbol: SYMBOL,
      ref: "77",
      visit: visitId,
      country: "ESP",
      url: `http://localhost:3000/recommendations/${SYMBOL}/77`,
      text: expect.stringMatching(/\(checked\)$/),
    });

    const list = await t.json<{ items: Rec[]; total: number }>("/api/v1/recommendations?country=ESP");
    expect(list.body.total).toBe(5);
    expect(list.body.items.map((r) => r.ref).sort()).toEqual(["77", "78", "78bis", "79", "80"]);
    expect((await t.json<{ total: number }>(`/api/v1/recommendations?visit=${visitId}`)).body.total).toBe(5);
    expect((await t.json<{ total: number }>("/api/v1/recommendations?country=KEN")).body.total).toBe(0);
    expect(
      (await t.json<{ total: number }>("/api/v1/recommendations?mandate=sr-minority-issues&q=textbooks")).body
        .total,
    ).toBe(1);
    expect((await t.json<{ total: number }>("/api/v1/recommendations?addressee=parliament")).body.total).toBe(
      1,
    );
    expect((await t.json("/api/v1/recommendations?country=Spain")).status).toBe(400);

    const search = await t.json<{ items: { type: string; url: string }[] }>("/api/v1/search?q=textbooks");
    expect(search.body.items).toContainEqual(
      expect.objectContaining({ type: "recommendation", url: `/recommendations/${SYMBOL}/78` }),
    );
    const searchPage = await (await t.get("/search?q=textbooks")).text();
    expect(searchPage).toContain("Recommendation");

    const csv = await t.get("/recommendations.csv?country=ESP");
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const table = parse((await csv.text()).replace(/^\uFEFF/, ""), { columns: true }) as Record<
      string,
      string
    >[];
    expect(table.map((r) => r.ref)).toHaveLength(5);
    expect(table.find((r) => r.ref === "80")).toMatchObject({
      symbol: SYMBOL,
      country_iso3: "ESP",
      addressee: "parliament",
      visit_id: visitId,
      url: `http://localhost:3000/recommendations/${SYMBOL}/80`,
    });

    const xlsx = await t.get("/recommendations.xlsx?mandate=sr-minority-issues");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error("no sheet");
    expect(ws.rowCount).toBe(6);
    expect(ws.getRow(1).values).toContain("ref");
    const refs = new Set<string>();
    ws.eachRow((row, n) => n > 1 && refs.add(String(row.getCell(2).value)));
    expect([...refs].sort()).toEqual(["77", "78", "78bis", "79", "80"]);

    const exported = await t.json<{ items: Rec[]; total: number }>(`/recommendations.json?visit=${visitId}`);
    expect(exported.body.total).toBe(5);
    expect(exported.body.items[0]).toMatchObject({ symbol: SYMBOL, visit: visitId });
    expect(await (await t.get("/recommendations?country=ESP")).text()).toContain(
      'href="/recommendations.csv?country=ESP"',
    );
  });

  it("accepting again, or accepting the same report from a DOCX, does not duplicate a record", async () => {
    const before = (await t.json<{ items: Rec[] }>(`/api/v1/recommendations?symbol=${SYMBOL}`)).body.items;
    const again = await reviewer.c.json<{ added: number; updated: number; removed: number }>(
      "POST",
      `/api/v1/reports/${report.id}/accept`,
      { json: {} },
    );
    expect(again.body).toMatchObject({ added: 0, updated: 5, removed: 0 });

    // Someone else uploads the same report as a Word document and accepts it as extracted.
    const other = await signedIn({ org: "Observatorio" });
    const docx = await upload(other.c, await docxOf(fixtureText(SPAIN)), "report.docx");
    expect(docx.status).toBe(201);
    expect(docx.body).toMatchObject({ format: "docx", symbol: SYMBOL, visit: { id: visitId } });
    expect(docx.body.recommendations.map((r) => r.ref)).toEqual(["77", "78", "79", "80"]);
    const accepted = await other.c.json<{ added: number; updated: number; removed: number }>(
      "POST",
      `/api/v1/reports/${docx.body.id}/accept`,
      { json: {} },
    );
    expect(accepted.body).toMatchObject({ added: 0, updated: 4, removed: 1 });
    const after = (await t.json<{ items: Rec[]; total: number }>(`/api/v1/recommendations?symbol=${SYMBOL}`))
      .body;
    expect(after.total).toBe(4);
    // The same records, at the same addresses, now as the second review has them.
    const ids = new Map(before.map((r) => [r.ref, r.id]));
    for (const r of after.items) expect(r.id).toBe(ids.get(r.ref));
    expect(after.items.find((r) => r.ref === "77")?.text).not.toMatch(/\(checked\)$/);
    expect((await t.get(`/recommendations/${SYMBOL}/78bis`)).status).toBe(404);
    const search = await t.json<{ items: { url: string }[] }>("/api/v1/search?q=high-visibility");
    expect(search.body.items.filter((i) => i.url.includes("78bis"))).toEqual([]);
  });

  it("keeps a Government's comments but takes no recommendations from them, and says why", async () => {
    const res = await reviewer.c.json<Report>("POST", "/api/v1/reports", {
      json: { text: fixtureText("08_zimbabwe_state_comments_2020_DISTRACTOR.txt") },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      documentType: "government_comments",
      isVisitReport: false,
      yieldsRecommendations: false,
      format: "pasted",
      original: null,
      recommendations: [],
    });
    const page = await (await reviewer.c.request("GET", `/reports/${res.body.id}`)).text();
    expect(page).toContain("No recommendations in a Government&#39;s comments");
    expect(page).toContain("it is the State answering the mandate holder");
    const put = await reviewer.c.json("PUT", `/api/v1/reports/${res.body.id}/recommendations`, {
      json: { recommendations: [{ ref: "1", addressee: null, text: "x" }] },
    });
    expect(put.status).toBe(422);
    const accepted = await reviewer.c.json<{ added: number; report: Report }>(
      "POST",
      `/api/v1/reports/${res.body.id}/accept`,
      { json: {} },
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ added: 0, report: { status: "accepted" } });
    expect((await t.json<{ total: number }>("/api/v1/recommendations?country=ZWE")).body.total).toBe(0);
  });
});

describe("the API document", () => {
  it("describes the report and recommendation operations", async () => {
    const { body } = await t.json<{ paths: Record<string, Record<string, { operationId: string }>> }>(
      "/api/v1/openapi.json",
    );
    const ops = Object.values(body.paths).flatMap((p) => Object.values(p).map((o) => o.operationId));
    expect(ops).toEqual(
      expect.arrayContaining([
        "uploadReport",
        "getReport",
        "listReports",
        "updateReport",
        "replaceReportRecommendations",
        "acceptReport",
        "deleteReport",
        "listRecommendations",
      ]),
    );
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(["/reports", "/reports/{id}", "/reports/{id}/accept", "/recommendations"]),
    );
  });
});

describe("uploads that cannot be read: a clear 4xx, nothing stored", () => {
  let c: Client;
  beforeAll(async () => {
    c = (await signedIn({ org: "Careful NGO" })).c;
  });

  function pdf(draw: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}) {
    const doc = new PDFDocument({ size: "A4", ...options });
    const chunks: Buffer[] = [];
    doc.on("data", (b: Buffer) => chunks.push(b));
    const done = new Promise<Uint8Array>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
    draw(doc);
    doc.end();
    return done;
  }

  const cases: [string, () => Promise<Uint8Array> | Uint8Array, number, string][] = [
    [
      "not a document (an executable)",
      () => new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]),
      415,
      "unsupported_format",
    ],
    ["an empty file", () => new Uint8Array(), 400, "empty"],
    ["a file over 50 MB", () => new Uint8Array(50 * 1024 * 1024 + 1).fill(0x41), 413, "too_large"],
    [
      "an encrypted PDF",
      () =>
        pdf((d) => d.text("The Special Rapporteur recommends that the Government act."), {
          userPassword: "secret",
        }),
      422,
      "encrypted",
    ],
    [
      "a damaged PDF",
      () => new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage"),
      422,
      "corrupt",
    ],
    ["a scan without text", () => pdf((d) => d.rect(50, 50, 400, 600).fill("#777")), 422, "no_text_layer"],
    [
      "a document in Arabic",
      () =>
        new TextEncoder().encode(
          "يوصي المقرر الخاص الحكومة باعتماد قانون لحماية حقوق الأقليات في جميع أنحاء البلد.",
        ),
      422,
      "unsupported_language",
    ],
  ];

  for (const [what, make, status, code] of cases) {
    it(`refuses ${what}`, async () => {
      const [reportsBefore, filesBefore] = [await reportCount(), stored.length];
      const res = await upload(c, await make(), "upload.pdf");
      expect(res.status).toBe(status);
      expect(res.body.error).toMatchObject({ code, message: expect.any(String) });
      expect(await reportCount()).toBe(reportsBefore);
      expect(stored.length).toBe(filesBefore);
    });
  }

  it("refuses a 300 MB upload without reading it", async () => {
    const MB = 1024 * 1024;
    const chunk = new Uint8Array(MB).fill(0x41);
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 300 * MB) return controller.close();
        pulled += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const reportsBefore = await reportCount();
    const res = await t.app.request("/api/v1/reports", {
      method: "POST",
      headers: {
        cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
        "x-csrf-token": c.csrf as string,
        "content-type": "multipart/form-data; boundary=xyz",
        "content-length": String(300 * MB),
      },
      body,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThan(60 * MB);
    expect(await reportCount()).toBe(reportsBefore);
  });

  it("refuses a request with neither file nor text, and an unknown body type", async () => {
    expect((await c.json("POST", "/api/v1/reports", { multipart: new FormData() })).status).toBe(400);
    expect((await c.json("POST", "/api/v1/reports", { json: { text: "   " } })).status).toBe(400);
    const plain = await c.request("POST", "/api/v1/reports", { headers: { "content-type": "text/plain" } });
    expect(plain.status).toBe(415);
  });

  it("shows the reason on the upload page, with the status, and keeps the pasted text", async () => {
    const page = await c.request("GET", "/reports/new");
    expect(await page.text()).toContain('enctype="multipart/form-data"');
    const form = new FormData();
    form.set("file", new File([new Uint8Array([0x4d, 0x5a, 0x90, 0])], "virus.exe"));
    const res = await c.request("POST", "/reports", { multipart: form });
    expect(res.status).toBe(415);
    expect(await res.text()).toContain("This is not a document Visitdesk can read.");
    const pasted = new FormData();
    pasted.set("text", "يوصي المقرر الخاص الحكومة باعتماد قانون لحماية حقوق الأقليات في جميع أنحاء البلد.");
    const arabic = await c.request("POST", "/reports", { multipart: pasted });
    expect(arabic.status).toBe(422);
    expect(await arabic.text()).toContain("يوصي المقرر الخاص");
  });

  it("refuses anonymous uploads", async () => {
    const anon = new Client(t);
    const res = await anon.json<{ error: { code: string } }>("POST", "/api/v1/reports", {
      json: { text: "x" },
    });
    expect(res.status).toBe(401);
    const page = await anon.request("GET", "/reports/new");
    expect(page.status).toBe(303);
    expect(page.headers.get("location")).toBe("/signin?next=%2Freports%2Fnew");
  });
});
