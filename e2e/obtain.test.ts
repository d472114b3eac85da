/**
 * Journey: obtaining a visit. A member of an organisation drafts a letter urging the Government to
 * accept a pending request, starting from what the registry holds, corrects a mistake the form
 * points out, saves it and downloads it as DOCX and PDF; every page passes axe on the way.
 */
import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import mammoth from "mammoth";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { pendingTortureRequest } from "../src/advocacy/testing";
import { type Db, rows } from "../src/platform/db/client";
import { makeUser, PASSWORD } from "../test/support/accounts";
import {
  axeViolations,
  type E2eServer,
  formatViolations,
  launchBrowser,
  newContext,
  startServer,
} from "./support";

let browser: Browser | undefined;
let server: E2eServer | undefined;
let context: BrowserContext;
let page: Page;
let email = "";

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  const made = await makeUser(server.testApp, { org: "Ñandutí Human Rights Centre", name: "Ana Pérez" });
  email = made.user.email;
  await pendingTortureRequest(server.testApp, made.actor);
  context = await newContext(browser, { acceptDownloads: true });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const url = (path: string) => `${server?.url}${path}`;

async function expectAccessible(p: Page, what: string) {
  const violations = await axeViolations(p);
  expect(violations, `axe on ${what}:\n${formatViolations(violations)}`).toHaveLength(0);
}

async function downloaded(link: string): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: link }).click(),
  ]);
  return readFileSync((await download.path()) as string);
}

describe("drafting a letter to obtain a visit", () => {
  test("signs in and finds no letter yet", async () => {
    await page.goto(url("/signin?next=/advocacy/letters"));
    await page.getByLabel("E-mail address", { exact: true }).fill(email);
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await page.locator("main").getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/advocacy\/letters$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Letters");
    expect(await page.locator(".empty-title").textContent()).toBe(
      "No letter yet. Draft one from the facts the registry holds.",
    );
    await expectAccessible(page, "/advocacy/letters (empty)");
  });

  test("starts a letter to the Government from what the registry holds on Mexico", async () => {
    await page
      .getByRole("navigation", { name: "Advocacy" })
      .getByRole("link", { name: "Draft a letter" })
      .click();
    await page.waitForURL(/\/advocacy\/letters\/new$/);
    await page.getByLabel("Urge the Government to accept a request", { exact: true }).check();
    await page.getByLabel("Country", { exact: true }).selectOption({ label: "Mexico" });
    await page.getByLabel("Mandate", { exact: true }).selectOption("sr-torture");
    await expectAccessible(page, "/advocacy/letters/new");
    await page.getByRole("button", { name: "Start the draft" }).click();
    await page.waitForURL(/\/advocacy\/letters\/[0-9a-f-]{36}\/edit\?done=created$/);
    expect(await page.getByRole("status").first().textContent()).toContain("filled from the registry");
    // The pending request, from the registry, with its reminders.
    const request = page.getByRole("group", { name: "Request 1" });
    expect(await request.getByLabel("Requested on", { exact: true }).inputValue()).toBe("2019-03-15");
    expect(await request.getByLabel("Reminders sent on", { exact: true }).inputValue()).toBe(
      "2021-01-10, 2023-02-01",
    );
    await expectAccessible(page, "the letter's edit form");
  });

  test("is told which field is wrong, and keeps what was typed", async () => {
    await page.getByLabel("Why now", { exact: true }).fill("The new detention law takes effect in May.");
    await page
      .getByRole("group", { name: "Request 1" })
      .getByLabel("Reminders sent on", { exact: true })
      .fill("2021-01-10, last spring");
    await page.getByRole("button", { name: "Save the letter" }).click();
    await page.waitForLoadState();
    const alert = page.getByRole("alert");
    expect(await alert.textContent()).toContain("Request 1: Reminders sent on: use a date like 2025-03-31");
    const reminders = page
      .getByRole("group", { name: "Request 1" })
      .getByLabel("Reminders sent on", { exact: true });
    expect(await reminders.getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("Why now", { exact: true }).inputValue()).toBe(
      "The new detention law takes effect in May.",
    );
    await expectAccessible(page, "the edit form with an error");
    await reminders.fill("2021-01-10, 2023-02-01");
    await page.getByRole("button", { name: "Save the letter" }).click();
    await page.waitForURL(/\/advocacy\/letters\/[0-9a-f-]{36}\?done=saved$/);
    expect(await page.getByRole("status").first().textContent()).toBe("The letter is saved.");
    const preview = page.getByRole("article", { name: "Preview of the letter" });
    expect(await preview.textContent()).toContain("The new detention law takes effect in May.");
    await expectAccessible(page, "the letter's page");
  });

  test("downloads the letter as DOCX and PDF, with the registry's facts and the text typed", async () => {
    const docx = (await mammoth.extractRawText({ buffer: await downloaded("Download (Word, DOCX)") })).value;
    const pdfBytes = await downloaded("Download (PDF)");
    const pdf = (await extractText(await getDocumentProxy(new Uint8Array(pdfBytes)), { mergePages: true }))
      .text;
    for (const text of [docx, pdf].map((s) => s.replace(/\s+/g, " "))) {
      expect(text).toContain("Ñandutí Human Rights Centre");
      expect(text).toContain("Mexico: the request for a visit by the Special Rapporteur on torture");
      expect(text).toContain("requested on 15 March 2019, pending for 7 years and 8 months; 2 reminders");
      expect(text).toContain("The new detention law takes effect in May.");
    }
  });

  test("opens a sign-on with a public link, through which another organisation signs", async () => {
    await page.getByLabel("Deadline", { exact: true }).fill("2026-11-30");
    await page.getByLabel("Public sign-on link", { exact: true }).selectOption("new");
    await page.getByRole("button", { name: "Save the sign-on" }).click();
    await page.waitForLoadState();
    const link = new URL((await page.locator("pre.secret").textContent()) ?? "");
    await expectAccessible(page, "the letter's page with its new sign-on link");

    const visitor = await newContext(browser as Browser);
    try {
      const p = await visitor.newPage();
      await p.goto(url(link.pathname));
      expect(await p.getByRole("heading", { level: 1 }).textContent()).toMatch(/^Sign: Mexico: the request/);
      await expectAccessible(p, "the public sign-on page");
      await p.getByLabel("Organisation", { exact: true }).fill("Colectivo Búsqueda");
      await p.getByLabel("Contact e-mail address", { exact: true }).fill("contact@colectivo.example");
      await p.getByRole("button", { name: "Sign", exact: true }).click();
      await p.waitForLoadState();
      expect(await p.getByRole("status").textContent()).toBe(
        "We sent a link to contact@colectivo.example. The signature counts once you follow it.",
      );
      await expectAccessible(p, "the check-your-e-mail page");

      // The mail waits in the outbox; its link asks to press a button, then says it is done.
      const [mail] = await rows<{ text_body: string }>(
        server?.database.db as Db,
        sql`SELECT text_body FROM mail_outbox WHERE to_address = 'contact@colectivo.example'`,
      );
      const confirm = mail?.text_body.match(/\/advocacy\/signatures\/confirm\/[A-Za-z0-9_-]+/)?.[0] as string;
      await p.goto(url(confirm));
      await expectAccessible(p, "the confirmation page");
      await p.getByRole("button", { name: "Confirm the signature" }).click();
      await p.waitForLoadState();
      expect(await p.getByRole("heading", { level: 1 }).textContent()).toBe("Signature confirmed");
      await expectAccessible(p, "the confirmed page");
      const again = await p.goto(url(confirm));
      expect(again?.status()).toBe(409);
      expect(await p.getByRole("heading", { level: 1 }).textContent()).toBe("Already confirmed");
      await expectAccessible(p, "a link used twice");
    } finally {
      await visitor.close();
    }
  });

  test("records the letter as sent, then reads the log and the visit's timeline", async () => {
    await page.getByLabel("Aimed at", { exact: true }).fill("Minister for Foreign Affairs");
    await page.getByRole("button", { name: "Record the action" }).click();
    await page.waitForURL(/\/advocacy\/log\?done=recorded$/);
    expect(await page.locator("main ul.cards").textContent()).toContain(
      "Letter sent — Ñandutí Human Rights Centre, to Minister for Foreign Affairs",
    );
    await expectAccessible(page, "/advocacy/log");
    await page.goto(url("/advocacy/letters/new?country=MEX"));
    await page
      .getByRole("region", { name: "What the registry holds for Mexico" })
      .getByRole("link", { name: "Advocacy timeline of the visit" })
      .click();
    await page.waitForURL(/\/advocacy\/visits\/[0-9a-f-]{36}$/);
    expect(await page.getByRole("heading", { level: 2, name: "Timeline" }).isVisible()).toBe(true);
    await expectAccessible(page, "a visit's advocacy timeline");
  });

  test("finds the letter in its list", async () => {
    await page.goto(url("/advocacy/letters"));
    expect(await page.getByRole("status").first().textContent()).toBe("1 letter");
    await expectAccessible(page, "/advocacy/letters");
  });
});
