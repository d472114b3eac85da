/**
 * Every page in a real browser: WCAG 2.2 AA checks with axe-core, reading without JavaScript,
 * right-to-left layout, and the weight of the home page.
 */
import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { type E2eServer, expectAccessible, launchBrowser, newContext, startServer } from "./support";

let browser: Browser | undefined;
let server: E2eServer | undefined;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

const url = (path: string) => `${server?.url}${path}`;

async function openPage(options: Parameters<typeof newContext>[1] = {}) {
  const context = await newContext(browser as Browser, options);
  contexts.push(context);
  return context.newPage();
}

const pages: [path: string, status: number][] = [
  ["/", 200],
  ["/mandates", 200],
  ["/mandates/sr-torture", 200],
  ["/countries", 200],
  ["/countries/KOR", 200],
  ["/countries/HND", 200],
  ["/visits", 200],
  ["/visits/statistics", 200],
  ["/visits/map", 200],
  ["/visits/map?measure=since", 200],
  ["/visits/unofficial", 200],
  ["/guide", 200],
  ["/guide/during", 200],
  ["/search?q=torture", 200],
  ["/nope", 404],
  ["/?lang=ar", 200],
  ["/visits/map?lang=ar", 200],
];

describe("accessibility (axe-core, WCAG 2.2 A and AA)", () => {
  test.each(pages)("%s", async (path, status) => {
    const page = await openPage();
    const response = await page.goto(url(path));
    expect(response?.status()).toBe(status);

    await expectAccessible(page, path);
  });
});

describe("reading without JavaScript", () => {
  test("the mandates filter form works with scripts off", async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(url("/mandates"));
    expect(await page.getByRole("status").textContent()).toMatch(/^\d+ mandates$/);

    const form = page.locator("form.filters");
    await form.getByLabel("Kind").selectOption("working_group");
    await form.getByLabel("Scope").selectOption("thematic");
    await form.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/\/mandates\?.*kind=working_group.*scope=thematic/);

    const rows = page.locator("table tbody tr");
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    expect(await page.getByRole("status").textContent()).toBe(`${count} mandates`);
    expect(new Set(await rows.locator("td:nth-child(2)").allTextContents())).toEqual(
      new Set(["Working Group"]),
    );
    expect(new Set(await rows.locator("td:nth-child(3)").allTextContents())).toEqual(new Set(["Thematic"]));
  });
});

describe("right-to-left", () => {
  test("Arabic pages run right to left, English fallbacks left to right", async () => {
    const page = await openPage();
    await page.goto(url("/?lang=ar"));
    const html = page.locator("html");
    expect(await html.getAttribute("lang")).toBe("ar");
    expect(await html.getAttribute("dir")).toBe("rtl");

    const brand = await page.locator(".site-header .brand").boundingBox();
    const search = await page.getByRole("search").boundingBox();
    if (!brand || !search) throw new Error("the header has no brand or no search form");
    // The brand starts the line at the right; the search form ends it at the left.
    expect(brand.x).toBeGreaterThanOrEqual(search.x + search.width);

    // The choice sticks: the next page is in Arabic too, without ?lang.
    await page.goto(url("/mandates/sr-torture"));
    expect(await html.getAttribute("dir")).toBe("rtl");
    // Text shown in English for want of a translation says so, and keeps its own direction.
    const title = page.locator("h1 > [lang=en]");
    expect(await title.getAttribute("dir")).toBe("ltr");
    expect(await title.textContent()).toMatch(/^Special Rapporteur on torture/);

    await page.goto(url("/guide/during"));
    const guide = page.locator("main [lang=en]").first();
    expect(await guide.getAttribute("dir")).toBe("ltr");
    expect(await guide.locator("h1").textContent()).toBe("During the visit");
  });
});

describe("reflow", () => {
  test("pages fit a 320 px wide screen without scrolling sideways", async () => {
    const page = await openPage({ viewport: { width: 320, height: 640 } });
    const overflowing: string[] = [];
    for (const path of [
      "/",
      "/mandates",
      "/mandates/sr-torture",
      "/countries/KOR",
      "/guide/during",
      "/search?q=torture",
    ]) {
      await page.goto(url(path));
      // Wide tables scroll inside their own box; the page itself must not.
      const extra = Number(await page.evaluate("document.documentElement.scrollWidth - innerWidth"));
      if (extra > 0) overflowing.push(`${path} (${extra} px too wide)`);
    }
    expect(overflowing).toEqual([]);
  });
});

describe("weight", () => {
  test("the home page transfers under 100 KB", async () => {
    const page = await openPage();
    const sizes: Promise<[string, number]>[] = [];
    page.on("response", (response) => {
      sizes.push(
        response
          .body()
          .then((b): [string, number] => [response.url(), b.length])
          .catch((): [string, number] => [response.url(), 0]),
      );
    });
    await page.goto(url("/"), { waitUntil: "load" });
    const responses = await Promise.all(sizes);
    const total = responses.reduce((sum, [, n]) => sum + n, 0);
    const detail = responses.map(([u, n]) => `${new URL(u).pathname} ${n} B`).join(", ");
    console.log(`home page: ${responses.length} responses, ${(total / 1024).toFixed(1)} KB (${detail})`);
    expect(responses.length).toBeGreaterThan(1);
    expect(total).toBeLessThan(100 * 1024);
  });
});

describe("screenshots", () => {
  test("home and a country page, for a look by eye", async () => {
    const dir = "/tmp/visitdesk-shots";
    mkdirSync(dir, { recursive: true });
    const page = await openPage();
    await page.goto(url("/"));
    await page.screenshot({ path: `${dir}/home.png`, fullPage: true });
    await page.goto(url("/countries/KOR"));
    await page.screenshot({ path: `${dir}/country-KOR.png`, fullPage: true });
  });
});
