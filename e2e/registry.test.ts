/**
 * Journey: a signed-in member keeps track of a country. They follow Honduras from its page, record a
 * new visit request with the form, add the Government's answer to its log, and find the request on
 * the country page, the world map and the statistics; every page passes axe on the way.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { makeUser, PASSWORD } from "../test/support/accounts";
import { type E2eServer, expectAccessible, launchBrowser, newContext, startServer } from "./support";

let browser: Browser | undefined;
let server: E2eServer | undefined;
let context: BrowserContext;
let page: Page;
let visitPath = "";

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  const { user } = await makeUser(server.testApp, { name: "Lucía Mejía" });
  context = await newContext(browser);
  page = await context.newPage();
  await page.goto(url("/signin"));
  await page.getByLabel("E-mail address").fill(user.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.locator("main").getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/signin"));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const url = (path: string) => `${server?.url}${path}`;

describe("keeping track of a country", () => {
  test("follow Honduras from its page", async () => {
    await page.goto(url("/countries/HND"));
    await expectAccessible(page, "/countries/HND");
    await page.getByRole("button", { name: "Follow this country" }).click();
    await page.waitForURL(/\/countries\/HND/);
    expect(await page.getByRole("button", { name: "Stop following" }).count()).toBe(1);
    await page.goto(url("/following"));
    await expectAccessible(page, "/following");
    expect(await page.locator("main").textContent()).toContain("Honduras");
  });

  test("record a request with the form; a mistake is announced and the values stay", async () => {
    await page.goto(url("/visits/new?country=HND"));
    await expectAccessible(page, "/visits/new");
    const form = page.locator("main form");
    expect(await form.getByLabel("Country").inputValue()).toBe("HND");
    await form.getByLabel("Mandate", { exact: true }).selectOption("sr-food");
    await form.getByLabel("What happened").selectOption("requested");
    await form.getByLabel("Date", { exact: true }).fill("2099-01-01");
    await form.getByLabel("Source (document or web address)").fill("Letter of the Special Rapporteur");
    await form.getByRole("button", { name: "Record the visit" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/future/i);
    expect(await form.getByLabel("Source (document or web address)").inputValue()).toBe(
      "Letter of the Special Rapporteur",
    );
    await expectAccessible(page, "/visits/new with an error");

    await form.getByLabel("Date", { exact: true }).fill("2025-03-10");
    await form.getByRole("button", { name: "Record the visit" }).click();
    await page.waitForURL(/\/visits\/[0-9a-f-]{36}\?done=created$/);
    visitPath = new URL(page.url()).pathname;
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toMatch(
      /^Honduras: Special Rapporteur on the right to food/,
    );
    expect(await page.locator(".status").first().textContent()).toBe("Requested, pending");
  });

  test("add the Government's answer to the log", async () => {
    await page.goto(url(visitPath));
    await expectAccessible(page, "the visit page");
    const form = page.getByRole("region", { name: "Record a letter or an event" });
    await form.getByLabel("What happened").selectOption("accepted");
    await form.getByLabel("Date", { exact: true }).fill("2025-06-02");
    await form.getByLabel("Note").fill("Accepted by note verbale");
    await form.getByRole("button", { name: "Add to the log" }).click();
    await page.waitForURL(/done=event/);
    expect(await page.locator(".status").first().textContent()).toBe("Accepted, dates to agree");
    const timeline = page.getByRole("region", { name: "Letters and events" });
    expect(await timeline.textContent()).toContain("Accepted by note verbale");
    expect(await timeline.textContent()).toContain("recorded by Lucía Mejía");
    expect(await page.locator("main").textContent()).toMatch(/Answered after 84 days/);
  });

  test("the map and the statistics show the registry, with a table for the map", async () => {
    await page.goto(url("/visits/map"));
    await expectAccessible(page, "/visits/map");
    const map = page.getByRole("img", { name: "Map of pending visit requests by country" });
    expect(await map.count()).toBe(1);
    expect(await page.locator('svg path[data-iso3="HND"]').count()).toBe(1);
    expect(await page.getByRole("table").getByRole("link").count()).toBeGreaterThan(0);

    await page.goto(url("/visits/statistics"));
    await page.locator("form.filters").getByLabel("Sort by").selectOption("rate");
    await page.locator("form.filters").getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/sort=rate/);
    await expectAccessible(page, "/visits/statistics?sort=rate");
    expect(await page.getByRole("row").count()).toBeGreaterThan(5);
  });
});
