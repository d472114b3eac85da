/**
 * A visit's civil-society programme over HTTP, on a real database: a coordinator builds it,
 * organisations ask through the link, the allocation runs with reasons, a pin and a forbid, the
 * programme is published by e-mail over a real SMTP server with a calendar, participants see only
 * what they may, the desk officer's exports read back, and a cancellation fills from the waitlist.
 */
import { parse as parseCsv } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import ICAL from "ical.js";
import mammoth from "mammoth";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/support/app";
import { Client } from "../../test/support/client";
import { type LocalSmtp, startSmtp } from "../../test/support/smtp";
import { rows } from "../platform/db/client";
import { silentLogger } from "../platform/log";
import { deliverDueMail } from "../platform/mail/outbox";
import { smtpTransport } from "../platform/mail/smtp";
import { allDay, aVisit, coalitionWithCoordinator, requestBody, signedIn, slot, submit } from "./fixtures";

let smtp: LocalSmtp;
let port = 0;

let t: TestApp;
let visitId: string;
let coordinator: Awaited<ReturnType<typeof coalitionWithCoordinator>>;
let orgA: Awaited<ReturnType<typeof signedIn>>;
let orgB: Awaited<ReturnType<typeof signedIn>>;
let orgF: Awaited<ReturnType<typeof signedIn>>;
let token = "";
const P = () => `/api/v1/visits/${visitId}/programme`;
const slots: Record<string, string> = {};
const requests: Record<string, string> = {};

/** Every confidential string a request carries, by request. */
const secrets = (s: string) => [
  `${s.toLowerCase()}@example.org`,
  `+254 ${s}`,
  `Swahili ${s}`,
  `Ramp ${s}`,
  `Facts ${s}`,
  `Contact ${s}`,
];
const REASON = "Our members were detained after the last visit (SECRET-REASON-B)";

beforeAll(async () => {
  smtp = await startSmtp();
  port = smtp.port;
  t = await createTestApp();
  visitId = await aVisit(t);
  orgA = await signedIn(t, "Amina", "Centre A for Victims");
  orgB = await signedIn(t, "Bashir", "Defenders B");
  orgF = await signedIn(t, "Faith", "Forum F");
  coordinator = await coalitionWithCoordinator(t, "Kenya Coalition");
});
afterAll(async () => {
  await smtp?.close();
  await t?.close();
});

const deliver = () =>
  deliverDueMail(
    t.database.db,
    smtpTransport(`smtp://127.0.0.1:${port}`, "Visitdesk <no-reply@visitdesk.test>"),
    {
      now: new Date(Date.now() + 1000),
      domain: "visitdesk.test",
      log: silentLogger,
    },
  );

async function programme() {
  return (await coordinator.client.json<{ revision: number; linkOpen: boolean }>("GET", P())).body;
}

describe("building the programme", () => {
  it("starts a programme for the coalition the coordinator runs, only once per visit", async () => {
    const r = await coordinator.client.json<{ id: string; timeZone: string }>("POST", P(), {
      json: {
        title: "Meetings with the Special Rapporteur",
        coalition: coordinator.coalition.id,
        timeZone: "Africa/Nairobi",
      },
    });
    expect(r.status).toBe(201);
    expect(r.body.timeZone).toBe("Africa/Nairobi");
    const again = await coordinator.client.json<{ error: { code: string } }>("POST", P(), {
      json: { title: "Again", coalition: coordinator.coalition.id, timeZone: "Africa/Nairobi" },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("programme_exists");
  });

  it("refuses to run a programme for a coalition one does not coordinate", async () => {
    const r = await orgA.client.json<{ error: { code: string } }>(
      "POST",
      `/api/v1/visits/${await aVisit(t, 1)}/programme`,
      {
        json: { title: "Mine", coalition: coordinator.coalition.id, timeZone: "UTC" },
      },
    );
    expect(r.status).toBe(403);
  });

  it("refuses bad slots with the bad field named, and saves nothing", async () => {
    const before = await programme();
    const cases: [unknown, string][] = [
      [slot("08", "10:00", "09:00"), "end"],
      [slot("08", "09:00", "10:00", { capacity: 0 }), "capacity"],
      [{ ...slot("08", "09:00", "10:00"), start: "Monday 9am" }, "start"],
      [slot("08", "09:00", "10:00", { timeZone: "Mars/Olympus" }), "timeZone"],
      [slot("08", "09:00", "10:00", { city: "  " }), "city"],
    ];
    for (const [body, path] of cases) {
      const r = await coordinator.client.json<{ error: { code: string; details: { path: string }[] } }>(
        "POST",
        `${P()}/slots`,
        {
          json: body,
        },
      );
      expect(r.status, path).toBe(400);
      expect(r.body.error.code).toBe("invalid_request");
      expect(r.body.error.details.map((d) => d.path)).toContain(path);
    }
    expect((await coordinator.client.json<{ total: number }>("GET", `${P()}/slots`)).body.total).toBe(0);
    expect((await programme()).revision).toBe(before.revision);
  });

  it("adds slots in the city's own time", async () => {
    for (const [name, body] of Object.entries({
      nairobiGroup: slot("08", "09:00", "10:00", { capacity: 2, place: "UN House, room 3" }),
      nairobiPrivate: slot("08", "10:30", "11:30", { private: true, place: "A safe place" }),
      kisumuLand: slot("09", "09:00", "10:00", { city: "Kisumu", theme: "Land" }),
    })) {
      const r = await coordinator.client.json<{ id: string; start: string; timeZone: string }>(
        "POST",
        `${P()}/slots`,
        { json: body },
      );
      expect(r.status).toBe(201);
      expect(r.body.timeZone).toBe("Africa/Nairobi");
      expect(r.body.start).toBe(body.start);
      slots[name] = r.body.id;
    }
    const list = await coordinator.client.json<{ items: { city: string }[] }>("GET", `${P()}/slots`);
    expect(list.body.items.map((s) => s.city)).toEqual(["Nairobi", "Nairobi", "Kisumu"]);
  });

  it("opens a request link shown once; the form reads the programme's cities, themes and days", async () => {
    const r = await coordinator.client.json<{ url: string; token: string }>("POST", `${P()}/link`);
    expect(r.status).toBe(200);
    token = r.body.token;
    expect(r.body.url).toBe(`http://localhost:3000/meetings/r/${token}`);
    const stored = await rows<{ link_hash: string }>(
      t.database.db,
      sql`SELECT link_hash FROM meeting_programmes`,
    );
    expect(stored[0]?.link_hash).not.toContain(token);
    const form = await new Client(t).json<{ cities: string[]; themes: string[] }>(
      "GET",
      `/api/v1/programme-links/${token}`,
    );
    expect(form.body).toMatchObject({ cities: ["Kisumu", "Nairobi"], themes: ["Land"] });
    const page = await t.get(`/meetings/r/${token}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Kisumu");
    expect(html).toContain("Monday, March 8, 2027");
  });
});

describe("organisations ask through the link", () => {
  it("takes requests from members for their organisation and from organisations without an account", async () => {
    const sent: [string, unknown, Client | undefined][] = [
      [
        "A",
        requestBody("Centre A for Victims", "SECRET-A", {
          organisationId: orgA.org?.id,
          priorityFacts: ["victims_group", "outside_capital"],
          shareName: true,
        }),
        orgA.client,
      ],
      [
        "B",
        requestBody("Defenders B", "SECRET-B", {
          organisationId: orgB.org?.id,
          needsPrivate: true,
          privateReason: REASON,
          priorityFacts: ["marginalised_group"],
        }),
        orgB.client,
      ],
      [
        "C",
        requestBody("Collective C", "SECRET-C", { priorityFacts: ["first_time"], shareName: true }),
        undefined,
      ],
      [
        "D",
        requestBody("Delta Land Rights", "SECRET-D", {
          cities: ["Kisumu"],
          themes: ["land"],
          available: [allDay("09")],
        }),
        undefined,
      ],
      ["E", requestBody("Echo Coast Network", "SECRET-E", { cities: ["Mombasa"] }), undefined],
      ["F", requestBody("Forum F", "SECRET-F", { organisationId: orgF.org?.id }), orgF.client],
      ["G", requestBody("Group G", "SECRET-G"), undefined],
    ];
    for (const [key, body, client] of sent) {
      const r = await submit(t, token, body, client);
      expect(r.status, key).toBe(201);
      requests[key] = r.body.id;
    }
    // Sealed at rest: the row holds none of it in clear.
    const stored = await rows<{ confidential: string }>(
      t.database.db,
      sql`SELECT confidential FROM meeting_requests`,
    );
    for (const row of stored) {
      expect(row.confidential).toMatch(/^vd1\./);
      expect(row.confidential).not.toContain("SECRET");
    }
  });

  it("refuses malformed windows, bad contacts and foreign organisations, saving nothing", async () => {
    const count = async () =>
      (await coordinator.client.json<{ total: number }>("GET", `${P()}/requests`)).body.total;
    const before = await count();
    const revision = (await programme()).revision;
    const bad: [unknown, string, number][] = [
      [
        requestBody("X", "X1", {
          available: [{ start: "2027-03-08T12:00:00+03:00", end: "2027-03-08T09:00:00+03:00" }],
        }),
        "available.0.end",
        400,
      ],
      [
        requestBody("X", "X2", { available: [{ start: "tomorrow", end: "2027-03-08T09:00:00+03:00" }] }),
        "available.0.start",
        400,
      ],
      [requestBody("X", "X3", { available: [] }), "available", 400],
      [requestBody("X", "X4", { contact: { name: "X", email: "not-an-address" } }), "contact.email", 400],
      [requestBody("X", "X5", { people: 0 }), "people", 400],
      [requestBody("X", "X6", { cities: [] }), "cities", 400],
    ];
    for (const [body, path, status] of bad) {
      const r = await submit(t, token, body);
      expect(r.status, path).toBe(status);
      expect(r.body.error?.details.map((d) => d.path)).toContain(path);
    }
    const foreign = await submit(
      t,
      token,
      requestBody("X", "X7", { organisationId: orgA.org?.id }),
      orgB.client,
    );
    expect(foreign.status).toBe(403);
    expect(await count()).toBe(before);
    expect((await programme()).revision).toBe(revision);
  });

  it("shows the coordinator every request with its confidential fields and the suggested priority", async () => {
    const r = await coordinator.client.json<{
      items: {
        id: string;
        contact: { email: string };
        privateReason: string | null;
        suggestedPriority: number;
      }[];
    }>("GET", `${P()}/requests`);
    const byId = new Map(r.body.items.map((x) => [x.id, x]));
    expect(byId.get(requests.A ?? "")?.suggestedPriority).toBe(2);
    expect(byId.get(requests.B ?? "")?.privateReason).toBe(REASON);
    expect(byId.get(requests.C ?? "")?.contact.email).toBe("secret-c@example.org");
  });
});

type Result = {
  assignments: { request: string; slot: string }[];
  unassigned: { request: string; reason: string; reasonCode: string }[];
  pinIssues: { request: string; slot: string; reason: string; reasonCode: string }[];
  heard: number;
  optimal: boolean;
  current: boolean;
};
const allocate = async () => coordinator.client.json<Result>("POST", `${P()}/allocate`);
const placed = (r: Result) => r.assignments.map((a) => `${key(a.request)}@${slotName(a.slot)}`).sort();
const key = (id: string) => Object.entries(requests).find(([, v]) => v === id)?.[0] ?? id;
const slotName = (id: string) => Object.entries(slots).find(([, v]) => v === id)?.[0] ?? id;

describe("allocation", () => {
  it("hears as many as possible, the highest priority first, and says why each other request is left out", async () => {
    const r = await allocate();
    expect(r.status).toBe(200);
    expect(r.body.optimal).toBe(true);
    // B needs privacy: only the private slot. A (2), B (1) and C (1) outrank F and G (0).
    expect(placed(r.body)).toEqual(["A@nairobiGroup", "B@nairobiPrivate", "C@nairobiGroup", "D@kisumuLand"]);
    const why = new Map(r.body.unassigned.map((u) => [key(u.request), u]));
    expect(why.get("E")).toMatchObject({
      reasonCode: "no_city",
      reason: "None of the 3 slots is in a city it can reach.",
    });
    expect(why.get("F")?.reasonCode).toBe("full");
    expect(why.get("F")?.reason).toContain("3 requests with a higher priority have a place there.");
    const again = await allocate();
    expect(again.body.assignments).toEqual(r.body.assignments);
  });

  it("keeps a pin, obeys a forbid, explains a pin that cannot hold, and uses the coordinator's priority", async () => {
    const set = (request: string, slot: string, kind: string) =>
      coordinator.client.json("PUT", `${P()}/placements`, { json: { request, slot, kind } });
    expect((await set(requests.F ?? "", slots.nairobiGroup ?? "", "pin")).status).toBe(200);
    expect((await set(requests.C ?? "", slots.nairobiGroup ?? "", "forbid")).status).toBe(200);
    expect((await set(requests.E ?? "", slots.nairobiGroup ?? "", "pin")).status).toBe(200);
    const unknown = await coordinator.client.json<{ error: { code: string } }>("PUT", `${P()}/placements`, {
      json: { request: requests.A, slot: "00000000-0000-4000-8000-000000000000", kind: "pin" },
    });
    expect(unknown.status).toBe(422);
    expect(
      (await coordinator.client.json("PATCH", `${P()}/requests/${requests.B}`, { json: { priority: 3 } }))
        .status,
    ).toBe(200);

    const before = await coordinator.client.json<{ result: Result }>("GET", `${P()}/allocation`);
    expect(before.body.result.current).toBe(false);
    const r = await allocate();
    expect(placed(r.body)).toEqual(["A@nairobiGroup", "B@nairobiPrivate", "D@kisumuLand", "F@nairobiGroup"]);
    const why = new Map(r.body.unassigned.map((u) => [key(u.request), u]));
    // C may not take the group slot, and the private one went to B, whose priority is higher.
    expect(why.get("C")?.reasonCode).toBe("full");
    expect(why.get("C")?.reason).toContain("1 request with a higher priority has a place there.");
    expect(r.body.pinIssues).toEqual([
      {
        request: requests.E,
        slot: slots.nairobiGroup,
        reasonCode: "pin_unfit",
        reason: expect.stringContaining("the slot is not in a city the request can reach"),
      },
    ]);
    expect(r.body.current).toBe(true);
  });
});

describe("publication", () => {
  const mails = () => new Map(smtp.received.map((m) => [m.to, m]));

  it("e-mails each organisation its own meetings, or why it has none, over SMTP", async () => {
    expect(smtp.received).toEqual([]);
    const r = await coordinator.client.json<{ meetings: number; mailed: number }>("POST", `${P()}/publish`);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ meetings: 4, mailed: 7 });
    expect((await deliver()).sent).toBe(7);
    const a = mails().get("secret-a@example.org");
    expect(a?.subject).toMatch(/^Your meeting: /);
    expect(a?.text).toContain("Monday, March 8, 2027, 09:00–10:00 (Africa/Nairobi)");
    expect(a?.text).toContain("UN House, room 3, Nairobi");
    // F did not agree to be named: A is only told how many others come. F is told A's name: A agreed.
    expect(a?.text).toContain("1 other organisation is also there.");
    expect(a?.text).not.toContain("Forum F");
    expect(mails().get("secret-f@example.org")?.text).toContain("Also there: Centre A for Victims.");
    const c = mails().get("secret-c@example.org");
    expect(c?.subject).toMatch(/^Your meeting request: /);
    expect(c?.text).toContain("1 request with a higher priority has a place there.");
    expect(c?.text).toContain("waitlist");
    // No message carries another organisation's confidential fields.
    for (const m of smtp.received) {
      const own = m.to.split("@")[0]?.toUpperCase() ?? "";
      for (const other of ["A", "B", "C", "D", "E", "F", "G"]
        .map((k) => `SECRET-${k}`)
        .filter((s) => s !== own))
        for (const s of secrets(other)) expect(m.text, `${m.to} leaks ${s}`).not.toContain(s);
      expect(m.text).not.toContain("SECRET-REASON-B");
    }
  });

  it("gives each organisation a calendar that ical.js reads, behind its own link", async () => {
    const link = mails()
      .get("secret-b@example.org")
      ?.text.match(/http:\/\/localhost:3000(\/meetings\/p\/[\w-]+\.ics)/)?.[1];
    expect(link).toBeDefined();
    const res = await t.get(link ?? "");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/calendar/);
    const cal = new ICAL.Component(ICAL.parse(await res.text()));
    expect(cal.getFirstPropertyValue("method")).toBe("PUBLISH");
    const events = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(1);
    const [e] = events;
    expect(e?.startDate.toJSDate().toISOString()).toBe("2027-03-08T07:30:00.000Z");
    expect(e?.endDate.toJSDate().toISOString()).toBe("2027-03-08T08:30:00.000Z");
    expect(e?.location).toBe("A safe place, Nairobi");
    expect(e?.summary).toMatch(/^Meeting: /);
    expect(e?.description).toContain("Private meeting");
    const stored = await rows<{ participant_token_hash: string }>(
      t.database.db,
      sql`SELECT participant_token_hash FROM meeting_requests WHERE id = ${requests.B ?? ""}`,
    );
    expect(link).not.toContain(stored[0]?.participant_token_hash);
    expect((await t.get("/meetings/p/not-a-real-token-at-all-xyz.ics")).status).toBe(404);
  });

  it("shows participants their own meetings, naming only co-participants who agreed", async () => {
    const mine = await orgA.client.json<{
      items: {
        request: string;
        meetings: { slot: string; coParticipants: string[]; otherParticipants: number }[];
      }[];
    }>("GET", "/api/v1/me/meetings");
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0]?.meetings).toEqual([
      expect.objectContaining({ slot: slots.nairobiGroup, coParticipants: [], otherParticipants: 1 }),
    ]);
    const f = await orgF.client.json<{ items: { meetings: { coParticipants: string[] }[] }[] }>(
      "GET",
      "/api/v1/me/meetings",
    );
    expect(f.body.items[0]?.meetings[0]?.coParticipants).toEqual(["Centre A for Victims"]);
    const page = await orgA.client.request("GET", "/meetings");
    const html = await page.text();
    expect(html).toContain("UN House, room 3, Nairobi");
    expect(html).not.toContain("Forum F");
    expect(html).not.toContain("SECRET-F");
    // Through the e-mailed link, without an account.
    const link = mails()
      .get("secret-c@example.org")
      ?.text.match(/http:\/\/localhost:3000(\/meetings\/p\/[\w-]+)\n/)?.[1];
    const viaLink = await t.get(link ?? "");
    expect(viaLink.status).toBe(200);
    const text = await viaLink.text();
    expect(text).toContain("no meeting in the published programme");
    expect(text).not.toContain("Centre A for Victims");
  });

  it("will not move or remove a slot organisations were told they meet in", async () => {
    const del = await coordinator.client.json<{ error: { code: string } }>(
      "DELETE",
      `${P()}/slots/${slots.nairobiGroup}`,
    );
    expect(del.status).toBe(409);
    expect(del.body.error.code).toBe("slot_published");
    const put = await coordinator.client.json("PUT", `${P()}/slots/${slots.nairobiGroup}`, {
      json: slot("08", "15:00", "16:00"),
    });
    expect(put.status).toBe(409);
    const list = await coordinator.client.json<{ items: { id: string; start: string }[] }>(
      "GET",
      `${P()}/slots`,
    );
    expect(list.body.items.find((s) => s.id === slots.nairobiGroup)?.start).toBe("2027-03-08T09:00:00+03:00");
  });

  it("prints a day plan per city, with the print stylesheet", async () => {
    const res = await coordinator.client.request(
      "GET",
      `/visits/${visitId}/programme/day/2027-03-08/Nairobi`,
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('href="/meetings/print.css"');
    expect(html).toContain("Centre A for Victims (2 people)");
    expect(html).toContain("Forum F");
    expect(html).not.toContain("Delta Land Rights");
    expect(html).not.toContain(REASON);
    const css = await t.get("/meetings/print.css");
    expect(await css.text()).toContain("@media print");
  });
});

describe("exports for the desk officer", () => {
  const get = (path: string) => coordinator.client.request("GET", `/visits/${visitId}/programme/${path}`);

  it("writes a DOCX that reads back, without contact details unless asked", async () => {
    const res = await get("export.docx");
    expect(res.status).toBe(200);
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) })).value;
    for (const part of [
      "Meetings with the Special Rapporteur",
      "Monday, March 8, 2027",
      "09:00–10:00",
      "Centre A for Victims (2 people)",
      "Defenders B",
      "Delta Land Rights",
      "Interpretation: Swahili SECRET-A",
      "4 of 7 requests heard.",
    ])
      expect(text).toContain(part);
    expect(text).not.toContain("secret-a@example.org");
    expect(text).not.toContain(REASON);
    expect(text).not.toContain("Echo Coast Network");
    const withContacts = await get("export.docx?contacts=1");
    const full = (await mammoth.extractRawText({ buffer: Buffer.from(await withContacts.arrayBuffer()) }))
      .value;
    expect(full).toContain("secret-a@example.org");
    expect(full).not.toContain(REASON);
  });

  it("writes a PDF that reads back", async () => {
    const res = await get("export.pdf");
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const pdf = await getDocumentProxy(new Uint8Array(await res.arrayBuffer()));
    const { text } = await extractText(pdf, { mergePages: true });
    const flat = text.replace(/\s+/g, " ");
    for (const part of [
      "Meetings with the Special Rapporteur",
      "Centre A for Victims",
      "Defenders B",
      "Kisumu",
      "1 / 1",
    ])
      expect(flat).toContain(part);
    expect(flat).not.toContain(REASON);
  });

  it("writes a CSV, one row per organisation per slot", async () => {
    const res = await get("export.csv");
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    const table = parseCsv((await res.text()).replace(/^\uFEFF/, ""), { columns: true }) as Record<
      string,
      string
    >[];
    expect(table.map((r) => [r.date, r.start, r.city, r.organisation])).toEqual([
      ["2027-03-08", "09:00", "Nairobi", "Centre A for Victims"],
      ["2027-03-08", "09:00", "Nairobi", "Forum F"],
      ["2027-03-08", "10:30", "Nairobi", "Defenders B"],
      ["2027-03-09", "09:00", "Kisumu", "Delta Land Rights"],
    ]);
    expect(Object.keys(table[0] ?? {})).not.toContain("contact_email");
    const api = await coordinator.client.json<{ draft: boolean; rows: unknown[][]; files: { pdf: string } }>(
      "GET",
      `${P()}/export`,
    );
    expect(api.body.draft).toBe(false);
    expect(api.body.rows).toHaveLength(4);
    expect(api.body.files.pdf).toBe(`http://localhost:3000/visits/${visitId}/programme/export.pdf`);
  });
});

describe("the waitlist", () => {
  it("gives a cancelled place to the waitlist, keeps everyone else, and e-mails who got it", async () => {
    smtp.received.length = 0;
    const res = await orgA.client.request("POST", `/meetings/requests/${requests.A}/withdraw`, { form: {} });
    expect(res.status).toBe(303);
    const meetings = await rows<{ request_id: string; slot_id: string }>(
      t.database.db,
      sql`SELECT request_id, slot_id FROM meeting_assignments ORDER BY request_id`,
    );
    const now = meetings.map((m) => `${key(m.request_id)}@${slotName(m.slot_id)}`).sort();
    // C may not go to the group slot; G (left out before) takes A's place.
    expect(now).toEqual(["B@nairobiPrivate", "D@kisumuLand", "F@nairobiGroup", "G@nairobiGroup"]);
    expect((await deliver()).sent).toBe(1);
    expect(smtp.received[0]?.to).toBe("secret-g@example.org");
    expect(smtp.received[0]?.text).toContain("has changed");
    expect(smtp.received[0]?.text).toContain("09:00–10:00");
    const again = await orgA.client.request("POST", `/meetings/requests/${requests.A}/withdraw`, {
      form: {},
    });
    expect(again.status).toBe(303);
    expect((await deliver()).sent).toBe(0);
  });

  it("a closed link takes no more requests", async () => {
    expect((await coordinator.client.json("DELETE", `${P()}/link`)).status).toBe(200);
    const r = await submit(t, token, requestBody("Late Org", "SECRET-LATE"));
    expect(r.status).toBe(410);
    expect(r.body.error?.code).toBe("link_closed");
    const page = await t.get(`/meetings/r/${token}`);
    expect(page.status).toBe(410);
    const count = await rows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM meeting_requests WHERE organisation = 'Late Org'`,
    );
    expect(count[0]?.n).toBe(0);
  });
});
