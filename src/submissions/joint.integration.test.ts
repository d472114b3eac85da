/**
 * A coalition assembles a joint submission with the pages alone: two organisations contribute
 * recommendations, the coordinator sees the overlap side by side and merges it, both sign off,
 * and both audiences' files open in LibreOffice holding exactly what they should.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/support/app";
import { containsAny, docxText, formFields, pageText, pdfText, world } from "./testing";

let t: TestApp;
let w: Awaited<ReturnType<typeof world>>;
let id = "";

const ours = "Ask the Government to repeal the 2019 NGO law and restore the registration of dissolved groups";
const theirs =
  "Urge the Government to repeal the NGO law of 2019 and restore registration to the dissolved groups";
const partnerCase = "The Mathare youth group was evicted from its hall in March";
const partnerNote = "Our treasurer resigned last week";

/** Posts the form whose action is given, as a browser would, with some fields changed. */
async function submit(
  client: typeof w.owner.client,
  pagePath: string,
  action: string,
  fields: Record<string, string>,
) {
  const html = await (await client.request("GET", pagePath)).text();
  return client.request("POST", action, { form: { ...formFields(html, action), ...fields } });
}

beforeAll(async () => {
  t = await createTestApp();
  w = await world(t);
});
afterAll(() => t?.close());

describe("a joint submission, assembled by a coalition", () => {
  it("the owner starts it for the coalition from the visit", async () => {
    const res = await submit(
      w.owner.client,
      `/visits/${w.visitId}/submissions/new`,
      `/visits/${w.visitId}/submissions`,
      {
        title: "Joint submission on civic space",
        coalition: w.coalition.id,
      },
    );
    expect(res.status).toBe(303);
    id = (res.headers.get("location") ?? "").match(/\/submissions\/([0-9a-f-]{36})/)?.[1] ?? "";
    expect(id).not.toBe("");
    const add = await submit(w.owner.client, `/submissions/${id}`, `/submissions/${id}/parts`, {
      kind: "recommendations",
      heading: "Recommendations",
      audience: "public",
      body: `- ${ours}`,
    });
    expect(add.status).toBe(303);
  });

  it("the partner contributes its parts, and reads the owner's", async () => {
    for (const [kind, audience, body] of [
      ["recommendations", "public", `- ${theirs}`],
      ["individual_cases", "expert", partnerCase],
      ["other", "organisation", partnerNote],
    ] as const) {
      const r = await submit(w.partner.client, `/submissions/${id}`, `/submissions/${id}/parts`, {
        kind,
        audience,
        heading: `${kind} by the partner`,
        body,
      });
      expect(r.status, kind).toBe(303);
    }
    const page = pageText(await (await w.partner.client.request("GET", `/submissions/${id}`)).text());
    expect(page).toContain(ours);
    expect(page).toContain(partnerNote);
    // The owner's organisation does not read the partner's internal note.
    const owner = pageText(await (await w.owner.client.request("GET", `/submissions/${id}`)).text());
    expect(owner).toContain(partnerCase);
    expect(owner).not.toContain(partnerNote);
  });

  it("the coordinator sees the overlapping recommendations side by side and merges them", async () => {
    const html = await (await w.coordinator.client.request("GET", `/submissions/${id}/assemble`)).text();
    const text = pageText(html);
    expect(text).toContain(ours);
    expect(text).toContain(theirs);
    expect(text).toMatch(/Pair 1: \d+% alike/);
    expect(text).not.toContain(partnerNote);
    const merged = await w.coordinator.client.request("POST", `/submissions/${id}/merge`, {
      form: formFields(html, `/submissions/${id}/merge`),
    });
    expect(merged.status).toBe(303);
    const after = pageText(
      await (await w.coordinator.client.request("GET", `/submissions/${id}/assemble`)).text(),
    );
    expect(after).toContain("No overlapping recommendations were found.");
    const editor = pageText(await (await w.owner.client.request("GET", `/submissions/${id}`)).text());
    expect(editor).toContain(`By Haki Civic Watch, Mathare Social Justice Centre`);
  });

  it("nothing goes out before both contributors sign off", async () => {
    const blocked = await w.owner.client.request("GET", `/submissions/${id}/export.docx?audience=expert`);
    expect(blocked.status).toBe(409);
    expect(pageText(await blocked.text())).toMatch(
      /Still to sign off: .*Haki Civic Watch.*Mathare Social Justice Centre/,
    );
    for (const p of [w.owner, w.partner]) {
      const r = await submit(p.client, `/submissions/${id}`, `/submissions/${id}/signoff`, {});
      expect(r.status).toBe(303);
    }
    const editor = pageText(await (await w.owner.client.request("GET", `/submissions/${id}`)).text());
    expect(editor).toContain("Haki Civic Watch: Signed off");
    expect(editor).toContain("Mathare Social Justice Centre: Signed off");
  });

  it("both audiences' files open in LibreOffice and hold exactly what they should", async () => {
    const file = async (audience: string, format: string) => {
      const r = await w.owner.client.request(
        "GET",
        `/submissions/${id}/export.${format}?audience=${audience}`,
      );
      expect(r.status, `${audience} ${format}`).toBe(200);
      return new Uint8Array(await r.arrayBuffer());
    };
    const expert = { docx: await file("expert", "docx"), pdf: await file("expert", "pdf") };
    const pub = { docx: await file("public", "docx"), pdf: await file("public", "pdf") };
    const viaLibreOffice = { expert: await sofficeText(expert.docx), public: await sofficeText(pub.docx) };
    for (const text of [viaLibreOffice.expert, await docxText(expert.docx), await pdfText(expert.pdf)]) {
      expect(text).toContain("Cover letter");
      expect(text).toContain(ours);
      expect(text).toContain(theirs);
      expect(text).toContain(partnerCase);
      expect(text).not.toContain(partnerNote);
    }
    for (const text of [viaLibreOffice.public, await docxText(pub.docx), await pdfText(pub.pdf)]) {
      expect(text).toContain(ours);
      expect(text).toContain("Public version");
      expect(containsAny(text, [partnerCase, partnerNote, "Cover letter"])).toEqual([]);
    }
  }, 180_000);

  it("a change to the partner's parts asks it to sign again", async () => {
    const editor = await (await w.partner.client.request("GET", `/submissions/${id}`)).text();
    const partId =
      editor
        .match(/action="\/submissions\/[0-9a-f-]{36}\/parts\/([0-9a-f-]{36})"/g)
        ?.map((a) => a.split("/").at(-1)?.slice(0, 36)) ?? [];
    expect(partId.length).toBeGreaterThan(0);
    const action = `/submissions/${id}/parts/${partId[0]}`;
    const r = await w.partner.client.request("POST", action, {
      form: { ...formFields(editor, action), body: `${partnerCase}, and again in April` },
    });
    expect(r.status).toBe(303);
    const blocked = await w.owner.client.request("GET", `/submissions/${id}/export.pdf?audience=expert`);
    expect(blocked.status).toBe(409);
    expect(pageText(await blocked.text())).toMatch(/Still to sign off: Mathare Social Justice Centre/);
  });
});

const run = promisify(execFile);

/** The text of a DOCX as LibreOffice reads it: converted to PDF by soffice, then read with unpdf. */
async function sofficeText(docx: Uint8Array): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "vd-soffice-"));
  const input = path.join(dir, "submission.docx");
  writeFileSync(input, docx);
  await run(
    "soffice",
    [
      `-env:UserInstallation=file://${dir}/profile`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      input,
    ],
    { timeout: 150_000 },
  );
  return pdfText(new Uint8Array(readFileSync(path.join(dir, "submission.pdf"))));
}
