import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * Keys for confidential fields (AES-256-GCM). They live in a file outside the database, so a
 * stolen database or backup holds only ciphertext. Old keys stay in the ring to decrypt what they
 * sealed until `visitdesk keys rotate` has re-encrypted it.
 */
export interface Keyring {
  primary: string;
  keys: Map<string, Buffer>;
}

const KeyFile = z.object({
  primary: z.string(),
  keys: z
    .array(z.object({ id: z.string().regex(/^[a-z0-9]+$/), key: z.string(), createdAt: z.string() }))
    .min(1),
});

const PREFIX = "vd1";

export class DecryptError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DecryptError";
  }
}

const b64 = (b: Buffer) => b.toString("base64url");

/**
 * Seals a value. The associated data names where the value belongs (table, column, record id), so
 * a ciphertext copied into another record or field no longer decrypts.
 */
export function seal(ring: Keyring, plaintext: string, associatedData: string): string {
  const key = ring.keys.get(ring.primary);
  if (!key) throw new Error(`Primary key ${ring.primary} is missing from the keyring`);
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(associatedData));
  const ct = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [PREFIX, ring.primary, b64(iv), b64(ct), b64(cipher.getAuthTag())].join(".");
}

export function open(ring: Keyring, sealed: string, associatedData: string): string {
  const [prefix, kid, iv, ct, tag] = sealed.split(".");
  if (prefix !== PREFIX || !kid || iv === undefined || ct === undefined || !tag)
    throw new DecryptError("Not a sealed value");
  const key = ring.keys.get(kid);
  if (!key) throw new DecryptError(`Key ${kid} is not in the keyring`);
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(associatedData));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ct, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new DecryptError("The value does not decrypt: wrong key, or it was altered or moved");
  }
}

export function keyIdOf(sealed: string): string | undefined {
  return sealed.split(".")[1];
}

function newKeyId(existing: Iterable<string>): string {
  const ids = new Set(existing);
  let n = ids.size + 1;
  while (ids.has(`k${n}`)) n++;
  return `k${n}`;
}

function write(file: string, ring: Keyring, createdAt: Map<string, string>): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const body = {
    primary: ring.primary,
    keys: [...ring.keys].map(([id, key]) => ({
      id,
      key: key.toString("base64"),
      createdAt: createdAt.get(id) ?? new Date().toISOString(),
    })),
  };
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, file);
  chmodSync(file, 0o600);
}

function read(file: string): { ring: Keyring; createdAt: Map<string, string> } {
  let parsed: z.infer<typeof KeyFile>;
  try {
    parsed = KeyFile.parse(JSON.parse(readFileSync(file, "utf8")));
  } catch (err) {
    throw new Error(
      `The key file ${file} cannot be read: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  const keys = new Map(parsed.keys.map((k) => [k.id, Buffer.from(k.key, "base64")]));
  for (const [id, key] of keys)
    if (key.length !== 32) throw new Error(`Key ${id} in ${file} is not 256 bits`);
  if (!keys.has(parsed.primary)) throw new Error(`The primary key ${parsed.primary} is missing from ${file}`);
  return {
    ring: { primary: parsed.primary, keys },
    createdAt: new Map(parsed.keys.map((k) => [k.id, k.createdAt])),
  };
}

/** Reads the key file, or creates it with a fresh key on first start. */
export function loadOrCreateKeyring(file: string): Keyring {
  if (existsSync(file)) return read(file).ring;
  const ring: Keyring = { primary: "k1", keys: new Map([["k1", randomBytes(32)]]) };
  write(file, ring, new Map());
  return ring;
}

/** Adds a new primary key; older keys stay so existing values can still be opened and re-sealed. */
export function addPrimaryKey(file: string): Keyring {
  const { ring, createdAt } = read(file);
  const id = newKeyId(ring.keys.keys());
  ring.keys.set(id, randomBytes(32));
  const next = { primary: id, keys: ring.keys };
  write(file, next, createdAt);
  return next;
}

/** Drops keys no sealed value uses any more (after re-encryption). */
export function retireKeys(file: string, keep: Set<string>): Keyring {
  const { ring, createdAt } = read(file);
  keep.add(ring.primary);
  for (const id of [...ring.keys.keys()]) if (!keep.has(id)) ring.keys.delete(id);
  write(file, ring, createdAt);
  return ring;
}
