import { dictionary } from "@zxcvbn-ts/language-common";

export const PASSWORD_MIN = 12;
// argon2 cost grows with input; a cap stops a megabyte "password" from being a denial of service.
export const PASSWORD_MAX = 256;

const common = new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));

export type PasswordProblem = "too_short" | "too_long" | "common" | "contains_email";

/**
 * Long passphrases over composition rules (NIST SP 800-63B): a minimum length, a maximum, and a
 * check against ~49,000 commonly used passwords. Returns what is wrong, or null.
 */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return "too_short";
  if (length > PASSWORD_MAX) return "too_long";
  const lower = password.toLowerCase();
  if (common.has(lower) || common.has(lower.replace(/\d+$/, ""))) return "common";
  const local = email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return "contains_email";
  return null;
}

/** Password hashing behind a port, so domain tests need no native module. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}
