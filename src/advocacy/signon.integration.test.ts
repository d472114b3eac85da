import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, TEST_NOW, type TestApp } from "../../test/support/app";
import { Client } from "../../test/support/client";
import { type LocalSmtp, startSmtp } from "../../test/support/smtp";
import { rows } from "../platform/db/client";
import { silentLogger } from "../platform/log";
import { deliverDueMail } from "../platform/mail/outbox";
import { smtpTransport } from "../platform/mail/smtp";
import { docxText, formFields, type Person, pageText, pdfText, world } from "./testing";

let smtp: LocalSmtp;

let t: TestApp;
let port = 0;
let author: Person;
let partner: Person;
let coalitionId: string;
let letterId: string;
let signOnPath: string;

beforeAll(async () => {
  smtp = await startSmtp();
  port = smtp.port;
  t = await createTestApp();
  // A clock that moves on at each reading, so confirmations come in a definite order.
  let tick = 0;
  t.deps.clock = () => new Date(TEST_NOW.getTime() + ++tick * 1000);
  const w = await world(t);
  ({ author, partner } = w);
  coalitionId = w.coalition.id;
  const created = await author.client.json<{ id: string }>("POST", "/api/v1/advocacy/letters", {
    json: {
      template: "visit-request",
      org: author.org?.id,
      language: "en",
      country: "MEX",
      mandate: "sr-torture",
      title: "Joint letter on torture in Mexico",
      data: { whyNow: "The new detention law takes effect in May." },
    },
  });
  expect(created.status).toBe(201);
  letterId = created.body.id;
});
afterAll(async () => {
  await smtp?.close();
  await t?.close();
});

// The outbox stamps rows with the database clock, so delivery runs on the real clock.
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

/** The confirmation and withdrawal links of the last mail to this address. */
function linksFor(email: string): { confirm: string; withdraw: string; subject: string; text: string } {
  const mail = smtp.received.filter((m) => m.to === email).at(-1);
  if (!mail) throw new Error(`no mail to ${email}`);
  const confirm = mail.text.match(
    /http:\/\/localhost:3000(\/advocacy\/signatures\/confirm\/[A-Za-z0-9_-]+)/,
  )?.[1];
  const withdraw = mail.text.match(
    /http:\/\/localhost:3000(\/advocacy\/signatures\/withdraw\/[A-Za-z0-9_-]+)/,
  )?.[1];
  if (!confirm || !withdraw) throw new Error(`no links in ${mail.text}`);
  return { confirm, withdraw, subject: mail.subject, text: mail.text };
}

/** Opens a mailed link in a fresh browser and presses its button; the page it ends on. */
async function follow(link: string, language = "en"): Promise<{ status: number; text: string }> {
  const browser = new Client(t, "198.51.100.20");
  const headers = { "accept-language": language };
  const page = await browser.request("GET", link, { headers });
  if (page.status !== 200) return { status: page.status, text: pageText(await page.text()) };
  const res = await browser.request("POST", link, { headers, form: formFields(await page.text(), link) });
  return { status: res.status, text: pageText(await res.text()) };
}

const signers = {
  public: "contact@colectivo.example",
  partner: "rosa@red.example",
  api: "info@formula.example",
  late: "late@slow.example",
};

async function letterText(): Promise<string> {
  const res = await author.client.request("GET", `/advocacy/letters/${letterId}/download?format=docx`);
  return docxText(new Uint8Array(await res.arrayBuffer()));
}

describe("coalition sign-on, end to end with e-mail confirmation", () => {
  it("the owner shares the draft with the coalition and opens a public sign-on link with a deadline", async () => {
    const page = `/advocacy/letters/${letterId}`;
    const share = await author.client.request("POST", `${page}/share`, { form: { coalition: coalitionId } });
    expect(share.status).toBe(303);
    const open = await author.client.request("POST", `${page}/sign-on`, {
      form: { deadline: "2026-11-30", link: "new" },
    });
    expect(open.status).toBe(200);
    const html = await open.text();
    signOnPath = html.match(/http:\/\/localhost:3000(\/advocacy\/sign\/[A-Za-z0-9_-]{40,})/)?.[1] as string;
    expect(signOnPath).toBeDefined();
    expect(pageText(html)).toContain("Open for signatures until November 30, 2026.");
    // Shown once: the link is kept only as a hash.
    expect(await (await author.client.request("GET", page)).text()).not.toContain(signOnPath);
  });

  it("an organisation signs through the public link, without an account, and gets a mail in its language", async () => {
    const visitor = new Client(t, "198.51.100.7");
    const page = await visitor.request("GET", signOnPath, { headers: { "accept-language": "fr" } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(pageText(html)).toContain("The new detention law takes effect in May.");
    const res = await visitor.request("POST", signOnPath, {
      headers: { "accept-language": "fr" },
      form: {
        ...formFields(html, signOnPath),
        orgName: "Colectivo Búsqueda",
        country: "MEX",
        email: signers.public,
        listPublicly: "on",
      },
    });
    expect(res.status).toBe(200);
    expect(pageText(await res.text())).toContain(`Nous avons envoyé un lien à ${signers.public}.`);
  });

  it("a coalition partner signs from the letter's page, asking not to be named", async () => {
    const page = `/advocacy/letters/${letterId}`;
    const html = await (await partner.client.request("GET", page)).text();
    expect(pageText(html)).toContain("Sign this letter");
    const res = await partner.client.request("POST", `${page}/sign`, {
      form: { orgName: "Red de Defensoras", country: "MEX", email: signers.partner },
    });
    expect(res.status).toBe(200);
    expect(pageText(await res.text())).toContain(`We sent a link to ${signers.partner}.`);
  });

  it("others sign over the API, anonymously through the link", async () => {
    const token = signOnPath.split("/").at(-1);
    for (const [orgName, email] of [
      ['=HYPERLINK("http://evil.example")', signers.api],
      ["Slow Org", signers.late],
    ]) {
      const r = await new Client(t, "198.51.100.8").json(
        "POST",
        `/api/v1/advocacy/sign-on/${token}/signatures`,
        {
          json: { orgName, email, listPublicly: true },
        },
      );
      expect(r.status).toBe(201);
    }
    const bad = await new Client(t).json<{ error: { code: string; details: { path: string }[] } }>(
      "POST",
      `/api/v1/advocacy/sign-on/${token}/signatures`,
      { json: { orgName: "X Org", email: "not an address", listPublicly: true } },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d) => d.path)).toEqual(["email"]);
  });

  it("sends each signatory one mail through the outbox and the SMTP server, holding both links", async () => {
    expect((await deliver()).sent).toBe(4);
    expect(smtp.received.map((m) => m.to).sort()).toEqual(Object.values(signers).sort());
    const fr = linksFor(signers.public);
    expect(fr.subject).toBe("Confirmez votre signature : Joint letter on torture in Mexico");
    expect(fr.text).toContain("Pour la retirer plus tard (jusqu’au 30 novembre 2026), ouvrez :");
    expect(linksFor(signers.partner).subject).toBe(
      "Confirm your signature: Joint letter on torture in Mexico",
    );
  });

  it("counts a signature only once confirmed, and a confirmation link works once", async () => {
    expect(await letterText()).not.toContain("Colectivo Búsqueda");
    const first = await follow(linksFor(signers.public).confirm, "fr");
    expect(first.status).toBe(200);
    expect(first.text).toContain("Signature confirmée");
    const again = await follow(linksFor(signers.public).confirm);
    expect(again.status).toBe(409);
    expect(again.text).toContain("This link has already been used: the signature is confirmed.");
    expect((await follow(linksFor(signers.partner).confirm)).status).toBe(200);

    const token = linksFor(signers.api).confirm.split("/").at(-1);
    const api = await new Client(t).json("POST", "/api/v1/advocacy/signatures/confirm", { json: { token } });
    expect(api.status).toBe(200);
    const twice = await new Client(t).json<{ error: { code: string; message: string } }>(
      "POST",
      "/api/v1/advocacy/signatures/confirm",
      { json: { token } },
    );
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe("already_confirmed");
  });

  it("lists the confirmed signatories in the letter, in order, counting those who asked not to be named", async () => {
    const text = await letterText();
    expect(text).toContain(
      'Co-signed by: Colectivo Búsqueda (Mexico) =HYPERLINK("http://evil.example") and one other organisation that asked not to be named',
    );
    expect(text).toContain("and the organisations that co-sign this letter respectfully ask");
    expect(text).not.toContain("Red de Defensoras");
    expect(text).not.toContain("Slow Org");
  });

  it("lets the owner reorder the signatories, on the page and over the API", async () => {
    const list = await author.client.json<{ items: { id: string; organisation: string; status: string }[] }>(
      "GET",
      `/api/v1/advocacy/letters/${letterId}/signatories`,
    );
    const confirmed = list.body.items.filter((s) => s.status === "confirmed");
    expect(confirmed.map((s) => s.organisation)).toEqual([
      "Colectivo Búsqueda",
      "Red de Defensoras",
      '=HYPERLINK("http://evil.example")',
    ]);
    const formula = confirmed[2]?.id as string;
    for (let i = 0; i < 2; i++) {
      const moved = await author.client.request(
        "POST",
        `/advocacy/letters/${letterId}/signatories/${formula}/move`,
        {
          form: { direction: "up" },
        },
      );
      expect(moved.status).toBe(303);
    }
    expect(await letterText()).toContain(
      'Co-signed by: =HYPERLINK("http://evil.example") Colectivo Búsqueda (Mexico)',
    );

    const ids = confirmed.map((s) => s.id);
    const order = await author.client.json<{ items: { organisation: string; position: number | null }[] }>(
      "PUT",
      `/api/v1/advocacy/letters/${letterId}/signatories/order`,
      { json: { ids: [ids[1], ids[0], ids[2]] } },
    );
    expect(order.status).toBe(200);
    expect(order.body.items.filter((s) => s.position !== null).map((s) => s.organisation)).toEqual([
      "Red de Defensoras",
      "Colectivo Búsqueda",
      '=HYPERLINK("http://evil.example")',
    ]);
    const bad = await author.client.json<{ error: { code: string } }>(
      "PUT",
      `/api/v1/advocacy/letters/${letterId}/signatories/order`,
      { json: { ids: [ids[0], ids[0]] } },
    );
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe("invalid_order");
    // The partner reads the list but may not reorder it.
    const partnerTry = await partner.client.json(
      "PUT",
      `/api/v1/advocacy/letters/${letterId}/signatories/order`,
      {
        json: { ids },
      },
    );
    expect(partnerTry.status).toBe(403);
  });

  it("exports the list as CSV, formula-safe, with contact addresses only in the owner's own export", async () => {
    const res = await author.client.request("GET", `/advocacy/letters/${letterId}/signatories.csv`);
    const bytes = Buffer.from(await res.arrayBuffer());
    // A byte-order mark, so that spreadsheets read the accents right.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString("utf8");
    expect(csv).toContain('\'=HYPERLINK(""http://evil.example"")');
    expect(csv).not.toContain("@");
    expect(csv.split("\r\n")[0]).toBe(
      "\uFEFFposition,organisation,country,status,listed_publicly,confirmed_at",
    );
    const own = await (
      await author.client.request("GET", `/advocacy/letters/${letterId}/signatories.csv?contacts=1`)
    ).text();
    for (const email of Object.values(signers)) expect(own).toContain(email);
    expect(own).toContain("Slow Org,,pending");

    const partnerCsv = await partner.client.request("GET", `/advocacy/letters/${letterId}/signatories.csv`);
    const text = await partnerCsv.text();
    expect(text).toContain("Colectivo Búsqueda");
    // Partners see those who agreed to be named, and no one's address.
    expect(text).not.toContain("Red de Defensoras");
    expect(text).not.toContain("@");
    const partnerContacts = await partner.client.json<{ error: { code: string } }>(
      "GET",
      `/advocacy/letters/${letterId}/signatories.csv?contacts=1`,
    );
    expect(partnerContacts.status).toBe(403);
    expect(partnerContacts.body.error.code).toBe("forbidden");
    const partnerPage = await (await partner.client.request("GET", `/advocacy/letters/${letterId}`)).text();
    for (const email of Object.values(signers)) expect(partnerPage).not.toContain(email);
  });

  it("keeps signatories' addresses sealed in the database", async () => {
    const dump = await rows<{ row: string }>(
      t.database.db,
      sql`SELECT to_jsonb(s)::text AS row FROM advocacy_signatures s`,
    );
    expect(dump.length).toBeGreaterThanOrEqual(Object.keys(signers).length);
    for (const email of Object.values(signers))
      expect(dump.some((r) => r.row.toLowerCase().includes(email))).toBe(false);
  });

  it("lets a signatory withdraw before the deadline, once", async () => {
    const { withdraw } = linksFor(signers.public);
    const done = await follow(withdraw, "fr");
    expect(done.status).toBe(200);
    expect(done.text).toContain("Signature retirée");
    expect(await letterText()).not.toContain("Colectivo Búsqueda");
    const again = await follow(withdraw);
    expect(again.status).toBe(409);
    expect(again.text).toContain("This link has already been used: the signature was withdrawn.");
    // Withdrawn, the confirmation link no longer confirms it.
    expect((await follow(linksFor(signers.public).confirm)).status).toBe(409);
  });

  it("after the deadline, signs, confirms and withdraws nothing: 410 with a clear message", async () => {
    const clock = t.deps.clock;
    t.deps.clock = () => new Date("2026-12-01T00:00:01Z");
    try {
      const late = await follow(linksFor(signers.late).confirm);
      expect(late.status).toBe(410);
      expect(late.text).toContain("The deadline for signing this letter has passed");
      expect((await follow(linksFor(signers.partner).withdraw)).status).toBe(410);
      const page = await new Client(t).request("GET", signOnPath);
      expect(page.status).toBe(410);
      const token = signOnPath.split("/").at(-1);
      const api = await new Client(t).json<{ error: { code: string; message: string } }>(
        "POST",
        `/api/v1/advocacy/sign-on/${token}/signatures`,
        { json: { orgName: "Too Late Org", email: "x@late.example", listPublicly: true } },
      );
      expect(api.status).toBe(410);
      expect(api.body.error).toEqual({
        code: "sign_on_closed",
        message: "The sign-on for this letter has closed: its deadline has passed.",
      });
      // The letter still lists who confirmed in time.
      expect(await letterText()).toContain(
        'Co-signed by: =HYPERLINK("http://evil.example") and one other organisation that asked not to be named',
      );
    } finally {
      t.deps.clock = clock;
    }
  });

  it("the PDF carries the same list as the DOCX", async () => {
    const res = await author.client.request("GET", `/advocacy/letters/${letterId}/download?format=pdf`);
    const text = await pdfText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain(
      '=HYPERLINK("http://evil.example") and one other organisation that asked not to be named',
    );
  });
});
