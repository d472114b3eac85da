import path from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { compress } from "hono/compress";
import { getCookie, setCookie } from "hono/cookie";
import { accountsApi } from "../../accounts/api";
import { authMiddleware } from "../../accounts/http";
import { logoRoutes } from "../../accounts/logo";
import { accountsPages } from "../../accounts/pages";
import { advocacyApi } from "../../advocacy/api";
import { advocacyPages } from "../../advocacy/routes";
import { alertsApi, alertsPages } from "../../alerts/routes";
import { countriesApi, countriesPages } from "../../countries/routes";
import { guidePages } from "../../guide/routes";
import { homePages } from "../../home/routes";
import { mandatesApi, mandatesPages } from "../../mandates/routes";
import { meetingsApi } from "../../meetings/api";
import { meetingsPages } from "../../meetings/routes";
import { reportsApi } from "../../reports/api";
import { reportsPages } from "../../reports/routes";
import { submissionsApi } from "../../submissions/api";
import { submissionsPages } from "../../submissions/routes";
import { visitFeeds } from "../../visits/feeds";
import { MAX_BYTES as VISIT_IMPORT_MAX_BYTES } from "../../visits/import/read";
import { visitImportApi, visitImportPages } from "../../visits/import/routes";
import { registryApi } from "../../visits/registry-routes";
import { visitsApi, visitsPages, visitsWriteApi } from "../../visits/routes";
import { unofficialApi, unofficialChangeApi } from "../../visits/unofficial/routes";
import { createI18n, isLocale, negotiateLocale } from "../i18n";
import { searchApi, searchPages } from "../search/routes";
import { Api } from "./api";
import type { AppContext, AppDeps, AppEnv } from "./context";
import { AppError, type ErrorBody } from "./errors";
import { page } from "./render";

const staticRoot = path.relative(
  process.cwd(),
  path.join(path.dirname(fileURLToPath(import.meta.url)), "static"),
);
export const LANG_COOKIE = "vd_lang";
const VERSION = "0.1.0";
/** The largest request any route takes: a report of 50 MB (see src/reports), with room for the form. */
const MAX_REQUEST_BYTES = 52 * 2 ** 20;

const securityHeaders: Record<string, string> = {
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  "X-Frame-Options": "DENY",
};

export function buildApi(): Api {
  const api = new Api();
  for (const register of [
    mandatesApi,
    countriesApi,
    visitsApi,
    visitsWriteApi,
    visitImportApi,
    registryApi,
    unofficialApi,
    unofficialChangeApi,
    searchApi,
    accountsApi,
    advocacyApi,
    meetingsApi,
    reportsApi,
    submissionsApi,
  ])
    register(api);
  alertsApi(api);
  return api;
}

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // Readers on slow or metered connections: pages and styles shrink to about a third.
  app.use("*", compress());

  app.use("*", async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(securityHeaders)) c.header(k, v);
  });

  // Language: a `?lang=` link sets the cookie, so switching works without JavaScript.
  app.use("*", async (c, next) => {
    const asked = c.req.query("lang");
    if (isLocale(asked)) {
      setCookie(c, LANG_COOKIE, asked, {
        path: "/",
        maxAge: 60 * 60 * 24 * 365,
        sameSite: "Lax",
        httpOnly: true,
      });
    }
    const locale = isLocale(asked)
      ? asked
      : negotiateLocale(getCookie(c, LANG_COOKIE), c.req.header("accept-language"));
    c.set("i18n", createI18n(locale));
    c.set("deps", deps);
    c.header("Content-Language", locale);
    c.header("Vary", "Accept-Language, Cookie");
    await next();
  });

  app.use(
    "/static/*",
    serveStatic({
      root: staticRoot,
      rewriteRequestPath: (p) => p.replace(/^\/static/, ""),
      onFound: (_p, c) => {
        c.header("Cache-Control", "public, max-age=3600");
      },
    }),
  );

  app.get("/healthz", async (c) => c.json({ status: "ok", engine: deps.engine }));

  // Bodies are limited before anything reads them (the CSRF check parses forms): uploads that are
  // far too large are refused without being held in memory. Routes refuse smaller excesses themselves.
  const tooLarge = (max: number, message: (c: AppContext) => string) =>
    bodyLimit({
      maxSize: max,
      onError: (c) => {
        throw new AppError(413, "file_too_large", message(c as AppContext));
      },
    });
  for (const path of ["/visits/import", "/visits/import/*", "/api/v1/visits/import"])
    app.use(
      path,
      tooLarge(VISIT_IMPORT_MAX_BYTES + 2 ** 20, (c) => c.get("i18n").t("visitImport.tooLarge")),
    );
  app.use(
    "*",
    tooLarge(MAX_REQUEST_BYTES, () => `The request is too large: at most ${MAX_REQUEST_BYTES / 2 ** 20} MB.`),
  );

  // Who is asking, and the CSRF check: for everything but static files and the health check.
  app.use("*", async (c, next) => {
    if (c.req.path.startsWith("/static/")) return next();
    return authMiddleware(c, next);
  });

  const api = buildApi();
  const v1 = new Hono<AppEnv>();
  api.mount(v1);
  v1.get("/openapi.json", (c) =>
    c.json(api.openapi({ version: VERSION, serverUrl: `${deps.config.baseUrl}/api/v1` })),
  );
  app.route("/api/v1", v1);

  // Account pages first: their two-factor gate covers every page registered after them.
  for (const mount of [
    accountsPages,
    homePages,
    mandatesPages,
    countriesPages,
    // Before the visit pages: /visits/import is not a visit id.
    visitImportPages,
    visitsPages,
    visitFeeds,
    guidePages,
    searchPages,
    logoRoutes,
    alertsPages,
    meetingsPages,
    advocacyPages,
    reportsPages,
    submissionsPages,
  ])
    mount(app);

  app.notFound((c) => {
    if (forMachines(c.req.path)) {
      return c.json<ErrorBody>(
        {
          error: {
            code: "not_found",
            message: `Nothing answers ${c.req.method} ${c.req.path}. See /api/v1/openapi.json.`,
          },
        },
        404,
      );
    }
    return notFoundPage(c as never);
  });

  app.onError((err, c) => {
    const isApi = forMachines(c.req.path);
    if (err instanceof AppError) {
      if (isApi)
        return c.json<ErrorBody>(
          { error: { code: err.code, message: err.message, details: err.details } },
          err.status,
        );
      if (err.status === 404) return notFoundPage(c as never);
      if (err.status === 401 && c.req.method === "GET") {
        return c.redirect(`/signin?next=${encodeURIComponent(c.req.path + new URL(c.req.url).search)}`);
      }
      return errorPage(c as never, err.status, err.message);
    }
    deps.log.error("unhandled error", { path: c.req.path, method: c.req.method, error: String(err) });
    if (isApi)
      return c.json<ErrorBody>(
        { error: { code: "internal", message: "Something went wrong on our side." } },
        500,
      );
    return errorPage(c as never, 500);
  });

  return app;
}

/** Feeds, exports and the API are read by programs: their errors are JSON, not pages. */
function forMachines(path: string): boolean {
  return path.startsWith("/api/") || path.startsWith("/feeds/") || path.endsWith(".csv");
}

function notFoundPage(c: Parameters<typeof page>[0]) {
  const { t } = c.get("i18n");
  return page(
    c,
    { title: t("error.notFound.title") },
    <section class="error-page">
      <h1>{t("error.notFound.title")}</h1>
      <p>{t("error.notFound.body")}</p>
      <ul>
        <li>
          <a href="/">{t("nav.home")}</a>
        </li>
        <li>
          <a href="/mandates">{t("nav.mandates")}</a>
        </li>
        <li>
          <a href="/countries">{t("nav.countries")}</a>
        </li>
        <li>
          <a href="/guide">{t("nav.guide")}</a>
        </li>
      </ul>
    </section>,
    404,
  );
}

function errorPage(
  c: Parameters<typeof page>[0],
  status: Exclude<AppError["status"], 404> | 500,
  message?: string,
) {
  const { t } = c.get("i18n");
  const title =
    status === 500
      ? t("error.server.title")
      : status === 403
        ? t("error.forbidden.title")
        : t("error.badRequest.title");
  return page(
    c,
    { title },
    <section class="error-page">
      <h1>{title}</h1>
      <p>{message ?? t("error.server.body")}</p>
      <p>
        <a href="/">{t("nav.home")}</a>
      </p>
    </section>,
    status,
  );
}
