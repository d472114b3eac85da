/**
 * Journey: an organisation gets going. A person signs in with the form, creates an organisation,
 * invites a colleague by e-mail and creates an API token; every account page passes axe on the way.
 */
import { sql } from "drizzle-orm";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { rows } from "../src/platform/db/client";
import { makeUser, PASSWORD } from "../test/support/accounts";
import { type E2eServer, expectAccessible, launchBrowser, newContext, startServer } from "./support";

let browser: Browser | undefined;
let server: E2eServer | undefined;
/** One signed-in browser for the journey, its steps in order. */
let context: BrowserContext;
let page: Page;
let user: Awaited<ReturnType<typeof makeUser>>["user"];
let orgPath = "";

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  ({ user } = await makeUser(server.testApp, { name: "Amina Diallo" }));
  context = await newContext(browser);
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const url = (path: string) => `${server?.url}${path}`;

describe("signed out", () => {
  test("the sign-in and sign-up pages pass axe, and a wrong password is announced", async () => {
    const fresh = await newContext(browser as Browser);
    try {
      const p = await fresh.newPage();
      expect((await p.goto(url("/signin")))?.status()).toBe(200);
      await expectAccessible(p, "/signin");
      await p.getByLabel("E-mail address").fill(user.email);
      await p.getByLabel("Password").fill("not the right password");
      await p.locator("main").getByRole("button", { name: "Sign in" }).click();
      await p.waitForLoadState();
      expect(await p.getByRole("alert").textContent()).toBe(
        "The e-mail address or the password is not right.",
      );
      expect(await p.getByLabel("E-mail address").inputValue()).toBe(user.email);
      await expectAccessible(p, "/signin with an error");

      expect((await p.goto(url("/signup")))?.status()).toBe(200);
      await expectAccessible(p, "/signup");
      expect((await p.goto(url("/password/forgot")))?.status()).toBe(200);
      await expectAccessible(p, "/password/forgot");
    } finally {
      await fresh.close();
    }
  });

  test("signing in works with JavaScript off", async () => {
    const noJs = await newContext(browser as Browser, { javaScriptEnabled: false });
    try {
      const p = await noJs.newPage();
      await p.goto(url("/signin"));
      await p.getByLabel("E-mail address").fill(user.email);
      await p.getByLabel("Password").fill(PASSWORD);
      await p.locator("main").getByRole("button", { name: "Sign in" }).click();
      await p.waitForURL(/\/account$/);
      expect(await p.getByRole("heading", { level: 1 }).textContent()).toBe("Your account");
    } finally {
      await noJs.close();
    }
  });
});

describe("an organisation gets going", () => {
  test("signs in through the form and lands on the account page", async () => {
    await page.goto(url("/"));
    await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" }).click();
    await page.waitForURL(/\/signin$/);
    await page.getByLabel("E-mail address").fill(user.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.locator("main").getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/account$/);

    const nav = page.getByRole("navigation", { name: "Account" });
    expect(await nav.getByRole("link", { name: "Amina Diallo" }).getAttribute("href")).toBe("/account");
    expect(await nav.getByRole("link", { name: "My organisations" }).getAttribute("href")).toBe("/orgs");
    expect(await nav.getByRole("button", { name: "Sign out" }).isVisible()).toBe(true);
    expect(await page.locator("main").textContent()).toContain(user.email);
    await expectAccessible(page, "/account");
  });

  test("the two-factor page passes axe, before and during set-up", async () => {
    await page.goto(url("/account/two-factor"));
    await expectAccessible(page, "/account/two-factor");
    await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
    await page.waitForLoadState();
    expect(await page.locator("dd.secret code").textContent()).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    await expectAccessible(page, "/account/two-factor while setting up");
  });

  test("creates an organisation from /orgs", async () => {
    await page.goto(url("/orgs"));
    await expectAccessible(page, "/orgs");
    await page.locator("#org-name").fill("Sahel Human Rights Forum");
    await page.getByLabel("Kind").selectOption("ngo");
    await page.getByLabel("Country").selectOption("MLI");
    await page.getByRole("button", { name: "Create organisation" }).click();
    await page.waitForURL(/\/orgs\/sahel-human-rights-forum\?done=created$/);
    orgPath = new URL(page.url()).pathname;
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Sahel Human Rights Forum");
    expect(await page.getByRole("status").first().textContent()).toContain("The organisation was created");
    expect(await page.locator("main").textContent()).toContain("Mali");
    await expectAccessible(page, `${orgPath} as admin`);
  });

  test("invites a colleague, whose invitation waits in the mail outbox", async () => {
    const invite = page.locator(`form[action="${orgPath}/invite"]`);
    await invite.getByLabel("E-mail address").fill("colleague@example.org");
    await invite.getByLabel("Role").selectOption("admin");
    await invite.getByRole("button", { name: "Send invitation" }).click();
    await page.waitForURL(/\?done=invited$/);
    expect(await page.getByRole("status").first().textContent()).toContain("The invitation was sent");

    const mail = await rows<{ subject: string; text_body: string }>(
      (server as E2eServer).database.db,
      sql`SELECT subject, text_body FROM mail_outbox WHERE to_address = 'colleague@example.org'`,
    );
    expect(mail).toHaveLength(1);
    expect(mail[0]?.subject).toBe("You are invited to join Sahel Human Rights Forum on Visitdesk");
    expect(mail[0]?.text_body).toMatch(/http:\/\/127\.0\.0\.1\/invitations\/[A-Za-z0-9_-]{43}/);
    expect(mail[0]?.text_body).toContain("as an admin");
  });

  test("creates an API token on /account, shown once", async () => {
    await page.goto(url("/account"));
    await page.getByLabel("Token name").fill("weekly export");
    await page.getByRole("button", { name: "Create token" }).click();
    await page.waitForLoadState();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Your new API token");
    const token = await page.getByLabel("Your new token").inputValue();
    expect(token).toMatch(/^vdt_[A-Za-z0-9_-]{43}$/);
    expect(await page.locator("main dl").textContent()).toContain("weekly export");
    await expectAccessible(page, "the new token page");

    // The token works for the API, and the account page lists it without showing it.
    const me = await fetch(url("/api/v1/me"), { headers: { authorization: `Bearer ${token}` } });
    expect(((await me.json()) as { email: string }).email).toBe(user.email);
    await page.getByRole("link", { name: "Back to your account" }).click();
    await page.waitForURL(/\/account$/);
    expect(await page.locator("main").textContent()).toContain("weekly export");
    expect(await page.content()).not.toContain(token);
  });

  test("signs out from the header", async () => {
    await page.getByRole("navigation", { name: "Account" }).getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(url("/"));
    await page.goto(url("/account"));
    await page.waitForURL(/\/signin\?next=%2Faccount$/);
  });
});
