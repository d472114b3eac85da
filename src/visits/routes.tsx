import type { Hono } from "hono";
import { z } from "zod";
import { followControl } from "../alerts/follow";
import { countryName } from "../countries/country";
import { countryFacets } from "../countries/store";
import { ProgrammeLink, programmeLinkFor } from "../meetings/visit-link";
import { toCsv } from "../platform/csv";
import type { Api } from "../platform/http/api";
import type { AppContext, AppEnv } from "../platform/http/context";
import { AppError, notFound } from "../platform/http/errors";
import type { FormProblem } from "../platform/http/fields";
import { formOf, see } from "../platform/http/forms";
import { paging, parsePageQuery } from "../platform/http/query";
import { page } from "../platform/http/render";
import { Provenance } from "../platform/provenance";
import { toXlsx } from "../platform/xlsx";
import { listRecommendations } from "../reports/store";
import { VisitRecommendations } from "../reports/views";
import { submissionDeps } from "../submissions/http";
import { VisitSubmissionsPanel, visitSubmissionsFor } from "../submissions/visit-link";
import { registryChoices } from "./choices";
import { NewVisitPage, RecordEventForm } from "./forms";
import { canOnVisits } from "./policy";
import { namesOf } from "./recorders";
import { createVisit, recordEvent } from "./recording";
import { registryPages } from "./registry-routes";
import { deriveVisit, EventType, visitStatuses } from "./status";
import { eventsOf, getVisit, listVisits, toEvent, type VisitEventRow } from "./store";
import { unofficialPages } from "./unofficial/routes";
import { mandateTitleIn, VisitList, VisitPage } from "./views";

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2024-03-31");
const VisitStatus = z.enum(visitStatuses);

const today = (c: AppContext) => c.get("deps").clock().toISOString().slice(0, 10);

/** The posted fields a form shows again when it fails; empty fields count as absent. */
function formValues(f: (name: string) => string, names: string[]): Record<string, string | undefined> {
  return Object.fromEntries(names.map((n) => [n, f(n).trim() || undefined]));
}

const eventFields = ["type", "date", "precision", "from", "to", "symbol", "session", "source", "note"];
const parseEventForm = (values: Record<string, string | undefined>) =>
  NewEventBody.safeParse({ ...values, session: values.session ? Number(values.session) : undefined });

const zodProblem = (form: string, error: z.ZodError): FormProblem => {
  const issue = error.issues[0];
  return { form, message: issue?.message ?? "", field: issue ? String(issue.path[0]) : undefined };
};

function serviceProblem(form: string, err: AppError): FormProblem {
  const details = Array.isArray(err.details) ? (err.details as { path?: unknown }[]) : [];
  const path = typeof details[0]?.path === "string" ? details[0].path.split(".").at(-1) : undefined;
  return { form, message: err.message, field: path };
}

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
  region: z.string().max(80).optional().describe("Geographic region of the country, e.g. Africa"),
  year: z.coerce.number().int().min(1980).max(2100).optional().describe("Visits active that year"),
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
  answeredOn: z.string().nullable().describe("The Government's first answer to the request"),
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
  answeredOn: v.answeredOn,
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
const exportHeader = [
  "id",
  "country_iso3",
  "country",
  "mandate_id",
  "mandate",
  "mandate_holder",
  "status",
  "requested_on",
  "answered_on",
  "reminders",
  "visit_from",
  "visit_to",
  "report_symbol",
  "url",
  "source",
];

/** The same filters as the list, every matching row (up to EXPORT_MAX), for spreadsheets. */
async function exportRows(c: AppContext): Promise<unknown[][]> {
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
        v.answeredOn,
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
  return rows;
}

const VISIT_ID = "/visits/:id{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}";

export function visitsPages(app: Hono<AppEnv>) {
  app.get("/visits.csv", async (c) => {
    const body = toCsv(exportHeader, await exportRows(c));
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="visitdesk-visits.csv"',
      },
    });
  });

  app.get("/visits.xlsx", async (c) => {
    const body = await toXlsx("Visits", exportHeader, await exportRows(c));
    return new Response(body, {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": 'attachment; filename="visitdesk-visits.xlsx"',
      },
    });
  });

  registryPages(app);
  unofficialPages(app);

  app.get("/visits", async (c) => {
    const query = parsePageQuery(VisitQuery, c.req.query());
    const db = c.get("deps").db;
    const [{ items, total }, facets] = await Promise.all([listVisits(db, query), countryFacets(db)]);
    const i18n = c.get("i18n");
    return page(
      c,
      { title: i18n.t("visits.title") },
      <VisitList
        i18n={i18n}
        items={items}
        total={total}
        regions={facets.regions}
        signedIn={c.get("auth").user !== null}
        canImport={canOnVisits(c.get("auth").actor, "visit.import")}
        params={{
          country: query.country,
          mandate: query.mandate,
          region: query.region,
          year: query.year?.toString(),
          status: query.status?.join(","),
          sort: query.sort,
        }}
        limit={query.limit}
        offset={query.offset}
      />,
    );
  });

  async function visitPage(
    c: AppContext,
    values?: Record<string, string | undefined>,
    problem?: FormProblem,
    status?: 409 | 422,
  ) {
    const id = c.req.param("id") ?? "";
    const db = c.get("deps").db;
    const v = await getVisit(db, id);
    if (!v) throw notFound("This visit");
    const i18n = c.get("i18n");
    const auth = c.get("auth");
    if (auth.user) c.header("Cache-Control", "private, no-store");
    const [recorders, follow, recommendations, programme, submissions] = await Promise.all([
      auth.user
        ? namesOf(
            db,
            v.events.map((e) => e.recordedBy),
          )
        : new Map<string, string>(),
      followControl(c, "visit", v.id),
      listRecommendations(db, { visit: v.id, limit: 10, offset: 0 }),
      programmeLinkFor(db, auth.actor, v.id),
      visitSubmissionsFor(submissionDeps(c), auth.actor, i18n, v.id),
    ]);
    return page(
      c,
      { title: `${countryName({ names: v.countryNames }, i18n.locale)}: ${mandateTitleIn(v, i18n.locale)}` },
      <VisitPage
        i18n={i18n}
        visit={v}
        events={v.events}
        recorders={recorders}
        facts={deriveVisit(v.events.map(toEvent), today(c))}
        follow={follow}
        after={
          <>
            <VisitRecommendations i18n={i18n} visitId={v.id} {...recommendations} />
            <VisitSubmissionsPanel i18n={i18n} visitId={v.id} facts={submissions} />
            <ProgrammeLink i18n={i18n} visitId={v.id} kind={programme} />
            {auth.user && (
              <p>
                <a href={`/advocacy/visits/${v.id}`}>{i18n.t("visit.advocacyTimeline")}</a>
              </p>
            )}
            <RecordEventForm
              i18n={i18n}
              csrf={auth.user ? auth.csrf : null}
              visitId={v.id}
              values={values}
              problem={problem}
            />
          </>
        }
      />,
      status,
    );
  }

  app.get(VISIT_ID, (c) => visitPage(c));

  app.post(`${VISIT_ID}/events`, async (c) => {
    const id = c.req.param("id");
    if (!c.get("auth").user) return see(c, `/signin?next=/visits/${id}`);
    const f = await formOf(c);
    const values = formValues(f, eventFields);
    const parsed = parseEventForm(values);
    if (!parsed.success) return visitPage(c, values, zodProblem("event", parsed.error), 422);
    try {
      await recordEvent(c.get("deps").db, c.get("auth").actor, id, parsed.data, today(c));
    } catch (err) {
      if (err instanceof AppError && (err.status === 409 || err.status === 422))
        return visitPage(c, values, serviceProblem("event", err), err.status);
      throw err;
    }
    return see(c, `/visits/${id}?done=event#timeline`);
  });

  async function newVisitForm(
    c: AppContext,
    values: Record<string, string | undefined>,
    problem?: FormProblem,
  ) {
    const auth = c.get("auth");
    const i18n = c.get("i18n");
    const choices = await registryChoices(c.get("deps").db, i18n.locale);
    c.header("Cache-Control", "no-store");
    return page(
      c,
      { title: i18n.t("visit.new.title") },
      <NewVisitPage i18n={i18n} csrf={auth.csrf} {...choices} values={values} problem={problem} />,
      problem ? 422 : 200,
    );
  }

  app.get("/visits/new", (c) => {
    if (!c.get("auth").user) return see(c, "/signin?next=/visits/new");
    return newVisitForm(c, { country: c.req.query("country"), mandate: c.req.query("mandate") });
  });

  app.post("/visits/new", async (c) => {
    if (!c.get("auth").user) return see(c, "/signin?next=/visits/new");
    const f = await formOf(c);
    const values = formValues(f, ["country", "mandate", "mandateHolder", ...eventFields]);
    const event = parseEventForm(values);
    if (!event.success) return newVisitForm(c, values, zodProblem("visit", event.error));
    if (!values.country)
      return newVisitForm(c, values, {
        form: "visit",
        message: c.get("i18n").t("visit.new.chooseCountry"),
        field: "country",
      });
    if (!values.mandate)
      return newVisitForm(c, values, {
        form: "visit",
        message: c.get("i18n").t("visit.new.chooseMandate"),
        field: "mandate",
      });
    try {
      const id = await createVisit(
        c.get("deps").db,
        c.get("auth").actor,
        {
          country: values.country,
          mandate: values.mandate,
          mandateHolder: values.mandateHolder ?? null,
          events: [event.data],
        },
        today(c),
      );
      return see(c, `/visits/${id}?done=created`);
    } catch (err) {
      if (err instanceof AppError && err.status === 422)
        return newVisitForm(c, values, serviceProblem("visit", err));
      throw err;
    }
  });
}
