import { z } from "zod";
import { otpauthUri } from "../platform/crypto/totp";
import type { Api } from "../platform/http/api";
import type { AppContext } from "../platform/http/context";
import { AppError } from "../platform/http/errors";
import { accountDeps, clearSessionCookie, clientAddress, requireUser, setSessionCookie } from "./http";
import {
  acceptInvitation,
  addCoordinator,
  changeRole,
  coalitionDetails,
  coalitionsOf,
  createCoalition,
  createOrg,
  decideJoinRequest,
  deleteOrg,
  exportOrg,
  getCoalitionBySlug,
  getOrgBySlug,
  inviteOrgToCoalition,
  inviteToOrg,
  LOGO_MAX_BYTES,
  listJoinRequests,
  listMembers,
  listUsers,
  orgAudit,
  orgsOf,
  removeMember,
  removeOrgFromCoalition,
  requestToJoin,
  setOrgLogo,
  updateCoalition,
  updateOrg,
} from "./organisations";
import { PASSWORD_MAX } from "./password";
import {
  beginTotp,
  completePasswordReset,
  confirmTotp,
  createApiToken,
  createSession,
  deleteAccount,
  disableTotp,
  endAllSessions,
  endSession,
  listApiTokens,
  loadActor,
  mustEnrolTwoFactor,
  requestPasswordReset,
  requestSignup,
  revokeApiToken,
  signIn,
} from "./service";

const Email = z.string().trim().toLowerCase().email("Enter a valid e-mail address").max(254);
const Password = z.string().min(1, "Enter a password").max(PASSWORD_MAX);
const Slug = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,80}$/, "Not a valid address") });
const OrgKind = z.enum(["ngo", "nhri", "victims_group", "other"]);
const Ok = z.object({ ok: z.literal(true) });
/** What the people who run an organisation or a coalition can change about it. */
const Settings = z.object({
  name: z.string().trim().min(2).max(200).optional(),
  requireTwoFactor: z.boolean().optional(),
});
const ok = { ok: true as const };

const Me = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  platformAdmin: z.boolean(),
  mustEnrolTwoFactor: z.boolean(),
  csrfToken: z
    .string()
    .describe("Send as X-CSRF-Token with state-changing calls made with the session cookie"),
  organisations: z.array(
    z.object({ id: z.string(), slug: z.string(), name: z.string(), role: z.enum(["member", "admin"]) }),
  ),
  coalitions: z.array(
    z.object({ id: z.string(), slug: z.string(), name: z.string(), coordinator: z.boolean() }),
  ),
});

const Organisation = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  kind: OrgKind,
  countryIso3: z.string().nullable(),
  requireTwoFactor: z.boolean(),
});

async function me(c: AppContext): Promise<z.infer<typeof Me>> {
  const user = requireUser(c);
  const auth = c.get("auth");
  const db = c.get("deps").db;
  const [orgs, coals] = await Promise.all([orgsOf(db, user.id), coalitionsOf(db, auth.actor)]);
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    platformAdmin: auth.actor.platformAdmin,
    mustEnrolTwoFactor: auth.mustEnrolTwoFactor,
    csrfToken: auth.csrf,
    organisations: orgs.map((o) => ({ id: o.org.id, slug: o.org.slug, name: o.org.name, role: o.role })),
    coalitions: coals.map((k) => ({
      id: k.id,
      slug: k.slug,
      name: k.name,
      coordinator: auth.actor.coordinates.has(k.id),
    })),
  };
}

async function orgFromSlug(c: AppContext, slug: string) {
  const org = await getOrgBySlug(c.get("deps").db, slug);
  if (!org) throw new AppError(404, "not_found", "No organisation has this address.");
  return org;
}

async function coalitionFromSlug(c: AppContext, slug: string) {
  const k = await getCoalitionBySlug(c.get("deps").db, slug);
  if (!k) throw new AppError(404, "not_found", "No coalition has this address.");
  return k;
}

export function accountsApi(api: Api) {
  api.add({
    method: "post",
    path: "/session",
    operationId: "signIn",
    summary: "Sign in: sets the session cookie",
    tag: "Accounts",
    body: z.object({ email: Email, password: Password, totp: z.string().max(20).optional() }),
    response: Me,
    errors: {
      401: "Wrong e-mail or password (code `invalid_credentials`), or a code is needed (`totp_required`)",
      429: "Too many failed attempts",
    },
    handler: async ({ body }, c) => {
      const deps = accountDeps(c);
      const { user } = await signIn(deps, { ...body, address: clientAddress(c) });
      const { token, csrf } = await createSession(deps, user.id);
      setSessionCookie(c, token);
      c.set("auth", {
        actor: await loadActor(deps.db, user),
        user: { id: user.id, email: user.email, displayName: user.displayName },
        via: "cookie",
        csrf,
        sessionToken: token,
        mustEnrolTwoFactor: await mustEnrolTwoFactor(deps.db, user),
      });
      return me(c);
    },
  });

  api.add({
    method: "delete",
    path: "/session",
    operationId: "signOut",
    summary: "Sign out of this session",
    tag: "Accounts",
    response: Ok,
    handler: async (_i, c) => {
      const token = c.get("auth").sessionToken;
      if (token) await endSession(c.get("deps").db, token);
      clearSessionCookie(c);
      return ok;
    },
  });

  api.add({
    method: "get",
    path: "/me",
    operationId: "me",
    summary: "The signed-in user, their organisations and coalitions",
    tag: "Accounts",
    auth: "session",
    response: Me,
    handler: async (_i, c) => me(c),
  });

  api.add({
    method: "delete",
    path: "/me/sessions",
    operationId: "signOutEverywhere",
    summary: "Sign out everywhere: ends every session of this account",
    tag: "Accounts",
    auth: "session",
    response: z.object({ ended: z.number().int() }),
    handler: async (_i, c) => {
      const user = requireUser(c);
      const ended = await endAllSessions(c.get("deps").db, user.id);
      clearSessionCookie(c);
      return { ended };
    },
  });

  api.add({
    method: "delete",
    path: "/me",
    operationId: "deleteAccount",
    summary: "Delete this account (needs the password)",
    tag: "Accounts",
    auth: "session",
    body: z.object({ password: Password }),
    response: Ok,
    errors: {
      409: "The user is the last admin of an organisation with other members",
      422: "Wrong password",
    },
    handler: async ({ body }, c) => {
      const user = requireUser(c);
      await deleteAccount(accountDeps(c), user.id, body.password);
      clearSessionCookie(c);
      return ok;
    },
  });

  api.add({
    method: "post",
    path: "/me/two-factor",
    operationId: "beginTwoFactor",
    summary: "Start two-factor set-up: a new secret for an authenticator app (not active until confirmed)",
    tag: "Accounts",
    auth: "session",
    status: 201,
    response: z.object({ secret: z.string(), otpauthUri: z.string() }),
    handler: async (_i, c) => {
      const user = requireUser(c);
      const secret = await beginTotp(accountDeps(c), user.id);
      return { secret, otpauthUri: otpauthUri(secret, user.email) };
    },
  });
  api.add({
    method: "post",
    path: "/me/two-factor/confirm",
    operationId: "confirmTwoFactor",
    summary:
      "Turn two-factor sign-in on with a code from the app; returns ten single-use recovery codes, shown once",
    tag: "Accounts",
    auth: "session",
    body: z.object({
      code: z
        .string()
        .trim()
        .regex(/^\d{6}$/, "Enter the 6-digit code"),
    }),
    response: z.object({ recoveryCodes: z.array(z.string()) }),
    errors: { 422: "The code is not right" },
    handler: async ({ body }, c) => ({
      recoveryCodes: await confirmTotp(accountDeps(c), requireUser(c).id, body.code),
    }),
  });
  api.add({
    method: "delete",
    path: "/me/two-factor",
    operationId: "disableTwoFactor",
    summary: "Turn two-factor sign-in off (needs the password; refused where an organisation requires it)",
    tag: "Accounts",
    auth: "session",
    body: z.object({ password: Password }),
    response: Ok,
    handler: async ({ body }, c) => {
      await disableTotp(accountDeps(c), requireUser(c).id, body.password);
      return ok;
    },
  });

  const TokenInfo = z.object({
    id: z.string(),
    name: z.string(),
    createdAt: z.date(),
    lastUsedAt: z.date().nullable(),
    revokedAt: z.date().nullable(),
  });
  api.add({
    method: "get",
    path: "/me/tokens",
    operationId: "listApiTokens",
    summary: "API tokens of this account (never the tokens themselves)",
    tag: "Accounts",
    auth: "session",
    response: z.object({ items: z.array(TokenInfo) }),
    handler: async (_i, c) => ({ items: await listApiTokens(c.get("deps").db, requireUser(c).id) }),
  });
  api.add({
    method: "post",
    path: "/me/tokens",
    operationId: "createApiToken",
    summary: "Create an API token for scripts; it is shown once",
    tag: "Accounts",
    auth: "session",
    status: 201,
    body: z.object({ name: z.string().trim().min(1, "Give the token a name").max(100) }),
    response: z.object({ id: z.string(), token: z.string() }),
    handler: async ({ body }, c) => createApiToken(accountDeps(c), requireUser(c).id, body.name),
  });
  api.add({
    method: "delete",
    path: "/me/tokens/{id}",
    operationId: "revokeApiToken",
    summary: "Revoke an API token",
    tag: "Accounts",
    auth: "session",
    params: z.object({ id: z.string().uuid() }),
    response: Ok,
    errors: { 404: "No such token" },
    handler: async ({ params }, c) => {
      await revokeApiToken(accountDeps(c), requireUser(c).id, params.id);
      return ok;
    },
  });

  api.add({
    method: "post",
    path: "/signup",
    operationId: "requestSignup",
    summary:
      "Start a sign-up: a link is e-mailed to the address (the answer is the same whether or not it has an account)",
    tag: "Accounts",
    status: 201,
    body: z.object({ email: Email }),
    response: Ok,
    handler: async ({ body }, c) => {
      await requestSignup(accountDeps(c), body.email, clientAddress(c));
      return ok;
    },
  });
  api.add({
    method: "post",
    path: "/password-reset",
    operationId: "requestPasswordReset",
    summary: "E-mail a password reset link (same answer whether or not the address has an account)",
    tag: "Accounts",
    status: 201,
    body: z.object({ email: Email }),
    response: Ok,
    handler: async ({ body }, c) => {
      await requestPasswordReset(accountDeps(c), body.email, clientAddress(c));
      return ok;
    },
  });
  api.add({
    method: "post",
    path: "/password-reset/{token}",
    operationId: "completePasswordReset",
    summary: "Set a new password with the e-mailed link; signs the account out everywhere",
    tag: "Accounts",
    params: z.object({ token: z.string().min(20).max(100) }),
    body: z.object({ password: Password }),
    response: Ok,
    errors: { 410: "The link expired or was used", 422: "The password is too weak" },
    handler: async ({ params, body }, c) => {
      await completePasswordReset(accountDeps(c), params.token, body.password);
      return ok;
    },
  });

  api.add({
    method: "post",
    path: "/organisations",
    operationId: "createOrganisation",
    summary: "Create an organisation; you become its admin",
    tag: "Organisations",
    auth: "session",
    status: 201,
    body: z.object({
      name: z.string().trim().min(2, "Give the organisation's name").max(200),
      kind: OrgKind,
      country: z
        .string()
        .regex(/^[A-Z]{3}$/, "Use an ISO 3166-1 alpha-3 code")
        .nullable()
        .optional(),
    }),
    response: Organisation,
    handler: async ({ body }, c) =>
      createOrg(accountDeps(c), c.get("auth").actor, {
        name: body.name,
        kind: body.kind,
        countryIso3: body.country,
      }),
  });

  api.add({
    method: "get",
    path: "/organisations/{slug}",
    operationId: "getOrganisation",
    summary: "An organisation's public profile",
    tag: "Organisations",
    params: Slug,
    response: Organisation,
    errors: { 404: "No such organisation" },
    handler: async ({ params }, c) => orgFromSlug(c, params.slug),
  });

  api.add({
    method: "patch",
    path: "/organisations/{slug}",
    operationId: "updateOrganisation",
    summary: "Rename, or require two-factor sign-in of admins (admins only)",
    tag: "Organisations",
    auth: "session",
    params: Slug,
    body: Settings,
    response: Ok,
    handler: async ({ params, body }, c) => {
      const org = await orgFromSlug(c, params.slug);
      await updateOrg(accountDeps(c), c.get("auth").actor, org.id, body);
      return ok;
    },
  });

  api.add({
    method: "put",
    path: "/organisations/{slug}/logo",
    operationId: "setOrganisationLogo",
    summary:
      "Upload the organisation's logo (admins only): PNG or JPEG, at most 1 MB; served at /orgs/{slug}/logo",
    tag: "Organisations",
    auth: "session",
    params: Slug,
    upload: { field: "logo", maxBytes: LOGO_MAX_BYTES, description: "The image, in the form field `logo`" },
    response: Ok,
    errors: { 413: "Larger than 1 MB", 415: "Not a PNG or JPEG image" },
    handler: async ({ params, file }, c) => {
      const org = await orgFromSlug(c, params.slug);
      await setOrgLogo({ ...accountDeps(c), files: c.get("deps").files }, c.get("auth").actor, org.id, file);
      return ok;
    },
  });

  api.add({
    method: "get",
    path: "/organisations/{slug}/members",
    operationId: "listMembers",
    summary: "Members of an organisation (members only)",
    tag: "Organisations",
    auth: "session",
    params: Slug,
    response: z.object({
      items: z.array(
        z.object({
          userId: z.string(),
          displayName: z.string(),
          email: z.string(),
          role: z.enum(["member", "admin"]),
          since: z.date(),
          twoFactor: z.date().nullable(),
        }),
      ),
    }),
    errors: { 404: "No such organisation, or you are not a member" },
    handler: async ({ params }, c) => {
      const org = await orgFromSlug(c, params.slug);
      return { items: await listMembers(c.get("deps").db, c.get("auth").actor, org.id) };
    },
  });

  api.add({
    method: "patch",
    path: "/organisations/{slug}/members/{userId}",
    operationId: "changeMemberRole",
    summary: "Make a member an admin or back (admins only)",
    tag: "Organisations",
    auth: "session",
    params: Slug.extend({ userId: z.string().uuid() }),
    body: z.object({ role: z.enum(["member", "admin"]) }),
    response: Ok,
    errors: { 409: "The last admin cannot step down" },
    handler: async ({ params, body }, c) => {
      const org = await orgFromSlug(c, params.slug);
      await changeRole(accountDeps(c), c.get("auth").actor, org.id, params.userId, body.role);
      return ok;
    },
  });

  api.add({
    method: "delete",
    path: "/organisations/{slug}/members/{userId}",
    operationId: "removeMember",
    summary: "Remove a member (admins), or leave (your own id)",
    tag: "Organisations",
    auth: "session",
    params: Slug.extend({ userId: z.string().uuid() }),
    response: Ok,
    errors: { 409: "The last admin cannot leave" },
    handler: async ({ params }, c) => {
      const org = await orgFromSlug(c, params.slug);
      await removeMember(accountDeps(c), c.get("auth").actor, org.id, params.userId);
      return ok;
    },
  });

  api.add({
    method: "post",
    path: "/organisations/{slug}/invitations",
    operationId: "inviteMember",
    summary: "Invite someone by e-mail (admins only); the link is single-use and expires in 7 days",
    tag: "Organisations",
    auth: "session",
    status: 201,
    params: Slug,
    body: z.object({ email: Email, role: z.enum(["member", "admin"]).default("member") }),
    response: z.object({ id: z.string() }),
    handler: async ({ params, body }, c) => {
      const org = await orgFromSlug(c, params.slug);
      const { id } = await inviteToOrg(accountDeps(c), c.get("auth").actor, org.id, body);
      return { id };
    },
  });

  api.add({
    method: "post",
    path: "/invitations/{token}/accept",
    operationId: "acceptInvitation",
    summary: "Accept an invitation, signed in with the invited address",
    tag: "Organisations",
    auth: "session",
    params: z.object({ token: z.string().min(20).max(100) }),
    response: z.object({ kind: z.string(), targetId: z.string() }),
    errors: { 403: "Signed in with another address", 410: "Expired or used" },
    handler: async ({ params }, c) => acceptInvitation(accountDeps(c), c.get("auth").actor, params.token),
  });

  api.add({
    method: "post",
    path: "/organisations/{slug}/join-requests",
    operationId: "requestToJoin",
    summary: "Ask to join an organisation",
    tag: "Organisations",
    auth: "session",
    status: 201,
    params: Slug,
    body: z.object({ message: z.string().max(1000).nullable().optional() }),
    response: z.object({ id: z.string() }),
    handler: async ({ params, body }, c) => {
      requireUser(c);
      const org = await orgFromSlug(c, params.slug);
      return { id: await requestToJoin(accountDeps(c), c.get("auth").actor, org.id, body.message ?? null) };
    },
  });

  api.add({
    method: "get",
    path: "/organisations/{slug}/join-requests",
    operationId: "listJoinRequests",
    summary: "Pending requests to join (admins only)",
    tag: "Organisations",
    auth: "session",
    params: Slug,
    response: z.object({
      items: z.array(
        z.object({
          id: z.string(),
          message: z.string().nullable(),
          createdAt: z.date(),
          displayName: z.string(),
          email: z.string(),
        }),
      ),
    }),
    handler: async ({ params }, c) => {
      const org = await orgFromSlug(c, params.slug);
      return { items: await listJoinRequests(c.get("deps").db, c.get("auth").actor, org.id) };
    },
  });

  api.add({
    method: "post",
    path: "/organisations/{slug}/join-requests/{id}",
    operationId: "decideJoinRequest",
    summary: "Accept or decline a request to join (admins only)",
    tag: "Organisations",
    auth: "session",
    params: Slug.extend({ id: z.string().uuid() }),
    body: z.object({ decision: z.enum(["accept", "decline"]) }),
    response: Ok,
    handler: async ({ params, body }, c) => {
      const org = await orgFromSlug(c, params.slug);
      await decideJoinRequest(
        accountDeps(c),
        c.get("auth").actor,
        org.id,
        params.id,
        body.decision === "accept",
      );
      return ok;
    },
  });

  api.add({
    method: "get",
    path: "/organisations/{slug}/audit",
    operationId: "organisationAudit",
    summary: "The organisation's audit log, newest first (admins only)",
    tag: "Organisations",
    auth: "session",
    params: Slug,
    query: z.object({
      before: z.coerce.number().int().positive().optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
    response: z.object({
      items: z.array(
        z.object({
          id: z.number(),
          at: z.date(),
          actorId: z.string().nullable(),
          action: z.string(),
          recordType: z.string(),
          recordId: z.string(),
          details: z.record(z.string(), z.unknown()),
        }),
      ),
    }),
    handler: async ({ params, query }, c) => {
      const org = await orgFromSlug(c, params.slug);
      const items = await orgAudit(c.get("deps").db, c.get("auth").actor, org.id, query);
      return { items: items.map(({ orgId: _o, ...r }) => r) };
    },
  });

  api.add({
    method: "get",
    path: "/organisations/{slug}/export",
    operationId: "exportOrganisation",
    summary: "Everything the organisation owns, as JSON (admins only)",
    tag: "Organisations",
    auth: "session",
    params: Slug,
    response: z.record(z.string(), z.unknown()),
    handler: async ({ params }, c) => {
      const org = await orgFromSlug(c, params.slug);
      c.header("Content-Disposition", `attachment; filename="visitdesk-${org.slug}.json"`);
      return exportOrg({ ...accountDeps(c), files: c.get("deps").files }, c.get("auth").actor, org.id);
    },
  });

  api.add({
    method: "delete",
    path: "/organisations/{slug}",
    operationId: "deleteOrganisation",
    summary: "Delete the organisation and all it owns (admins only; type its name to confirm)",
    tag: "Organisations",
    auth: "session",
    params: Slug,
    body: z.object({ confirm: z.string() }),
    response: Ok,
    handler: async ({ params, body }, c) => {
      const org = await orgFromSlug(c, params.slug);
      await deleteOrg(
        { ...accountDeps(c), files: c.get("deps").files },
        c.get("auth").actor,
        org.id,
        body.confirm,
      );
      return ok;
    },
  });

  const Coalition = z.object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    requireTwoFactor: z.boolean(),
  });
  api.add({
    method: "post",
    path: "/coalitions",
    operationId: "createCoalition",
    summary: "Create a coalition; you become its coordinator",
    tag: "Coalitions",
    auth: "session",
    status: 201,
    body: z.object({
      name: z.string().trim().min(2).max(200),
      organisation: z
        .string()
        .regex(/^[a-z0-9-]{1,80}$/)
        .optional(),
    }),
    response: Coalition,
    handler: async ({ body }, c) => {
      const org = body.organisation ? await orgFromSlug(c, body.organisation) : undefined;
      const k = await createCoalition(accountDeps(c), c.get("auth").actor, {
        name: body.name,
        orgId: org?.id,
      });
      return { id: k.id, slug: k.slug, name: k.name, requireTwoFactor: k.requireTwoFactor };
    },
  });

  api.add({
    method: "get",
    path: "/coalitions/{slug}",
    operationId: "getCoalition",
    summary: "A coalition with its organisations and coordinators (members and coordinators only)",
    tag: "Coalitions",
    auth: "session",
    params: Slug,
    response: Coalition.extend({
      organisations: z.array(z.object({ id: z.string(), name: z.string(), slug: z.string() })),
      coordinators: z.array(z.object({ userId: z.string(), displayName: z.string() })),
    }),
    handler: async ({ params }, c) => {
      const k = await coalitionFromSlug(c, params.slug);
      const d = await coalitionDetails(c.get("deps").db, c.get("auth").actor, k.id);
      return {
        id: k.id,
        slug: k.slug,
        name: k.name,
        requireTwoFactor: k.requireTwoFactor,
        organisations: d.orgs,
        coordinators: d.coordinators,
      };
    },
  });

  api.add({
    method: "patch",
    path: "/coalitions/{slug}",
    operationId: "updateCoalition",
    summary: "Rename, or require two-factor sign-in of coordinators (coordinators only)",
    tag: "Coalitions",
    auth: "session",
    params: Slug,
    body: Settings,
    response: Ok,
    handler: async ({ params, body }, c) => {
      const k = await coalitionFromSlug(c, params.slug);
      await updateCoalition(accountDeps(c), c.get("auth").actor, k.id, body);
      return ok;
    },
  });

  api.add({
    method: "get",
    path: "/admin/users",
    operationId: "listUsers",
    summary: "Every account (platform admins only): e-mail, name, two-factor status",
    tag: "Administration",
    auth: "session",
    query: z.object({
      limit: z.coerce.number().int().min(1).max(200).default(50),
      offset: z.coerce.number().int().min(0).default(0),
    }),
    response: z.object({
      items: z.array(
        z.object({
          id: z.string(),
          email: z.string(),
          displayName: z.string(),
          platformAdmin: z.boolean(),
          createdAt: z.date(),
          twoFactor: z.date().nullable(),
        }),
      ),
      total: z.number().int(),
    }),
    handler: async ({ query }, c) => listUsers(c.get("deps").db, c.get("auth").actor, query),
  });

  api.add({
    method: "post",
    path: "/coalitions/{slug}/invitations",
    operationId: "inviteOrganisationToCoalition",
    summary: "Invite an organisation (coordinators only): each of its admins gets a link",
    tag: "Coalitions",
    auth: "session",
    status: 201,
    params: Slug,
    body: z.object({
      organisation: z.string().regex(/^[a-z0-9-]{1,80}$/, "Give the organisation's address"),
    }),
    response: z.object({ invited: z.number().int() }),
    handler: async ({ params, body }, c) => {
      const k = await coalitionFromSlug(c, params.slug);
      return {
        invited: await inviteOrgToCoalition(accountDeps(c), c.get("auth").actor, k.id, body.organisation),
      };
    },
  });

  api.add({
    method: "post",
    path: "/coalitions/{slug}/coordinators",
    operationId: "addCoordinator",
    summary: "Add a coordinator by e-mail (coordinators only)",
    tag: "Coalitions",
    auth: "session",
    status: 201,
    params: Slug,
    body: z.object({ email: Email }),
    response: Ok,
    handler: async ({ params, body }, c) => {
      const k = await coalitionFromSlug(c, params.slug);
      await addCoordinator(accountDeps(c), c.get("auth").actor, k.id, body.email);
      return ok;
    },
  });

  api.add({
    method: "delete",
    path: "/coalitions/{slug}/organisations/{org}",
    operationId: "removeOrganisationFromCoalition",
    summary: "Remove an organisation (coordinators), or leave (an admin of it)",
    tag: "Coalitions",
    auth: "session",
    params: Slug.extend({ org: z.string().regex(/^[a-z0-9-]{1,80}$/) }),
    response: Ok,
    handler: async ({ params }, c) => {
      const k = await coalitionFromSlug(c, params.slug);
      const org = await orgFromSlug(c, params.org);
      await removeOrgFromCoalition(accountDeps(c), c.get("auth").actor, k.id, org.id);
      return ok;
    },
  });
}
