import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Hono } from "hono";
import type { PasswordHasher } from "../../src/accounts/password";
import type { Database } from "../../src/platform/db/client";
import { diskFileStore } from "../../src/platform/files/store";
import { createApp } from "../../src/platform/http/app";
import type { AppDeps, AppEnv } from "../../src/platform/http/context";
import { silentLogger } from "../../src/platform/log";
import { createTestDatabase } from "./db";

/**
 * Passwords hashed with SHA-256 instead of argon2id keep the suite fast; argon2id itself is tested
 * in src/accounts/password.test.ts and used by every real server.
 */
export const fastHasher: PasswordHasher = {
  hash: async (p) => `test$${Buffer.from(p).toString("base64")}`,
  verify: async (h, p) => h === `test$${Buffer.from(p).toString("base64")}`,
};

export const TEST_NOW = new Date("2026-11-28T12:00:00Z");

/** Every pause the app asked for (slowed sign-ins), in order. */
export const waits: number[] = [];

/** The app's dependencies for tests: a fresh keyring in memory and a clock the test can move. */
export function testDeps(
  database: Database,
  baseUrl = "http://localhost:3000",
  clock = () => TEST_NOW,
): AppDeps {
  return {
    db: database.db,
    engine: database.engine,
    config: { baseUrl, secureCookies: false, trustProxy: true },
    log: silentLogger,
    clock,
    hasher: fastHasher,
    keyring: { primary: "k1", keys: new Map([["k1", randomBytes(32)]]) },
    wait: async (ms) => {
      waits.push(ms);
    },
    files: diskFileStore(mkdtempSync(path.join(os.tmpdir(), "visitdesk-files-"))),
  };
}

export interface TestApp {
  app: Hono<AppEnv>;
  deps: AppDeps;
  database: Database;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  json<T = unknown>(path: string, headers?: Record<string, string>): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

/** The whole app in-process on a fresh test database; requests need no network. */
export async function createTestApp(): Promise<TestApp> {
  const database = await createTestDatabase();
  const deps = testDeps(database);
  const app = createApp(deps);
  const get = (path: string, headers: Record<string, string> = {}) =>
    Promise.resolve(app.request(path, { headers }));
  return {
    app,
    deps,
    database,
    get,
    async json<T>(path: string, headers?: Record<string, string>) {
      const res = await get(path, headers);
      return { status: res.status, body: (await res.json()) as T };
    },
    close: () => database.close(),
  };
}
