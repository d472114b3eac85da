import { createHash, randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { and, count, eq, gt, isNull, ne, sql } from "drizzle-orm";
import type { Actor } from "../platform/access";
import { recordAudit } from "../platform/audit/audit";
import { type Keyring, open, seal } from "../platform/crypto/keyring";
import { hashToken, newId, newToken } from "../platform/crypto/tokens";
import { newTotpSecret, verifyTotp } from "../platform/crypto/totp";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/errors";
import { enqueueMail } from "../platform/mail/outbox";
import { hit, peek } from "../platform/ratelimit/ratelimit";
import { type PasswordHasher, passwordProblem } from "./password";
import {
  apiTokens,
  coalitionCoordinators,
  coalitionMembers,
  coalitions,
  emailTokens,
  memberships,
  organisations,
  sessions,
  users,
} from "./schema";

export interface AccountDeps {
  db: Db;
  hasher: PasswordHasher;
  keyring: Keyring;
  clock: () => Date;
  /** Where links in e-mails point. */
  baseUrl: string;
  wait?: (ms: number) => Promise<void>;
}

export type User = typeof users.$inferSelect;

export const SESSION_DAYS = 14;
const LINK_HOURS = 2;
export const SIGNIN_WINDOW = { seconds: 15 * 60 };
/** Failures per account in a window before each attempt is slowed, then refused. */
export const SIGNIN_SLOW_AFTER = 5;
export const SIGNIN_REFUSE_AFTER = 10;
/** Failures per network address in a window before it is refused. */
export const SIGNIN_ADDRESS_LIMIT = 50;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

const passwordMessages = {
  too_short: "Use at least 12 characters. A few unrelated words make a strong, memorable password.",
  too_long: "Use at most 256 characters.",
  common: "This password is among the most commonly used ones. Choose another.",
  contains_email: "Do not use your e-mail address in your password.",
} as const;

export function checkPassword(password: string, email: string): void {
  const problem = passwordProblem(password, email);
  if (problem)
    throw new AppError(422, `password_${problem}`, passwordMessages[problem], [
      { path: "password", message: passwordMessages[problem] },
    ]);
}

const totpAad = (userId: string) => `users.totp_secret:${userId}`;
const hashCode = (code: string) =>
  createHash("sha256").update(code.replace(/[\s-]/g, "").toLowerCase()).digest("hex");

export async function getUser(db: Db, id: string): Promise<User | undefined> {
  const [u] = await db.select().from(users).where(eq(users.id, id));
  return u;
}

export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  const [u] = await db
    .select()
    .from(users)
    .where(eq(users.email, normaliseEmail(email)));
  return u;
}

/** Creates an account directly (command line, completed sign-up). */
export async function createUser(
  deps: AccountDeps,
  input: { email: string; displayName: string; password: string; platformAdmin?: boolean },
): Promise<User> {
  const email = normaliseEmail(input.email);
  checkPassword(input.password, email);
  if (await findUserByEmail(deps.db, email))
    throw new AppError(409, "email_taken", "An account with this e-mail address already exists.");
  const [user] = await deps.db
    .insert(users)
    .values({
      id: newId(),
      email,
      displayName: input.displayName.trim(),
      passwordHash: await deps.hasher.hash(input.password),
      platformAdmin: input.platformAdmin ?? false,
    })
    .returning();
  if (!user) throw new Error("user not created");
  await recordAudit(deps.db, {
    actorId: user.id,
    orgId: null,
    action: "user.create",
    recordType: "user",
    recordId: user.id,
  });
  return user;
}

async function issueEmailToken(
  deps: AccountDeps,
  purpose: "signup" | "reset",
  email: string,
  userId: string | null,
): Promise<string> {
  const token = newToken();
  await deps.db.insert(emailTokens).values({
    tokenHash: hashToken(token),
    purpose,
    email,
    userId,
    expiresAt: new Date(deps.clock().getTime() + LINK_HOURS * 3_600_000),
  });
  return token;
}

const MAIL_WINDOW = { seconds: 3600 };
/** Links mailed to one address, and requests from one network address, per hour. */
export const MAIL_PER_ADDRESS = 3;
export const MAIL_PER_CLIENT = 20;

/** Nobody can flood an inbox with sign-up or reset links, or use the forms to spam. */
async function limitMailRequests(deps: AccountDeps, email: string, address: string): Promise<void> {
  const now = deps.clock();
  const [toEmail, fromClient] = await Promise.all([
    hit(deps.db, `mail:to:${email}`, MAIL_WINDOW, now),
    hit(deps.db, `mail:from:${address}`, MAIL_WINDOW, now),
  ]);
  if (toEmail.hits > MAIL_PER_ADDRESS || fromClient.hits > MAIL_PER_CLIENT) {
    throw new AppError(
      429,
      "too_many_requests",
      "Too many requests for e-mail links. Wait an hour and try again.",
    );
  }
}

/**
 * Sign-up starts with the e-mail address only and always answers the same way, so the form does
 * not tell anyone whether an address has an account here (that alone can put an activist at risk).
 */
export async function requestSignup(deps: AccountDeps, rawEmail: string, address = "unknown"): Promise<void> {
  const email = normaliseEmail(rawEmail);
  await limitMailRequests(deps, email, address);
  const existing = await findUserByEmail(deps.db, email);
  await deps.db.transaction(async (tx) => {
    const d = { ...deps, db: tx as unknown as Db };
    if (existing) {
      const token = await issueEmailToken(d, "reset", email, existing.id);
      await enqueueMail(d.db, {
        to: email,
        subject: "Your Visitdesk account",
        text: `Someone asked to create a Visitdesk account with this address, but you already have one.\n\nIf it was you and you forgot your password, set a new one here (the link works once, for ${LINK_HOURS} hours):\n${deps.baseUrl}/password/reset/${token}\n\nIf it was not you, you can ignore this message.`,
      });
      return;
    }
    const token = await issueEmailToken(d, "signup", email, null);
    await enqueueMail(d.db, {
      to: email,
      subject: "Finish creating your Visitdesk account",
      text: `To finish creating your Visitdesk account, open this link (it works once, for ${LINK_HOURS} hours):\n${deps.baseUrl}/signup/complete/${token}\n\nIf you did not ask for an account, you can ignore this message.`,
    });
  });
}

async function takeEmailToken(deps: AccountDeps, token: string, purpose: "signup" | "reset") {
  const [row] = await deps.db
    .update(emailTokens)
    .set({ usedAt: deps.clock() })
    .where(
      and(
        eq(emailTokens.tokenHash, hashToken(token)),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, deps.clock()),
      ),
    )
    .returning();
  if (!row)
    throw new AppError(410, "link_expired", "This link has expired or was already used. Ask for a new one.");
  return row;
}

export async function emailTokenIsValid(
  deps: AccountDeps,
  token: string,
  purpose: "signup" | "reset",
): Promise<boolean> {
  const [row] = await deps.db
    .select({ n: count() })
    .from(emailTokens)
    .where(
      and(
        eq(emailTokens.tokenHash, hashToken(token)),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, deps.clock()),
      ),
    );
  return (row?.n ?? 0) > 0;
}

export async function completeSignup(
  deps: AccountDeps,
  token: string,
  input: { displayName: string; password: string },
): Promise<User> {
  return deps.db.transaction(async (tx) => {
    const d = { ...deps, db: tx as unknown as Db };
    const row = await takeEmailToken(d, token, "signup");
    return createUser(d, { email: row.email, displayName: input.displayName, password: input.password });
  });
}

export async function requestPasswordReset(
  deps: AccountDeps,
  rawEmail: string,
  address = "unknown",
): Promise<void> {
  const email = normaliseEmail(rawEmail);
  await limitMailRequests(deps, email, address);
  const user = await findUserByEmail(deps.db, email);
  if (!user) return; // Same answer either way: see requestSignup.
  await deps.db.transaction(async (tx) => {
    const d = { ...deps, db: tx as unknown as Db };
    const token = await issueEmailToken(d, "reset", email, user.id);
    await enqueueMail(d.db, {
      to: email,
      subject: "Reset your Visitdesk password",
      text: `To choose a new password, open this link (it works once, for ${LINK_HOURS} hours):\n${deps.baseUrl}/password/reset/${token}\n\nIf you did not ask for this, you can ignore this message; your password stays as it is.`,
    });
  });
}

/** Sets a new password and signs the account out everywhere. */
export async function completePasswordReset(
  deps: AccountDeps,
  token: string,
  password: string,
): Promise<User> {
  return deps.db.transaction(async (tx) => {
    const d = { ...deps, db: tx as unknown as Db };
    const row = await takeEmailToken(d, token, "reset");
    const user = row.userId ? await getUser(d.db, row.userId) : undefined;
    if (!user)
      throw new AppError(
        410,
        "link_expired",
        "This link has expired or was already used. Ask for a new one.",
      );
    checkPassword(password, user.email);
    await d.db
      .update(users)
      .set({ passwordHash: await deps.hasher.hash(password) })
      .where(eq(users.id, user.id));
    await d.db.delete(sessions).where(eq(sessions.userId, user.id));
    await recordAudit(d.db, {
      actorId: user.id,
      orgId: null,
      action: "user.password_reset",
      recordType: "user",
      recordId: user.id,
    });
    return user;
  });
}

/** Changes the password and ends every other session of the account (a thief's included). */
export async function changePassword(
  deps: AccountDeps,
  userId: string,
  current: string,
  next: string,
  keepSessionToken: string | null = null,
): Promise<void> {
  const user = await getUser(deps.db, userId);
  if (!user || !(await deps.hasher.verify(user.passwordHash, current))) {
    throw new AppError(422, "wrong_password", "Your current password is not right.", [
      { path: "current", message: "Not right" },
    ]);
  }
  checkPassword(next, user.email);
  await deps.db
    .update(users)
    .set({ passwordHash: await deps.hasher.hash(next) })
    .where(eq(users.id, userId));
  await deps.db
    .delete(sessions)
    .where(
      keepSessionToken
        ? and(eq(sessions.userId, userId), ne(sessions.idHash, hashToken(keepSessionToken)))
        : eq(sessions.userId, userId),
    );
  await recordAudit(deps.db, {
    actorId: userId,
    orgId: null,
    action: "user.password_change",
    recordType: "user",
    recordId: userId,
  });
}

export interface SignInInput {
  email: string;
  password: string;
  totp?: string;
  /** The client's network address, for the per-address limit. */
  address: string;
}

export type SignInResult = { user: User };

/**
 * Checks a sign-in. Failures are counted per account and per address in the database (so every
 * app server sees them): after SIGNIN_SLOW_AFTER the caller is told to slow down, after
 * SIGNIN_REFUSE_AFTER (or the address limit) further attempts are refused until the window ends.
 */
export async function signIn(deps: AccountDeps, input: SignInInput): Promise<SignInResult> {
  const email = normaliseEmail(input.email);
  const now = deps.clock();
  const accountKey = `signin:account:${email}`;
  const addressKey = `signin:address:${input.address}`;
  const [accountFailures, addressFailures] = await Promise.all([
    peek(deps.db, accountKey, SIGNIN_WINDOW, now),
    peek(deps.db, addressKey, SIGNIN_WINDOW, now),
  ]);
  if (accountFailures >= SIGNIN_REFUSE_AFTER || addressFailures >= SIGNIN_ADDRESS_LIMIT) {
    throw new AppError(
      429,
      "too_many_attempts",
      "Too many failed sign-ins. Wait 15 minutes, or reset your password.",
    );
  }
  // Past a few failures every answer, right or wrong, waits longer: guessing gets slow before it is refused.
  if (accountFailures >= SIGNIN_SLOW_AFTER) {
    await (deps.wait ?? sleep)(Math.min(5_000, 500 * 2 ** (accountFailures - SIGNIN_SLOW_AFTER)));
  }
  const fail = async (code: string, message: string) => {
    await Promise.all([
      hit(deps.db, accountKey, SIGNIN_WINDOW, now),
      hit(deps.db, addressKey, SIGNIN_WINDOW, now),
    ]);
    return new AppError(401, code, message);
  };
  const user = await findUserByEmail(deps.db, email);
  // Hash even for an unknown address, so the answer takes as long either way.
  let ok = false;
  if (user) ok = await deps.hasher.verify(user.passwordHash, input.password);
  else await deps.hasher.hash(input.password);
  if (!user || !ok)
    throw await fail("invalid_credentials", "The e-mail address or the password is not right.");
  if (user.totpEnabledAt && user.totpSecret) {
    if (!input.totp)
      throw new AppError(
        401,
        "totp_required",
        "Enter the 6-digit code from your authenticator app, or a recovery code.",
      );
    if (!(await useSecondFactor(deps, user, input.totp)))
      throw await fail("invalid_totp", "The code is not right. Codes change every 30 seconds.");
  }
  return { user };
}

/** A TOTP code (not replayable) or a single-use recovery code. */
async function useSecondFactor(deps: AccountDeps, user: User, code: string): Promise<boolean> {
  const secret = open(deps.keyring, user.totpSecret as string, totpAad(user.id));
  const step = verifyTotp(secret, code, deps.clock());
  if (step !== null) {
    const [updated] = await deps.db
      .update(users)
      .set({ totpLastStep: step })
      .where(
        and(eq(users.id, user.id), sql`(${users.totpLastStep} IS NULL OR ${users.totpLastStep} < ${step})`),
      )
      .returning({ id: users.id });
    return updated !== undefined;
  }
  const hashed = hashCode(code);
  if (!user.recoveryCodes.includes(hashed)) return false;
  await deps.db
    .update(users)
    .set({ recoveryCodes: user.recoveryCodes.filter((c) => c !== hashed) })
    .where(eq(users.id, user.id));
  await recordAudit(deps.db, {
    actorId: user.id,
    orgId: null,
    action: "user.recovery_code_used",
    recordType: "user",
    recordId: user.id,
  });
  return true;
}

export async function createSession(
  deps: AccountDeps,
  userId: string,
): Promise<{ token: string; csrf: string }> {
  const token = newToken();
  const csrf = randomBytes(32).toString("base64url");
  await deps.db.insert(sessions).values({
    idHash: hashToken(token),
    userId,
    csrfSecret: csrf,
    expiresAt: new Date(deps.clock().getTime() + SESSION_DAYS * 86_400_000),
  });
  return { token, csrf };
}

export async function resolveSession(deps: AccountDeps, token: string) {
  const [row] = await deps.db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, hashToken(token)), gt(sessions.expiresAt, deps.clock())));
  if (!row) return null;
  // Sliding expiry, written at most once an hour.
  const now = deps.clock();
  if (now.getTime() - row.session.lastSeenAt.getTime() > 3_600_000) {
    await deps.db
      .update(sessions)
      .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_DAYS * 86_400_000) })
      .where(eq(sessions.idHash, row.session.idHash));
  }
  return row;
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, hashToken(token)));
}

export async function endAllSessions(db: Db, userId: string): Promise<number> {
  const gone = await db
    .delete(sessions)
    .where(eq(sessions.userId, userId))
    .returning({ id: sessions.idHash });
  return gone.length;
}

/** Everything the access rules need to know about a user, read fresh for each request. */
export async function loadActor(db: Db, user: Pick<User, "id" | "platformAdmin">): Promise<Actor> {
  const [orgRows, coalitionRows, coordinatorRows] = await Promise.all([
    db
      .select({ orgId: memberships.orgId, role: memberships.role })
      .from(memberships)
      .where(eq(memberships.userId, user.id)),
    db
      .selectDistinct({ id: coalitionMembers.coalitionId })
      .from(coalitionMembers)
      .innerJoin(memberships, eq(memberships.orgId, coalitionMembers.orgId))
      .where(eq(memberships.userId, user.id)),
    db
      .select({ id: coalitionCoordinators.coalitionId })
      .from(coalitionCoordinators)
      .where(eq(coalitionCoordinators.userId, user.id)),
  ]);
  return {
    userId: user.id,
    platformAdmin: user.platformAdmin,
    orgs: new Map(orgRows.map((r) => [r.orgId, r.role])),
    coalitions: new Set(coalitionRows.map((r) => r.id)),
    coordinates: new Set(coordinatorRows.map((r) => r.id)),
  };
}

/**
 * True when the user must set up two-factor sign-in before doing anything else: they administer an
 * organisation, or coordinate a coalition, that requires it.
 */
export async function mustEnrolTwoFactor(db: Db, user: User): Promise<boolean> {
  if (user.totpEnabledAt) return false;
  const [orgs, coal] = await Promise.all([
    db
      .select({ n: count() })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.orgId))
      .where(
        and(
          eq(memberships.userId, user.id),
          eq(memberships.role, "admin"),
          eq(organisations.requireTwoFactor, true),
        ),
      ),
    db
      .select({ n: count() })
      .from(coalitionCoordinators)
      .innerJoin(coalitions, eq(coalitions.id, coalitionCoordinators.coalitionId))
      .where(and(eq(coalitionCoordinators.userId, user.id), eq(coalitions.requireTwoFactor, true))),
  ]);
  return (orgs[0]?.n ?? 0) + (coal[0]?.n ?? 0) > 0;
}

/** Step 1 of two-factor set-up: a new secret, kept sealed and inactive until a code confirms it. */
export async function beginTotp(deps: AccountDeps, userId: string): Promise<string> {
  const current = await getUser(deps.db, userId);
  // Starting again would silently switch off a working second factor: that needs the password (disableTotp).
  if (current?.totpEnabledAt) {
    throw new AppError(
      409,
      "two_factor_on",
      "Two-factor sign-in is already on. Turn it off first to set up a new app.",
    );
  }
  const secret = newTotpSecret();
  await deps.db
    .update(users)
    .set({ totpSecret: seal(deps.keyring, secret, totpAad(userId)), totpEnabledAt: null, totpLastStep: null })
    .where(eq(users.id, userId));
  return secret;
}

export function pendingTotpSecret(deps: AccountDeps, user: User): string | null {
  return user.totpSecret && !user.totpEnabledAt
    ? open(deps.keyring, user.totpSecret, totpAad(user.id))
    : null;
}

/** Step 2: a code from the app turns two-factor on and yields ten single-use recovery codes, shown once. */
export async function confirmTotp(deps: AccountDeps, userId: string, code: string): Promise<string[]> {
  const user = await getUser(deps.db, userId);
  const secret = user ? pendingTotpSecret(deps, user) : null;
  const step = secret ? verifyTotp(secret, code, deps.clock()) : null;
  if (step === null)
    throw new AppError(
      422,
      "invalid_totp",
      "The code is not right. Check the time on your phone and try the newest code.",
    );
  const codes = Array.from({ length: 10 }, () =>
    randomBytes(5)
      .toString("hex")
      .replace(/(.{5})/, "$1-"),
  );
  await deps.db
    .update(users)
    .set({ totpEnabledAt: deps.clock(), totpLastStep: step, recoveryCodes: codes.map(hashCode) })
    .where(eq(users.id, userId));
  await recordAudit(deps.db, {
    actorId: userId,
    orgId: null,
    action: "user.totp_enable",
    recordType: "user",
    recordId: userId,
  });
  return codes;
}

export async function disableTotp(deps: AccountDeps, userId: string, password: string): Promise<void> {
  const user = await getUser(deps.db, userId);
  if (!user || !(await deps.hasher.verify(user.passwordHash, password))) {
    throw new AppError(422, "wrong_password", "Your password is not right.", [
      { path: "password", message: "Not right" },
    ]);
  }
  if (await mustEnrolTwoFactorIfOff(deps.db, user)) {
    throw new AppError(
      409,
      "two_factor_required",
      "An organisation or coalition you help run requires two-factor sign-in.",
    );
  }
  await deps.db
    .update(users)
    .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, recoveryCodes: [] })
    .where(eq(users.id, userId));
  await recordAudit(deps.db, {
    actorId: userId,
    orgId: null,
    action: "user.totp_disable",
    recordType: "user",
    recordId: userId,
  });
}

const mustEnrolTwoFactorIfOff = (db: Db, user: User) =>
  mustEnrolTwoFactor(db, { ...user, totpEnabledAt: null });

export async function createApiToken(
  deps: AccountDeps,
  userId: string,
  name: string,
): Promise<{ id: string; token: string }> {
  const token = newToken("vdt_");
  const id = newId();
  await deps.db.insert(apiTokens).values({ id, userId, name: name.trim(), tokenHash: hashToken(token) });
  await recordAudit(deps.db, {
    actorId: userId,
    orgId: null,
    action: "api_token.create",
    recordType: "api_token",
    recordId: id,
  });
  return { id, token };
}

export async function listApiTokens(db: Db, userId: string) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(apiTokens.createdAt);
}

export async function revokeApiToken(deps: AccountDeps, userId: string, id: string): Promise<void> {
  const [row] = await deps.db
    .update(apiTokens)
    .set({ revokedAt: deps.clock() })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  if (!row) throw new AppError(404, "not_found", "This token was not found, or is already revoked.");
  await recordAudit(deps.db, {
    actorId: userId,
    orgId: null,
    action: "api_token.revoke",
    recordType: "api_token",
    recordId: id,
  });
}

export async function resolveApiToken(deps: AccountDeps, token: string): Promise<User | null> {
  const [row] = await deps.db
    .select({ user: users, id: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)));
  if (!row) return null;
  const now = deps.clock();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 3_600_000) {
    await deps.db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
  }
  return row.user;
}

/**
 * Deletes an account and everything that is only the user's. Refused while the user is the last
 * admin of an organisation that has other members: someone must be left to run it.
 */
export async function deleteAccount(deps: AccountDeps, userId: string, password: string): Promise<void> {
  const user = await getUser(deps.db, userId);
  if (!user || !(await deps.hasher.verify(user.passwordHash, password))) {
    throw new AppError(422, "wrong_password", "Your password is not right.", [
      { path: "password", message: "Not right" },
    ]);
  }
  const adminOf = await deps.db
    .select({ orgId: memberships.orgId })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.role, "admin")));
  for (const { orgId } of adminOf) {
    const [admins] = await deps.db
      .select({ n: count() })
      .from(memberships)
      .where(and(eq(memberships.orgId, orgId), eq(memberships.role, "admin")));
    const [members] = await deps.db
      .select({ n: count() })
      .from(memberships)
      .where(eq(memberships.orgId, orgId));
    if ((admins?.n ?? 0) === 1 && (members?.n ?? 0) > 1) {
      throw new AppError(
        409,
        "last_admin",
        "You are the only admin of an organisation with other members. Make someone else an admin first.",
      );
    }
  }
  await deps.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    // Organisations of which the user was the only member go with the account.
    for (const { orgId } of adminOf) {
      const [members] = await db.select({ n: count() }).from(memberships).where(eq(memberships.orgId, orgId));
      if ((members?.n ?? 0) === 1) await db.delete(organisations).where(eq(organisations.id, orgId));
    }
    await db.delete(users).where(eq(users.id, userId));
    await recordAudit(db, {
      actorId: userId,
      orgId: null,
      action: "user.delete",
      recordType: "user",
      recordId: userId,
    });
  });
}
