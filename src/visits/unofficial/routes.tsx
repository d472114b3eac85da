import type { Hono } from "hono";
import { z } from "zod";
import { coalitionsOf, orgsOf } from "../../accounts/organisations";
import type { Api } from "../../platform/http/api";
import type { AppContext, AppEnv } from "../../platform/http/context";
import { AppError } from "../../platform/http/errors";
import type { FormProblem } from "../../platform/http/fields";
import { formOf, see } from "../../platform/http/forms";
import { paging, parsePageQuery } from "../../platform/http/query";
import { page } from "../../platform/http/render";
import { registryChoices } from "../choices";
import { listVisits } from "../store";
import { datePrecise } from "../views";
import { unofficialVisibilities } from "./policy";
import {
  createUnofficialVisit,
  findUnofficialVisit,
  listUnofficialVisits,
  type UnofficialVisitSummary,
  updateUnofficialVisit,
} from "./store";
import { NewUnofficialPage, UnofficialListPage, UnofficialPage } from "./views";

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2024-03-31");
const Iso3 = z
  .string()
  .regex(/^[A-Za-z]{3}$/, "Use an ISO 3166-1 alpha-3 code, e.g. KEN")
  .transform((s) => s.toUpperCase());
const MandateId = z.string().regex(/^[a-z0-9-]{2,80}$/, "Use a mandate id, e.g. sr-torture");
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

const UnofficialQuery = z.object({ country: Iso3.optional(), mandate: MandateId.optional(), ...paging(50) });

const NewUnofficial = z.object({
  country: Iso3,
  mandate: MandateId,
  mandateHolder: optionalText(200),
  event: z.string().trim().min(3, "Say what the event was").max(300),
  host: z.string().trim().min(2, "Name the host").max(300),
  city: optionalText(120),
  from: IsoDate,
  to: IsoDate,
  outcome: optionalText(4000),
  source: optionalText(500),
  visit: z.string().uuid("Not a visit id").nullable().optional(),
  visibility: z.enum(unofficialVisibilities),
  org: z
    .string()
    .max(80)
    .nullable()
    .optional()
    .describe("The organisation recording it; required unless public"),
  coalition: z.string().max(80).nullable().optional().describe("The coalition that may see it"),
});

const UnofficialVisit = z.object({
  id: z.string(),
  country: z.string(),
  mandate: z.string(),
  mandateHolder: z.string().nullable(),
  event: z.string(),
  host: z.string(),
  city: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  outcome: z.string().nullable(),
  source: z.string().nullable(),
  visit: z.string().nullable().describe("The official visit it led to"),
  visibility: z.enum(unofficialVisibilities),
});

const toApi = (v: UnofficialVisitSummary): z.infer<typeof UnofficialVisit> => ({
  id: v.id,
  country: v.countryIso3,
  mandate: v.mandateId,
  mandateHolder: v.mandateHolder,
  event: v.event,
  host: v.host,
  city: v.city,
  from: v.dateFrom,
  to: v.dateTo,
  outcome: v.outcome,
  source: v.source,
  visit: v.visitId,
  visibility: v.visibility as z.infer<typeof UnofficialVisit>["visibility"],
});

const today = (c: AppContext) => c.get("deps").clock().toISOString().slice(0, 10);

const create = (c: AppContext, body: z.infer<typeof NewUnofficial>) =>
  createUnofficialVisit(
    c.get("deps").db,
    c.get("auth").actor,
    { ...body, orgId: body.org, coalitionId: body.coalition },
    today(c),
  );

export function unofficialApi(api: Api) {
  api.add({
    method: "get",
    path: "/unofficial-visits",
    operationId: "listUnofficialVisits",
    summary: "Unofficial visits the caller may see, newest first",
    tag: "Visits",
    query: UnofficialQuery,
    response: z.object({ items: z.array(UnofficialVisit), total: z.number().int() }),
    handler: async ({ query }, c) => {
      const { items, total } = await listUnofficialVisits(c.get("deps").db, c.get("auth").actor, query);
      return { items: items.map(toApi), total };
    },
  });
  api.add({
    method: "post",
    path: "/unofficial-visits",
    operationId: "createUnofficialVisit",
    summary: "Record an unofficial visit (signed in), public or for one's organisation or coalition",
    tag: "Visits",
    auth: "session",
    status: 201,
    body: NewUnofficial,
    response: z.object({ id: z.string() }),
    errors: {
      403: "Not a member of that organisation",
      422: "Unknown country or mandate, or impossible dates",
    },
    handler: async ({ body }, c) => ({ id: await create(c, body) }),
  });
}

const UnofficialChange = z.object({
  outcome: optionalText(4000),
  visit: z
    .string()
    .uuid("Not a visit id")
    .nullable()
    .optional()
    .describe("The official visit it led to; null unlinks"),
});

const UNOFFICIAL_ID = "/visits/unofficial/:id{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}";

export function unofficialChangeApi(api: Api) {
  api.add({
    method: "patch",
    path: "/unofficial-visits/{id}",
    operationId: "updateUnofficialVisit",
    summary: "Record what came of an unofficial visit: its outcome, the official visit it led to",
    tag: "Visits",
    auth: "session",
    params: z.object({ id: z.string().uuid("Not an unofficial visit id") }),
    body: UnofficialChange,
    response: UnofficialVisit,
    errors: {
      403: "Not one who answers for this record",
      404: "No such unofficial visit",
      422: "Not a visit to this country",
    },
    handler: async ({ params, body }, c) => {
      const { db } = c.get("deps");
      const actor = c.get("auth").actor;
      await updateUnofficialVisit(
        db,
        actor,
        params.id,
        { outcome: body.outcome, visitId: body.visit },
        c.get("deps").clock(),
      );
      return toApi((await findUnofficialVisit(db, actor, params.id)).visit);
    },
  });
}

export function unofficialPages(app: Hono<AppEnv>) {
  app.get("/visits/unofficial", async (c) => {
    const query = parsePageQuery(UnofficialQuery, c.req.query());
    const auth = c.get("auth");
    const { items, total } = await listUnofficialVisits(c.get("deps").db, auth.actor, query);
    const i18n = c.get("i18n");
    if (auth.user) c.header("Cache-Control", "private, no-store");
    return page(
      c,
      { title: i18n.t("unofficial.title") },
      <UnofficialListPage
        i18n={i18n}
        items={items}
        total={total}
        params={{ country: query.country, mandate: query.mandate }}
        limit={query.limit}
        offset={query.offset}
        signedIn={auth.user !== null}
      />,
    );
  });

  async function form(
    c: AppContext,
    values: Record<string, string | undefined>,
    problem?: FormProblem,
    status?: 422 | 403,
  ) {
    const auth = c.get("auth");
    if (!auth.user) return see(c, "/signin?next=/visits/unofficial/new");
    const db = c.get("deps").db;
    const i18n = c.get("i18n");
    const [choices, orgs, coalitions] = await Promise.all([
      registryChoices(db, i18n.locale),
      orgsOf(db, auth.user.id),
      coalitionsOf(db, auth.actor),
    ]);
    c.header("Cache-Control", "no-store");
    return page(
      c,
      { title: i18n.t("unofficial.new.title") },
      <NewUnofficialPage
        i18n={i18n}
        csrf={auth.csrf}
        {...choices}
        orgs={orgs.map((o) => ({ value: o.org.id, label: o.org.name }))}
        coalitions={coalitions.map((k) => ({ value: k.id, label: k.name }))}
        values={values}
        problem={problem}
      />,
      status,
    );
  }

  app.get("/visits/unofficial/new", (c) => form(c, { country: c.req.query("country") }));

  async function detail(c: AppContext, problem?: FormProblem, status?: 403 | 422) {
    const { db } = c.get("deps");
    const auth = c.get("auth");
    const { visit, canEdit } = await findUnofficialVisit(db, auth.actor, c.req.param("id") ?? "");
    const i18n = c.get("i18n");
    const official = canEdit
      ? (await listVisits(db, { country: visit.countryIso3, limit: 200, offset: 0 })).items
      : [];
    if (auth.user) c.header("Cache-Control", "private, no-store");
    return page(
      c,
      { title: visit.event },
      <UnofficialPage
        i18n={i18n}
        visit={visit}
        csrf={auth.csrf}
        canEdit={canEdit}
        officialChoices={official.map((v) => ({
          value: v.id,
          label: `${v.mandateTitles[i18n.locale]?.text ?? v.mandateTitle} (${datePrecise(i18n, v.visitFrom ?? v.requestedOn)})`,
        }))}
        problem={problem}
        done={c.req.query("done") === "1"}
      />,
      status,
    );
  }

  app.get(UNOFFICIAL_ID, (c) => detail(c));

  app.post(UNOFFICIAL_ID, async (c) => {
    const id = c.req.param("id");
    if (!c.get("auth").user) return see(c, `/signin?next=/visits/unofficial/${id}`);
    const f = await formOf(c);
    const parsed = UnofficialChange.safeParse({
      outcome: f("outcome").trim() || null,
      visit: f("visit") || null,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return detail(
        c,
        { form: "outcome", message: issue?.message ?? "", field: String(issue?.path[0] ?? "") },
        422,
      );
    }
    try {
      await updateUnofficialVisit(
        c.get("deps").db,
        c.get("auth").actor,
        id,
        { outcome: parsed.data.outcome, visitId: parsed.data.visit },
        c.get("deps").clock(),
      );
    } catch (err) {
      if (err instanceof AppError && (err.status === 422 || err.status === 403))
        return detail(c, { form: "outcome", message: err.message, field: "visit" }, err.status);
      throw err;
    }
    return see(c, `/visits/unofficial/${id}?done=1`);
  });

  app.post("/visits/unofficial/new", async (c) => {
    if (!c.get("auth").user) return see(c, "/signin?next=/visits/unofficial/new");
    const f = await formOf(c);
    const values = Object.fromEntries(
      [...NewUnofficial.keyof().options].map((k) => [k, f(k) || undefined] as const),
    ) as Record<string, string | undefined>;
    const parsed = NewUnofficial.safeParse(values);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return form(
        c,
        values,
        { form: "unofficial", message: issue?.message ?? "", field: String(issue?.path[0] ?? "") },
        422,
      );
    }
    try {
      const id = await create(c, parsed.data);
      return see(c, `/visits/unofficial?country=${parsed.data.country}&done=${id}`);
    } catch (err) {
      if (err instanceof AppError && (err.status === 422 || err.status === 403)) {
        const details = Array.isArray(err.details) ? (err.details as { path?: string }[]) : [];
        return form(
          c,
          values,
          { form: "unofficial", message: err.message, field: details[0]?.path },
          err.status,
        );
      }
      throw err;
    }
  });
}
