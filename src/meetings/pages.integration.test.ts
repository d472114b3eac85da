/**
 * The programme's pages without JavaScript: plain forms that post and redirect, errors shown on
 * the form they belong to, the allocation's "working" page that reloads itself, and the pages of
 * a programme run by an organisation (an NHRI) rather than a coalition.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, TEST_NOW, type TestApp } from "../../test/support/app";
import { Client } from "../../test/support/client";
import { rows } from "../platform/db/client";
import { aVisit, signedIn } from "./fixtures";

let t: TestApp;
let visitId: string;
let nhri: Awaited<ReturnType<typeof signedIn>>;
let base = "";
let token = "";

beforeAll(async () => {
  t = await createTestApp();
  visitId = await aVisit(t, 2);
  base = `/visits/${visitId}/programme`;
  nhri = await signedIn(t, "Nadia", "National Human Rights Commission");
});
afterAll(() => t?.close());

const post = (path: string, form: Record<string, string>, client = nhri.client) =>
  client.request("POST", path, { form });
const html = async (res: Response) => res.text();

describe("starting a programme run by an organisation", () => {
  it("sends visitors to sign in, then offers the organisations the person runs", async () => {
    const anon = await t.get(base);
    expect(anon.status).toBe(303);
    expect(anon.headers.get("location")).toBe(`/signin?next=${encodeURIComponent(base)}`);
    const res = await nhri.client.request("GET", base);
    expect(res.status).toBe(200);
    const page = await html(res);
    expect(page).toContain("Start the civil-society programme");
    expect(page).toContain(`value="organisation:${nhri.org?.id}"`);
    expect(page).toContain("Organisation National Human Rights Commission");
  });

  it("refuses a bad form on the form, then starts the programme", async () => {
    const runner = `organisation:${nhri.org?.id}`;
    const bad = await post(base, { title: "", runner, timeZone: "Africa/Nairobi", maxMeetings: "1" });
    expect(bad.status).toBe(422);
    const page = await html(bad);
    expect(page).toContain('role="alert"');
    expect(page).toMatch(/id="programme-title"[^>]*aria-invalid="true"/);
    const ok = await post(base, {
      title: "NHRI programme",
      runner,
      timeZone: "Africa/Nairobi",
      maxMeetings: "1",
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe(`${base}?done=created`);
    const overview = await html(await nhri.client.request("GET", `${base}?done=created`));
    expect(overview).toContain("NHRI programme");
    expect(overview).toContain("The programme was started.");
  });

  it("keeps a member who is not an admin out", async () => {
    const member = await signedIn(t, "Member");
    await t.database.db.execute(
      sql`INSERT INTO memberships (org_id, user_id, role) VALUES (${nhri.org?.id ?? ""}, ${member.user.id}, 'member')`,
    );
    expect((await member.client.request("GET", `${base}/slots`)).status).toBe(404);
  });

  it("refuses settings that make no sense", async () => {
    const res = await post(`${base}/settings`, {
      title: "NHRI programme",
      timeZone: "Africa/Nairobi",
      maxMeetings: "0",
    });
    expect(res.status).toBe(422);
    expect(await html(res)).toMatch(/id="settings-maxMeetings"[^>]*aria-invalid="true"/);

    const revision = async () =>
      (
        await rows<{ revision: number; title: string }>(
          t.database.db,
          sql`SELECT revision, title FROM meeting_programmes`,
        )
      )[0];
    const before = await revision();
    const renamed = await post(`${base}/settings`, {
      title: "NHRI meetings",
      timeZone: "Africa/Nairobi",
      maxMeetings: "1",
    });
    expect(renamed.status).toBe(303);
    // A new title changes nothing the allocation reads; more meetings per request does.
    expect(await revision()).toEqual({ revision: before?.revision, title: "NHRI meetings" });
    await post(`${base}/settings`, { title: "NHRI programme", timeZone: "Africa/Nairobi", maxMeetings: "2" });
    expect((await revision())?.revision).toBe((before?.revision ?? 0) + 1);
    await post(`${base}/settings`, { title: "NHRI programme", timeZone: "Africa/Nairobi", maxMeetings: "1" });
  });
});

describe("slots", () => {
  const slot = (extra: Record<string, string> = {}) => ({
    date: "2027-03-08",
    start: "09:00",
    end: "10:00",
    timeZone: "Africa/Nairobi",
    city: "Nairobi",
    place: "Commission offices",
    capacity: "2",
    theme: "",
    ...extra,
  });

  it("shows each mistake on the field, and saves nothing", async () => {
    const cases: [Record<string, string>, string, string][] = [
      [slot({ end: "08:00" }), "must be after start", "end"],
      [slot({ capacity: "0" }), "a slot holds at least 1 organisation", "capacity"],
      [slot({ date: "" }), "Give a date, a start time, an end time and a time zone.", "date"],
      [slot({ city: "" }), "must not be empty", "city"],
    ];
    for (const [form, message, field] of cases) {
      const res = await post(`${base}/slots`, form);
      expect(res.status, field).toBe(422);
      const page = await html(res);
      expect(page, field).toContain(message);
      expect(page, field).toMatch(new RegExp(`id="slot-${field}"[^>]*aria-invalid="true"`));
    }
    const [n] = await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM meeting_slots`);
    expect(n?.n).toBe(0);
  });

  it("adds slots and lists them in their city's time", async () => {
    expect((await post(`${base}/slots`, slot())).status).toBe(303);
    expect(
      (
        await post(
          `${base}/slots`,
          slot({ start: "11:00", end: "12:00", city: "Mombasa", capacity: "1", private: "1" }),
        )
      ).status,
    ).toBe(303);
    const page = await html(await nhri.client.request("GET", `${base}/slots?done=slotAdded`));
    expect(page).toContain("The slot was added.");
    expect(page).toContain("09:00–10:00");
    expect(page).toContain("Mombasa");
  });
});

describe("the request form behind the link", () => {
  let visitor: Client;
  const form = (extra: Record<string, string> = {}) => ({
    organisation: "Coast Women's Network",
    contactName: "Zawadi",
    contactEmail: "zawadi@example.org",
    contactPhone: "",
    people: "3",
    cities: "Nairobi",
    otherCities: "Mombasa",
    days: "2027-03-08",
    "from_2027-03-08": "08:00",
    "to_2027-03-08": "18:00",
    themes: "",
    otherThemes: "Land, women's rights",
    interpretation: "Swahili",
    accessibility: "",
    privateReason: "",
    priorityFacts: "outside_capital",
    otherFacts: "",
    ...extra,
  });

  it("is shown once to the coordinator, and opens the form to anyone with it", async () => {
    const res = await post(`${base}/link`, {});
    expect(res.status).toBe(200);
    const page = await html(res);
    token = page.match(/http:\/\/localhost:3000\/meetings\/r\/([\w-]+)/)?.[1] ?? "";
    expect(token.length).toBeGreaterThan(40);
    expect(await html(await nhri.client.request("GET", base))).not.toContain(token);
    visitor = new Client(t, "198.51.100.77");
    const formPage = await visitor.request("GET", `/meetings/r/${token}`);
    expect(formPage.status).toBe(200);
    visitor.csrf = visitor.cookies.get("vd_csrf");
    const text = await html(formPage);
    expect(text).toContain("Request a meeting");
    expect(text).toContain('value="Mombasa"');
  });

  it("refuses a bad form on the field, keeping what was typed", async () => {
    const noName = await visitor.request("POST", `/meetings/r/${token}`, {
      form: form({ organisation: "" }),
    });
    expect(noName.status).toBe(422);
    const page = await html(noName);
    expect(page).toContain("Check the field “Organisation”.");
    expect(page).toContain('value="zawadi@example.org"');
    const reversed = await visitor.request("POST", `/meetings/r/${token}`, {
      form: form({ "from_2027-03-08": "18:00", "to_2027-03-08": "08:00" }),
    });
    expect(reversed.status).toBe(422);
    expect(await html(reversed)).toMatch(/id="request-from_2027-03-08"[^>]*aria-invalid="true"/);
    const badMail = await visitor.request("POST", `/meetings/r/${token}`, {
      form: form({ contactEmail: "zawadi" }),
    });
    expect(badMail.status).toBe(422);
    expect(await html(badMail)).toContain("Check the field “Contact e-mail address”.");
    const [n] = await rows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM meeting_requests`,
    );
    expect(n?.n).toBe(0);
  });

  it("takes the request, its cities and themes from boxes and text, and thanks the sender", async () => {
    const res = await visitor.request("POST", `/meetings/r/${token}`, { form: form() });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/meetings/r/${token}/sent`);
    expect(await html(await visitor.request("GET", `/meetings/r/${token}/sent`))).toContain(
      "Your request was sent",
    );
    const second = await visitor.request("POST", `/meetings/r/${token}`, {
      form: form({
        organisation: "Nairobi Tenants",
        contactEmail: "tenants@example.org",
        otherCities: "",
        priorityFacts: "",
      }),
    });
    expect(second.status).toBe(303);
    const [r] = await rows<{
      cities: string[];
      themes: string[];
      available: { start: string }[];
      priority_facts: string[];
    }>(
      t.database.db,
      sql`SELECT cities, themes, available, priority_facts FROM meeting_requests WHERE organisation = 'Coast Women''s Network'`,
    );
    expect(r).toEqual({
      cities: ["Nairobi", "Mombasa"],
      themes: ["Land", "women's rights"],
      available: [{ start: "2027-03-08T08:00:00+03:00", end: "2027-03-08T18:00:00+03:00" }],
      priority_facts: ["outside_capital"],
    });
  });
});

describe("allocation and publication in the pages", () => {
  async function waitForRun() {
    for (let i = 0; i < 100; i++) {
      const [p] = await rows<{ run_state: string }>(
        t.database.db,
        sql`SELECT run_state FROM meeting_programmes`,
      );
      if (p?.run_state !== "running") return p?.run_state;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error("the allocation did not finish");
  }

  it("runs the allocation after the post, shows 'working' until done, then the result with reasons", async () => {
    const res = await post(`${base}/allocate`, {});
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`${base}/allocation?done=started`);
    expect(await waitForRun()).toBe("idle");
    const done = await nhri.client.request("GET", `${base}/allocation`);
    expect(done.headers.get("refresh")).toBeNull();
    const page = await html(done);
    expect(page).toContain("2 of 2 requests heard");
    expect(page).toContain("Coast Women&#39;s Network");
    expect(page).toContain("Nairobi Tenants");
  });

  it("while a run is under way, the page says so and reloads itself, and a second run is refused", async () => {
    await t.database.db.execute(
      sql`UPDATE meeting_programmes SET run_state = 'running', run_started_at = ${TEST_NOW.toISOString()}`,
    );
    const working = await nhri.client.request("GET", `${base}/allocation`);
    expect(working.headers.get("refresh")).toBe("2");
    const page = await html(working);
    expect(page).toContain("The allocation is running. This page reloads until it is done.");
    expect(page).not.toContain(`action="${base}/allocate"`);
    const again = await post(`${base}/allocate`, {});
    expect(again.status).toBe(409);
    expect(await html(again)).toContain("An allocation of this programme is already running");
    const publish = await post(`${base}/publish`, {});
    expect(publish.status).toBe(409);
    // A run "under way" for an hour belongs to a server that stopped: the page offers to run again.
    const anHourAgo = new Date(TEST_NOW.getTime() - 3_600_000).toISOString();
    await t.database.db.execute(sql`UPDATE meeting_programmes SET run_started_at = ${anHourAgo}`);
    const stale = await nhri.client.request("GET", `${base}/allocation`);
    expect(stale.headers.get("refresh")).toBeNull();
    expect(await html(stale)).toContain(`action="${base}/allocate"`);
    await t.database.db.execute(sql`UPDATE meeting_programmes SET run_state = 'idle'`);
  });

  it("pins and forbids from the result page; a forbidden request says why it was left out", async () => {
    const ids = await rows<{ id: string; organisation: string }>(
      t.database.db,
      sql`SELECT id, organisation FROM meeting_requests`,
    );
    const slots = await rows<{ id: string; city: string }>(
      t.database.db,
      sql`SELECT id, city FROM meeting_slots`,
    );
    const tenants = ids.find((r) => r.organisation === "Nairobi Tenants")?.id ?? "";
    const nairobi = slots.find((s) => s.city === "Nairobi")?.id ?? "";
    const res = await post(`${base}/placements`, { request: tenants, slot: nairobi, kind: "forbid" });
    expect(res.status).toBe(303);
    expect(await html(await nhri.client.request("GET", base))).toContain(
      "The programme changed since the last allocation",
    );
    await post(`${base}/allocate`, {});
    await waitForRun();
    const page = await html(await nhri.client.request("GET", `${base}/allocation`));
    expect(page).toContain("The coordinator excluded it from the only slot that fits.");
    expect(page).toContain("Nairobi Tenants is kept out of");
  });

  it("publishes from the overview; the organisation's link then shows its meeting and lets it cancel", async () => {
    const res = await post(`${base}/publish`, {});
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`${base}?done=published`);
    const mail = await rows<{ to_address: string; text_body: string }>(
      t.database.db,
      sql`SELECT to_address, text_body FROM mail_outbox ORDER BY id`,
    );
    expect(mail.map((m) => m.to_address).sort()).toEqual(["tenants@example.org", "zawadi@example.org"]);
    const link = mail
      .find((m) => m.to_address === "zawadi@example.org")
      ?.text_body.match(/http:\/\/localhost:3000(\/meetings\/p\/[\w-]+)\n/)?.[1];
    const visitor = new Client(t, "198.51.100.78");
    const page = await visitor.request("GET", link ?? "");
    expect(page.status).toBe(200);
    const text = await html(page);
    expect(text).toContain("Meetings of Coast Women&#39;s Network");
    // Both slots fit it equally; which one it got depends on the ids, so either is right.
    expect(text).toMatch(/Commission offices, (Nairobi|Mombasa)/);
    expect(text).toContain("Your meeting");
    visitor.csrf = visitor.cookies.get("vd_csrf");
    const cancel = await visitor.request("POST", `${link}/withdraw`, { form: {} });
    expect(cancel.status).toBe(303);
    expect(await html(await visitor.request("GET", `${link}?done=withdrawn`))).toContain(
      "This request was withdrawn.",
    );
  });

  it("sends the export form to the file it asks for", async () => {
    const res = await nhri.client.request("GET", `${base}/export?format=pdf&contacts=1`);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`${base}/export.pdf?contacts=1`);
  });

  it("speaks the reader's language", async () => {
    const page = await html(await nhri.client.request("GET", `${base}/allocation?lang=fr`));
    expect(page).toContain('lang="fr"');
    expect(page).toContain("Répartition");
  });
});

describe("the API document", () => {
  it("describes the programme's operations", async () => {
    const { body } = await t.json<{ paths: Record<string, Record<string, { operationId: string }>> }>(
      "/api/v1/openapi.json",
    );
    const ops = Object.values(body.paths).flatMap((p) => Object.values(p).map((o) => o.operationId));
    for (const op of [
      "createProgramme",
      "addSlot",
      "openRequestLink",
      "submitMeetingRequest",
      "allocateMeetings",
      "getAllocation",
      "setPlacement",
      "publishProgramme",
      "myMeetings",
      "exportProgramme",
    ])
      expect(ops).toContain(op);
    expect(body.paths["/visits/{id}/programme/allocate"]?.post?.operationId).toBe("allocateMeetings");
  });
});
