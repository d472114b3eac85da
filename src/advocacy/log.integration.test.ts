import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/support/app";
import { Client } from "../../test/support/client";
import { createUnofficialVisit } from "../visits/unofficial/store";
import { formFields, type Person, pageText, pendingTortureRequest, TODAY, world } from "./testing";

let t: TestApp;
let author: Person;
let partner: Person;
let outsider: Person;
let coalitionId: string;
let visitId: string;

beforeAll(async () => {
  t = await createTestApp();
  const w = await world(t);
  ({ author, partner, outsider } = w);
  coalitionId = w.coalition.id;
  visitId = await pendingTortureRequest(t, author.actor);
});
afterAll(async () => {
  await t?.close();
});

const timelinePath = () => `/advocacy/visits/${visitId}`;

async function recordEvent(body: Record<string, unknown>) {
  const r = await author.client.json("POST", `/api/v1/visits/${visitId}/events`, { json: body });
  expect(r.status).toBe(201);
}

describe("the advocacy log links actions to the visit's registry events", () => {
  it("records the joint letter from the visit's page, for the coalition", async () => {
    const page = await author.client.request("GET", timelinePath());
    expect(page.status).toBe(200);
    const action = `${timelinePath()}/actions`;
    const res = await author.client.request("POST", action, {
      form: {
        ...formFields(await page.text(), action),
        kind: "letter_sent",
        date: "2024-03-10",
        target: "Ministry of Foreign Affairs (coalition only)",
        channel: "e-mail",
        visibility: "coalition",
        coalition: coalitionId,
      },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`${timelinePath()}?done=recorded#timeline-heading`);
  });

  it("refuses an action dated ahead, keeping it on the form", async () => {
    const page = await author.client.request("GET", timelinePath());
    const action = `${timelinePath()}/actions`;
    const res = await author.client.request("POST", action, {
      form: { ...formFields(await page.text(), action), date: "2030-01-01", target: "Parliament" },
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(pageText(html)).toContain("An action is recorded once done: its date cannot be ahead.");
    expect(formFields(html, action).target).toBe("Parliament");
  });

  it("records the partner's public meeting over the API, and the registry's events as they come", async () => {
    await recordEvent({ type: "accepted", date: "2024-06-10" });
    const r = await partner.client.json<{ id: string }>("POST", "/api/v1/advocacy/log", {
      json: {
        kind: "ministry_meeting",
        date: "2024-09-01",
        target: "Deputy Minister of the Interior",
        response: "Promised to propose dates",
        visit: visitId,
        org: partner.org?.id,
        visibility: "public",
      },
    });
    expect(r.status).toBe(201);
    await recordEvent({ type: "dates_agreed", date: "2024-09-20", from: "2025-02-03", to: "2025-02-14" });
  });

  it("shows one timeline where the acceptance came 3 months after the joint letter", async () => {
    const text = pageText(await (await author.client.request("GET", timelinePath())).text());
    expect(text).toContain(
      "3 months after: Letter sent — Ñandutí Human Rights Centre, to Ministry of Foreign Affairs (coalition only)",
    );
    expect(text).toContain("Then: Accepted in principle, 3 months later");
    expect(text).toContain("Then: Dates agreed, 19 days later");
    expect(text).toContain(
      "19 days after: Meeting with a ministry — Red de Defensoras, to Deputy Minister of the Interior",
    );
    // In date order: the request, the letter, the acceptance, the meeting, the dates agreed.
    const order = [
      "Visit requested",
      "Letter sent",
      "Accepted in principle",
      "Meeting with a ministry",
      "Dates agreed",
    ].map((s) => text.indexOf(s));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("gives the same links over the API", async () => {
    const r = await author.client.json<{
      items: {
        kind: string;
        event?: { type: string };
        action?: { id: string; kind: string };
        after?: { action: string; gap: { unit: string; count: number } } | null;
      }[];
    }>("GET", `/api/v1/advocacy/visits/${visitId}/timeline`);
    expect(r.status).toBe(200);
    const letter = r.body.items.find((i) => i.action?.kind === "letter_sent");
    const accepted = r.body.items.find((i) => i.event?.type === "accepted");
    expect(accepted?.after).toEqual({
      action: letter?.action?.id,
      gap: { days: 92, months: 3, unit: "month", count: 3 },
    });
  });

  it("shows each reader only the actions they may see", async () => {
    for (const reader of [new Client(t), outsider.client]) {
      const res = await reader.request("GET", timelinePath());
      expect(res.status).toBe(200);
      const text = pageText(await res.text());
      expect(text).not.toContain("coalition only");
      expect(text).toContain("Deputy Minister of the Interior");
      expect(text).toContain("Accepted in principle");
    }
    // The coalition partner sees the coalition's letter.
    expect(pageText(await (await partner.client.request("GET", timelinePath())).text())).toContain(
      "coalition only",
    );
    const anonymous = await new Client(t).json<{ items: { target: string }[]; total: number }>(
      "GET",
      `/api/v1/advocacy/log?visit=${visitId}`,
    );
    expect(anonymous.body.items.map((a) => a.target)).toEqual(["Deputy Minister of the Interior"]);
    const own = await author.client.json<{ items: { target: string }[] }>(
      "GET",
      "/api/v1/advocacy/log?country=MEX",
    );
    expect(own.body.items.map((a) => a.target).sort()).toEqual([
      "Deputy Minister of the Interior",
      "Ministry of Foreign Affairs (coalition only)",
    ]);
  });

  it("refuses to record for an organisation one is not in, or to share with a coalition it is not in", async () => {
    const base = { kind: "other", date: "2024-01-01", target: "Someone", visit: visitId };
    const foreign = await outsider.client.json<{ error: { code: string } }>("POST", "/api/v1/advocacy/log", {
      json: { ...base, org: author.org?.id, visibility: "public" },
    });
    expect(foreign.status).toBe(403);
    const coalition = await outsider.client.json<{ error: { code: string; details: { path: string }[] } }>(
      "POST",
      "/api/v1/advocacy/log",
      { json: { ...base, org: outsider.org?.id, visibility: "coalition", coalition: coalitionId } },
    );
    expect(coalition.status).toBe(422);
    expect(coalition.body.error.details[0]?.path).toBe("coalition");
    const anonymous = await new Client(t).json("POST", "/api/v1/advocacy/log", {
      json: { ...base, org: author.org?.id, visibility: "public" },
    });
    expect(anonymous.status).toBe(401);
  });

  it("records a letter as sent from the letter's page, linked to the letter and its visit", async () => {
    const created = await author.client.json<{ id: string }>("POST", "/api/v1/advocacy/letters", {
      json: { template: "invitation-appeal", org: author.org?.id, language: "en", visit: visitId },
    });
    expect(created.status).toBe(201);
    const letterPage = `/advocacy/letters/${created.body.id}`;
    const action = `${letterPage}/actions`;
    const html = await (await author.client.request("GET", letterPage)).text();
    const res = await author.client.request("POST", action, {
      form: { ...formFields(html, action), date: "2024-11-05", target: "Minister for Foreign Affairs" },
    });
    expect(res.status).toBe(303);
    const log = await author.client.json<{
      items: { letter: string | null; visit: string | null; kind: string }[];
    }>("GET", `/api/v1/advocacy/log?letter=${created.body.id}`);
    expect(log.body.items).toMatchObject([{ letter: created.body.id, visit: visitId, kind: "letter_sent" }]);
    const timeline = pageText(await (await author.client.request("GET", timelinePath())).text());
    expect(timeline).toContain("Letter sent — Ñandutí Human Rights Centre, to Minister for Foreign Affairs");
  });
});

describe("unofficial visits: the invitation and the official request that followed", () => {
  let unofficialId: string;
  beforeAll(async () => {
    unofficialId = await createUnofficialVisit(
      t.database.db,
      author.actor,
      {
        country: "MEX",
        mandate: "sr-torture",
        event: "Conference on detention in Oaxaca",
        host: "Ñandutí Human Rights Centre",
        from: "2023-05-10",
        to: "2023-05-11",
        visibility: "organisation",
        orgId: author.org?.id,
      },
      TODAY,
    );
  });

  it("offers to draft the invitation from the record, filled with its host, dates and event", async () => {
    const page = pageText(
      await (await author.client.request("GET", `/advocacy/unofficial/${unofficialId}`)).text(),
    );
    expect(page).toContain("Draft the invitation letter");
    const start = await author.client.request(
      "GET",
      `/advocacy/letters/new?template=unofficial-visit-invitation&unofficial=${unofficialId}`,
    );
    const html = await start.text();
    expect(pageText(html)).toContain(
      "An invitation to the unofficial visit “Conference on detention in Oaxaca”.",
    );
    const res = await author.client.request("POST", "/advocacy/letters/new", {
      form: { ...formFields(html, "/advocacy/letters/new"), org: author.org?.id as string },
    });
    const id = res.headers.get("location")?.split("/")[3] as string;
    const letter = await author.client.json<{ data: { event: unknown }; unofficialVisit: string }>(
      "GET",
      `/api/v1/advocacy/letters/${id}`,
    );
    expect(letter.body.unofficialVisit).toBe(unofficialId);
    expect(letter.body.data.event).toEqual({
      title: "Conference on detention in Oaxaca",
      host: "Ñandutí Human Rights Centre",
      from: "2023-05-10",
      to: "2023-05-11",
    });
    const listed = pageText(
      await (await author.client.request("GET", `/advocacy/unofficial/${unofficialId}`)).text(),
    );
    expect(listed).toContain("Mexico: invitation to “Conference on detention in Oaxaca”");
  });

  it("lets the author link the later official request; no one else may", async () => {
    const path = `/advocacy/unofficial/${unofficialId}`;
    const html = await (await author.client.request("GET", path)).text();
    const res = await author.client.request("POST", `${path}/link`, {
      form: { ...formFields(html, `${path}/link`), visit: visitId },
    });
    expect(res.status).toBe(303);
    const list = await author.client.json<{ items: { id: string; visit: string | null }[] }>(
      "GET",
      "/api/v1/unofficial-visits?country=MEX",
    );
    expect(list.body.items.find((u) => u.id === unofficialId)?.visit).toBe(visitId);
    // Private to the author's organisation: hidden from the others, even its coalition partner.
    for (const other of [partner.client, outsider.client]) {
      const r = await other.json("PUT", `/api/v1/advocacy/unofficial-visits/${unofficialId}/official-visit`, {
        json: { visit: null },
      });
      expect(r.status).toBe(404);
      expect((await other.request("GET", path)).status).toBe(404);
    }
    const elsewhere = await author.client.json<{ error: { details: { path: string }[] } }>(
      "PUT",
      `/api/v1/advocacy/unofficial-visits/${unofficialId}/official-visit`,
      { json: { visit: (await otherCountryVisit()) as string } },
    );
    expect(elsewhere.status).toBe(422);
  });
});

async function otherCountryVisit(): Promise<string> {
  const r = await author.client.json<{ items: { id: string; country: string }[] }>(
    "GET",
    "/api/v1/visits?limit=50",
  );
  return r.body.items.find((v) => v.country !== "MEX")?.id as string;
}
