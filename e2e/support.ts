/**
 * Browser tests: the whole app served on a loopback port from a test database of its own (PGlite, or
 * PostgreSQL when DATABASE_URL is set), driven by the system Chromium through playwright-core.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Hono } from "hono";
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from "playwright-core";
import type { Database } from "../src/platform/db/client";
import { createApp } from "../src/platform/http/app";
import type { AppDeps, AppEnv } from "../src/platform/http/context";
import { type TestApp, testDeps } from "../test/support/app";
import { createTestDatabase } from "../test/support/db";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface E2eServer {
  url: string;
  /** The server's own database and dependencies, for tests that set up records or read the outbox. */
  database: Database;
  deps: AppDeps;
  app: Hono<AppEnv>;
  /** The same server as a TestApp, for the helpers of test/support (makeUser…). */
  testApp: TestApp;
  close(): Promise<void>;
}

/** Serves the app on 127.0.0.1 on a free port, on a fresh copy of the test database. */
export async function startServer(): Promise<E2eServer> {
  const database = await createTestDatabase();
  const deps = testDeps(database, "http://127.0.0.1");
  const app = createApp(deps);
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
    s.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  const get = (path: string, headers: Record<string, string> = {}) =>
    Promise.resolve(app.request(path, { headers }));
  const testApp: TestApp = {
    app,
    deps,
    database,
    get,
    async json<T>(path: string, headers?: Record<string, string>) {
      const res = await get(path, headers);
      return { status: res.status, body: (await res.json()) as T };
    },
    // The server closes the database; a test must not close it under the server.
    close: async () => {},
  };
  return {
    url: `http://127.0.0.1:${port}`,
    database,
    deps,
    app,
    testApp,
    async close() {
      // Keep-alive connections from the browser would hold close() open.
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}

/** Launches the Chromium installed from Debian; the suite never downloads a browser. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}. The browser tests need it: run \`apt-get install chromium\` (or set CHROMIUM_PATH).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * A fresh context (own cookies, no cache) in English. bypassCSP lets the tests inject axe-core into
 * pages served with a strict Content-Security-Policy.
 */
export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    bypassCSP: true,
    locale: "en-GB",
    viewport: { width: 1280, height: 900 },
    ...options,
  });
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

interface AxeGlobal {
  axe?: {
    run(options: object): Promise<{
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    }>;
  };
}

/** Runs axe-core on the page as it is now, with the given rule tags. */
export async function axeViolations(page: Page, tags: string[] = WCAG_TAGS): Promise<Violation[]> {
  axeSource ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  const loaded = await page.evaluate(() => Boolean((globalThis as AxeGlobal).axe));
  if (!loaded) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (values) => {
    const axe = (globalThis as AxeGlobal).axe;
    if (!axe) throw new Error("axe-core did not load");
    const result = await axe.run({ runOnly: { type: "tag", values }, resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(" ")),
    }));
  }, tags);
}

/** One line per violation: its id, what it means, and the selectors of the offending elements. */
export function formatViolations(violations: Violation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact ?? "?"}): ${v.help}\n    ${v.targets.join("\n    ")}`)
    .join("\n");
}

/** axe on the page as it is, then again with every disclosure (`<details>`) open. */
export async function expectAccessible(p: Page, what: string): Promise<void> {
  const violations = await axeViolations(p);
  if (violations.length) throw new Error(`axe on ${what}:\n${formatViolations(violations)}`);
  const closed = p.locator("details:not([open]) > summary");
  const n = await closed.count();
  if (n > 0) {
    for (let i = 0; i < n; i++) await closed.first().click();
    const opened = await axeViolations(p);
    if (opened.length) throw new Error(`axe on ${what} with details open:\n${formatViolations(opened)}`);
  }
}
