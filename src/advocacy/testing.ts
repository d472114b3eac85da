// Shared by the advocacy integration tests: people and organisations, a pending request in the
// registry, reading forms out of pages, and reading letters back out of DOCX and PDF files.
import { DomUtils, parseDocument } from "htmlparser2";
import mammoth from "mammoth";
import { extractText, getDocumentProxy } from "unpdf";
import { expect } from "vitest";
import { accountDepsFor, makeUser, PASSWORD } from "../../test/support/accounts";
import { TEST_NOW, type TestApp } from "../../test/support/app";
import { Client } from "../../test/support/client";
import { createCoalition, setOrgLogo } from "../accounts/organisations";
import { coalitionMembers } from "../accounts/schema";
import { loadActor } from "../accounts/service";
import { createVisit } from "../visits/recording";
import { png } from "./letters/fixtures";

export const TODAY = TEST_NOW.toISOString().slice(0, 10);

export type Person = Awaited<ReturnType<typeof makeUser>> & { client: Client };

/** A person signed in through the API, their session cookie and CSRF token kept by the client. */
export async function person(t: TestApp, opts: { org?: string; name?: string } = {}): Promise<Person> {
  const made = await makeUser(t, opts);
  const client = new Client(t);
  const r = await client.signIn(made.user.email, PASSWORD);
  expect(r.status).toBe(200);
  return { ...made, client };
}

/**
 * Two organisations in one coalition (the author's and a partner's), an outsider's organisation,
 * and the author's logo in the file store.
 */
export async function world(t: TestApp) {
  const author = await person(t, { org: "Ñandutí Human Rights Centre", name: "Ana Pérez" });
  const partner = await person(t, { org: "Red de Defensoras", name: "Rosa Díaz" });
  const outsider = await person(t, { org: "Elsewhere Watch", name: "Otto Other" });
  const deps = { ...accountDepsFor(t), files: t.deps.files };
  const orgId = author.org?.id as string;
  await setOrgLogo(deps, author.actor, orgId, png(240, 80));
  const coalition = await createCoalition(deps, author.actor, { name: "Coalición Oaxaca", orgId });
  // Joining goes through an invitation mailed to its admins, tested in accounts; here it simply joins.
  await t.database.db
    .insert(coalitionMembers)
    .values({ coalitionId: coalition.id, orgId: partner.org?.id as string });
  author.actor = await loadActor(t.database.db, author.user);
  partner.actor = await loadActor(t.database.db, partner.user);
  return { author, partner, outsider, coalition };
}

/** A request of the Special Rapporteur on torture to Mexico, pending since 2019 with two reminders. */
export async function pendingTortureRequest(t: TestApp, actor: Person["actor"]): Promise<string> {
  return createVisit(
    t.database.db,
    actor,
    {
      country: "MEX",
      mandate: "sr-torture",
      events: [
        { type: "requested", date: "2019-03-15" },
        { type: "reminder", date: "2021-01-10" },
        { type: "reminder", date: "2023-02-01" },
      ],
    },
    TODAY,
  );
}

/** The fields a browser would post with the form whose action is given: inputs, text areas, selected options, ticked boxes. */
export function formFields(html: string, action: string): Record<string, string> {
  const doc = parseDocument(html);
  const form = DomUtils.findOne(
    (el) => el.name === "form" && el.attribs.action === action,
    doc.children,
    true,
  );
  if (!form) throw new Error(`no form posts to ${action}`);
  const fields: Record<string, string> = {};
  for (const el of DomUtils.findAll((e) => ["input", "textarea", "select"].includes(e.name), form.children)) {
    const name = el.attribs.name;
    if (!name) continue;
    if (el.name === "textarea") fields[name] = DomUtils.textContent(el);
    else if (el.name === "select") {
      const options = DomUtils.findAll((o) => o.name === "option", el.children);
      const chosen = options.find((o) => "selected" in o.attribs) ?? options[0];
      fields[name] = chosen?.attribs.value ?? "";
    } else if (el.attribs.type === "checkbox" || el.attribs.type === "radio") {
      if ("checked" in el.attribs) fields[name] = el.attribs.value ?? "on";
    } else fields[name] = el.attribs.value ?? "";
  }
  return fields;
}

/** The visible text of a page, without its markup. */
export function pageText(html: string): string {
  return DomUtils.textContent(parseDocument(html)).replace(/\s+/g, " ");
}

export async function docxText(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value.replace(/\s+/g, " ");
}

export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}
