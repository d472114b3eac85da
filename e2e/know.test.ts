/**
 * Journey: a reader finds out who does what. Quick search from the header, the mandates list filtered
 * with its form, the countries list filtered by standing invitation, and the source of one fact.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { type E2eServer, launchBrowser, newContext, startServer } from "./support";

let browser: Browser | undefined;
let server: E2eServer | undefined;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  context = await newContext(browser as Browser);
  page = await context.newPage();
});

afterEach(async () => {
  await context?.close();
});

const url = (path: string) => `${server?.url}${path}`;

/** Submits a GET form by its button and waits for the page it leads to. */
async function submitAndWait(button: ReturnType<Page["getByRole"]>, expected: RegExp) {
  await button.click();
  await page.waitForURL(expected);
}

describe("knowing who does what", () => {
  test("the header quick search finds the Special Rapporteur on torture", async () => {
    await page.goto(url("/"));
    const search = page.getByRole("search");
    await search.getByRole("searchbox", { name: "Search Visitdesk" }).fill("torture");
    await submitAndWait(search.getByRole("button", { name: "Search" }), /\/search\?q=torture$/);

    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Results for “torture”");
    // The query stays in the search box, ready to be refined.
    expect(await search.getByRole("searchbox").inputValue()).toBe("torture");

    const first = page.locator("ol.results > li").first();
    const link = first.getByRole("link");
    expect(await link.textContent()).toMatch(/^Special Rapporteur on torture\b/);
    expect(await first.locator("mark").first().textContent()).toMatch(/torture/i);

    await link.click();
    await page.waitForURL(/\/mandates\/sr-torture$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toMatch(
      /^Special Rapporteur on torture and other cruel, inhuman or degrading treatment/,
    );
    expect(await page.title()).toMatch(/Special Rapporteur on torture.* · Visitdesk$/);
  });

  test("the mandates form filters to the 14 country mandates", async () => {
    await page.goto(url("/mandates"));
    const form = page.locator("form.filters");
    await form.getByLabel("Scope").selectOption("country");
    await submitAndWait(form.getByRole("button", { name: "Apply filters" }), /\/mandates\?.*scope=country/);

    expect(await page.getByRole("status").textContent()).toBe("14 mandates");
    const rows = page.locator("table tbody tr");
    expect(await rows.count()).toBe(14);
    const scopes = await rows.locator("td:nth-child(3)").allTextContents();
    expect(new Set(scopes)).toEqual(new Set(["Country"]));
    // The form shows the filter in force.
    expect(await form.getByLabel("Scope").inputValue()).toBe("country");
  });

  test("countries with a standing invitation lead to the Republic of Korea and its source", async () => {
    await page.goto(url("/"));
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Countries" }).click();
    await page.waitForURL(/\/countries$/);

    const form = page.locator("form.filters");
    await form.getByLabel("Standing invitation").selectOption({ label: "Extended" });
    await submitAndWait(form.getByRole("button", { name: "Apply filters" }), /\/countries\?.*si=yes/);

    expect(await page.getByRole("status").textContent()).toMatch(/^\d+ countries$/);
    const statuses = await page.locator("table tbody tr td:nth-child(5)").allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    for (const s of statuses) expect(s).toMatch(/^Extended\b/);

    // The list is paged: follow "Next" until Korea is on the page.
    const korea = page.locator('table a[href="/countries/KOR"]');
    for (let pages = 0; (await korea.count()) === 0; pages++) {
      expect(pages, "the Republic of Korea is not in the filtered list").toBeLessThan(5);
      await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next" }).click();
      await page.waitForURL(/offset=/);
      await page.getByRole("status").waitFor();
    }
    const listedName = (await korea.textContent()) ?? "";
    await korea.click();
    await page.waitForURL(/\/countries\/KOR$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(listedName);

    const panel = page.getByRole("region", { name: "Standing invitation" });
    expect(await panel.textContent()).toMatch(/Extended \(March 3, 2008\)/);
    const details = panel.locator("details.provenance");
    const source = details.locator("dd").first();
    expect(await source.isVisible()).toBe(false);

    await details.locator("summary", { hasText: "Source and confidence" }).click();
    expect(await details.getAttribute("open")).not.toBeNull();
    expect(await source.isVisible()).toBe(true);
    expect(await source.textContent()).toMatch(
      /FORUM-ASIA .*Republic of Korea announced standing invitation/,
    );
  });
});
