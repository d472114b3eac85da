import { createHash, randomBytes } from "node:crypto";

/** A random secret for links, cookies and API tokens: 256 bits, URL-safe. */
export function newToken(prefix = ""): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

/** What the database keeps of a token: a stolen table gives no usable link or session. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const newId = (): string => crypto.randomUUID();
