import { eq } from "drizzle-orm";
import type { Hono, MiddlewareHandler } from "hono";
import type { Child } from "hono/jsx";
import { z } from "zod";
import { countryName } from "../countries/country";
import { getCountry, listCountries } from "../countries/store";
import { otpauthUri } from "../platform/crypto/totp";
import type { AppContext, AppEnv } from "../platform/http/context";
import { AppError, notFound } from "../platform/http/errors";
import type { FormProblem } from "../platform/http/fields";
import { formOf, see, signInFirst } from "../platform/http/forms";
import { page } from "../platform/http/render";
import type { I18n, MessageKey } from "../platform/i18n";
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
  findInvitation,
  getCoalitionBySlug,
  getOrg,
  getOrgBySlug,
  inviteOrgToCoalition,
  inviteToOrg,
  listJoinRequests,
  listMembers,
  type Organisation,
  orgAudit,
  orgsOf,
  removeMember,
  removeOrgFromCoalition,
  requestToJoin,
  updateOrg,
} from "./organisations";
import { PASSWORD_MAX } from "./password";
import { coalitions } from "./schema";
import {
  beginTotp,
  changePassword,
  completePasswordReset,
  completeSignup,
  confirmTotp,
  createApiToken,
  createSession,
  deleteAccount,
  disableTotp,
  emailTokenIsValid,
  endAllSessions,
  endSession,
  getUser,
  listApiTokens,
  pendingTotpSecret,
  requestPasswordReset,
  requestSignup,
  revokeApiToken,
  signIn,
} from "./service";
import {
  AccountDeletedPage,
  AccountPage,
  AuditPage,
  CheckEmailPage,
  CoalitionPage,
  CompleteSignUpPage,
  ForgotPasswordPage,
  InvitationExpiredPage,
  InvitationPage,
  LinkExpiredPage,
  NewTokenPage,
  OrgPage,
  OrgsPage,
  orgKinds,
  RecoveryCodesPage,
  ResetPasswordPage,
  SignInPage,
  SignUpPage,
  TwoFactorPage,
} from "./views";

type Status = Parameters<typeof page>[3];

/** Account pages hold personal data and one-time secrets: never kept in a cache. */
function render(c: AppContext, title: string, body: Child, status: Status = 200) {
  c.header("Cache-Control", "no-store");
  return page(c, { title }, body, status);
}

/**
 * Where to go after signing in: only a path on this site. `//host`, `/\host` and paths with
 * spaces or control characters (which browsers strip, turning `/\t/host` into `//host`) are refused.
 */
export function safeNext(raw: string | undefined | null): string | undefined {
  if (!raw || raw.length > 2000) return undefined;
  if (!/^\/(?![/\\])[^\\]*$/.test(raw)) return undefined;
  for (const ch of raw) {
    const code = ch.charCodeAt(0);
    if (code <= 0x20 || code === 0x7f) return undefined;
  }
  try {
    const u = new URL(raw, "http://visitdesk.invalid");
    if (u.origin !== "http://visitdesk.invalid") return undefined;
  } catch {
    return undefined;
  }
  return raw;
}

/** Service errors people can act on, in the reader's language when we know the code. */
const codeKeys: Record<string, MessageKey> = {
  invalid_credentials: "error.code.invalid_credentials",
  totp_required: "error.code.totp_required",
  invalid_totp: "error.code.invalid_totp",
  too_many_attempts: "error.code.too_many_attempts",
  wrong_password: "error.code.wrong_password",
  link_expired: "error.code.link_expired",
  password_too_short: "error.code.password_too_short",
  password_too_long: "error.code.password_too_long",
  password_common: "error.code.password_common",
  password_contains_email: "error.code.password_contains_email",
  email_taken: "error.code.email_taken",
  last_admin: "error.code.last_admin",
  already_member: "error.code.already_member",
  already_requested: "error.code.already_requested",
  wrong_account: "error.code.wrong_account",
  confirmation_mismatch: "error.code.confirmation_mismatch",
  two_factor_required: "error.code.two_factor_required",
};

function problemOf(i18n: I18n, err: AppError, form: string): FormProblem {
  const key = codeKeys[err.code];
  const details = Array.isArray(err.details) ? (err.details as { path?: unknown }[]) : [];
  const field = typeof details[0]?.path === "string" ? details[0].path : undefined;
  return { form, message: key ? i18n.t(key) : err.message, field };
}

/** A form problem found before calling the service. */
const invalid = (form: string, message: string, field?: string): FormProblem => ({ form, message, field });

/** Errors shown on the form that caused them; the others (404, 403…) go to the error pages. */
const onForm = (err: unknown, statuses: number[] = [400, 409, 410, 422, 429]): err is AppError =>
  err instanceof AppError && statuses.includes(err.status);

const Email = z.string().trim().toLowerCase().email().max(254);
const Slug = /^[a-z0-9-]{1,80}$/;
const LinkToken = /^[A-Za-z0-9_-]{20,100}$/;
const Uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The confirmation for a `?done=` value this page knows; any other value shows nothing. */
function doneText(c: AppContext, known: Record<string, MessageKey>): string | undefined {
  const key = known[c.req.query("done") ?? ""];
  return key ? c.get("i18n").t(key) : undefined;
}

/** Pages a signed-in person who must set up two-factor sign-in may still open. */
const gateExempt = /^\/(static|api|healthz|signout|account\/two-factor)(\/|$)/;

/**
 * An organisation or coalition this person helps run requires two-factor sign-in: until it is set
 * up, every page leads to the set-up page (which says why). It covers the routes registered after it.
 */
export const twoFactorGate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const auth = c.get("auth");
  if (
    (c.req.method === "GET" || c.req.method === "HEAD") &&
    auth?.mustEnrolTwoFactor &&
    auth.via === "cookie" &&
    !gateExempt.test(c.req.path)
  ) {
    return c.redirect("/account/two-factor", 303);
  }
  await next();
};

/**
 * The POST of the two forms that take only an e-mail address and answer by mailing a link: the
 * same answer whether or not the address has an account.
 */
function emailLinkPost(
  app: Hono<AppEnv>,
  path: string,
  form: "signup" | "forgot",
  request: (deps: ReturnType<typeof accountDeps>, email: string, address: string) => Promise<void>,
) {
  const Page = form === "signup" ? SignUpPage : ForgotPasswordPage;
  const titleKey = form === "signup" ? "auth.signUp.title" : "auth.forgot.title";
  app.post(path, async (c) => {
    const i18n = c.get("i18n");
    const f = await formOf(c);
    const parsed = Email.safeParse(f("email"));
    if (!parsed.success) {
      return render(
        c,
        i18n.t(titleKey),
        <Page
          i18n={i18n}
          csrf={c.get("auth").csrf}
          email={f("email")}
          problem={invalid(form, i18n.t("form.email"), "email")}
        />,
        422,
      );
    }
    await request(accountDeps(c), parsed.data, clientAddress(c));
    return render(
      c,
      i18n.t("auth.checkEmail.title"),
      <CheckEmailPage i18n={i18n} kind={form === "signup" ? "signup" : "reset"} />,
    );
  });
}

/**
 * Account pages (sign-in, sign-up, account, organisations, coalitions). The two-factor gate it
 * registers first only covers the routes registered after it: mount this before the other pages.
 */
export function accountsPages(app: Hono<AppEnv>) {
  app.use("*", twoFactorGate);
  signInPages(app);
  accountSettingsPages(app);
  orgPages(app);
  coalitionPages(app);
  invitationPages(app);
}

// Signing in and out, signing up, resetting a password

function signInPages(app: Hono<AppEnv>) {
  const signInDone: Record<string, MessageKey> = { reset: "done.reset", everywhere: "done.everywhere" };

  app.get("/signin", (c) => {
    const auth = c.get("auth");
    const next = safeNext(c.req.query("next"));
    if (auth.user) return see(c, next ?? "/account");
    const { t } = c.get("i18n");
    return render(
      c,
      t("auth.signIn.title"),
      <SignInPage i18n={c.get("i18n")} csrf={auth.csrf} next={next} done={doneText(c, signInDone)} />,
    );
  });

  app.post("/signin", async (c) => {
    const i18n = c.get("i18n");
    const f = await formOf(c);
    const email = f("email").trim();
    const password = f("password");
    const totp = f("totp").trim() || undefined;
    const next = safeNext(f("next")) ?? safeNext(c.req.query("next"));
    const again = (problem: FormProblem, status: Status, needCode = false) =>
      render(
        c,
        i18n.t("auth.signIn.title"),
        <SignInPage
          i18n={i18n}
          csrf={c.get("auth").csrf}
          email={email}
          next={next}
          needCode={needCode}
          problem={problem}
        />,
        status,
      );
    if (!email || !password) return again(invalid("signin", i18n.t("form.signInMissing")), 400);
    if (password.length > PASSWORD_MAX)
      return again(invalid("signin", i18n.t("error.code.invalid_credentials")), 401);
    const deps = accountDeps(c);
    try {
      const { user } = await signIn(deps, { email, password, totp, address: clientAddress(c) });
      const old = c.get("auth").sessionToken;
      if (old) await endSession(deps.db, old);
      const { token } = await createSession(deps, user.id);
      setSessionCookie(c, token);
      return see(c, next ?? "/account");
    } catch (err) {
      if (err instanceof AppError && (err.status === 401 || err.status === 429)) {
        const needCode = err.code === "totp_required" || err.code === "invalid_totp";
        const problem = problemOf(i18n, err, "signin");
        return again({ ...problem, field: needCode ? "totp" : undefined }, err.status, needCode);
      }
      throw err;
    }
  });

  app.post("/signout", async (c) => {
    const token = c.get("auth").sessionToken;
    if (token) await endSession(c.get("deps").db, token);
    clearSessionCookie(c);
    return see(c, "/");
  });

  app.get("/signup", (c) => {
    const auth = c.get("auth");
    if (auth.user) return see(c, "/account");
    const i18n = c.get("i18n");
    return render(c, i18n.t("auth.signUp.title"), <SignUpPage i18n={i18n} csrf={auth.csrf} />);
  });

  emailLinkPost(app, "/signup", "signup", requestSignup);

  const expired = (c: AppContext, restart: "/signup" | "/password/forgot") =>
    render(
      c,
      c.get("i18n").t("auth.expired.title"),
      <LinkExpiredPage i18n={c.get("i18n")} restart={restart} />,
      410,
    );

  app.get("/signup/complete/:token", async (c) => {
    const token = c.req.param("token");
    if (!LinkToken.test(token) || !(await emailTokenIsValid(accountDeps(c), token, "signup")))
      return expired(c, "/signup");
    const i18n = c.get("i18n");
    return render(
      c,
      i18n.t("auth.complete.title"),
      <CompleteSignUpPage i18n={i18n} csrf={c.get("auth").csrf} token={token} />,
    );
  });

  app.post("/signup/complete/:token", async (c) => {
    const token = c.req.param("token");
    if (!LinkToken.test(token)) return expired(c, "/signup");
    const i18n = c.get("i18n");
    const f = await formOf(c);
    const displayName = f("displayName").trim();
    const password = f("password");
    const again = (problem: FormProblem, status: Status) =>
      render(
        c,
        i18n.t("auth.complete.title"),
        <CompleteSignUpPage
          i18n={i18n}
          csrf={c.get("auth").csrf}
          token={token}
          displayName={displayName}
          problem={problem}
        />,
        status,
      );
    if (!displayName || displayName.length > 100)
      return again(invalid("complete", i18n.t("form.displayName"), "displayName"), 422);
    const deps = accountDeps(c);
    try {
      const user = await completeSignup(deps, token, { displayName, password });
      const old = c.get("auth").sessionToken;
      if (old) await endSession(deps.db, old);
      const session = await createSession(deps, user.id);
      setSessionCookie(c, session.token);
      return see(c, "/account?done=welcome");
    } catch (err) {
      if (err instanceof AppError && err.status === 410) return expired(c, "/signup");
      if (onForm(err)) return again(problemOf(i18n, err, "complete"), err.status);
      throw err;
    }
  });

  app.get("/password/forgot", (c) => {
    const i18n = c.get("i18n");
    return render(
      c,
      i18n.t("auth.forgot.title"),
      <ForgotPasswordPage i18n={i18n} csrf={c.get("auth").csrf} />,
    );
  });

  emailLinkPost(app, "/password/forgot", "forgot", requestPasswordReset);

  app.get("/password/reset/:token", async (c) => {
    const token = c.req.param("token");
    if (!LinkToken.test(token) || !(await emailTokenIsValid(accountDeps(c), token, "reset")))
      return expired(c, "/password/forgot");
    const i18n = c.get("i18n");
    return render(
      c,
      i18n.t("auth.reset.title"),
      <ResetPasswordPage i18n={i18n} csrf={c.get("auth").csrf} token={token} />,
    );
  });

  app.post("/password/reset/:token", async (c) => {
    const token = c.req.param("token");
    if (!LinkToken.test(token)) return expired(c, "/password/forgot");
    const i18n = c.get("i18n");
    const f = await formOf(c);
    try {
      await completePasswordReset(accountDeps(c), token, f("password"));
    } catch (err) {
      if (err instanceof AppError && err.status === 410) return expired(c, "/password/forgot");
      if (onForm(err))
        return render(
          c,
          i18n.t("auth.reset.title"),
          <ResetPasswordPage
            i18n={i18n}
            csrf={c.get("auth").csrf}
            token={token}
            problem={problemOf(i18n, err, "reset")}
          />,
          err.status,
        );
      throw err;
    }
    // Every session of the account ended with the reset, this browser's included.
    if (c.get("auth").sessionToken) clearSessionCookie(c);
    return see(c, "/signin?done=reset");
  });
}

// The account: password, two-factor sign-in, sessions, API tokens, deletion

/** A POST from someone not (or no longer) signed in goes to the sign-in page, then back to `back`. */

function accountSettingsPages(app: Hono<AppEnv>) {
  const accountDone: Record<string, MessageKey> = {
    password: "done.password",
    tokenRevoked: "done.tokenRevoked",
    welcome: "done.welcome",
  };

  async function accountPage(
    c: AppContext,
    opts: { problem?: FormProblem; tokenName?: string; status?: Status } = {},
  ) {
    const me = requireUser(c);
    const db = c.get("deps").db;
    const [user, tokens] = await Promise.all([getUser(db, me.id), listApiTokens(db, me.id)]);
    if (!user) throw new AppError(401, "unauthenticated", "Sign in to do this.");
    const i18n = c.get("i18n");
    return render(
      c,
      i18n.t("account.title"),
      <AccountPage
        i18n={i18n}
        csrf={c.get("auth").csrf}
        user={user}
        twoFactorSince={user.totpEnabledAt}
        tokens={tokens}
        problem={opts.problem}
        tokenName={opts.tokenName}
        done={opts.problem ? undefined : doneText(c, accountDone)}
      />,
      opts.status,
    );
  }

  app.get("/account", (c) => accountPage(c));

  app.post("/account/password", async (c) => {
    const me = c.get("auth").user;
    if (!me) return signInFirst(c, "/account");
    const f = await formOf(c);
    try {
      await changePassword(accountDeps(c), me.id, f("current"), f("password"), c.get("auth").sessionToken);
    } catch (err) {
      if (onForm(err))
        return accountPage(c, { problem: problemOf(c.get("i18n"), err, "password"), status: err.status });
      throw err;
    }
    return see(c, "/account?done=password");
  });

  app.post("/account/sessions/end", async (c) => {
    const me = c.get("auth").user;
    if (!me) return signInFirst(c, "/account");
    await endAllSessions(c.get("deps").db, me.id);
    clearSessionCookie(c);
    return see(c, "/signin?done=everywhere");
  });

  app.post("/account/tokens", async (c) => {
    const me = c.get("auth").user;
    if (!me) return signInFirst(c, "/account");
    const i18n = c.get("i18n");
    const name = (await formOf(c))("name").trim();
    if (!name || name.length > 100)
      return accountPage(c, { problem: invalid("token", i18n.t("form.tokenName"), "name"), status: 422 });
    const { token } = await createApiToken(accountDeps(c), me.id, name);
    return render(c, i18n.t("tokens.new.title"), <NewTokenPage i18n={i18n} name={name} token={token} />);
  });

  app.post("/account/tokens/:id/revoke", async (c) => {
    const me = c.get("auth").user;
    if (!me) return signInFirst(c, "/account");
    const id = c.req.param("id");
    if (!Uuid.test(id)) throw notFound("This token");
    await revokeApiToken(accountDeps(c), me.id, id);
    return see(c, "/account?done=tokenRevoked");
  });

  app.post("/account/delete", async (c) => {
    const me = c.get("auth").user;
    if (!me) return signInFirst(c, "/account");
    const f = await formOf(c);
    try {
      await deleteAccount(accountDeps(c), me.id, f("password"));
    } catch (err) {
      if (onForm(err))
        return accountPage(c, { problem: problemOf(c.get("i18n"), err, "delete"), status: err.status });
      throw err;
    }
    clearSessionCookie(c);
    return see(c, "/account/deleted");
  });

  app.get("/account/deleted", (c) => {
    const i18n = c.get("i18n");
    return render(c, i18n.t("account.deleted.title"), <AccountDeletedPage i18n={i18n} />);
  });

  async function twoFactorPage(c: AppContext, opts: { problem?: FormProblem; status?: Status } = {}) {
    const me = requireUser(c);
    const deps = accountDeps(c);
    const user = await getUser(deps.db, me.id);
    if (!user) throw new AppError(401, "unauthenticated", "Sign in to do this.");
    const secret = pendingTotpSecret(deps, user);
    const i18n = c.get("i18n");
    return render(
      c,
      i18n.t("twoFactor.title"),
      <TwoFactorPage
        i18n={i18n}
        csrf={c.get("auth").csrf}
        enabledAt={user.totpEnabledAt}
        recoveryLeft={user.recoveryCodes.length}
        pending={secret ? { secret, uri: otpauthUri(secret, user.email) } : null}
        mustEnrol={c.get("auth").mustEnrolTwoFactor}
        problem={opts.problem}
        done={opts.problem ? undefined : doneText(c, { disabled: "done.twoFactorOff" })}
      />,
      opts.status,
    );
  }

  app.get("/account/two-factor", (c) => twoFactorPage(c));

  app.post("/account/two-factor/start", async (c) => {
    const me = c.get("auth").user;
    if (!me) return signInFirst(c, "/account/two-factor");
    const deps = accountDeps(c);
    const user = await getUser(deps.db, me.id);
    // Starting again while it is on would switch it off without the password: refused here.
    if (user && !user.totpEnabledAt) await beginTotp(deps, me.id);
    return see(c, "/account/two-factor");
  });

  app.post("/account/two-factor/confirm", async (c) => {
    const me = c.get("auth").user;
    if (!me) return signInFirst(c, "/account/two-factor");
    const i18n = c.get("i18n");
    const f = await formOf(c);
    let codes: string[];
    try {
      codes = await confirmTotp(accountDeps(c), me.id, f("code"));
    } catch (err) {
      if (onForm(err))
        return twoFactorPage(c, { problem: problemOf(i18n, err, "confirm"), status: err.status });
      throw err;
    }
    c.set("auth", { ...c.get("auth"), mustEnrolTwoFactor: false });
    return render(c, i18n.t("twoFactor.codes.title"), <RecoveryCodesPage i18n={i18n} codes={codes} />);
  });

  app.post("/account/two-factor/disable", async (c) => {
    const me = c.get("auth").user;
    if (!me) return signInFirst(c, "/account/two-factor");
    const f = await formOf(c);
    try {
      await disableTotp(accountDeps(c), me.id, f("password"));
    } catch (err) {
      if (onForm(err))
        return twoFactorPage(c, { problem: problemOf(c.get("i18n"), err, "disable"), status: err.status });
      throw err;
    }
    return see(c, "/account/two-factor?done=disabled");
  });
}

// Organisations

async function countryOptions(c: AppContext) {
  const locale = c.get("i18n").locale;
  const { items } = await listCountries(c.get("deps").db, { lang: locale, limit: 400, offset: 0 });
  return items.map((k) => ({ iso3: k.iso3, name: countryName(k, locale) }));
}

async function orgsPage(
  c: AppContext,
  opts: { problem?: FormProblem; values?: Record<string, string>; status?: Status } = {},
) {
  const me = requireUser(c);
  const auth = c.get("auth");
  const db = c.get("deps").db;
  const [orgs, coals, countries] = await Promise.all([
    orgsOf(db, me.id),
    coalitionsOf(db, auth.actor),
    countryOptions(c),
  ]);
  const i18n = c.get("i18n");
  return render(
    c,
    i18n.t("orgs.title"),
    <OrgsPage
      i18n={i18n}
      csrf={auth.csrf}
      orgs={orgs}
      coalitions={coals.map((k) => ({ ...k, coordinator: auth.actor.coordinates.has(k.id) }))}
      countries={countries}
      problem={opts.problem}
      values={opts.values}
      done={
        opts.problem
          ? undefined
          : doneText(c, {
              orgDeleted: "done.orgDeleted",
              left: "done.left",
              coalitionLeft: "done.coalitionLeft",
            })
      }
    />,
    opts.status,
  );
}

const orgDone: Record<string, MessageKey> = {
  created: "done.orgCreated",
  invited: "done.invited",
  requested: "done.requested",
  accepted: "done.accepted",
  declined: "done.declined",
  roleChanged: "done.roleChanged",
  removed: "done.removed",
  settings: "done.settings",
  joined: "done.joined",
};

async function orgPage(
  c: AppContext,
  org: Organisation,
  opts: { problem?: FormProblem; values?: Record<string, string>; status?: Status } = {},
) {
  const auth = c.get("auth");
  const db = c.get("deps").db;
  const role = auth.actor.orgs.get(org.id);
  const [members, requests, country] = await Promise.all([
    role ? listMembers(db, auth.actor, org.id) : [],
    role === "admin" ? listJoinRequests(db, auth.actor, org.id) : [],
    org.countryIso3 ? getCountry(db, org.countryIso3) : undefined,
  ]);
  const i18n = c.get("i18n");
  return render(
    c,
    org.name,
    <OrgPage
      i18n={i18n}
      csrf={auth.csrf}
      org={org}
      countryName={country ? countryName(country, i18n.locale) : (org.countryIso3 ?? undefined)}
      signedIn={auth.user !== null}
      userId={auth.user?.id ?? null}
      role={role}
      members={members}
      requests={requests}
      problem={opts.problem}
      values={opts.values}
      done={opts.problem ? undefined : doneText(c, orgDone)}
    />,
    opts.status,
  );
}

async function orgFromSlug(c: AppContext): Promise<Organisation> {
  const slug = c.req.param("slug") ?? "";
  const org = Slug.test(slug) ? await getOrgBySlug(c.get("deps").db, slug) : undefined;
  if (!org) throw notFound("This organisation");
  return org;
}

/**
 * A form on an organisation's page: signed in, the organisation exists, then `act` returns where to
 * go. Problems a person can fix come back on the same page, above the form that had them.
 */
function orgForm(
  app: Hono<AppEnv>,
  path: string,
  form: string,
  act: (
    c: AppContext,
    org: Organisation,
    f: (name: string) => string,
  ) => Promise<string | { problem: FormProblem; status: Status }>,
) {
  app.post(`/orgs/:slug${path}`, async (c) => {
    if (!c.get("auth").user) return signInFirst(c, `/orgs/${c.req.param("slug")}`);
    const org = await orgFromSlug(c);
    const f = await formOf(c);
    const values = { email: f("email"), role: f("role"), message: f("message") };
    try {
      const result = await act(c, org, f);
      if (typeof result === "string") return see(c, result);
      return orgPage(c, org, { ...result, values });
    } catch (err) {
      if (onForm(err))
        return orgPage(c, org, { problem: problemOf(c.get("i18n"), err, form), values, status: err.status });
      throw err;
    }
  });
}

function orgPages(app: Hono<AppEnv>) {
  app.get("/orgs", (c) => orgsPage(c));

  app.post("/orgs", async (c) => {
    if (!c.get("auth").user) return signInFirst(c, "/orgs");
    const i18n = c.get("i18n");
    const f = await formOf(c);
    const name = f("name").trim();
    const kind = f("kind");
    const country = f("country").trim().toUpperCase();
    const values = { name, kind, country };
    const again = (message: string, field: string) =>
      orgsPage(c, { problem: invalid("org", message, field), values, status: 422 });
    if (name.length < 2 || name.length > 200) return again(i18n.t("form.orgName"), "name");
    if (!(orgKinds as string[]).includes(kind)) return again(i18n.t("form.orgKind"), "kind");
    if (country && !(/^[A-Z]{3}$/.test(country) && (await getCountry(c.get("deps").db, country))))
      return again(i18n.t("form.country"), "country");
    const org = await createOrg(accountDeps(c), c.get("auth").actor, {
      name,
      kind: kind as Organisation["kind"],
      countryIso3: country || null,
    });
    return see(c, `/orgs/${org.slug}?done=created`);
  });

  app.get("/orgs/:slug", async (c) => orgPage(c, await orgFromSlug(c)));

  orgForm(app, "/join", "join", async (c, org, f) => {
    const message = f("message").trim().slice(0, 1000);
    await requestToJoin(accountDeps(c), c.get("auth").actor, org.id, message || null);
    return `/orgs/${org.slug}?done=requested`;
  });

  orgForm(app, "/invite", "invite", async (c, org, f) => {
    const email = Email.safeParse(f("email"));
    if (!email.success)
      return { problem: invalid("invite", c.get("i18n").t("form.email"), "email"), status: 422 };
    const role = f("role") === "admin" ? "admin" : "member";
    await inviteToOrg(accountDeps(c), c.get("auth").actor, org.id, { email: email.data, role });
    return `/orgs/${org.slug}?done=invited`;
  });

  orgForm(app, "/requests/:id", "request", async (c, org, f) => {
    const id = c.req.param("id") ?? "";
    if (!Uuid.test(id)) throw notFound("This request");
    const accept = f("decision") === "accept";
    await decideJoinRequest(accountDeps(c), c.get("auth").actor, org.id, id, accept);
    return `/orgs/${org.slug}?done=${accept ? "accepted" : "declined"}`;
  });

  orgForm(app, "/members/:userId/role", "member", async (c, org, f) => {
    const userId = c.req.param("userId") ?? "";
    if (!Uuid.test(userId)) throw notFound("This member");
    const role = f("role") === "admin" ? "admin" : "member";
    await changeRole(accountDeps(c), c.get("auth").actor, org.id, userId, role);
    return `/orgs/${org.slug}?done=roleChanged`;
  });

  orgForm(app, "/members/:userId/remove", "member", async (c, org) => {
    const userId = c.req.param("userId") ?? "";
    if (!Uuid.test(userId)) throw notFound("This member");
    await removeMember(accountDeps(c), c.get("auth").actor, org.id, userId);
    return `/orgs/${org.slug}?done=removed`;
  });

  orgForm(app, "/leave", "leave", async (c, org) => {
    const actor = c.get("auth").actor;
    await removeMember(accountDeps(c), actor, org.id, actor.userId as string);
    return "/orgs?done=left";
  });

  orgForm(app, "/settings", "settings", async (c, org, f) => {
    await updateOrg(accountDeps(c), c.get("auth").actor, org.id, {
      requireTwoFactor: f("requireTwoFactor") === "on",
    });
    return `/orgs/${org.slug}?done=settings`;
  });

  orgForm(app, "/delete", "delete", async (c, org, f) => {
    await deleteOrg(
      { ...accountDeps(c), files: c.get("deps").files },
      c.get("auth").actor,
      org.id,
      f("confirm"),
    );
    return "/orgs?done=orgDeleted";
  });

  const AUDIT_PAGE = 50;
  app.get("/orgs/:slug/audit", async (c) => {
    requireUser(c);
    const org = await orgFromSlug(c);
    const actor = c.get("auth").actor;
    const db = c.get("deps").db;
    const rawBefore = c.req.query("before");
    const before = rawBefore && /^\d{1,15}$/.test(rawBefore) ? Number(rawBefore) : undefined;
    const rows = await orgAudit(db, actor, org.id, { before, limit: AUDIT_PAGE + 1 });
    const members = await listMembers(db, actor, org.id);
    const items = rows.slice(0, AUDIT_PAGE);
    const last = items.at(-1);
    const base = `/orgs/${org.slug}/audit`;
    const i18n = c.get("i18n");
    return render(
      c,
      `${org.name} · ${i18n.t("org.audit.title")}`,
      <AuditPage
        i18n={i18n}
        org={org}
        items={items}
        names={new Map(members.map((m) => [m.userId, m.displayName]))}
        olderHref={rows.length > AUDIT_PAGE && last ? `${base}?before=${last.id}` : undefined}
        newestHref={before ? base : undefined}
      />,
    );
  });
}

// Coalitions

async function coalitionFromSlug(c: AppContext) {
  const slug = c.req.param("slug") ?? "";
  const k = Slug.test(slug) ? await getCoalitionBySlug(c.get("deps").db, slug) : undefined;
  if (!k) throw notFound("This coalition");
  return k;
}

async function coalitionPage(
  c: AppContext,
  coalition: Awaited<ReturnType<typeof coalitionFromSlug>>,
  opts: { problem?: FormProblem; values?: Record<string, string>; status?: Status } = {},
) {
  const auth = c.get("auth");
  const details = await coalitionDetails(c.get("deps").db, auth.actor, coalition.id);
  const adminOf = new Set([...auth.actor.orgs].filter(([, r]) => r === "admin").map(([id]) => id));
  const i18n = c.get("i18n");
  return render(
    c,
    coalition.name,
    <CoalitionPage
      i18n={i18n}
      csrf={auth.csrf}
      coalition={coalition}
      orgs={details.orgs}
      coordinators={details.coordinators}
      coordinator={auth.actor.coordinates.has(coalition.id)}
      adminOf={adminOf}
      problem={opts.problem}
      values={opts.values}
      done={
        opts.problem
          ? undefined
          : doneText(c, {
              created: "done.coalitionCreated",
              invited: "done.orgInvited",
              coordinatorAdded: "done.coordinatorAdded",
              removed: "done.orgRemoved",
              joined: "done.coalitionJoined",
            })
      }
    />,
    opts.status,
  );
}

function coalitionPages(app: Hono<AppEnv>) {
  app.post("/coalitions", async (c) => {
    if (!c.get("auth").user) return signInFirst(c, "/orgs");
    const i18n = c.get("i18n");
    const f = await formOf(c);
    const name = f("name").trim();
    const orgSlug = f("organisation");
    const values = { coalitionName: name, organisation: orgSlug };
    const again = (problem: FormProblem, status: Status) => orgsPage(c, { problem, values, status });
    if (name.length < 2 || name.length > 200)
      return again(invalid("coalition", i18n.t("form.coalitionName"), "name"), 422);
    const org = orgSlug && Slug.test(orgSlug) ? await getOrgBySlug(c.get("deps").db, orgSlug) : undefined;
    if (orgSlug && !org) return again(invalid("coalition", i18n.t("form.orgUnknown"), "organisation"), 422);
    try {
      const k = await createCoalition(accountDeps(c), c.get("auth").actor, { name, orgId: org?.id });
      return see(c, `/coalitions/${k.slug}?done=created`);
    } catch (err) {
      if (onForm(err, [403, 409, 422])) return again(problemOf(i18n, err, "coalition"), err.status);
      throw err;
    }
  });

  app.get("/coalitions/:slug", async (c) => {
    requireUser(c);
    return coalitionPage(c, await coalitionFromSlug(c));
  });

  /** A form on a coalition's page, like orgForm. */
  function coalitionForm(
    path: string,
    form: string,
    act: (
      c: AppContext,
      k: Awaited<ReturnType<typeof coalitionFromSlug>>,
      f: (name: string) => string,
    ) => Promise<string | { problem: FormProblem; status: Status }>,
  ) {
    app.post(`/coalitions/:slug${path}`, async (c) => {
      if (!c.get("auth").user) return signInFirst(c, `/coalitions/${c.req.param("slug")}`);
      const k = await coalitionFromSlug(c);
      const f = await formOf(c);
      const values = { organisation: f("organisation"), email: f("email") };
      try {
        const result = await act(c, k, f);
        if (typeof result === "string") return see(c, result);
        return coalitionPage(c, k, { ...result, values });
      } catch (err) {
        // "No organisation has this address" and "No account has this e-mail address" name a field.
        const fixable = err instanceof AppError && err.status === 404 && Array.isArray(err.details);
        if (onForm(err, [400, 409, 422]) || fixable) {
          const problem = problemOf(c.get("i18n"), err as AppError, form);
          return coalitionPage(c, k, { problem, values, status: fixable ? 422 : (err as AppError).status });
        }
        throw err;
      }
    });
  }

  coalitionForm("/invite", "invite", async (c, k, f) => {
    const slug = f("organisation").trim().toLowerCase();
    if (!Slug.test(slug))
      return { problem: invalid("invite", c.get("i18n").t("form.orgUnknown"), "org"), status: 422 };
    await inviteOrgToCoalition(accountDeps(c), c.get("auth").actor, k.id, slug);
    return `/coalitions/${k.slug}?done=invited`;
  });

  coalitionForm("/coordinators", "coordinator", async (c, k, f) => {
    const email = Email.safeParse(f("email"));
    if (!email.success)
      return { problem: invalid("coordinator", c.get("i18n").t("form.email"), "email"), status: 422 };
    await addCoordinator(accountDeps(c), c.get("auth").actor, k.id, email.data);
    return `/coalitions/${k.slug}?done=coordinatorAdded`;
  });

  coalitionForm("/orgs/:org/remove", "remove", async (c, k) => {
    const orgSlug = c.req.param("org") ?? "";
    const org = Slug.test(orgSlug) ? await getOrgBySlug(c.get("deps").db, orgSlug) : undefined;
    if (!org) throw notFound("This organisation");
    const actor = c.get("auth").actor;
    await removeOrgFromCoalition(accountDeps(c), actor, k.id, org.id);
    return actor.coordinates.has(k.id) ? `/coalitions/${k.slug}?done=removed` : "/orgs?done=coalitionLeft";
  });
}

// Invitations

function invitationPages(app: Hono<AppEnv>) {
  const expired = (c: AppContext) =>
    render(
      c,
      c.get("i18n").t("invitation.expired.title"),
      <InvitationExpiredPage i18n={c.get("i18n")} />,
      410,
    );

  async function invitationPage(c: AppContext, token: string, problem?: FormProblem, status?: Status) {
    const deps = accountDeps(c);
    const inv = LinkToken.test(token) ? await findInvitation(deps, token) : undefined;
    if (!inv) return expired(c);
    let what: Parameters<typeof InvitationPage>[0]["what"];
    if (inv.kind === "organisation") {
      const org = await getOrg(deps.db, inv.targetId);
      if (!org) return expired(c);
      what = { kind: "organisation", orgName: org.name, role: inv.role === "admin" ? "admin" : "member" };
    } else {
      const [k] = await deps.db.select().from(coalitions).where(eq(coalitions.id, inv.targetId));
      const org = await getOrg(deps.db, inv.role);
      if (!k || !org) return expired(c);
      what = { kind: "coalition", coalitionName: k.name, orgName: org.name };
    }
    const i18n = c.get("i18n");
    return render(
      c,
      i18n.t("invitation.title"),
      <InvitationPage
        i18n={i18n}
        csrf={c.get("auth").csrf}
        token={token}
        what={what}
        signedIn={c.get("auth").user !== null}
        problem={problem}
      />,
      status,
    );
  }

  app.get("/invitations/:token", (c) => invitationPage(c, c.req.param("token")));

  app.post("/invitations/:token/accept", async (c) => {
    const token = c.req.param("token");
    if (!c.get("auth").user) return signInFirst(c, `/invitations/${token}`);
    if (!LinkToken.test(token)) return expired(c);
    const deps = accountDeps(c);
    try {
      const { kind, targetId } = await acceptInvitation(deps, c.get("auth").actor, token);
      if (kind === "organisation") {
        const org = await getOrg(deps.db, targetId);
        return see(c, org ? `/orgs/${org.slug}?done=joined` : "/orgs");
      }
      const [k] = await deps.db.select().from(coalitions).where(eq(coalitions.id, targetId));
      return see(c, k ? `/coalitions/${k.slug}?done=joined` : "/orgs");
    } catch (err) {
      if (err instanceof AppError && err.status === 410) return expired(c);
      if (err instanceof AppError && err.status === 403)
        return invitationPage(c, token, problemOf(c.get("i18n"), err, "accept"), 403);
      throw err;
    }
  });
}
