import { createHash } from "node:crypto";
import { and, count, desc, eq, gte, inArray, isNotNull, or, type SQL, sql } from "drizzle-orm";
import type { Hono } from "hono";
import { z } from "zod";
import { countries } from "../countries/schema";
import { mandates } from "../mandates/schema";
import type { Db } from "../platform/db/client";
import type { AppEnv } from "../platform/http/context";
import { badRequest, notFound } from "../platform/http/errors";
import { visitEvents, visits } from "./schema";
import type { VisitRow } from "./store";

/**
 * Public feeds of the public registry: Atom for what changed (each recorded letter or event), and
 * iCalendar for visits with agreed dates. Both are read by feed readers and calendars that poll,
 * so they are small, cacheable, and built from indexed queries only.
 */
const FEED_ENTRIES = 50;

/** RFC 5545 text: backslash, semicolon, comma and line breaks escaped. */
const icsText = (s: string) => s.replace(/[\\;,]/g, (ch) => `\\${ch}`).replace(/\r?\n/g, "\\n");

/** RFC 5545 lines are at most 75 octets; longer ones continue on lines that start with a space. */
function fold(line: string): string {
  if (Buffer.byteLength(line) <= 75) return line;
  const parts: string[] = [];
  let current = "";
  for (const ch of line) {
    if (Buffer.byteLength(current + ch) > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = "";
    }
    current += ch;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const icsDate = (iso: string) => iso.slice(0, 10).replaceAll("-", "");
const icsStamp = (d: Date) => `${d.toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`;

/**
 * Visits with agreed dates as all-day iCalendar events (RFC 5545: the end is the day after the
 * last day). A visit whose dates are reversed is left out rather than breaking the calendar; its
 * page flags it. Written directly rather than with ical-generator, which takes about 0.2 ms an
 * event: a calendar of 500 visits is rebuilt whenever one of them changes.
 */
export function visitCalendar(
  rows: { v: VisitRow; country: Record<string, string>; mandate: string }[],
  opts: { baseUrl: string; name: string },
): string {
  const host = new URL(opts.baseUrl).hostname;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Visitdesk//visitdesk//EN",
    "CALSCALE:GREGORIAN",
    `NAME:${icsText(opts.name)}`,
    `X-WR-CALNAME:${icsText(opts.name)}`,
  ];
  for (const r of rows) {
    const from = r.v.visitFrom;
    const to = r.v.visitTo;
    if (!from || !to || to < from) continue;
    const end = new Date(`${to}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    lines.push(
      "BEGIN:VEVENT",
      `UID:${r.v.id}@${host}`,
      `DTSTAMP:${icsStamp(r.v.updatedAt)}`,
      `DTSTART;VALUE=DATE:${icsDate(from)}`,
      `DTEND;VALUE=DATE:${icsDate(end.toISOString())}`,
      `SUMMARY:${icsText(`${r.mandate}: visit to ${r.country.en ?? r.v.countryIso3}`)}`,
      `DESCRIPTION:${icsText(`Status: ${r.v.status}.${r.v.reportSymbol ? ` Report: ${r.v.reportSymbol}.` : ""}`)}`,
      `URL;VALUE=URI:${opts.baseUrl}/visits/${r.v.id}`,
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}

const xml = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] ?? c,
  );

const eventLabels: Record<string, string> = {
  requested: "visit requested",
  reminder: "reminder sent",
  invited: "invitation from the State",
  acknowledged: "receipt acknowledged",
  accepted: "accepted in principle",
  dates_proposed: "dates proposed",
  dates_agreed: "dates agreed",
  declined: "declined",
  postponed: "postponed",
  cancelled: "cancelled",
  started: "visit started",
  completed: "visit completed",
  end_of_visit_statement: "end-of-visit statement",
  report_published: "report published",
  report_presented: "report presented to the Human Rights Council",
  state_comments: "comments of the State published",
  follow_up: "follow-up",
};

export interface AtomEntry {
  id: string;
  title: string;
  updated: Date;
  link: string;
  summary: string;
}

/** An Atom 1.0 document (RFC 4287): feed id, title, updated; each entry id, title, updated, link. */
export function atomFeed(
  feed: { id: string; title: string; self: string; alternate: string; entries: AtomEntry[] },
  now: Date,
): string {
  const updated = new Date(Math.max(0, ...feed.entries.map((e) => e.updated.getTime())));
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xml(feed.id)}</id>`,
    `  <title>${xml(feed.title)}</title>`,
    `  <updated>${(feed.entries.length ? updated : now).toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(feed.alternate)}"/>`,
    "  <author><name>Visitdesk</name></author>",
    "  <generator>Visitdesk</generator>",
    ...feed.entries.map((e) =>
      [
        "  <entry>",
        `    <id>${xml(e.id)}</id>`,
        `    <title>${xml(e.title)}</title>`,
        `    <updated>${e.updated.toISOString()}</updated>`,
        `    <link rel="alternate" type="text/html" href="${xml(e.link)}"/>`,
        `    <summary>${xml(e.summary)}</summary>`,
        "  </entry>",
      ].join("\n"),
    ),
    "</feed>",
  ];
  return `${lines.join("\n")}\n`;
}

async function latestEvents(db: Db, where: { country?: string; mandate?: string }) {
  return db
    .select({ event: visitEvents, visitId: visits.id, country: countries.names, mandate: mandates.title })
    .from(visitEvents)
    .innerJoin(visits, eq(visits.id, visitEvents.visitId))
    .innerJoin(countries, eq(countries.iso3, visits.countryIso3))
    .innerJoin(mandates, eq(mandates.id, visits.mandateId))
    .where(
      where.country ? eq(visits.countryIso3, where.country) : eq(visits.mandateId, where.mandate as string),
    )
    .orderBy(desc(visitEvents.recordedAt), desc(visitEvents.date))
    .limit(FEED_ENTRIES);
}

export function entriesOf(rows: Awaited<ReturnType<typeof latestEvents>>, base: string): AtomEntry[] {
  return rows.map((r) => ({
    id: `urn:visitdesk:visit-event:${r.event.id}`,
    title: `${r.country.en ?? ""}: ${r.mandate} — ${eventLabels[r.event.type] ?? r.event.type} (${r.event.date})`,
    updated: r.event.recordedAt,
    link: `${base}/visits/${r.visitId}`,
    summary:
      [r.event.symbol, r.event.note].filter(Boolean).join(" — ") ||
      (eventLabels[r.event.type] ?? r.event.type),
  }));
}

const CalendarQuery = z.object({
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/, "Use an ISO 3166-1 alpha-3 code")
    .transform((s) => s.toUpperCase())
    .optional(),
  mandate: z
    .string()
    .regex(/^[a-z0-9-]{2,80}$/, "Use a mandate id")
    .optional(),
});

export function visitFeeds(app: Hono<AppEnv>) {
  const send = (body: string, type: string) =>
    new Response(body, { headers: { "Content-Type": type, "Cache-Control": "public, max-age=300" } });

  app.get("/feeds/countries/:file", async (c) => {
    const iso3 = c.req
      .param("file")
      .match(/^([A-Za-z]{3})\.atom$/)?.[1]
      ?.toUpperCase();
    const { db, config, clock } = c.get("deps");
    const [country] = iso3 ? await db.select().from(countries).where(eq(countries.iso3, iso3)) : [];
    if (!country) throw notFound("This feed");
    const base = config.baseUrl;
    return send(
      atomFeed(
        {
          id: `${base}/feeds/countries/${country.iso3}.atom`,
          title: `Visitdesk: UN Special Procedures visits to ${country.names.en ?? country.iso3}`,
          self: `${base}/feeds/countries/${country.iso3}.atom`,
          alternate: `${base}/countries/${country.iso3}`,
          entries: entriesOf(await latestEvents(db, { country: country.iso3 }), base),
        },
        clock(),
      ),
      "application/atom+xml; charset=utf-8",
    );
  });

  app.get("/feeds/mandates/:file", async (c) => {
    const id = c.req.param("file").match(/^([a-z0-9-]{2,80})\.atom$/)?.[1];
    const { db, config, clock } = c.get("deps");
    const [mandate] = id ? await db.select().from(mandates).where(eq(mandates.id, id)) : [];
    if (!mandate) throw notFound("This feed");
    const base = config.baseUrl;
    return send(
      atomFeed(
        {
          id: `${base}/feeds/mandates/${mandate.id}.atom`,
          title: `Visitdesk: country visits of the ${mandate.title}`,
          self: `${base}/feeds/mandates/${mandate.id}.atom`,
          alternate: `${base}/mandates/${mandate.id}`,
          entries: entriesOf(await latestEvents(db, { mandate: mandate.id }), base),
        },
        clock(),
      ),
      "application/atom+xml; charset=utf-8",
    );
  });

  app.get("/feeds/visits.ics", async (c) => {
    const parsed = CalendarQuery.safeParse(
      Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== "")),
    );
    if (!parsed.success) throw badRequest(parsed.error);
    const { db, config } = c.get("deps");
    const where = [
      inArray(visits.status, ["scheduled", "underway", "completed", "reported"]),
      isNotNull(visits.visitFrom),
      isNotNull(visits.visitTo),
    ];
    if (parsed.data.country) where.push(eq(visits.countryIso3, parsed.data.country));
    if (parsed.data.mandate) where.push(eq(visits.mandateId, parsed.data.mandate));
    // Unfiltered, the calendar is what is coming: past visits only when they ended within a year.
    if (!parsed.data.country && !parsed.data.mandate) {
      const yearAgo = new Date(c.get("deps").clock().getTime() - 365 * 86_400_000).toISOString().slice(0, 10);
      where.push(or(inArray(visits.status, ["scheduled", "underway"]), gte(visits.visitTo, yearAgo)) as SQL);
    }
    // Calendars poll: a calendar unchanged since it was last built is served from memory (and as
    // 304 to a client that has it), so only a change in the registry pays for building it again.
    const [mark] = await db
      .select({ n: count(), last: sql<string | null>`max(${visits.updatedAt})::text` })
      .from(visits)
      .where(and(...where));
    const etag = `"${createHash("sha1")
      .update(
        `${c.get("deps").clock().toISOString().slice(0, 10)}|${c.req.url}|${mark?.n}|${String(mark?.last)}`,
      )
      .digest("base64url")}"`;
    const headers = { ETag: etag, "Cache-Control": "public, max-age=300" };
    if (c.req.header("if-none-match") === etag) return new Response(null, { status: 304, headers });
    let body = calendars.get(etag);
    if (body === undefined) {
      const found = await db
        .select({ v: visits, country: countries.names, mandate: mandates.title })
        .from(visits)
        .innerJoin(countries, eq(countries.iso3, visits.countryIso3))
        .innerJoin(mandates, eq(mandates.id, visits.mandateId))
        .where(and(...where))
        .orderBy(desc(visits.visitFrom))
        .limit(500);
      body = visitCalendar(found, {
        baseUrl: config.baseUrl,
        name: "Visitdesk: UN Special Procedures country visits",
      });
      calendars.set(etag, body);
      // A few hundred recent calendars at most (one per filter in use).
      if (calendars.size > 200) calendars.delete(calendars.keys().next().value as string);
    }
    return new Response(body, { headers: { ...headers, "Content-Type": "text/calendar; charset=utf-8" } });
  });
}

/** Built calendars by the ETag of what they hold; any server may rebuild one, so this is only a cache. */
const calendars = new Map<string, string>();
