/**
 * Journey: during the visit. A coalition's coordinator builds the civil-society programme in the
 * browser, an organisation asks through the link, the allocation runs (its "working" page reloads
 * by itself), the coordinator pins a request, re-runs and publishes, prints a day plan and exports
 * the programme; the organisation opens its own meetings from the e-mail. Every page passes axe.
 */
import { sql } from "drizzle-orm";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { aVisit, coalitionWithCoordinator, requestBody, submit } from "../src/meetings/fixtures";
import { rows } from "../src/platform/db/client";
import { PASSWORD } from "../test/support/accounts";
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
let visitId = "";
let coordinatorEmail = "";
let requestLink = "";

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  visitId = await aVisit(server.testApp);
  const coordinator = await coalitionWithCoordinator(server.testApp, "Sahel Coalition");
  coordinatorEmail = coordinator.user.email;
  context = await newContext(browser);
  // A step that cannot find its element fails with the locator named, well inside the test's time.
  context.setDefaultTimeout(10_000);
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const url = (path: string) => `${server?.url}${path}`;
const programme = () => `/visits/${visitId}/programme`;

async function expectAccessible(p: Page, what: string) {
  const violations = await axeViolations(p);
  expect(violations, `axe on ${what}:\n${formatViolations(violations)}`).toHaveLength(0);
  const closed = p.locator("details:not([open]) > summary");
  const n = await closed.count();
  for (let i = 0; i < n; i++) await closed.first().click();
  if (n > 0) {
    const opened = await axeViolations(p);
    expect(opened, `axe on ${what} with details open:\n${formatViolations(opened)}`).toHaveLength(0);
  }
}

describe("a coordinator runs the programme", () => {
  test("signs in and starts the programme of the visit", async () => {
    await page.goto(url(programme()));
    await page.waitForURL(/\/signin\?next=/);
    await page.getByLabel("E-mail address").fill(coordinatorEmail);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.locator("main").getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(url(programme()));
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Start the civil-society programme",
    );
    await expectAccessible(page, "the start form");
    await page.getByLabel("Title").fill("Meetings with the Special Rapporteur");
    await page.getByLabel("Run by").selectOption({ label: "Coalition Sahel Coalition" });
    await page.getByLabel("Time zone", { exact: true }).selectOption("Africa/Nairobi");
    await page.getByRole("button", { name: "Start the programme" }).click();
    await page.waitForURL(/\?done=created$/);
    expect(await page.getByRole("status").first().textContent()).toContain("The programme was started.");
    await expectAccessible(page, "the overview");
  });

  test("adds slots, and a mistake is shown on its field", async () => {
    await page.getByRole("navigation", { name: "Programme" }).getByRole("link", { name: "Slots" }).click();
    await page.waitForURL(/\/slots$/);
    await expectAccessible(page, "the slots page");
    const add = async (fields: {
      date: string;
      start: string;
      end: string;
      city: string;
      capacity: string;
      place?: string;
      private?: boolean;
    }) => {
      await page.getByLabel("Date", { exact: true }).fill(fields.date);
      await page.getByLabel("Start", { exact: true }).fill(fields.start);
      await page.getByLabel("End", { exact: true }).fill(fields.end);
      await page.getByLabel("City", { exact: true }).fill(fields.city);
      await page.getByLabel("Place", { exact: true }).fill(fields.place ?? "");
      await page.getByLabel("Capacity", { exact: true }).fill(fields.capacity);
      if (fields.private) await page.getByLabel("Private meeting", { exact: true }).check();
      await page.getByRole("button", { name: "Add the slot" }).click();
      await page.waitForLoadState();
    };
    await add({ date: "2027-03-08", start: "10:00", end: "09:00", city: "Nairobi", capacity: "2" });
    expect(await page.getByRole("alert").textContent()).toBe("must be after start");
    expect(await page.getByLabel("End", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page, "the slots page with an error");
    await add({
      date: "2027-03-08",
      start: "09:00",
      end: "10:00",
      city: "Nairobi",
      capacity: "1",
      place: "UN House",
    });
    await page.waitForURL(/done=slotAdded/);
    await add({
      date: "2027-03-08",
      start: "11:00",
      end: "12:00",
      city: "Nairobi",
      capacity: "1",
      place: "Safe room",
      private: true,
    });
    await page.waitForURL(/done=slotAdded/);
    expect(await page.locator("table tbody tr").count()).toBe(2);
    await expectAccessible(page, "the slots page with slots");
  });

  test("makes the request link, shown once", async () => {
    await page.getByRole("navigation", { name: "Programme" }).getByRole("link", { name: "Overview" }).click();
    await page.getByRole("button", { name: "Make a request link" }).click();
    await page.waitForLoadState();
    requestLink = (await page.locator("pre.secret").textContent()) ?? "";
    expect(requestLink).toMatch(/^http:\/\/127\.0\.0\.1\/meetings\/r\/[\w-]{43}$/);
    await expectAccessible(page, "the overview with the new link");
  });
});

describe("organisations ask through the link", () => {
  test("an organisation fills in the form in its own browser", async () => {
    const visitor = await newContext(browser as Browser);
    visitor.setDefaultTimeout(10_000);
    try {
      const p = await visitor.newPage();
      await p.goto(url(new URL(requestLink).pathname));
      expect(await p.getByRole("heading", { level: 1 }).textContent()).toBe("Request a meeting");
      await expectAccessible(p, "the request form");
      await p.getByLabel("Organisation", { exact: true }).fill("Turkana Pastoralists' Voice");
      await p.getByLabel("Contact person").fill("Ekai");
      await p.getByLabel("Contact e-mail address").fill("ekai@example.org");
      await p.getByLabel("Number of people").fill("2");
      await p.getByRole("group", { name: "Cities you can reach" }).getByLabel("Nairobi").check();
      // No day ticked: the server says which part of the form to fix, and keeps what was typed.
      await p.getByRole("button", { name: "Send the request" }).click();
      await p.waitForLoadState();
      expect(await p.getByRole("alert").textContent()).toBe("Check the field “When you are available”.");
      expect(await p.getByLabel("Contact e-mail address").inputValue()).toBe("ekai@example.org");
      await expectAccessible(p, "the request form with an error");
      await p.getByLabel("Monday, March 8, 2027", { exact: true }).check();
      await p.getByLabel("We work outside the capital").check();
      await p.getByLabel("Interpretation").fill("Turkana");
      await p.getByRole("button", { name: "Send the request" }).click();
      await p.waitForURL(/\/sent$/);
      expect(await p.getByRole("heading", { level: 1 }).textContent()).toBe("Your request was sent");
      await expectAccessible(p, "the thank-you page");
    } finally {
      await visitor.close();
    }
    // Two more organisations ask through the API, for a fuller programme.
    const token = new URL(requestLink).pathname.split("/").pop() ?? "";
    const t = (server as E2eServer).testApp;
    expect(
      (
        await submit(
          t,
          token,
          requestBody("Nairobi Legal Aid", "E2E-B", { priorityFacts: ["victims_group"] }),
        )
      ).status,
    ).toBe(201);
    expect((await submit(t, token, requestBody("Kibera Youth", "E2E-C"))).status).toBe(201);
  });
});

describe("allocation and publication", () => {
  test("the coordinator sets a priority", async () => {
    await page.goto(url(`${programme()}/requests`));
    await expectAccessible(page, "the requests page");
    for (const [name, priority] of [
      ["Kibera Youth", "3"],
      ["Turkana Pastoralists' Voice", "2"],
    ] as const) {
      await page.getByLabel(`Priority of ${name}`).selectOption(priority);
      await page.getByRole("button", { name: `Save ${name}` }).click();
      await page.waitForURL(/done=priority/);
      expect(await page.getByLabel(`Priority of ${name}`).inputValue()).toBe(priority);
    }
  });

  test("runs the allocation; the result lists every placement and every reason", async () => {
    await page
      .getByRole("navigation", { name: "Programme" })
      .getByRole("link", { name: "Allocation" })
      .click();
    await page.getByRole("button", { name: "Run the allocation" }).click();
    await page.waitForURL(/\/allocation/);
    // While it runs the page reloads by itself (a Refresh header): no script is needed.
    await page.getByText(/requests heard/).waitFor({ timeout: 30_000 });
    const main = (await page.locator("main").textContent()) ?? "";
    expect(main).toContain("2 of 3 requests heard");
    expect(main).toContain("Not placed (1)");
    expect(main).toContain(
      "Nairobi Legal Aid: All 2 slots that fit are full. 2 requests with a higher priority have a place there.",
    );
    await expectAccessible(page, "the allocation result");
  });

  test("pins the request left out and runs again: the pin is kept", async () => {
    const left = page.locator("#unassigned + p + ul > li").first();
    const name = "Nairobi Legal Aid";
    await left.getByLabel(`Pin ${name} to`).selectOption({ index: 0 });
    await left.getByRole("button", { name: `Pin ${name}` }).click();
    await page.waitForURL(/done=placement/);
    expect(await page.locator("main").textContent()).toContain(`${name} is pinned to`);
    await page.getByRole("button", { name: "Run the allocation again" }).click();
    await page.getByText(/requests heard/).waitFor({ timeout: 30_000 });
    expect(await page.locator("#placements + ul").textContent()).toContain(name);
    expect(await page.locator("section[aria-labelledby=by-slot]").textContent()).toContain(
      `${name} (Priority`,
    );
    await expectAccessible(page, "the allocation after a pin");
  });

  test("publishes: each organisation's e-mail waits in the outbox with its own link", async () => {
    await page.getByRole("button", { name: "Publish the programme" }).click();
    await page.waitForURL(/done=published/);
    expect(await page.getByRole("status").first().textContent()).toContain("The programme was published");
    await expectAccessible(page, "the overview after publication");
    const mail = await rows<{ to_address: string; text_body: string }>(
      (server as E2eServer).database.db,
      sql`SELECT to_address, text_body FROM mail_outbox WHERE to_address = 'ekai@example.org'`,
    );
    expect(mail).toHaveLength(1);
    const link = mail[0]?.text_body.match(/http:\/\/127\.0\.0\.1(\/meetings\/p\/[\w-]{43})\n/)?.[1] ?? "";
    const visitor = await newContext(browser as Browser);
    try {
      const p = await visitor.newPage();
      await p.goto(url(link));
      expect(await p.getByRole("heading", { level: 1 }).textContent()).toBe(
        "Meetings of Turkana Pastoralists' Voice",
      );
      await expectAccessible(p, "the organisation's own page");
    } finally {
      await visitor.close();
    }
  });

  test("prints a one-page day plan for Nairobi", async () => {
    await page.getByRole("link", { name: /Monday, March 8, 2027 — Nairobi/ }).click();
    await page.waitForURL(/\/day\/2027-03-08\/Nairobi$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Nairobi, Monday, March 8, 2027",
    );
    await expectAccessible(page, "the day plan");
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".noprint").first().isVisible()).toBe(false);
    const pdf = await page.pdf({ format: "A4" });
    const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
      mergePages: true,
    });
    expect(totalPages).toBe(1);
    expect(text.replace(/\s+/g, " ")).toContain("UN House");
    await page.emulateMedia({ media: "screen" });
  });

  test("exports the programme as a PDF from the overview", async () => {
    await page.goto(url(programme()));
    await page.getByLabel("Include each organisation's contact person").check();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download PDF" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("programme.pdf");
    const path = await download.path();
    const { readFile } = await import("node:fs/promises");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await readFile(path))), {
      mergePages: true,
    });
    // The pinned organisation has its meeting, with the contact the desk officer asked for.
    // A narrow table column may break the address over two lines.
    expect(text.replace(/\s+/g, "")).toContain("e2e-b@example.org");
    expect(text).toContain("Nairobi Legal Aid");
  });
});
