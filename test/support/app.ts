import type { Hono } from "hono";
import type { Database } from "../../src/platform/db/client";
import { createApp } from "../../src/platform/http/app";
import type { AppEnv } from "../../src/platform/http/context";
import { silentLogger } from "../../src/platform/log";
import { createTestDatabase } from "./db";

export interface TestApp {
  app: Hono<AppEnv>;
  database: Database;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  json<T = unknown>(path: string, headers?: Record<string, string>): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

/** The whole app in-process on a fresh test database; requests need no network. */
export async function createTestApp(): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = createApp({
    db: database.db,
    engine: database.engine,
    config: { baseUrl: "http://localhost:3000" },
    log: silentLogger,
    clock: () => new Date("2026-11-28T12:00:00Z"),
  });
  const get = (path: string, headers: Record<string, string> = {}) =>
    Promise.resolve(app.request(path, { headers }));
  return {
    app,
    database,
    get,
    async json<T>(path: string, headers?: Record<string, string>) {
      const res = await get(path, headers);
      return { status: res.status, body: (await res.json()) as T };
    },
    close: () => database.close(),
  };
}
