/**
 * Who sees a report, from the outside: a draft is its uploader's and their organisation's alone —
 * not in pages, the API, lists or quick search for anyone else; once accepted it is public, and a
 * review reopened afterwards stays private until accepted again.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser, PASSWORD } from "../../test/support/accounts";
import { createTestApp, type TestApp } from "../../test/support/app";
import { Client } from "../../test/support/client";
import { memberships } from "../accounts/schema";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

interface Report {
  id: string;
  status: string;
  revision: number;
  recommendations: { key: string; ref: string; text: string; addressee: string | null }[];
}

async function signedIn(opts: { org?: string } = {}) {
  const made = await makeUser(t, opts);
  const c = new Client(t);
  expect((await c.signIn(made.user.email, PASSWORD)).status).toBe(200);
  return { ...made, c };
}

// A word that appears nowhere else, so a search hit can only be this draft.
const WORD = "Zyxwvutsrqonium";
const TEXT = [
  "Visit to Kenya",
  "Report of the Special Rapporteur on the right to education",
  "A/HRC/64/950/Add.2",
  "V. Conclusions and recommendations",
  `85. The Special Rapporteur recommends that the Government:`,
  `(a) Abolish school fees and fund the ${WORD} programme;`,
  "(b) Build schools in arid counties.",
].join("\n");

describe("a draft report is private to its uploader and their organisation", () => {
  let uploader: Awaited<ReturnType<typeof signedIn>>;
  let colleague: Client;
  let outsider: Client;
  const anonymous = () => new Client(t);
  let report: Report;

  beforeAll(async () => {
    uploader = await signedIn({ org: "Education Rights Kenya" });
    const other = await signedIn({ org: "Another NGO" });
    outsider = other.c;
    const member = await makeUser(t);
    await t.database.db
      .insert(memberships)
      .values({ orgId: uploader.org?.id as string, userId: member.user.id, role: "member" });
    colleague = new Client(t);
    expect((await colleague.signIn(member.user.email, PASSWORD)).status).toBe(200);
    const res = await uploader.c.json<Report>("POST", "/api/v1/reports", { json: { text: TEXT } });
    expect(res.status).toBe(201);
    report = res.body;
    expect(report.recommendations.map((r) => r.ref)).toEqual(["85(a)", "85(b)"]);
  });

  it("anonymous visitors and another organisation's members cannot read it: page, API, list, search", async () => {
    for (const [who, c] of [
      ["anonymous", anonymous()],
      ["outsider", outsider],
    ] as const) {
      expect((await c.request("GET", `/reports/${report.id}`)).status, who).toBe(404);
      expect((await c.request("GET", `/api/v1/reports/${report.id}`)).status, who).toBe(404);
      const split = await c.request(
        "GET",
        `/reports/${report.id}/recommendations/${report.recommendations[0]?.key}/split`,
      );
      expect([303, 404], who).toContain(split.status);
      const list = await c.json<{ items: { id: string }[] }>("GET", "/api/v1/reports");
      expect(
        list.body.items.map((r) => r.id),
        who,
      ).not.toContain(report.id);
      expect(await (await c.request("GET", "/reports")).text(), who).not.toContain(report.id);
      const search = await c.json<{ total: number }>("GET", `/api/v1/search?q=${WORD}`);
      expect(search.body.total, who).toBe(0);
      expect(await (await c.request("GET", `/search?q=${WORD}`)).text(), who).not.toContain(report.id);
      expect(
        (await c.json<{ total: number }>("GET", `/api/v1/recommendations?q=${WORD}`)).body.total,
        who,
      ).toBe(0);
    }
  });

  it("another organisation's member cannot change, accept or delete it", async () => {
    const id = report.id;
    expect((await outsider.json("PATCH", `/api/v1/reports/${id}`, { json: { hrcSession: 1 } })).status).toBe(
      404,
    );
    expect(
      (await outsider.json("PUT", `/api/v1/reports/${id}/recommendations`, { json: { recommendations: [] } }))
        .status,
    ).toBe(404);
    expect((await outsider.json("POST", `/api/v1/reports/${id}/accept`, { json: {} })).status).toBe(404);
    expect((await outsider.json("DELETE", `/api/v1/reports/${id}`)).status).toBe(404);
    expect((await outsider.request("POST", `/reports/${id}/accept`, { form: {} })).status).toBe(404);
    const anon = anonymous();
    expect((await anon.json("PATCH", `/api/v1/reports/${id}`, { json: { hrcSession: 1 } })).status).toBe(401);
    const after = await uploader.c.json<Report>("GET", `/api/v1/reports/${id}`);
    expect(after.body).toMatchObject({ status: "draft", revision: report.revision });
  });

  it("a member of the uploader's organisation reads and reviews it", async () => {
    const page = await colleague.request("GET", `/reports/${report.id}`);
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toContain("no-store");
    expect(await page.text()).toContain(WORD);
    const res = await colleague.json<Report>("PATCH", `/api/v1/reports/${report.id}`, {
      json: { country: "KEN", mandate: "sr-education" },
    });
    expect(res.status).toBe(200);
    report = res.body;
  });

  it("once accepted it is public; edits made afterwards stay private until accepted again", async () => {
    const accepted = await uploader.c.json<{ report: Report }>(
      "POST",
      `/api/v1/reports/${report.id}/accept`,
      {
        json: {},
      },
    );
    expect(accepted.status).toBe(200);
    const anon = anonymous();
    expect((await anon.request("GET", `/reports/${report.id}`)).status).toBe(200);
    expect((await anon.json<{ total: number }>("GET", `/api/v1/search?q=${WORD}`)).body.total).toBe(1);
    expect((await anon.request("GET", "/recommendations/A/HRC/64/950/Add.2/85(a)")).status).toBe(200);

    const items = accepted.body.report.recommendations;
    const edited = await uploader.c.json<Report>("PUT", `/api/v1/reports/${report.id}/recommendations`, {
      json: { recommendations: items.map((r) => ({ ...r, text: `${r.text} Unpublished edit.` })) },
    });
    expect(edited.status).toBe(200);
    const seen = await anon.json<Report & { changedSinceAccepted: boolean }>(
      "GET",
      `/api/v1/reports/${report.id}`,
    );
    expect(seen.body.recommendations.map((r) => r.text).join(" ")).not.toContain("Unpublished edit");
    expect(await (await anon.request("GET", `/reports/${report.id}`)).text()).not.toContain(
      "Unpublished edit",
    );
    const own = await uploader.c.json<Report & { changedSinceAccepted: boolean }>(
      "GET",
      `/api/v1/reports/${report.id}`,
    );
    expect(own.body.changedSinceAccepted).toBe(true);
    expect(own.body.recommendations[0]?.text).toContain("Unpublished edit");
    // An accepted report stays: its recommendations have public addresses.
    expect((await uploader.c.json("DELETE", `/api/v1/reports/${report.id}`)).status).toBe(403);
  });

  it("its original file is as private as the draft, and deleting the draft removes both", async () => {
    const form = new FormData();
    form.set("file", new File([new TextEncoder().encode(TEXT)], "draft.txt"));
    const draft = await uploader.c.json<Report & { original: string }>("POST", "/api/v1/reports", {
      multipart: form,
    });
    expect(draft.status).toBe(201);
    const original = new URL(draft.body.original).pathname;
    expect((await uploader.c.request("GET", original)).status).toBe(200);
    expect((await outsider.request("GET", original)).status).toBe(404);
    expect((await anonymous().request("GET", original)).status).toBe(404);
    const res = await uploader.c.request("POST", `/reports/${draft.body.id}/delete`, { form: {} });
    expect(res.status).toBe(303);
    expect((await uploader.c.request("GET", `/api/v1/reports/${draft.body.id}`)).status).toBe(404);
    expect((await uploader.c.request("GET", original)).status).toBe(404);
  });
});
