import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser, PASSWORD } from "../../test/support/accounts";
import { createTestApp, type TestApp } from "../../test/support/app";
import { Client } from "../../test/support/client";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

async function admin(org: string) {
  const made = await makeUser(t, { org });
  const c = new Client(t);
  await c.signIn(made.user.email, PASSWORD);
  return { ...made, c };
}

describe("an organisation's export", () => {
  it("holds its records of every area, confidential fields opened, and nothing of another organisation", async () => {
    const a = await admin("Export Org A");
    const b = await admin("Export Org B");
    const { body: visits } = await t.json<{ items: { id: string }[] }>("/api/v1/visits?country=HND&limit=1");
    const visit = visits.items[0]?.id;
    const unofficial = (org: typeof a, event: string) =>
      org.c.json("POST", "/api/v1/unofficial-visits", {
        json: {
          country: "HND",
          mandate: "sr-executions",
          event,
          host: "Host",
          from: "2025-05-01",
          to: "2025-05-02",
          visibility: "organisation",
          org: org.org?.id,
        },
      });
    expect((await unofficial(a, "Hearing of A Qx1")).status).toBe(201);
    expect((await unofficial(b, "Hearing of B Qx2")).status).toBe(201);
    const submission = await a.c.json("POST", "/api/v1/submissions", {
      json: {
        visit,
        title: "Submission of A",
        parts: [
          { heading: "Cases", body: "The case of Marisol Quintero Vx3.", audience: "expert", mentions: [0] },
        ],
        people: [
          { name: "Marisol Quintero Vx3", contact: "+504 5555 0000", consent: { audiences: ["expert"] } },
        ],
      },
    });
    expect(submission.status).toBe(201);

    const res = await a.c.request("GET", `/api/v1/organisations/${a.org?.slug}/export`);
    expect(res.status).toBe(200);
    const text = await res.text();
    const body = JSON.parse(text) as Record<string, unknown[]>;
    for (const key of [
      "unofficialVisits",
      "letters",
      "advocacyLog",
      "submissions",
      "programmes",
      "meetingRequests",
      "reports",
    ])
      expect(Array.isArray(body[key]), key).toBe(true);
    expect(text).toContain("Hearing of A Qx1");
    // Sealed in the database, readable in the organisation's own export.
    expect(text).toContain("Marisol Quintero Vx3");
    expect(text).toContain("The case of Marisol Quintero Vx3.");
    expect(text).not.toContain("Qx2");
    // Another organisation's admin cannot export A.
    expect((await b.c.request("GET", `/api/v1/organisations/${a.org?.slug}/export`)).status).toBe(404);
  });
});
