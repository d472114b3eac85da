import type { Hono } from "hono";
import { z } from "zod";
import { followControl } from "../alerts/follow";
import { countryName } from "../countries/country";
import { getCountry } from "../countries/store";
import type { Api } from "../platform/http/api";
import type { AppEnv } from "../platform/http/context";
import { notFound } from "../platform/http/errors";
import { paging, parsePageQuery } from "../platform/http/query";
import { page } from "../platform/http/render";
import { mandateRegistry } from "../visits/registry-routes";
import { MandateRegistry } from "../visits/registry-views";
import { Mandate, MandateKind, MandateScope } from "./mandate";
import { getMandate, listMandates } from "./store";
import { MandateList, MandatePage, mandateTitle } from "./views";

const MandateQuery = z.object({
  kind: MandateKind.optional(),
  scope: MandateScope.optional(),
  country: z
    .string()
    .regex(/^[A-Z]{3}$/, "Use an ISO 3166-1 alpha-3 code, e.g. MMR")
    .optional()
    .describe("Country mandates covering this country"),
  q: z.string().max(200).optional().describe("Text in a title or short name"),
  sort: z.enum(["title", "established", "-established"]).optional(),
  ...paging(100),
});

const MandateId = z.object({ id: z.string().regex(/^[a-z0-9-]{2,80}$/, "Not a mandate id") });

export function mandatesApi(api: Api) {
  api.add({
    method: "get",
    path: "/mandates",
    operationId: "listMandates",
    summary: "List Special Procedures mandates",
    tag: "Reference",
    query: MandateQuery,
    response: z.object({ items: z.array(Mandate), total: z.number().int() }),
    handler: ({ query }, c) => listMandates(c.get("deps").db, query),
  });
  api.add({
    method: "get",
    path: "/mandates/{id}",
    operationId: "getMandate",
    summary: "One mandate, with the provenance of its facts",
    tag: "Reference",
    params: MandateId,
    response: Mandate,
    errors: { 404: "No mandate with this id" },
    handler: async ({ params }, c) => {
      const m = await getMandate(c.get("deps").db, params.id);
      if (!m) throw notFound(`The mandate ${params.id}`);
      return m;
    },
  });
}

export function mandatesPages(app: Hono<AppEnv>) {
  app.get("/mandates", async (c) => {
    const query = parsePageQuery(MandateQuery, c.req.query());
    const { items, total } = await listMandates(c.get("deps").db, query);
    const i18n = c.get("i18n");
    return page(
      c,
      { title: i18n.t("mandates.title") },
      <MandateList
        i18n={i18n}
        items={items}
        total={total}
        params={{ q: query.q, kind: query.kind, scope: query.scope, sort: query.sort }}
        limit={query.limit}
        offset={query.offset}
      />,
    );
  });

  app.get("/mandates/:id", async (c) => {
    const db = c.get("deps").db;
    const m = await getMandate(db, c.req.param("id"));
    if (!m) throw notFound("This mandate");
    const i18n = c.get("i18n");
    const auth = c.get("auth");
    const [country, registry, follow] = await Promise.all([
      m.countryIso3 ? getCountry(db, m.countryIso3) : undefined,
      mandateRegistry(db, auth.actor, i18n, m.id),
      followControl(c, "mandate", m.id),
    ]);
    if (auth.user) c.header("Cache-Control", "private, no-store");
    const now = c.get("deps").clock().toISOString().slice(0, 10);
    return page(
      c,
      { title: mandateTitle(m, i18n.locale) },
      <MandatePage
        i18n={i18n}
        mandate={m}
        countryName={country ? countryName(country, i18n.locale) : undefined}
        registry={<MandateRegistry i18n={i18n} mandateId={m.id} data={{ ...registry, follow }} today={now} />}
      />,
    );
  });
}
