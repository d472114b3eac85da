import type { Hono } from "hono";
import { z } from "zod";
import { countryName } from "../countries/country";
import { toCsv } from "../platform/csv";
import type { Api } from "../platform/http/api";
import type { AppEnv } from "../platform/http/context";
import { notFound } from "../platform/http/errors";
import { paging, parsePageQuery } from "../platform/http/query";
import { page } from "../platform/http/render";
import { Provenance } from "../platform/provenance";
import { createVisit, recordEvent } from "./recording";
import { EventType, visitStatuses } from "./status";
import { eventsOf, getVisit, listVisits, type VisitEventRow } from "./store";
import { mandateTitleIn, VisitList, VisitPage } from "./views";

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2024-03-31");
const VisitStatus = z.enum(visitStatuses);

const VisitQuery = z.object({
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/, "Use an ISO 3166-1 alpha-3 code, e.g. KEN")
    .transform((s) => s.toUpperCase())
    .optional(),
  mandate: z
    .string()
    .regex(/^[a-z0-9-]{2,80}$/, "Use a mandate id, e.g. sr-torture")
    .optional(),
  status: z
    .string()
    .transform((s) => s.split(","))
    .pipe(z.array(VisitStatus))
    .optional()
    .describe(`One or more of ${visitStatuses.join(", ")}, separated by commas`),
  from: IsoDate.optional().describe("Visits with an event on or after this date"),
  to: IsoDate.optional().describe("Visits requested or starting on or before this date"),
  sort: z.enum(["recent", "oldest", "country"]).optional(),
  ...paging(50),
});

const Event = z.object({
  id: z.string(),
  type: EventType,
  date: z.string(),
  precision: z.enum(["day", "month", "year"]),
  dateFrom: z.string().nullable(),
  dateTo: z.string().nullable(),
  symbol: z.string().nullable(),
  session: z.number().nullable(),
  source: z.string().nullable(),
  note: z.string().nullable(),
});

const Visit = z.object({
  id: z.string(),
  country: z.string(),
  mandate: z.string(),
  mandateAsPublished: z.string().nullable(),
  mandateHolder: z.string().nullable(),
  status: VisitStatus.describe("Derived from the events"),
  requestedOn: z.string().nullable(),
  visitFrom: z.string().nullable(),
  visitTo: z.string().nullable(),
  reminders: z.number().int(),
  reportSymbol: z.string().nullable(),
  inconsistencies: z.array(z.record(z.string(), z.unknown())).describe("What looks wrong in the event log"),
  provenance: Provenance,
});

const eventToApi = (e: VisitEventRow): z.infer<typeof Event> => ({
  id: e.id,
  type: e.type as z.infer<typeof EventType>,
  date: e.date,
  precision: e.precision,
  dateFrom: e.dateFrom,
  dateTo: e.dateTo,
  symbol: e.symbol,
  session: e.session,
  source: e.source,
  note: e.note,
});

type Summary = Awaited<ReturnType<typeof listVisits>>["items"][number];
const toApi = (v: Summary) => ({
  id: v.id,
  country: v.countryIso3,
  mandate: v.mandateId,
  mandateAsPublished: v.mandateAsPublished,
  mandateHolder: v.mandateHolder,
  status: v.status,
  requestedOn: v.requestedOn,
  visitFrom: v.visitFrom,
  visitTo: v.visitTo,
  reminders: v.reminders,
  reportSymbol: v.reportSymbol,
  inconsistencies: v.inconsistencies as unknown as Record<string, unknown>[],
  provenance: v.provenance,
});

export function visitsApi(api: Api) {
  api.add({
    method: "get",
    path: "/visits",
    operationId: "listVisits",
    summary: "Country visits, newest activity first, with their derived status",
    tag: "Visits",
    query: VisitQuery,
    response: z.object({ items: z.array(Visit.extend({ events: z.array(Event) })), total: z.number().int() }),
    handler: async ({ query }, c) => {
      const db = c.get("deps").db;
      const { items, total } = await listVisits(db, query);
      const events = await eventsOf(
        db,
        items.map((v) => v.id),
      );
      return {
        items: items.map((v) => ({ ...toApi(v), events: (events.get(v.id) ?? []).map(eventToApi) })),
        total,
      };
    },
  });
  api.add({
    method: "get",
    path: "/visits/{id}",
    operationId: "getVisit",
    summary: "One visit with its event log",
    tag: "Visits",
    params: z.object({ id: z.string().uuid("Not a visit id") }),
    response: Visit.extend({ events: z.array(Event) }),
    errors: { 404: "No such visit" },
    handler: async ({ params }, c) => {
      const v = await getVisit(c.get("deps").db, params.id);
      if (!v) throw notFound("This visit");
      return { ...toApi(v), events: v.events.map(eventToApi) };
    },
  });
}

const NewEventBody = z.object({
  type: EventType,
  date: IsoDate,
  precision: z.enum(["day", "month", "year"]).optional(),
  from: IsoDate.nullable().optional(),
  to: IsoDate.nullable().optional(),
  symbol: z
    .string()
    .regex(/^(A\/HRC|E\/CN\.4|A)\/[\w./-]+$/, "Use a UN document symbol, e.g. A/HRC/52/39/Add.1")
    .nullable()
    .optional(),
  session: z.number().int().min(1).max(200).nullable().optional(),
  source: z
    .string()
    .trim()
    .max(500)
    .nullable()
    .optional()
    .describe("The document or address the event is known from"),
  note: z.string().trim().max(2000).nullable().optional(),
});

export function visitsWriteApi(api: Api) {
  api.add({
    method: "post",
    path: "/visits",
    operationId: "createVisit",
    summary: "Record a visit (signed in): a country, a mandate and its first events",
    tag: "Visits",
    auth: "session",
    status: 201,
    body: z.object({
      country: z
        .string()
        .regex(/^[A-Za-z]{3}$/, "Use an ISO 3166-1 alpha-3 code")
        .transform((s) => s.toUpperCase()),
      mandate: z.string().regex(/^[a-z0-9-]{2,80}$/, "Use a mandate id, e.g. sr-torture"),
      mandateHolder: z.string().trim().max(200).nullable().optional(),
      source: z.string().trim().max(500).nullable().optional(),
      events: z.array(NewEventBody).min(1, "Give at least the first event, e.g. the request").max(50),
    }),
    response: z.object({ id: z.string() }),
    errors: { 422: "Unknown country or mandate, or an impossible event" },
    handler: async ({ body }, c) => ({
      id: await createVisit(
        c.get("deps").db,
        c.get("auth").actor,
        body,
        c.get("deps").clock().toISOString().slice(0, 10),
      ),
    }),
  });
  api.add({
    method: "post",
    path: "/visits/{id}/events",
    operationId: "recordVisitEvent",
    summary: "Add a dated letter or event to a visit's log (signed in); the status is derived again",
    tag: "Visits",
    auth: "session",
    status: 201,
    params: z.object({ id: z.string().uuid("Not a visit id") }),
    body: NewEventBody,
    response: z.object({ id: z.string() }),
    errors: {
      404: "No such visit",
      409: "Already recorded, or the visit is over",
      422: "An impossible event",
    },
    handler: async ({ params, body }, c) => ({
      id: await recordEvent(
        c.get("deps").db,
        c.get("auth").actor,
        params.id,
        body,
        c.get("deps").clock().toISOString().slice(0, 10),
      ),
    }),
  });
}

const EXPORT_MAX = 20_000;

export function visitsPages(app: Hono<AppEnv>) {
  // Registered before /visits/:id. The same filters as the list, every matching row, for spreadsheets.
  app.get("/visits.csv", async (c) => {
    const query = parsePageQuery(VisitQuery, c.req.query());
    const db = c.get("deps").db;
    const base = c.get("deps").config.baseUrl;
    const rows: unknown[][] = [];
    for (let offset = 0; offset < EXPORT_MAX; offset += 1000) {
      const { items } = await listVisits(db, { ...query, limit: 1000, offset });
      for (const v of items) {
        rows.push([
          v.id,
          v.countryIso3,
          v.countryNames.en,
          v.mandateId,
          v.mandateTitle,
          v.mandateHolder,
          v.status,
          v.requestedOn,
          v.reminders,
          v.visitFrom,
          v.visitTo,
          v.reportSymbol,
          `${base}/visits/${v.id}`,
          v.provenance.source,
        ]);
      }
      if (items.length < 1000) break;
    }
    const header = [
      "id",
      "country_iso3",
      "country",
      "mandate_id",
      "mandate",
      "mandate_holder",
      "status",
      "requested_on",
      "reminders",
      "visit_from",
      "visit_to",
      "report_symbol",
      "url",
      "source",
    ];
    return new Response(toCsv(header, rows), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="visitdesk-visits.csv"',
      },
    });
  });

  app.get("/visits", async (c) => {
    const query = parsePageQuery(VisitQuery, c.req.query());
    const { items, total } = await listVisits(c.get("deps").db, query);
    const i18n = c.get("i18n");
    return page(
      c,
      { title: i18n.t("visits.title") },
      <VisitList
        i18n={i18n}
        items={items}
        total={total}
        params={{
          country: query.country,
          mandate: query.mandate,
          status: query.status?.join(","),
          sort: query.sort,
        }}
        limit={query.limit}
        offset={query.offset}
      />,
    );
  });

  app.get("/visits/:id", async (c) => {
    const id = c.req.param("id");
    const v = z.string().uuid().safeParse(id).success ? await getVisit(c.get("deps").db, id) : undefined;
    if (!v) throw notFound("This visit");
    const i18n = c.get("i18n");
    return page(
      c,
      { title: `${countryName({ names: v.countryNames }, i18n.locale)}: ${mandateTitleIn(v, i18n.locale)}` },
      <VisitPage i18n={i18n} visit={v} events={v.events} />,
    );
  });
}
