import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fastHasher } from "../../../test/support/app";
import { createTestDatabase } from "../../../test/support/db";
import { beginTotp, createUser } from "../../accounts/service";
import { type Database, rows } from "../db/client";
import { loadOrCreateKeyring, open } from "./keyring";
import { rotateKeys } from "./sealed";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

describe("visitdesk keys rotate", () => {
  it("re-encrypts every sealed value with a new key and drops the old one", async () => {
    const keyFile = path.join(mkdtempSync(path.join(os.tmpdir(), "vd-rot-")), "keys.json");
    const ring = loadOrCreateKeyring(keyFile);
    const deps = {
      db: database.db,
      hasher: fastHasher,
      keyring: ring,
      clock: () => new Date(),
      baseUrl: "http://x",
    };
    const secrets: Record<string, string> = {};
    for (const n of [1, 2, 3]) {
      const u = await createUser(deps, {
        email: `rot${n}@example.org`,
        displayName: `R${n}`,
        password: "correct horse battery staple",
      });
      secrets[u.id] = await beginTotp(deps, u.id);
    }
    const result = await rotateKeys(database.db, keyFile);
    expect(result).toEqual({ primary: "k2", resealed: 3, retired: 1 });
    const after = loadOrCreateKeyring(keyFile);
    expect([...after.keys.keys()]).toEqual(["k2"]);
    const stored = await rows<{ id: string; totp_secret: string }>(
      database.db,
      sql`SELECT id, totp_secret FROM users WHERE totp_secret IS NOT NULL`,
    );
    expect(stored).toHaveLength(3);
    for (const r of stored) {
      expect(r.totp_secret.startsWith("vd1.k2.")).toBe(true);
      expect(open(after, r.totp_secret, `users.totp_secret:${r.id}`)).toBe(secrets[r.id]);
    }
    // Running it again is harmless.
    expect((await rotateKeys(database.db, keyFile)).resealed).toBe(3);
  });
});
