import { mkdtempSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { addPrimaryKey, DecryptError, keyIdOf, loadOrCreateKeyring, open, retireKeys, seal } from "./keyring";

const keyFile = () =>
  path.join(mkdtempSync(path.join(os.tmpdir(), "vd-keys-")), "keys", "visitdesk.keys.json");

describe("keyring", () => {
  it("creates a private key file on first use and reads the same key back", () => {
    const file = keyFile();
    const a = loadOrCreateKeyring(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const b = loadOrCreateKeyring(file);
    expect(b.keys.get("k1")?.equals(a.keys.get("k1") as Buffer)).toBe(true);
  });

  it("seals so that the plaintext is not in the ciphertext, and opens it again", () => {
    const ring = loadOrCreateKeyring(keyFile());
    const sealed = seal(ring, "Witness: Amina K.", "people.name:42");
    expect(sealed).not.toContain("Amina");
    expect(seal(ring, "Witness: Amina K.", "people.name:42")).not.toBe(sealed);
    expect(open(ring, sealed, "people.name:42")).toBe("Witness: Amina K.");
  });

  it("refuses a value moved to another record or altered", () => {
    const ring = loadOrCreateKeyring(keyFile());
    const sealed = seal(ring, "secret", "people.name:42");
    expect(() => open(ring, sealed, "people.name:43")).toThrow(DecryptError);
    const parts = sealed.split(".");
    parts[3] = Buffer.from("x").toString("base64url");
    expect(() => open(ring, parts.join("."), "people.name:42")).toThrow(DecryptError);
    expect(() => open(ring, "plain text", "people.name:42")).toThrow(DecryptError);
  });

  it("rotates: new values use the new key, old ones still open until their key is retired", () => {
    const file = keyFile();
    const old = seal(loadOrCreateKeyring(file), "v", "t:1");
    const ring = addPrimaryKey(file);
    expect(ring.primary).toBe("k2");
    expect(keyIdOf(seal(ring, "v", "t:1"))).toBe("k2");
    expect(open(ring, old, "t:1")).toBe("v");
    const retired = retireKeys(file, new Set());
    expect([...retired.keys.keys()]).toEqual(["k2"]);
    expect(() => open(retired, old, "t:1")).toThrow(DecryptError);
    expect(JSON.parse(readFileSync(file, "utf8")).primary).toBe("k2");
  });
});
