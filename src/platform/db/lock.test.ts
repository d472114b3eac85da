import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirLockedError } from "./lock";

const tmp = () => mkdtempSync(path.join(os.tmpdir(), "vd-lock-"));

describe("data directory lock", () => {
  it("refuses a second owner while a living process holds it", async () => {
    const dir = tmp();
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 20000)"]);
    try {
      writeFileSync(path.join(dir, "visitdesk.lock"), String(child.pid));
      expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
      expect(() => acquireDataDirLock(dir)).toThrow(/Another Visitdesk process \(pid \d+\)/);
    } finally {
      child.kill();
    }
  });

  it("takes over a lock left by a process that died, and releases it", () => {
    const dir = tmp();
    writeFileSync(path.join(dir, "visitdesk.lock"), "999999999");
    const release = acquireDataDirLock(dir);
    expect(existsSync(path.join(dir, "visitdesk.lock"))).toBe(true);
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    release();
    expect(existsSync(path.join(dir, "visitdesk.lock"))).toBe(false);
  });
});
