/**
 * Journey: after the visit. A signed-in member uploads the report as a PDF, checks one
 * recommendation against its paragraph and corrects it, accepts the review, and finds the
 * recommendation at its stable address; every page passes axe on the way.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fixtureText, pdfOf } from "../src/reports/test-documents";
import { createVisit } from "../src/visits/recording";
import { makeUser, PASSWORD } from "../test/support/accounts";
import { TEST_NOW } from "../test/support/app";
import { type E2eServer, expectAccessible, launchBrowser, newContext, startServer } from "./support";

let browser: Browser | undefined;
let server: E2eServer | undefined;
let context: BrowserContext;
let page: Page;
let email = "";
let visitId = "";
let pdf: Uint8Array;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  const made = await makeUser(server.testApp, { name: "Lucía Romero", org: "Minorías en Acción" });
  email = made.user.email;
  visitId = await createVisit(
    server.database.db,
    made.actor,
    {
      country: "ESP",
      mandate: "sr-minority-issues",
      events: [{ type: "dates_agreed", date: "2018-10-01", from: "2019-01-14", to: "2019-01-25" }],
    },
    TEST_NOW.toISOString().slice(0, 10),
  );
  pdf = await pdfOf(fixtureText("02_spain_sr_minorities_2020.txt"));
  context = await newContext(browser);
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const url = (path: string) => `${server?.url}${path}`;
const SYMBOL = "A/HRC/43/47/Add.1";
const EDITED =
  "The Government should review and amend anti-discrimination legislation so that it covers every ground in the major human rights treaties.";

describe("after the visit: a report becomes reviewed recommendations", () => {
  test("a member signs in and uploads the report's PDF", async () => {
    await page.goto(url("/reports/new"));
    await page.waitForURL(/\/signin\?next=/);
    await page.getByLabel("E-mail address").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.locator("main").getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/reports\/new$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Upload a report");
    await expectAccessible(page, "/reports/new");

    await page.getByLabel("Report file").setInputFiles({
      name: "A_HRC_43_47_Add.1.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(pdf),
    });
    await page.getByRole("button", { name: "Read the report" }).click();
    await page.waitForURL(/\/reports\/[0-9a-f-]{36}\?done=uploaded$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(SYMBOL);
    expect(await page.locator("p.notice-ok").textContent()).toMatch(/^The report was read\./);
    await expectAccessible(page, "the review page");
  });

  test("the review shows each recommendation beside its paragraph, with the details read from the PDF", async () => {
    const about = page.getByRole("region", { name: "About this document" });
    expect(await about.getByLabel("Symbol", { exact: true }).inputValue()).toBe(SYMBOL);
    expect(await about.getByLabel("Country").inputValue()).toBe("ESP");
    expect(await about.getByLabel("Mandate").inputValue()).toBe("sr-minority-issues");
    expect(await about.getByLabel("First day of the visit").inputValue()).toBe("2019-01-14");
    // The visit was found from its dates.
    expect(await about.getByText(/^Found: /).count()).toBe(1);

    const rows = page.locator("table.review tbody tr");
    expect(await rows.locator("th").allTextContents()).toEqual(["77", "78", "79", "80"]);
    const first = rows.first();
    expect(await first.locator("blockquote").textContent()).toMatch(
      /^The Government should review and amend legislation/,
    );
    expect(await first.getByLabel("Addressee", { exact: true }).inputValue()).toBe("government");
  });

  test("the reviewer corrects recommendation 77 and saves it", async () => {
    const row = page.locator("table.review tbody tr").first();
    await row.getByLabel("Text").fill(EDITED);
    await row.getByRole("button", { name: "Save" }).click();
    await page.waitForURL(/\?done=saved#r-/);
    expect(await page.getByRole("status").first().textContent()).toBe("Saved.");
    const saved = page.locator("table.review tbody tr").first();
    expect(await saved.getByLabel("Text").inputValue()).toBe(EDITED);
    // The source paragraph is still the report's own words.
    expect(await saved.locator("blockquote").textContent()).toMatch(
      /^The Government should review and amend legislation/,
    );
    await expectAccessible(page, "the review page after an edit");
  });

  test("accepting publishes the recommendations; the corrected one is at its stable address", async () => {
    await page.getByRole("button", { name: "Accept 4 recommendations" }).click();
    await page.waitForURL(/\?done=accepted$/);
    expect(await page.locator("p.notice-ok").textContent()).toBe(
      "Accepted: the recommendations are public at their addresses.",
    );

    await page.goto(url("/reports"));
    expect(await page.locator("table tbody tr").count()).toBe(1);
    await expectAccessible(page, "/reports");

    await page.goto(url("/recommendations?country=ESP"));
    expect(await page.getByRole("status").textContent()).toBe("4 recommendations");
    await expectAccessible(page, "/recommendations");
    await page.getByRole("link", { name: `${SYMBOL}, 77` }).click();
    await page.waitForURL(url(`/recommendations/${SYMBOL}/77`));
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      `Recommendation 77 of ${SYMBOL}`,
    );
    expect(await page.locator("main blockquote").first().textContent()).toBe(EDITED);
    expect(await page.locator(`main a[href="/visits/${visitId}"]`).count()).toBe(1);
    await expectAccessible(page, "the recommendation page");

    // Anyone can read it, signed in or not.
    const anonymous = await newContext(browser as Browser);
    try {
      const p = await anonymous.newPage();
      expect((await p.goto(url(`/recommendations/${encodeURIComponent(SYMBOL)}/77`)))?.status()).toBe(200);
      expect(await p.locator("main blockquote").first().textContent()).toBe(EDITED);
    } finally {
      await anonymous.close();
    }
  });
});
