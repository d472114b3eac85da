import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountDepsFor } from "../../test/support/accounts";
import { createTestApp, type TestApp } from "../../test/support/app";
import { setOrgLogo } from "../accounts/organisations";
import { createUnofficialVisit } from "../visits/unofficial/store";
import { png } from "./letters/fixtures";
import { letters } from "./schema";
import {
  docxText,
  formFields,
  type Person,
  pageText,
  pdfText,
  pendingTortureRequest,
  person,
  TODAY,
  world,
} from "./testing";

let t: TestApp;
let author: Person;
let visitId: string;
let unofficialId: string;
const dir = mkdtempSync(path.join(os.tmpdir(), "visitdesk-letters-"));

beforeAll(async () => {
  t = await createTestApp();
  ({ author } = await world(t));
  visitId = await pendingTortureRequest(t, author.actor);
  unofficialId = await createUnofficialVisit(
    t.database.db,
    author.actor,
    {
      country: "MEX",
      mandate: "wg-disappearances",
      event: "Regional forum on the search for the disappeared",
      host: "University of Oaxaca",
      city: "Oaxaca",
      from: "2027-03-03",
      to: "2027-03-05",
      visibility: "organisation",
      orgId: author.org?.id,
    },
    TODAY,
  );
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await t?.close();
});

const TORTURE = {
  en: "Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment",
  fr: "Rapporteur spécial sur la torture et autres peines ou traitements cruels, inhumains ou dégradants",
};

/** Starts a draft with the "new letter" form, as a browser would post it. */
async function start(query: string, choices: Record<string, string>): Promise<string> {
  const page = await author.client.request("GET", `/advocacy/letters/new?${query}`);
  expect(page.status).toBe(200);
  const fields = { ...formFields(await page.text(), "/advocacy/letters/new"), ...choices };
  const res = await author.client.request("POST", "/advocacy/letters/new", { form: fields });
  expect(res.status, await res.clone().text()).toBe(303);
  const id = res.headers
    .get("location")
    ?.match(/^\/advocacy\/letters\/([0-9a-f-]{36})\/edit\?done=created$/)?.[1];
  expect(id).toBeDefined();
  return id as string;
}

/** Fills in the edit form (keeping what the draft holds) and saves it. */
async function edit(id: string, changes: Record<string, string>): Promise<Response> {
  const page = await author.client.request("GET", `/advocacy/letters/${id}/edit`);
  expect(page.status).toBe(200);
  const fields = { ...formFields(await page.text(), `/advocacy/letters/${id}/edit`), ...changes };
  return author.client.request("POST", `/advocacy/letters/${id}/edit`, { form: fields });
}

async function download(id: string, format: "docx" | "pdf"): Promise<Uint8Array> {
  const res = await author.client.request("GET", `/advocacy/letters/${id}/download?format=${format}`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-disposition")).toMatch(
    new RegExp(`^attachment; filename="[A-Za-z0-9-]+\\.${format}"$`),
  );
  return new Uint8Array(await res.arrayBuffer());
}

interface Case {
  template: string;
  query: string;
  choices: Record<string, string>;
  changes: Record<string, string>;
  expected: string[];
}

const cases: Case[] = [
  {
    template: "visit-request",
    query: `template=visit-request&visit=${"VISIT"}`,
    choices: { language: "en" },
    changes: {
      whyNow: "Elections are due in March; the new detention law takes effect in May.",
      "facts[0].text": "412 complaints of ill-treatment were filed in 2024",
      "facts[0].source": "National Human Rights Commission",
      whoToMeet: "Families of detainees\nThe national preventive mechanism",
      "signer.name": "Ana Pérez",
    },
    expected: [
      "Mexico: request for an official country visit",
      `respectfully asks the ${TORTURE.en} to seek an invitation`,
      "Elections are due in March; the new detention law takes effect in May.",
      "412 complaints of ill-treatment were filed in 2024 (source: National Human Rights Commission)",
      "Families of detainees",
      // From the registry: the request still pending, with its reminders.
      "15 March 2019: Request for a visit, still pending; 2 reminders.",
      "28 November 2026",
    ],
  },
  {
    template: "invitation-appeal",
    query: "template=invitation-appeal&country=MEX&mandate=sr-torture",
    choices: { language: "fr" },
    changes: {
      "proposedDates.from": "2027-03-01",
      "proposedDates.to": "2027-03-12",
      situation: "Les conditions de détention se sont aggravées depuis 2023.",
      "uprCommitments[0].text": "Coopérer pleinement avec les procédures spéciales",
      "uprCommitments[0].reference": "A/HRC/40/8, para. 132.7",
    },
    expected: [
      "Mexique : demande de visite du",
      `${TORTURE.fr} : demande du 15 mars 2019, en attente depuis 7 ans et 8 mois ; 2 rappels, le dernier le 1 février 2023.`,
      "du 1 mars 2027 au 12 mars 2027",
      "Les conditions de détention se sont aggravées depuis 2023.",
      "Coopérer pleinement avec les procédures spéciales (A/HRC/40/8, para. 132.7)",
      "Excellence,",
    ],
  },
  {
    template: "standing-invitation-appeal",
    query: "template=standing-invitation-appeal&country=MEX",
    choices: { language: "es", mandate: "" },
    changes: {
      "uprCommitments[0].text": "Considerar la posibilidad de cursar una invitación permanente",
      "uprCommitments[0].reference": "A/HRC/40/8, párr. 132.1",
      whyNow: "El Examen Periódico Universal del país tendrá lugar en 2027.",
    },
    expected: [
      "México: invitación permanente a los procedimientos especiales",
      "Considerar la posibilidad de cursar una invitación permanente (A/HRC/40/8, párr. 132.1)",
      "El Examen Periódico Universal del país tendrá lugar en 2027.",
      "solicitada el 15 de marzo de 2019",
    ],
  },
  {
    template: "unofficial-visit-invitation",
    query: "template=unofficial-visit-invitation&unofficial=UNOFFICIAL",
    choices: { language: "en" },
    changes: {
      "event.programme": "Opening panel with families\nWorkshop with search collectives",
      "event.whoPays": "The University covers travel and accommodation.",
      "event.cannotLeadTo": "An official report or recommendations to the Government.",
    },
    expected: [
      "Mexico: invitation to “Regional forum on the search for the disappeared”",
      "Host: University of Oaxaca",
      "Dates: 3 March 2027 to 5 March 2027",
      "Workshop with search collectives",
      "The University covers travel and accommodation.",
      "Working Group on Enforced or Involuntary Disappearances",
    ],
  },
];

describe("drafting the four letters in the browser", () => {
  const drafted = new Map<string, { id: string; expected: string[] }>();

  it.each(cases)(
    "$template: drafted from the registry, edited, saved and downloaded as DOCX and PDF",
    async (c) => {
      const id = await start(c.query.replace("VISIT", visitId).replace("UNOFFICIAL", unofficialId), {
        org: author.org?.id as string,
        ...c.choices,
      });
      const saved = await edit(id, c.changes);
      expect(saved.status, pageText(await saved.clone().text()).slice(0, 2000)).toBe(303);
      expect(saved.headers.get("location")).toBe(`/advocacy/letters/${id}?done=saved`);

      const page = pageText(
        await (await author.client.request("GET", `/advocacy/letters/${id}?done=saved`)).text(),
      );
      expect(page).toContain("The letter is saved.");
      for (const part of c.expected) expect(page).toContain(part);

      const docx = await download(id, "docx");
      const pdf = await download(id, "pdf");
      const [dt, pt] = [await docxText(docx), await pdfText(pdf)];
      for (const text of [dt, pt]) {
        expect(text).toContain("Ñandutí Human Rights Centre");
        for (const part of c.expected) expect(text).toContain(part);
      }
      // The organisation's logo, from its record in the file store, heads both files.
      expect(Buffer.from(docx).includes("word/media/")).toBe(true);
      expect(Buffer.from(pdf).includes("/Subtype /Image")).toBe(true);
      writeFileSync(path.join(dir, `${c.template}.docx`), docx);
      drafted.set(c.template, { id, expected: c.expected });
    },
  );

  const soffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
  it.skipIf(!soffice)(
    "the downloaded DOCX files open in LibreOffice, which turns them into PDFs with the same text",
    async () => {
      expect(drafted.size).toBe(4);
      const run = spawnSync(
        "soffice",
        [
          `-env:UserInstallation=${pathToFileURL(path.join(dir, "profile")).href}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          dir,
          ...[...drafted.keys()].map((k) => path.join(dir, `${k}.docx`)),
        ],
        { encoding: "utf8", timeout: 180_000 },
      );
      expect(run.status, run.stderr).toBe(0);
      for (const [template, { expected }] of drafted) {
        const text = await pdfText(new Uint8Array(readFileSync(path.join(dir, `${template}.pdf`))));
        for (const part of expected) expect(text, `${template}: ${part}`).toContain(part);
      }
    },
    240_000,
  );

  it("serves the same file over the API, base64 in JSON", async () => {
    const [id] = [...drafted.values()].map((d) => d.id);
    const r = await author.client.json<{ filename: string; mediaType: string; data: string }>(
      "GET",
      `/api/v1/advocacy/letters/${id}/download?format=pdf`,
    );
    expect(r.status).toBe(200);
    expect(r.body.mediaType).toBe("application/pdf");
    expect(await pdfText(new Uint8Array(Buffer.from(r.body.data, "base64")))).toContain(
      "Ñandutí Human Rights Centre",
    );
  });
});

describe("the organisation's logo", () => {
  it("refuses to print a logo that is not a whole image, saying so, in a page and in JSON", async () => {
    const id = await start("template=standing-invitation-appeal&country=MEX", {
      org: author.org?.id as string,
      language: "en",
    });
    // A PNG signature and nothing after it: the upload check (by the first bytes) lets it through.
    const broken = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5, 6, 7, 8]);
    const deps = { ...accountDepsFor(t), files: t.deps.files };
    await setOrgLogo(deps, author.actor, author.org?.id as string, broken);
    try {
      const page = await author.client.request("GET", `/advocacy/letters/${id}/download?format=pdf`);
      expect(page.status).toBe(415);
      expect(pageText(await page.text())).toContain(
        "The logo cannot be used: it is not a PNG or JPEG image (judged by its content, not its name).",
      );
      const api = await author.client.json<{ error: { code: string; details: { path: string }[] } }>(
        "GET",
        `/api/v1/advocacy/letters/${id}/download?format=docx`,
      );
      expect(api.status).toBe(415);
      expect(api.body.error.code).toBe("unsupported_file_type");
      expect(api.body.error.details[0]?.path).toBe("organisation.logo");
    } finally {
      await setOrgLogo(deps, author.actor, author.org?.id as string, png(240, 80));
    }
  });
});

describe("the API document", () => {
  it("describes the letters, sign-on and log operations, and which need a session", async () => {
    const { body } = await t.json<{ paths: Record<string, Record<string, { security?: unknown[] }>> }>(
      "/api/v1/openapi.json",
    );
    const operations = Object.entries(body.paths)
      .filter(([path]) => path.startsWith("/advocacy/"))
      .flatMap(([path, ops]) =>
        Object.entries(ops).map(([method, op]) => `${method} ${path}${op.security ? " (session)" : ""}`),
      );
    expect(operations.sort()).toEqual(
      [
        "get /advocacy/letters (session)",
        "post /advocacy/letters (session)",
        "get /advocacy/letters/{id} (session)",
        "put /advocacy/letters/{id} (session)",
        "get /advocacy/letters/{id}/download (session)",
        "post /advocacy/letters/{id}/sign-on (session)",
        "get /advocacy/letters/{id}/signatories (session)",
        "put /advocacy/letters/{id}/signatories/order (session)",
        "post /advocacy/letters/{id}/signatures (session)",
        "post /advocacy/sign-on/{token}/signatures",
        "post /advocacy/signatures/confirm",
        "post /advocacy/signatures/withdraw",
        "get /advocacy/log",
        "post /advocacy/log (session)",
        "get /advocacy/visits/{id}/timeline",
        "put /advocacy/unofficial-visits/{id}/official-visit (session)",
      ].sort(),
    );
  });
});

describe("bad input on the form", () => {
  let id: string;
  beforeAll(async () => {
    id = await start(`template=visit-request&visit=${visitId}`, {
      org: author.org?.id as string,
      language: "en",
    });
    expect((await edit(id, { whyNow: "Kept before." })).status).toBe(303);
  });

  it("refuses a field too long for a page, naming it beside the field, keeping every value, saving nothing", async () => {
    const res = await edit(id, {
      whyNow: "x".repeat(1501),
      situation: "A situation typed in the same attempt.",
      whoToMeet: `${"y".repeat(201)}\nLawyers`,
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    const text = pageText(html);
    expect(text).toContain("2 problems stop the letter from being saved:");
    expect(text).toContain(
      "Why now: Too long for a printed letter: at most 1,500 characters, this one has 1,501.",
    );
    expect(text).toContain(
      "Who the expert should meet: Too long for a printed letter: at most 200 characters, this one has 201.",
    );
    // The field is marked and points at its message; the summary links to it.
    expect(html).toMatch(
      /<textarea id="letter-whyNow" name="whyNow"[^>]*aria-describedby="letter-whyNow-hint letter-whyNow-error"[^>]*aria-invalid="true"/,
    );
    expect(html).toContain('href="#letter-whyNow"');
    const kept = formFields(html, `/advocacy/letters/${id}/edit`);
    expect(kept.situation).toBe("A situation typed in the same attempt.");
    expect(kept.whyNow).toBe("x".repeat(1501));
    const [row] = await t.database.db.select().from(letters).where(eq(letters.id, id));
    expect(row?.data.whyNow).toBe("Kept before.");
    expect(row?.data.situation).toBeUndefined();
  });

  it("refuses an impossible date and a language without translations, in the reader's language", async () => {
    const res = await author.client.request("POST", `/advocacy/letters/${id}/edit?lang=fr`, {
      form: {
        ...formFields(
          await (await author.client.request("GET", `/advocacy/letters/${id}/edit`)).text(),
          `/advocacy/letters/${id}/edit`,
        ),
        language: "ar",
        "earlierCommunications[0].date": "2025-13-45",
      },
    });
    expect(res.status).toBe(422);
    const text = pageText(await res.text());
    expect(text).toContain("Langue de la lettre: letters can be written in en, fr, es");
    expect(text).toContain("Communication 1: Date: use a date like 2025-03-31");
  });

  it("refuses to start a letter for an organisation one is not a member of", async () => {
    const outsider = await person(t, { org: "Another NGO" });
    const res = await outsider.client.request("POST", "/advocacy/letters/new", {
      form: {
        template: "visit-request",
        org: author.org?.id as string,
        country: "MEX",
        mandate: "sr-torture",
        language: "en",
      },
    });
    expect(res.status).toBe(403);
    expect(pageText(await res.text())).toContain("You are not a member of this organisation.");
  });
});
