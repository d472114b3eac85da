import { timingSafeEqual } from "node:crypto";
import { getConnInfo } from "@hono/node-server/conninfo";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { anonymous } from "../platform/access";
import { newToken } from "../platform/crypto/tokens";
import type { AppContext, AppEnv, Auth } from "../platform/http/context";
import { AppError } from "../platform/http/errors";
import {
  type AccountDeps,
  loadActor,
  mustEnrolTwoFactor,
  resolveApiToken,
  resolveSession,
  SESSION_DAYS,
  type User,
} from "./service";

export const SESSION_COOKIE = "vd_session";
export const CSRF_COOKIE = "vd_csrf";
const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function accountDeps(c: AppContext): AccountDeps {
  const d = c.get("deps");
  return {
    db: d.db,
    hasher: d.hasher,
    keyring: d.keyring,
    clock: d.clock,
    baseUrl: d.config.baseUrl,
    wait: d.wait,
  };
}

/** The client's address: the socket's, or the first X-Forwarded-For hop behind a trusted proxy. */
export function clientAddress(c: AppContext): string {
  if (c.get("deps").config.trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}

export function setSessionCookie(c: AppContext, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "Lax",
    secure: c.get("deps").config.secureCookies,
    maxAge: SESSION_DAYS * 86_400,
  });
}

export function clearSessionCookie(c: AppContext): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: c.get("deps").config.secureCookies });
}

const same = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

async function authenticate(c: AppContext): Promise<Auth> {
  const deps = accountDeps(c);
  const signedIn = async (
    user: User,
    via: "cookie" | "token",
    csrf: string,
    sessionToken: string | null,
  ): Promise<Auth> => ({
    actor: await loadActor(deps.db, user),
    user: { id: user.id, email: user.email, displayName: user.displayName },
    via,
    csrf,
    sessionToken,
    mustEnrolTwoFactor: await mustEnrolTwoFactor(deps.db, user),
  });
  const bearer = c.req.header("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) {
    const user = await resolveApiToken(deps, bearer);
    if (!user) throw new AppError(401, "invalid_token", "This API token is not valid, or was revoked.");
    return signedIn(user, "token", "", null);
  }
  const token = getCookie(c, SESSION_COOKIE);
  if (token) {
    const found = await resolveSession(deps, token);
    if (found) return signedIn(found.user, "cookie", found.session.csrfSecret, token);
    clearSessionCookie(c);
  }
  // Anonymous forms (sign-in, sign-up) are protected by a random cookie echoed in the form.
  let csrf = getCookie(c, CSRF_COOKIE);
  if (!csrf || csrf.length < 32) {
    csrf = newToken();
    setCookie(c, CSRF_COOKIE, csrf, {
      path: "/",
      httpOnly: true,
      sameSite: "Lax",
      secure: c.get("deps").config.secureCookies,
    });
  }
  return { actor: anonymous, user: null, via: null, csrf, sessionToken: null, mustEnrolTwoFactor: false };
}

async function submittedCsrf(c: AppContext): Promise<string | undefined> {
  const header = c.req.header("x-csrf-token");
  if (header) return header;
  const type = c.req.header("content-type") ?? "";
  if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")) {
    const field = (await c.req.parseBody())._csrf;
    return typeof field === "string" ? field : undefined;
  }
  return undefined;
}

/**
 * Who is asking, for every request; and the CSRF check for every state-changing one. API tokens
 * need none (a browser never sends them by itself). A request with a session cookie, or an
 * anonymous form post, must echo its CSRF token. An anonymous JSON call needs none: a browser
 * cannot send cross-site JSON without a CORS preflight, which this server never grants.
 */
export const authMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  const auth = await authenticate(c as AppContext);
  c.set("auth", auth);
  if (UNSAFE.has(c.req.method) && auth.via !== "token") {
    const origin = c.req.header("origin");
    if (
      origin &&
      origin !== new URL(c.req.url).origin &&
      origin !== new URL(c.get("deps").config.baseUrl).origin
    ) {
      throw new AppError(403, "csrf", "This request came from another site and was refused.");
    }
    const isJson = (c.req.header("content-type") ?? "").startsWith("application/json");
    const needed = auth.via === "cookie" || !isJson;
    if (needed) {
      const given = await submittedCsrf(c as AppContext);
      if (!given || !same(given, auth.csrf)) {
        throw new AppError(
          403,
          "csrf",
          "This form has expired or did not come from Visitdesk. Reload the page and try again.",
        );
      }
    }
  }
  if (
    auth.mustEnrolTwoFactor &&
    c.req.path.startsWith("/api/") &&
    !twoFactorSetup.has(`${c.req.method} ${c.req.path}`)
  ) {
    throw new AppError(
      403,
      "two_factor_required",
      "An organisation or coalition you help run requires two-factor sign-in. Set it up first (POST /api/v1/me/two-factor).",
    );
  }
  await next();
});

/** What a user who must set up two-factor sign-in may still call: enough to set it up or leave. */
const twoFactorSetup = new Set([
  "GET /api/v1/me",
  "DELETE /api/v1/session",
  "DELETE /api/v1/me/sessions",
  "POST /api/v1/me/two-factor",
  "POST /api/v1/me/two-factor/confirm",
]);

export function requireUser(c: AppContext): NonNullable<Auth["user"]> {
  const user = c.get("auth").user;
  if (!user) throw new AppError(401, "unauthenticated", "Sign in to do this.");
  return user;
}
