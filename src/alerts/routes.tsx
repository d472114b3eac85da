import type { Hono } from "hono";
import { z } from "zod";
import { requireUser } from "../accounts/http";
import { safeNext } from "../accounts/pages";
import type { Api } from "../platform/http/api";
import type { AppContext, AppEnv } from "../platform/http/context";
import { badRequest } from "../platform/http/errors";
import { formOf, see, signInFirst } from "../platform/http/forms";
import { paging, parsePageQuery } from "../platform/http/query";
import { page } from "../platform/http/render";
import { locales, type MessageKey } from "../platform/i18n";
import { DigestFrequency, FollowInput, FollowKind } from "./alerts";
import { privateFeeds } from "./feeds";
import {
  activeFeedToken,
  createFeedToken,
  follow,
  followUrl,
  getPreferences,
  listFollows,
  listNotifications,
  markRead,
  rememberLocale,
  revokeFeedTokens,
  savePreferences,
  unfollow,
} from "./store";
import { type AlertProblem, FollowingPage, NewFeedPage } from "./views";

const PAGE_SIZE = 30;

const done: Record<string, MessageKey> = {
  read: "alerts.done.read",
  preferences: "alerts.done.preferences",
  feedRevoked: "alerts.done.feedRevoked",
  unfollowed: "alerts.done.unfollowed",
};

async function followingPage(c: AppContext, opts: { problem?: AlertProblem; status?: 200 | 422 } = {}) {
  const me = requireUser(c);
  const db = c.get("deps").db;
  const { offset } = parsePageQuery(z.object(paging(PAGE_SIZE)).pick({ offset: true }), c.req.query());
  const [follows, notices, prefs, feed] = await Promise.all([
    listFollows(db, me.id),
    listNotifications(db, me.id, { limit: PAGE_SIZE, offset }),
    getPreferences(db, me.id),
    activeFeedToken(db, me.id),
  ]);
  const i18n = c.get("i18n");
  const doneKey = done[c.req.query("done") ?? ""];
  c.header("Cache-Control", "no-store");
  return page(
    c,
    { title: i18n.t("alerts.title") },
    <FollowingPage
      i18n={i18n}
      csrf={c.get("auth").csrf}
      follows={follows}
      notices={notices}
      limit={PAGE_SIZE}
      offset={offset}
      prefs={prefs}
      feed={feed}
      problem={opts.problem}
      done={opts.problem || !doneKey ? undefined : i18n.t(doneKey)}
    />,
    opts.status,
  );
}

/** /following (what I follow, my notices, how I am told, my private feed) and the forms it posts. */
export function alertsPages(app: Hono<AppEnv>) {
  privateFeeds(app);

  app.get("/following", (c) => followingPage(c));

  for (const [path, act] of [
    ["/following/follow", follow],
    ["/following/unfollow", unfollow],
  ] as const) {
    app.post(path, async (c) => {
      const f = await formOf(c);
      const back = safeNext(f("returnTo")) ?? "/following";
      const me = c.get("auth").user;
      if (!me) return signInFirst(c, back);
      const parsed = FollowInput.safeParse({ kind: f("kind"), target: f("target") });
      if (!parsed.success) throw badRequest(parsed.error);
      const db = c.get("deps").db;
      await act(db, me.id, parsed.data);
      await rememberLocale(db, me.id, c.get("i18n").locale);
      return see(c, back);
    });
  }

  app.post("/following/read", async (c) => {
    const me = c.get("auth").user;
    if (!me) return signInFirst(c, "/following");
    await markRead(c.get("deps").db, me.id, c.get("deps").clock());
    return see(c, "/following?done=read");
  });

  app.post("/following/preferences", async (c) => {
    const me = c.get("auth").user;
    if (!me) return signInFirst(c, "/following");
    const f = await formOf(c);
    const digest = DigestFrequency.safeParse(f("emailDigest"));
    if (!digest.success) {
      return followingPage(c, {
        problem: { form: "preferences", message: c.get("i18n").t("alerts.problem.preferences") },
        status: 422,
      });
    }
    await savePreferences(
      c.get("deps").db,
      me.id,
      { inApp: f("inApp") === "on", emailDigest: digest.data },
      c.get("i18n").locale,
    );
    return see(c, "/following?done=preferences");
  });

  app.post("/following/feed", async (c) => {
    const me = c.get("auth").user;
    if (!me) return signInFirst(c, "/following");
    const { db, clock, config } = c.get("deps");
    const token = await createFeedToken(db, me.id, clock());
    const i18n = c.get("i18n");
    c.header("Cache-Control", "no-store");
    return page(
      c,
      { title: i18n.t("alerts.feed.new.title") },
      <NewFeedPage
        i18n={i18n}
        atomUrl={`${config.baseUrl}/feeds/private/${token}.atom`}
        icsUrl={`${config.baseUrl}/feeds/private/${token}.ics`}
      />,
    );
  });

  app.post("/following/feed/revoke", async (c) => {
    const me = c.get("auth").user;
    if (!me) return signInFirst(c, "/following");
    const f = await formOf(c);
    if (f("confirm") !== "on") {
      return followingPage(c, {
        problem: { form: "feed", message: c.get("i18n").t("alerts.problem.confirm") },
        status: 422,
      });
    }
    await revokeFeedTokens(c.get("deps").db, me.id, c.get("deps").clock());
    return see(c, "/following?done=feedRevoked");
  });
}

const Follow = z.object({
  kind: FollowKind,
  target: z.string(),
  url: z.string().describe("The page of what is followed"),
  createdAt: z.string(),
});

const Notification = z.object({
  id: z.number().int(),
  kind: FollowKind.describe("The follow that matched: the visit itself, its mandate or its country"),
  visitId: z.string(),
  eventId: z.string(),
  eventType: z.string(),
  eventDate: z.string(),
  country: z.string(),
  mandate: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

const Preferences = z.object({
  inApp: z.boolean().describe("Show notices on the /following page"),
  emailDigest: DigestFrequency.describe(
    "off, immediate (one e-mail per run of new events), daily or weekly (07:00 UTC; weekly on Mondays)",
  ),
  locale: z.enum(locales).describe("The language of the e-mails"),
});
const PreferencesBody = Preferences.partial({ locale: true });

/** Following and notices over the API, for the signed-in caller only. */
export function alertsApi(api: Api) {
  api.add({
    method: "get",
    path: "/follows",
    operationId: "listFollows",
    summary: "What the caller follows",
    tag: "Alerts",
    auth: "session",
    response: z.object({ items: z.array(Follow), total: z.number().int() }),
    handler: async (_i, c) => {
      const me = requireUser(c);
      const items = (await listFollows(c.get("deps").db, me.id)).map((f) => ({
        kind: f.kind,
        target: f.target,
        url: followUrl(f),
        createdAt: f.createdAt.toISOString(),
      }));
      return { items, total: items.length };
    },
  });
  api.add({
    method: "post",
    path: "/follows",
    operationId: "follow",
    summary: "Follow a country (ISO3), a mandate (id) or a visit (id); following twice changes nothing",
    tag: "Alerts",
    auth: "session",
    status: 201,
    body: FollowInput,
    response: Follow,
    errors: { 422: "No such country, mandate or visit" },
    handler: async ({ body }, c) => {
      const me = requireUser(c);
      const db = c.get("deps").db;
      const f = await follow(db, me.id, body);
      return { ...f, url: followUrl(f), createdAt: f.createdAt.toISOString() };
    },
  });
  api.add({
    method: "delete",
    path: "/follows",
    operationId: "unfollow",
    summary: "Stop following a country, mandate or visit",
    tag: "Alerts",
    auth: "session",
    query: FollowInput,
    response: z.object({ removed: z.boolean() }),
    handler: async ({ query }, c) => ({
      removed: await unfollow(c.get("deps").db, requireUser(c).id, query),
    }),
  });
  api.add({
    method: "get",
    path: "/notifications",
    operationId: "listNotifications",
    summary: "The caller's notices, newest first, with the number unread",
    tag: "Alerts",
    auth: "session",
    query: z.object({ unread: z.enum(["true", "false"]).optional(), ...paging(50) }),
    response: z.object({ items: z.array(Notification), total: z.number().int(), unread: z.number().int() }),
    handler: async ({ query }, c) => {
      const me = requireUser(c);
      const found = await listNotifications(c.get("deps").db, me.id, {
        limit: query.limit,
        offset: query.offset,
        unreadOnly: query.unread === "true",
      });
      return {
        ...found,
        items: found.items.map((n) => ({
          id: n.id,
          kind: n.kind,
          visitId: n.visitId,
          eventId: n.eventId,
          eventType: n.eventType,
          eventDate: n.eventDate,
          country: n.countryIso3,
          mandate: n.mandateId,
          createdAt: n.createdAt.toISOString(),
          readAt: n.readAt?.toISOString() ?? null,
        })),
      };
    },
  });
  api.add({
    method: "post",
    path: "/notifications/read",
    operationId: "markNotificationsRead",
    summary: "Mark notices read: those listed in `ids`, or all of them",
    tag: "Alerts",
    auth: "session",
    body: z.object({ ids: z.array(z.number().int().positive()).max(500).optional() }),
    response: z.object({ marked: z.number().int() }),
    handler: async ({ body }, c) => ({
      marked: await markRead(c.get("deps").db, requireUser(c).id, c.get("deps").clock(), body.ids),
    }),
  });
  api.add({
    method: "get",
    path: "/alerts/preferences",
    operationId: "getAlertPreferences",
    summary: "How the caller is told of new events",
    tag: "Alerts",
    auth: "session",
    response: Preferences,
    handler: async (_i, c) => {
      const p = await getPreferences(c.get("deps").db, requireUser(c).id);
      return { inApp: p.inApp, emailDigest: p.emailDigest, locale: p.locale };
    },
  });
  api.add({
    method: "put",
    path: "/alerts/preferences",
    operationId: "setAlertPreferences",
    summary: "Choose in-app notices, e-mail (off, immediate, daily or weekly) and the e-mails' language",
    tag: "Alerts",
    auth: "session",
    body: PreferencesBody,
    response: Preferences,
    handler: async ({ body }, c) => {
      const p = await savePreferences(c.get("deps").db, requireUser(c).id, body, body.locale);
      return { inApp: p.inApp, emailDigest: p.emailDigest, locale: p.locale };
    },
  });
}
