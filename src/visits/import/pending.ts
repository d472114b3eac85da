import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { FileStore } from "../../platform/files/store";
import type { ImportOptions } from "./apply";
import { importFormats } from "./read";

/**
 * An uploaded file waiting between its preview and the person's confirmation, kept in the file
 * store with who uploaded it and until when. The store addresses content by its hash and the
 * content starts with a random nonce, so the key is an unguessable token; it is only honoured for
 * the same person and before it expires, and is deleted once used.
 */
export const PENDING_MINUTES = 60;

const Meta = z.object({
  nonce: z.string(),
  userId: z.string(),
  name: z.string(),
  expiresAt: z.string(),
  options: z.object({
    format: z.enum(importFormats).optional(),
    encoding: z.string().optional(),
    sheet: z.string().optional(),
    mapping: z.record(z.string(), z.string()).optional(),
  }),
});
export type PendingMeta = z.infer<typeof Meta>;

const TOKEN = /^[a-f0-9]{64}$/;

function pack(meta: PendingMeta, bytes: Uint8Array): Uint8Array {
  const head = Buffer.from(JSON.stringify(meta), "utf8");
  const size = Buffer.alloc(4);
  size.writeUInt32BE(head.length);
  return Buffer.concat([size, head, bytes]);
}

export async function keepPending(
  files: FileStore,
  input: { userId: string; name: string; options: ImportOptions; bytes: Uint8Array; now: Date },
): Promise<string> {
  const meta: PendingMeta = {
    nonce: randomBytes(16).toString("hex"),
    userId: input.userId,
    name: input.name,
    expiresAt: new Date(input.now.getTime() + PENDING_MINUTES * 60_000).toISOString(),
    options: input.options,
  };
  return files.put(pack(meta, input.bytes));
}

/** The pending file behind a token, if it is this person's and has not expired (an expired one is deleted). */
export async function loadPending(
  files: FileStore,
  token: string,
  userId: string,
  now: Date,
): Promise<{ meta: PendingMeta; bytes: Uint8Array } | null> {
  if (!TOKEN.test(token)) return null;
  const blob = await files.get(token);
  if (!blob || blob.length < 4) return null;
  const size = blob.readUInt32BE(0);
  let head: unknown;
  try {
    head = JSON.parse(blob.subarray(4, 4 + size).toString("utf8"));
  } catch {
    return null;
  }
  // Only our own pending files are read (or deleted): other stored files (logos) are not.
  const parsed = Meta.safeParse(head);
  if (!parsed.success) return null;
  if (parsed.data.expiresAt <= now.toISOString()) {
    await files.delete(token);
    return null;
  }
  if (parsed.data.userId !== userId) return null;
  return { meta: parsed.data, bytes: blob.subarray(4 + size) };
}

/** The same file with other reading options (format, encoding, sheet, column mapping): a new token. */
export async function repackPending(
  files: FileStore,
  token: string,
  pending: { meta: PendingMeta; bytes: Uint8Array },
  options: ImportOptions,
  now: Date,
): Promise<string> {
  const next = await keepPending(files, {
    userId: pending.meta.userId,
    name: pending.meta.name,
    options,
    bytes: pending.bytes,
    now,
  });
  await files.delete(token);
  return next;
}

export const dropPending = (files: FileStore, token: string) =>
  TOKEN.test(token) ? files.delete(token) : Promise.resolve();
