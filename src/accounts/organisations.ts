import { and, asc, count, eq, gt, inArray, isNull } from "drizzle-orm";
import type { Actor } from "../platform/access";
import { auditForOrg, recordAudit } from "../platform/audit/audit";
import { auditLog } from "../platform/audit/schema";
import { hashToken, newId, newToken } from "../platform/crypto/tokens";
import type { Db } from "../platform/db/client";
import { mediaTypes, sniff } from "../platform/files/sniff";
import type { FileStore } from "../platform/files/store";
import { AppError } from "../platform/http/errors";
import { enqueueMail } from "../platform/mail/outbox";
import { orgExportParts } from "../platform/org-export-parts";
import { type CoalitionAction, canOnCoalition, canOnOrg, canOnPlatform, type OrgAction } from "./policy";
import {
  coalitionCoordinators,
  coalitionMembers,
  coalitions,
  invitations,
  joinRequests,
  memberships,
  organisations,
  users,
} from "./schema";
import { type AccountDeps, findUserByEmail, normaliseEmail } from "./service";

export type Organisation = typeof organisations.$inferSelect;
export type Coalition = typeof coalitions.$inferSelect;
export const INVITATION_DAYS = 7;

const forbidden = () => new AppError(403, "forbidden", "You are not allowed to do this.");
/** Outsiders learn nothing about a private record, not even that it exists. */
const hidden = (what: string) => new AppError(404, "not_found", `${what} was not found.`);

export function slugify(name: string): string {
  const base = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return base || "org";
}

export const uniqueOrgSlug = (db: Db, name: string) => uniqueSlug(db, organisations, name);

async function uniqueSlug(
  db: Db,
  table: typeof organisations | typeof coalitions,
  name: string,
): Promise<string> {
  const base = slugify(name);
  for (let i = 1; ; i++) {
    const slug = i === 1 ? base : `${base}-${i}`;
    const [taken] = await db.select({ n: count() }).from(table).where(eq(table.slug, slug));
    if (!taken?.n) return slug;
  }
}

function requireOrg(actor: Actor, action: OrgAction, orgId: string): void {
  if (canOnOrg(actor, action, orgId)) return;
  throw actor.orgs.has(orgId) ? forbidden() : hidden("This organisation's page");
}

function requireCoalition(actor: Actor, action: CoalitionAction, coalitionId: string, orgId?: string): void {
  if (canOnCoalition(actor, action, coalitionId, orgId)) return;
  throw actor.coalitions.has(coalitionId) || actor.coordinates.has(coalitionId)
    ? forbidden()
    : hidden("This coalition's page");
}

export async function getOrgBySlug(db: Db, slug: string): Promise<Organisation | undefined> {
  const [o] = await db.select().from(organisations).where(eq(organisations.slug, slug));
  return o;
}

export async function getOrg(db: Db, id: string): Promise<Organisation | undefined> {
  const [o] = await db.select().from(organisations).where(eq(organisations.id, id));
  return o;
}

export async function listOrgs(db: Db, opts: { limit: number; offset: number }) {
  const [items, [total]] = await Promise.all([
    db.select().from(organisations).orderBy(asc(organisations.name)).limit(opts.limit).offset(opts.offset),
    db.select({ n: count() }).from(organisations),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function orgsOf(db: Db, userId: string) {
  return db
    .select({ org: organisations, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.orgId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.name));
}

export async function createOrg(
  deps: AccountDeps,
  actor: Actor,
  input: { name: string; kind: Organisation["kind"]; countryIso3?: string | null },
): Promise<Organisation> {
  if (!actor.userId || !canOnPlatform(actor, "platform.createOrg"))
    throw new AppError(401, "unauthenticated", "Sign in first.");
  const userId = actor.userId;
  return deps.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const [org] = await db
      .insert(organisations)
      .values({
        id: newId(),
        slug: await uniqueSlug(db, organisations, input.name),
        name: input.name.trim(),
        kind: input.kind,
        countryIso3: input.countryIso3 ?? null,
      })
      .returning();
    if (!org) throw new Error("organisation not created");
    await db.insert(memberships).values({ orgId: org.id, userId, role: "admin" });
    await recordAudit(db, {
      actorId: userId,
      orgId: org.id,
      action: "org.create",
      recordType: "organisation",
      recordId: org.id,
    });
    return org;
  });
}

export async function updateOrg(
  deps: AccountDeps,
  actor: Actor,
  orgId: string,
  input: { name?: string; requireTwoFactor?: boolean },
) {
  requireOrg(actor, "org.edit", orgId);
  await deps.db
    .update(organisations)
    .set({
      ...(input.name ? { name: input.name.trim() } : {}),
      ...(input.requireTwoFactor !== undefined ? { requireTwoFactor: input.requireTwoFactor } : {}),
    })
    .where(eq(organisations.id, orgId));
  await recordAudit(deps.db, {
    actorId: actor.userId,
    orgId,
    action: "org.update",
    recordType: "organisation",
    recordId: orgId,
    details: { requireTwoFactor: input.requireTwoFactor ?? null },
  });
}

export async function listMembers(db: Db, actor: Actor, orgId: string) {
  requireOrg(actor, "org.viewMembers", orgId);
  return db
    .select({
      userId: users.id,
      displayName: users.displayName,
      email: users.email,
      role: memberships.role,
      since: memberships.createdAt,
      twoFactor: users.totpEnabledAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, orgId))
    .orderBy(asc(users.displayName));
}

export async function inviteToOrg(
  deps: AccountDeps,
  actor: Actor,
  orgId: string,
  input: { email: string; role: "member" | "admin" },
): Promise<{ id: string; token: string }> {
  requireOrg(actor, "org.invite", orgId);
  const org = await getOrg(deps.db, orgId);
  if (!org) throw hidden("This organisation's page");
  const email = normaliseEmail(input.email);
  const existing = await findUserByEmail(deps.db, email);
  if (existing && (await roleIn(deps.db, orgId, existing.id))) {
    throw new AppError(409, "already_member", "This person is already a member.", [
      { path: "email", message: "Already a member" },
    ]);
  }
  return deps.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const token = newToken();
    const id = newId();
    await db.insert(invitations).values({
      id,
      tokenHash: hashToken(token),
      kind: "organisation",
      targetId: orgId,
      email,
      role: input.role,
      invitedBy: actor.userId,
      expiresAt: new Date(deps.clock().getTime() + INVITATION_DAYS * 86_400_000),
    });
    await enqueueMail(db, {
      to: email,
      subject: `You are invited to join ${org.name} on Visitdesk`,
      text: `You are invited to join ${org.name} on Visitdesk as ${input.role === "admin" ? "an admin" : "a member"}.\n\nTo accept, open this link and sign in (or create an account) with this e-mail address. The link works once, for ${INVITATION_DAYS} days:\n${deps.baseUrl}/invitations/${token}\n\nIf you do not know this organisation, ignore this message.`,
    });
    await recordAudit(db, {
      actorId: actor.userId,
      orgId,
      action: "org.invite",
      recordType: "invitation",
      recordId: id,
      details: { role: input.role },
    });
    return { id, token };
  });
}

export async function roleIn(db: Db, orgId: string, userId: string) {
  const [m] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  return m?.role;
}

export async function findInvitation(deps: AccountDeps, token: string) {
  const [inv] = await deps.db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.tokenHash, hashToken(token)),
        isNull(invitations.usedAt),
        gt(invitations.expiresAt, deps.clock()),
      ),
    );
  return inv;
}

/**
 * Accepts an invitation. The signed-in account must have the invited address: a forwarded link
 * does not let someone else in. Single use, and refused once expired.
 */
export async function acceptInvitation(
  deps: AccountDeps,
  actor: Actor,
  token: string,
): Promise<{ kind: string; targetId: string }> {
  if (!actor.userId) throw new AppError(401, "unauthenticated", "Sign in first.");
  const userId = actor.userId;
  const inv = await findInvitation(deps, token);
  if (!inv)
    throw new AppError(
      410,
      "link_expired",
      "This invitation has expired or was already used. Ask for a new one.",
    );
  const [user] = await deps.db.select().from(users).where(eq(users.id, userId));
  if (!user || user.email !== inv.email) {
    throw new AppError(
      403,
      "wrong_account",
      "This invitation was sent to another e-mail address. Sign in with that address to accept it.",
    );
  }
  return deps.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const [taken] = await db
      .update(invitations)
      .set({ usedAt: deps.clock() })
      .where(and(eq(invitations.id, inv.id), isNull(invitations.usedAt)))
      .returning({ id: invitations.id });
    if (!taken) throw new AppError(410, "link_expired", "This invitation was already used.");
    if (inv.kind === "organisation") {
      await db
        .insert(memberships)
        .values({ orgId: inv.targetId, userId, role: inv.role as "member" | "admin" })
        .onConflictDoNothing();
      await recordAudit(db, {
        actorId: userId,
        orgId: inv.targetId,
        action: "org.join",
        recordType: "invitation",
        recordId: inv.id,
      });
    } else {
      // A coalition invitation is addressed to an admin of the organisation named in `role`.
      if ((await roleIn(db, inv.role, userId)) !== "admin") {
        throw new AppError(403, "forbidden", "Only an admin of the invited organisation can accept for it.");
      }
      await db
        .insert(coalitionMembers)
        .values({ coalitionId: inv.targetId, orgId: inv.role })
        .onConflictDoNothing();
      await recordAudit(db, {
        actorId: userId,
        orgId: inv.role,
        action: "coalition.join",
        recordType: "coalition",
        recordId: inv.targetId,
      });
    }
    return { kind: inv.kind, targetId: inv.targetId };
  });
}

export async function requestToJoin(
  deps: AccountDeps,
  actor: Actor,
  orgId: string,
  message: string | null,
): Promise<string> {
  if (!actor.userId) throw new AppError(401, "unauthenticated", "Sign in first.");
  if (!canOnOrg(actor, "org.requestJoin", orgId))
    throw new AppError(409, "already_member", "You are already a member.");
  const id = newId();
  const inserted = await deps.db
    .insert(joinRequests)
    .values({ id, orgId, userId: actor.userId, message: message?.trim() || null })
    .onConflictDoNothing()
    .returning({ id: joinRequests.id });
  if (!inserted.length)
    throw new AppError(409, "already_requested", "You have already asked to join; an admin will answer.");
  await recordAudit(deps.db, {
    actorId: actor.userId,
    orgId,
    action: "org.join_request",
    recordType: "join_request",
    recordId: id,
  });
  return id;
}

export async function listJoinRequests(db: Db, actor: Actor, orgId: string) {
  requireOrg(actor, "org.decideJoinRequest", orgId);
  return db
    .select({
      id: joinRequests.id,
      message: joinRequests.message,
      createdAt: joinRequests.createdAt,
      displayName: users.displayName,
      email: users.email,
    })
    .from(joinRequests)
    .innerJoin(users, eq(users.id, joinRequests.userId))
    .where(and(eq(joinRequests.orgId, orgId), eq(joinRequests.status, "pending")))
    .orderBy(asc(joinRequests.createdAt));
}

export async function decideJoinRequest(
  deps: AccountDeps,
  actor: Actor,
  orgId: string,
  requestId: string,
  accept: boolean,
): Promise<void> {
  requireOrg(actor, "org.decideJoinRequest", orgId);
  await deps.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const [req] = await db
      .update(joinRequests)
      .set({ status: accept ? "accepted" : "declined", decidedBy: actor.userId })
      .where(
        and(
          eq(joinRequests.id, requestId),
          eq(joinRequests.orgId, orgId),
          eq(joinRequests.status, "pending"),
        ),
      )
      .returning();
    if (!req) throw new AppError(404, "not_found", "This request was not found or was already answered.");
    if (accept)
      await db
        .insert(memberships)
        .values({ orgId, userId: req.userId, role: "member" })
        .onConflictDoNothing();
    await recordAudit(db, {
      actorId: actor.userId,
      orgId,
      action: accept ? "org.join_accept" : "org.join_decline",
      recordType: "join_request",
      recordId: requestId,
    });
  });
}

async function adminCount(db: Db, orgId: string): Promise<number> {
  const [r] = await db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, "admin")));
  return r?.n ?? 0;
}

export async function changeRole(
  deps: AccountDeps,
  actor: Actor,
  orgId: string,
  userId: string,
  role: "member" | "admin",
): Promise<void> {
  requireOrg(actor, "org.changeRole", orgId);
  const current = await roleIn(deps.db, orgId, userId);
  if (!current) throw new AppError(404, "not_found", "This person is not a member.");
  if (current === "admin" && role === "member" && (await adminCount(deps.db, orgId)) === 1) {
    throw new AppError(
      409,
      "last_admin",
      "An organisation needs at least one admin. Make someone else an admin first.",
    );
  }
  await deps.db
    .update(memberships)
    .set({ role })
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  await recordAudit(deps.db, {
    actorId: actor.userId,
    orgId,
    action: "org.change_role",
    recordType: "membership",
    recordId: userId,
    details: { role },
  });
}

/** Removes a member (an admin's action) or leaves (a member's own). */
export async function removeMember(
  deps: AccountDeps,
  actor: Actor,
  orgId: string,
  userId: string,
): Promise<void> {
  requireOrg(actor, actor.userId === userId ? "org.leave" : "org.removeMember", orgId);
  const current = await roleIn(deps.db, orgId, userId);
  if (!current) throw new AppError(404, "not_found", "This person is not a member.");
  if (current === "admin" && (await adminCount(deps.db, orgId)) === 1) {
    throw new AppError(
      409,
      "last_admin",
      "An organisation needs at least one admin. Make someone else an admin first, or delete the organisation.",
    );
  }
  await deps.db.delete(memberships).where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  await recordAudit(deps.db, {
    actorId: actor.userId,
    orgId,
    action: actor.userId === userId ? "org.leave" : "org.remove_member",
    recordType: "membership",
    recordId: userId,
  });
}

export async function orgAudit(
  db: Db,
  actor: Actor,
  orgId: string,
  opts: { before?: number; limit: number },
) {
  requireOrg(actor, "org.viewAudit", orgId);
  return auditForOrg(db, orgId, opts);
}

/** Everything the organisation owns, as one JSON document (areas with records add theirs here). */
export async function exportOrg(deps: AccountDeps & { files: FileStore }, actor: Actor, orgId: string) {
  requireOrg(actor, "org.export", orgId);
  const org = await getOrg(deps.db, orgId);
  if (!org) throw hidden("This organisation's page");
  const [members, pendingInvitations, requests, coalitionRows, audit] = await Promise.all([
    listMembers(deps.db, actor, orgId),
    deps.db
      .select({
        email: invitations.email,
        role: invitations.role,
        expiresAt: invitations.expiresAt,
        createdAt: invitations.createdAt,
      })
      .from(invitations)
      .where(
        and(
          eq(invitations.kind, "organisation"),
          eq(invitations.targetId, orgId),
          isNull(invitations.usedAt),
        ),
      ),
    deps.db.select().from(joinRequests).where(eq(joinRequests.orgId, orgId)),
    deps.db
      .select({ id: coalitions.id, name: coalitions.name, slug: coalitions.slug })
      .from(coalitionMembers)
      .innerJoin(coalitions, eq(coalitions.id, coalitionMembers.coalitionId))
      .where(eq(coalitionMembers.orgId, orgId)),
    deps.db.select().from(auditLog).where(eq(auditLog.orgId, orgId)).orderBy(asc(auditLog.id)),
  ]);
  await recordAudit(deps.db, {
    actorId: actor.userId,
    orgId,
    action: "org.export",
    recordType: "organisation",
    recordId: orgId,
  });
  return {
    format: "visitdesk-organisation-export/1",
    exportedAt: deps.clock().toISOString(),
    organisation: org,
    members: members.map((m) => ({
      displayName: m.displayName,
      email: m.email,
      role: m.role,
      since: m.since,
    })),
    pendingInvitations,
    joinRequests: requests.map(({ userId: _u, decidedBy: _d, ...r }) => r),
    coalitions: coalitionRows,
    auditLog: audit,
    // Files the organisation uploaded, inline so one download holds everything.
    attachments: await orgAttachments(deps.files, org),
    // Its records in every area: letters, submissions, programmes, reports, unofficial visits.
    ...Object.assign(
      {},
      ...(await Promise.all(
        orgExportParts.map((part) => part({ db: deps.db, keyring: deps.keyring, actor }, orgId)),
      )),
    ),
  };
}

async function orgAttachments(files: FileStore, org: Organisation) {
  const logo = org.logoKey ? await files.get(org.logoKey) : null;
  return logo
    ? [{ name: "logo", mediaType: org.logoType, encoding: "base64", data: logo.toString("base64") }]
    : [];
}

/** Deletes the organisation and everything it owns; the name must be typed to confirm. */
export async function deleteOrg(
  deps: AccountDeps & { files: FileStore },
  actor: Actor,
  orgId: string,
  confirmName: string,
): Promise<void> {
  requireOrg(actor, "org.delete", orgId);
  const org = await getOrg(deps.db, orgId);
  if (!org) throw hidden("This organisation's page");
  if (confirmName.trim() !== org.name) {
    throw new AppError(422, "confirmation_mismatch", "Type the organisation's name exactly to confirm.", [
      { path: "confirm", message: "Does not match" },
    ]);
  }
  await deps.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    await db
      .delete(invitations)
      .where(and(eq(invitations.kind, "organisation"), eq(invitations.targetId, orgId)));
    await db.delete(organisations).where(eq(organisations.id, orgId));
    await recordAudit(db, {
      actorId: actor.userId,
      orgId,
      action: "org.delete",
      recordType: "organisation",
      recordId: orgId,
    });
  });
  // Files are stored by content, so another organisation may use the same logo.
  if (org.logoKey) {
    const [shared] = await deps.db
      .select({ n: count() })
      .from(organisations)
      .where(eq(organisations.logoKey, org.logoKey));
    if (!shared?.n) await deps.files.delete(org.logoKey);
  }
}

// Coalitions

export async function getCoalitionBySlug(db: Db, slug: string): Promise<Coalition | undefined> {
  const [c] = await db.select().from(coalitions).where(eq(coalitions.slug, slug));
  return c;
}

export async function coalitionsOf(db: Db, actor: Actor) {
  const ids = [...new Set([...actor.coalitions, ...actor.coordinates])];
  if (!ids.length) return [];
  return db.select().from(coalitions).where(inArray(coalitions.id, ids)).orderBy(asc(coalitions.name));
}

export async function createCoalition(
  deps: AccountDeps,
  actor: Actor,
  input: { name: string; orgId?: string },
): Promise<Coalition> {
  if (!actor.userId || !canOnPlatform(actor, "platform.createCoalition"))
    throw new AppError(401, "unauthenticated", "Sign in first.");
  if (input.orgId && actor.orgs.get(input.orgId) !== "admin") throw forbidden();
  const userId = actor.userId;
  return deps.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const [c] = await db
      .insert(coalitions)
      .values({ id: newId(), slug: await uniqueSlug(db, coalitions, input.name), name: input.name.trim() })
      .returning();
    if (!c) throw new Error("coalition not created");
    await db.insert(coalitionCoordinators).values({ coalitionId: c.id, userId });
    if (input.orgId) await db.insert(coalitionMembers).values({ coalitionId: c.id, orgId: input.orgId });
    await recordAudit(db, {
      actorId: userId,
      orgId: input.orgId ?? null,
      action: "coalition.create",
      recordType: "coalition",
      recordId: c.id,
    });
    return c;
  });
}

export async function coalitionDetails(db: Db, actor: Actor, coalitionId: string) {
  requireCoalition(actor, "coalition.viewMembers", coalitionId);
  const [orgs, coordinators] = await Promise.all([
    db
      .select({ id: organisations.id, name: organisations.name, slug: organisations.slug })
      .from(coalitionMembers)
      .innerJoin(organisations, eq(organisations.id, coalitionMembers.orgId))
      .where(eq(coalitionMembers.coalitionId, coalitionId))
      .orderBy(asc(organisations.name)),
    db
      .select({ userId: users.id, displayName: users.displayName })
      .from(coalitionCoordinators)
      .innerJoin(users, eq(users.id, coalitionCoordinators.userId))
      .where(eq(coalitionCoordinators.coalitionId, coalitionId)),
  ]);
  return { orgs, coordinators };
}

/** Invites an organisation: each of its admins gets a link, and any one of them can accept for it. */
export async function inviteOrgToCoalition(
  deps: AccountDeps,
  actor: Actor,
  coalitionId: string,
  orgSlug: string,
): Promise<number> {
  requireCoalition(actor, "coalition.inviteOrg", coalitionId);
  const [coalition] = await deps.db.select().from(coalitions).where(eq(coalitions.id, coalitionId));
  const org = await getOrgBySlug(deps.db, orgSlug);
  if (!coalition || !org)
    throw new AppError(404, "not_found", "No organisation has this address.", [
      { path: "org", message: "Unknown organisation" },
    ]);
  const admins = await deps.db
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, org.id), eq(memberships.role, "admin")));
  await deps.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    for (const a of admins) {
      const token = newToken();
      await db.insert(invitations).values({
        id: newId(),
        tokenHash: hashToken(token),
        kind: "coalition",
        targetId: coalitionId,
        email: a.email,
        role: org.id,
        invitedBy: actor.userId,
        expiresAt: new Date(deps.clock().getTime() + INVITATION_DAYS * 86_400_000),
      });
      await enqueueMail(db, {
        to: a.email,
        subject: `${org.name} is invited to the coalition ${coalition.name}`,
        text: `${org.name} is invited to join the coalition ${coalition.name} on Visitdesk.\n\nAs an admin of ${org.name}, you can accept for it here (the link works once, for ${INVITATION_DAYS} days):\n${deps.baseUrl}/invitations/${token}`,
      });
    }
    await recordAudit(db, {
      actorId: actor.userId,
      orgId: org.id,
      action: "coalition.invite_org",
      recordType: "coalition",
      recordId: coalitionId,
    });
  });
  return admins.length;
}

export async function addCoordinator(
  deps: AccountDeps,
  actor: Actor,
  coalitionId: string,
  email: string,
): Promise<void> {
  requireCoalition(actor, "coalition.addCoordinator", coalitionId);
  const user = await findUserByEmail(deps.db, email);
  if (!user)
    throw new AppError(404, "not_found", "No account has this e-mail address.", [
      { path: "email", message: "Unknown account" },
    ]);
  await deps.db.insert(coalitionCoordinators).values({ coalitionId, userId: user.id }).onConflictDoNothing();
  await recordAudit(deps.db, {
    actorId: actor.userId,
    orgId: null,
    action: "coalition.add_coordinator",
    recordType: "coalition",
    recordId: coalitionId,
  });
}

export async function removeOrgFromCoalition(
  deps: AccountDeps,
  actor: Actor,
  coalitionId: string,
  orgId: string,
): Promise<void> {
  if (!canOnCoalition(actor, "coalition.removeOrg", coalitionId))
    requireCoalition(actor, "coalition.leave", coalitionId, orgId);
  await deps.db
    .delete(coalitionMembers)
    .where(and(eq(coalitionMembers.coalitionId, coalitionId), eq(coalitionMembers.orgId, orgId)));
  await recordAudit(deps.db, {
    actorId: actor.userId,
    orgId,
    action: "coalition.remove_org",
    recordType: "coalition",
    recordId: coalitionId,
  });
}

export async function updateCoalition(
  deps: AccountDeps,
  actor: Actor,
  coalitionId: string,
  input: { name?: string; requireTwoFactor?: boolean },
): Promise<void> {
  requireCoalition(actor, "coalition.edit", coalitionId);
  await deps.db
    .update(coalitions)
    .set({
      ...(input.name ? { name: input.name.trim() } : {}),
      ...(input.requireTwoFactor !== undefined ? { requireTwoFactor: input.requireTwoFactor } : {}),
    })
    .where(eq(coalitions.id, coalitionId));
  await recordAudit(deps.db, {
    actorId: actor.userId,
    orgId: null,
    action: "coalition.update",
    recordType: "coalition",
    recordId: coalitionId,
    details: { requireTwoFactor: input.requireTwoFactor ?? null },
  });
}

/** Platform admins see who has an account (to help people and remove abuse), not what they do. */
export async function listUsers(db: Db, actor: Actor, opts: { limit: number; offset: number }) {
  if (!canOnPlatform(actor, "platform.manageUsers")) throw hidden("This page");
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: users.id,
        email: users.email,
        displayName: users.displayName,
        platformAdmin: users.platformAdmin,
        createdAt: users.createdAt,
        twoFactor: users.totpEnabledAt,
      })
      .from(users)
      .orderBy(asc(users.email))
      .limit(opts.limit)
      .offset(opts.offset),
    db.select({ n: count() }).from(users),
  ]);
  return { items, total: total?.n ?? 0 };
}

export const LOGO_MAX_BYTES = 1024 * 1024;

/** Sets the organisation's logo: a PNG or JPEG of at most 1 MB, judged by its bytes, not its name. */
export async function setOrgLogo(
  deps: AccountDeps & { files: FileStore },
  actor: Actor,
  orgId: string,
  bytes: Uint8Array,
): Promise<void> {
  requireOrg(actor, "org.edit", orgId);
  if (bytes.length > LOGO_MAX_BYTES)
    throw new AppError(413, "file_too_large", "The logo is too large: at most 1 MB.");
  const kind = sniff(bytes);
  if (kind !== "png" && kind !== "jpeg") {
    throw new AppError(415, "unsupported_file_type", "The logo must be a PNG or JPEG image.", [
      { path: "logo", message: "Not a PNG or JPEG image" },
    ]);
  }
  const key = await deps.files.put(bytes);
  await deps.db
    .update(organisations)
    .set({ logoKey: key, logoType: mediaTypes[kind] })
    .where(eq(organisations.id, orgId));
  await recordAudit(deps.db, {
    actorId: actor.userId,
    orgId,
    action: "org.logo",
    recordType: "organisation",
    recordId: orgId,
    details: { bytes: bytes.length },
  });
}
