/**
 * The import in a real browser: upload, preview, leave out a rejected row, confirm (plain forms,
 * no script of ours); every page checked with axe-core (WCAG 2.2 AA), in English and in Arabic.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { makeUser, PASSWORD } from "../test/support/accounts";
import { type E2eServer, expectAccessible, launchBrowser, newContext, startServer } from "./support";

let browser: Browser | undefined;
let server: E2eServer | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("importing visits in the browser", () => {
  test.each([
    ["en", "Preview the import", "Import done"],
    ["ar", "معاينة الاستيراد", "تم الاستيراد"],
  ])("upload, preview and confirm, every page accessible (%s)", async (lang, preview, done) => {
    const s = server as E2eServer;
    const { user } = await makeUser(s.testApp, { org: "Import team" });
    const context = await newContext(browser as Browser);
    try {
      const page = await context.newPage();
      await page.goto(`${s.url}/signin`);
      await page.getByLabel("E-mail address").fill(user.email);
      await page.getByLabel("Password").fill(PASSWORD);
      await page.locator("main").getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL(/\/account$/);

      await page.goto(`${s.url}/visits/import?lang=${lang}`);
      await expectAccessible(page, `/visits/import?lang=${lang}`);
      await page.locator("#file").setInputFiles({
        name: "visits.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(
          `country,mandate,requested\n${lang === "en" ? "ISL" : "NOR"},sr-food,2019-01-01\nNarnia,sr-food,2019\n`,
        ),
      });
      await page.getByRole("button", { name: preview }).click();
      await page.waitForURL(/\/visits\/import\/[a-f0-9]{64}$/);
      expect(await page.locator("table").last().textContent()).toContain("No country is called “Narnia”");
      await expectAccessible(page, "the preview");

      await page.locator("#validOnly").check();
      await page.locator("form[action$='/confirm'] button").click();
      await page.waitForLoadState();
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(done);
      await expectAccessible(page, "the result");
    } finally {
      await context.close();
    }
  });
});
