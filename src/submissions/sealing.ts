import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { type Keyring, open, seal } from "../platform/crypto/keyring";
import { type SealedColumn, sealedColumns } from "../platform/crypto/sealed";

/**
 * The sealed columns of submissions, each bound to its row: a value copied into another row or
 * column no longer opens. They join the platform's registry when this module loads (the store,
 * and so the app and the CLI, import it), so `visitdesk keys rotate` re-encrypts them too.
 */
const column = (table: string, name: string): SealedColumn => ({
  table,
  column: name,
  idColumn: "id",
  aad: (id) => `${table}.${name}:${id}`,
});

export const sealed = {
  title: column("submissions", "title"),
  content: column("submission_parts", "content"),
  identity: column("submission_people", "identity"),
  givenBy: column("submission_consents", "given_by"),
  snapshot: column("submission_versions", "snapshot"),
  attachment: column("submission_attachments", "secret"),
} as const;

export const submissionSealedColumns: SealedColumn[] = Object.values(sealed);

for (const c of submissionSealedColumns)
  if (!sealedColumns.some((s) => s.table === c.table && s.column === c.column)) sealedColumns.push(c);

export const sealText = (ring: Keyring, col: SealedColumn, id: string, value: string) =>
  seal(ring, value, col.aad(id));
export const openText = (ring: Keyring, col: SealedColumn, id: string, value: string) =>
  open(ring, value, col.aad(id));
export const sealJson = (ring: Keyring, col: SealedColumn, id: string, value: unknown) =>
  sealText(ring, col, id, JSON.stringify(value));
export const openJson = <T>(ring: Keyring, col: SealedColumn, id: string, value: string): T =>
  JSON.parse(openText(ring, col, id, value)) as T;

/**
 * An attachment's bytes, encrypted with a key of their own (AES-256-GCM): the file store holds
 * only ciphertext, and the key, sealed in the database, is what key rotation re-encrypts.
 */
export function encryptFile(bytes: Uint8Array): { key: string; blob: Uint8Array } {
  const key = randomBytes(32);
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(bytes), cipher.final()]);
  return {
    key: key.toString("base64"),
    blob: new Uint8Array(Buffer.concat([iv, cipher.getAuthTag(), body])),
  };
}

export function decryptFile(key: string, blob: Uint8Array): Uint8Array {
  const data = Buffer.from(blob);
  const decipher = createDecipheriv("aes-256-gcm", Buffer.from(key, "base64"), data.subarray(0, 12));
  decipher.setAuthTag(data.subarray(12, 28));
  return new Uint8Array(Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]));
}
