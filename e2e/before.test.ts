/**
 * Journey: before the visit. An organisation records the call for input on the visit's public page
 * and answers it with a joint submission: a part about a victim who agreed to be named to the
 * expert, a public part; a partner organisation adds a recommendation that overlaps the owner's,
 * the coordinator merges them side by side, both organisations sign off; the expert version
 * downloads with the name, the public version is published without it, and an anonymous visitor,
 * quick search and the poster never show the name or the expert-only part. Every page passes axe.
 */
import { readFileSync } from "node:fs";
import mammoth from "mammoth";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { world } from "../src/submissions/testing";
import { PASSWORD } from "../test/support/accounts";
import { type E2eServer, expectAccessible, launchBrowser, newContext, startServer } from "./support";

let browser: Browser | undefined;
let server: E2eServer | undefined;
let w: Awaited<ReturnType<typeof world>>;
const contexts: BrowserContext[] = [];
let owner: Page;
let partner: Page;
let coordinator: Page;
let visitor: Page;
let editorPath = "";

const victim = "Wambui Njeri Mwangi";
const expertOnly = "held for nine days without a lawyer";
const publicPart = "Peaceful protesters were dispersed with tear gas in Kisumu";
const ourRec = "Ask the Government to end the use of tear gas against peaceful protesters in Kisumu";
const theirRec =
  "Urge the Government to end the use of tear gas against peaceful protesters in Kisumu and Nairobi";

const url = (path: string) => `${server?.url}${path}`;
const main = (p: Page) => p.locator("main");

async function signedIn(email: string): Promise<Page> {
  const context = await newContext(browser as Browser, { acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(url("/signin"));
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await main(page).getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/signin"));
  return page;
}

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  w = await world(server.testApp);
  owner = await signedIn(w.owner.user.email);
  partner = await signedIn(w.partner.user.email);
  coordinator = await signedIn(w.coordinator.user.email);
  const anonymous = await newContext(browser);
  contexts.push(anonymous);
  visitor = await anonymous.newPage();
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
});

describe("before the visit", { timeout: 120_000 }, () => {
  test("the call for input is recorded from the visit's public page", async () => {
    await owner.goto(url(`/visits/${w.visitId}/public`));
    await expectAccessible(owner, "the visit's public page, before the call");
    await main(owner).getByRole("link", { name: "Record the call for input and this page’s facts" }).click();
    await owner.waitForURL(/\/call$/);
    await expectAccessible(owner, "the call for input form");
    const form = main(owner).locator("form");
    await form.getByLabel("Deadline").fill("2026-12-20");
    await form.getByLabel("E-mail address").fill("hrc-sr-assembly@un.org");
    await form.getByLabel("Word limit").fill("2000");
    await form.getByLabel("Cities").fill("Nairobi, Kisumu");
    await form.getByLabel("How to reach the team").fill("hrc-sr-assembly@un.org");
    await form.getByRole("button", { name: "Save" }).click();
    await owner.waitForURL(/\/public\?done=call$/);
    const text = await main(owner).textContent();
    expect(text).toContain("22 days left");
    expect(text).toContain("Nairobi, Kisumu");
    await expectAccessible(owner, "the visit's public page with its call");
  });

  test("an organisation answers it with a joint submission", async () => {
    await main(owner).getByRole("link", { name: "Write a submission" }).click();
    await owner.waitForURL(/\/submissions\/new$/);
    await expectAccessible(owner, "the new submission form");
    await main(owner).getByLabel("Title").fill("Protest rights in Kenya");
    await main(owner)
      .getByLabel("Joint submission with a coalition")
      .selectOption({ label: "Civic Space Coalition" });
    await main(owner).getByRole("button", { name: "Start the submission" }).click();
    await owner.waitForURL(/\/submissions\/[0-9a-f-]{36}\?done=created$/);
    editorPath = new URL(owner.url()).pathname;

    const person = main(owner).locator('form[action$="/people"]');
    await person.getByLabel("Name").fill(victim);
    await person.getByLabel("Role").selectOption("victim");
    await person.getByLabel("The expert and OHCHR").check();
    await person.getByRole("button", { name: "Record the person" }).click();
    await owner.waitForURL(/done=person/);

    const add = main(owner).locator('form[action$="/parts"]');
    await add.getByLabel("Section").selectOption("individual_cases");
    await add.getByLabel("Heading").fill("An arrest in Kisumu");
    await add.getByLabel("Who may read it").selectOption("expert");
    await add.getByLabel(victim).check();
    await add.getByLabel("Text").fill(`${victim} was ${expertOnly}.`);
    await add.getByRole("button", { name: "Add the part" }).click();
    await owner.waitForURL(/done=added/);

    for (const [section, heading, body] of [
      ["issues", "Protests", publicPart],
      ["recommendations", "Recommendations", `- ${ourRec}`],
    ]) {
      const again = main(owner).locator('form[action$="/parts"]');
      await again.getByLabel("Section").selectOption(section as string);
      await again.getByLabel("Heading").fill(heading as string);
      await again.getByLabel("Who may read it").selectOption("public");
      await again.getByLabel("Text").fill(body as string);
      await again.getByRole("button", { name: "Add the part" }).click();
      await owner.waitForURL(/done=added/);
    }
    expect(await main(owner).textContent()).toContain("Nothing stands in the way.");
    await expectAccessible(owner, "the submission editor");
  });

  test("the preview shows exactly what each audience gets", async () => {
    await owner.goto(url(`${editorPath}/preview?audience=public`));
    await expectAccessible(owner, "the public preview");
    const pub = (await owner.locator(".doc-preview").textContent()) ?? "";
    expect(pub).toContain(publicPart);
    expect(pub).not.toContain(victim);
    expect(pub).not.toContain(expertOnly);
    await main(owner).getByRole("link", { name: "the version for the expert" }).click();
    await owner.waitForURL(/audience=expert/);
    await expectAccessible(owner, "the expert preview");
    const expert = (await owner.locator(".doc-preview").textContent()) ?? "";
    expect(expert).toContain(`${victim} was ${expertOnly}`);
    expect(expert).toContain("Cover letter");
  });

  test("a partner adds its recommendation without seeing the name", async () => {
    await partner.goto(url(editorPath));
    await expectAccessible(partner, "the editor, for a partner");
    expect(await main(partner).textContent()).not.toContain(victim);
    const add = main(partner).locator('form[action$="/parts"]');
    await add.getByLabel("Section").selectOption("recommendations");
    await add.getByLabel("Heading").fill("Our recommendations");
    await add.getByLabel("Who may read it").selectOption("public");
    await add.getByLabel("Text").fill(`- ${theirRec}`);
    await add.getByRole("button", { name: "Add the part" }).click();
    await partner.waitForURL(/done=added/);
  });

  test("the coordinator sees the overlap side by side and merges it", async () => {
    await coordinator.goto(url(`${editorPath}/assemble`));
    await expectAccessible(coordinator, "the assemble page");
    const text = (await main(coordinator).textContent()) ?? "";
    expect(text).toContain(ourRec);
    expect(text).toContain(theirRec);
    expect(text).not.toContain(victim);
    await main(coordinator).getByRole("button", { name: "Merge pair 1" }).click();
    await coordinator.waitForURL(/done=merged/);
    expect(await main(coordinator).textContent()).toContain("No overlapping recommendations were found.");
  });

  test("both sign off, and the expert version downloads with the name", async () => {
    for (const p of [owner, partner]) {
      await p.goto(url(editorPath));
      await main(p)
        .getByRole("button", { name: /^Sign off for/ })
        .click();
      await p.waitForURL(/done=signed/);
    }
    await owner.goto(url(`${editorPath}/preview?audience=expert`));
    const [download] = await Promise.all([
      owner.waitForEvent("download"),
      main(owner).getByRole("link", { name: "Download as Word (DOCX)" }).click(),
    ]);
    const text = (await mammoth.extractRawText({ buffer: readFileSync((await download.path()) as string) }))
      .value;
    expect(text).toContain(victim);
    expect(text).toContain(ourRec);
    expect(text).toContain(theirRec);
  });

  test("the public version is published: the public page, search and the poster name no one", async () => {
    await owner.goto(url(editorPath));
    await main(owner).getByRole("button", { name: "Publish the public version" }).click();
    await owner.waitForURL(/done=published/);
    await visitor.goto(url(`/visits/${w.visitId}/public`));
    await expectAccessible(visitor, "the visit's public page with a public submission");
    await main(visitor).getByRole("link", { name: "Protest rights in Kenya" }).click();
    await visitor.waitForURL(/\/public$/);
    await expectAccessible(visitor, "a public version");
    const text = (await main(visitor).textContent()) ?? "";
    expect(text).toContain(publicPart);
    expect(text).not.toContain(victim);
    expect(text).not.toContain(expertOnly);
    await visitor.goto(url("/search?q=tear%20gas%20Kisumu"));
    await expectAccessible(visitor, "quick search");
    const found = (await main(visitor).textContent()) ?? "";
    expect(found).toContain("Protest rights in Kenya");
    expect(found).not.toContain(victim);
    await visitor.goto(url(`/visits/${w.visitId}/poster`));
    await expectAccessible(visitor, "the poster");
    expect(await visitor.locator("svg").count()).toBe(1);
  });

  test("withdrawing consent stops the next expert version from naming the victim", async () => {
    await owner.goto(url(`${editorPath}/versions`));
    await expectAccessible(owner, "the versions page");
    await owner.goto(url(editorPath));
    await main(owner)
      .getByRole("button", { name: `Withdraw this consent of ${victim}` })
      .click();
    await owner.waitForURL(/done=revoked/);
    await owner.goto(url(`${editorPath}/preview?audience=expert`));
    await expectAccessible(owner, "the expert preview after the withdrawal");
    expect(await main(owner).getByRole("alert").textContent()).toMatch(/One part is left out/);
    expect(await owner.locator(".doc-preview").textContent()).not.toContain(victim);
  });
});
