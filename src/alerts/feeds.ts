import { and, desc, eq, inArray, isNotNull, or, type SQL } from "drizzle-orm";
import type { Hono } from "hono";
import { countries } from "../countries/schema";
import { mandates } from "../mandates/schema";
import type { Db } from "../platform/db/client";
import type { AppEnv } from "../platform/http/context";
import { notFound } from "../platform/http/errors";
import { atomFeed, entriesOf, visitCalendar } from "../visits/feeds";
import { visitEvents, visits } from "../visits/schema";
import { follows } from "./schema";
import { feedOwner } from "./store";

const FEED_ENTRIES = 50;
const CALENDAR_VISITS = 500;

/**
 * The visits a person follows: those of their countries and mandates, and single visits. Visits
 * and their events are public records, so no visibility filter applies; a scoped record type
 * joining these feeds would need `readableSql` with the token owner's actor.
 */
async function followedVisits(db: Db, userId: string): Promise<SQL | undefined> {
  const mine = await db
    .select({ kind: follows.kind, target: follows.target })
    .from(follows)
    .where(eq(follows.userId, userId));
  const of = (kind: string) => mine.filter((f) => f.kind === kind).map((f) => f.target);
  const any = [
    of("country").length ? inArray(visits.countryIso3, of("country")) : undefined,
    of("mandate").length ? inArray(visits.mandateId, of("mandate")) : undefined,
    of("visit").length ? inArray(visits.id, of("visit")) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  return any.length ? or(...any) : undefined;
}

/**
 * A person's private feeds, at an address holding a secret token: Atom of the latest events, and
 * iCalendar of the agreed visits, of what they follow. An unknown or revoked token is answered
 * 404 like any missing feed, so a revoked address stops at once and reveals nothing.
 */
export function privateFeeds(app: Hono<AppEnv>) {
  app.get("/feeds/private/:file", async (c) => {
    const [, token, format] = c.req.param("file").match(/^(vdf_[A-Za-z0-9_-]{43})\.(atom|ics)$/) ?? [];
    const { db, config, clock } = c.get("deps");
    const owner = token ? await feedOwner(db, token) : undefined;
    if (!owner) throw notFound("This feed");
    const which = await followedVisits(db, owner.userId);
    const base = config.baseUrl;
    const headers = { "Cache-Control": "private, no-store" };
    if (format === "atom") {
      const rows = which
        ? await db
            .select({
              event: visitEvents,
              visitId: visits.id,
              country: countries.names,
              mandate: mandates.title,
            })
            .from(visitEvents)
            .innerJoin(visits, eq(visits.id, visitEvents.visitId))
            .innerJoin(countries, eq(countries.iso3, visits.countryIso3))
            .innerJoin(mandates, eq(mandates.id, visits.mandateId))
            .where(which)
            .orderBy(desc(visitEvents.recordedAt), desc(visitEvents.date))
            .limit(FEED_ENTRIES)
        : [];
      const self = `${base}/feeds/private/${token}.atom`;
      return new Response(
        atomFeed(
          {
            id: `urn:visitdesk:private-feed:${owner.tokenId}`,
            title: "Visitdesk: what you follow",
            self,
            alternate: `${base}/following`,
            entries: entriesOf(rows, base),
          },
          clock(),
        ),
        { headers: { ...headers, "Content-Type": "application/atom+xml; charset=utf-8" } },
      );
    }
    const rows = which
      ? await db
          .select({ v: visits, country: countries.names, mandate: mandates.title })
          .from(visits)
          .innerJoin(countries, eq(countries.iso3, visits.countryIso3))
          .innerJoin(mandates, eq(mandates.id, visits.mandateId))
          .where(
            and(
              which,
              inArray(visits.status, ["scheduled", "underway", "completed", "reported"]),
              isNotNull(visits.visitFrom),
              isNotNull(visits.visitTo),
            ),
          )
          .orderBy(desc(visits.visitFrom))
          .limit(CALENDAR_VISITS)
      : [];
    return new Response(visitCalendar(rows, { baseUrl: base, name: "Visitdesk: visits you follow" }), {
      headers: { ...headers, "Content-Type": "text/calendar; charset=utf-8" },
    });
  });
}
