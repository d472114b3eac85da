import type { Hono } from "hono";
import { z } from "zod";
import { followControl } from "../alerts/follow";
import { listMandates } from "../mandates/store";
import type { Api } from "../platform/http/api";
import type { AppEnv } from "../platform/http/context";
import { notFound } from "../platform/http/errors";
import { paging, parsePageQuery } from "../platform/http/query";
import { page } from "../platform/http/render";
import { countryRegistry } from "../visits/registry-routes";
import { CountryRegistry } from "../visits/registry-views";
import { CountryWithInvitation, countryName, SiStatus, UnStatus } from "./country";
import { countryFacets, getCountry, listCountries } from "./store";
import { CountryList, CountryPage } from "./views";

const CountryQuery = z.object({
  q: z.string().max(200).optional().describe("Text in a name (any UN language) or an ISO code"),
  region: z.string().max(80).optional().describe("Geographic region, e.g. Africa"),
  group: z.string().max(80).optional().describe("UN regional group, e.g. African Group"),
  un: UnStatus.optional(),
  si: SiStatus.optional().describe("Standing invitation: yes, no, or unknown (not in our incomplete list)"),
  sort: z.enum(["name", "iso3"]).optional(),
  ...paging(50, 300),
});

const Iso3 = z.object({
  iso3: z
    .string()
    .regex(/^[A-Za-z]{3}$/, "Use an ISO 3166-1 alpha-3 code, e.g. KEN")
    .transform((s) => s.toUpperCase()),
});

export function countriesApi(api: Api) {
  api.add({
    method: "get",
    path: "/countries",
    operationId: "listCountries",
    summary: "List countries and territories with UN status and standing invitation",
    tag: "Reference",
    query: CountryQuery,
    response: z.object({ items: z.array(CountryWithInvitation), total: z.number().int() }),
    handler: ({ query }, c) => listCountries(c.get("deps").db, { ...query, lang: c.get("i18n").locale }),
  });
  api.add({
    method: "get",
    path: "/countries/{iso3}",
    operationId: "getCountry",
    summary: "One country, with its standing invitation and the source of each fact",
    tag: "Reference",
    params: Iso3,
    response: CountryWithInvitation,
    errors: { 404: "No country with this code" },
    handler: async ({ params }, c) => {
      const country = await getCountry(c.get("deps").db, params.iso3);
      if (!country) throw notFound(`The country ${params.iso3}`);
      return country;
    },
  });
}

export function countriesPages(app: Hono<AppEnv>) {
  app.get("/countries", async (c) => {
    const query = parsePageQuery(CountryQuery, c.req.query());
    const db = c.get("deps").db;
    const i18n = c.get("i18n");
    const [{ items, total }, facets] = await Promise.all([
      listCountries(db, { ...query, lang: i18n.locale }),
      countryFacets(db),
    ]);
    const { limit, offset, ...params } = query;
    return page(
      c,
      { title: i18n.t("countries.title") },
      <CountryList
        i18n={i18n}
        items={items}
        total={total}
        params={params}
        facets={facets}
        limit={limit}
        offset={offset}
      />,
    );
  });

  app.get("/countries/:iso3", async (c) => {
    const parsed = Iso3.safeParse(c.req.param());
    if (!parsed.success) throw notFound("This country");
    const db = c.get("deps").db;
    const country = await getCountry(db, parsed.data.iso3);
    if (!country) throw notFound("This country");
    const i18n = c.get("i18n");
    const now = c.get("deps").clock().toISOString().slice(0, 10);
    const auth = c.get("auth");
    const [{ items: mandates }, registry, follow] = await Promise.all([
      listMandates(db, { country: country.iso3, limit: 20, offset: 0 }),
      countryRegistry(db, auth.actor, i18n, country, now),
      followControl(c, "country", country.iso3),
    ]);
    // Unofficial visits shown to members only: never cache a signed-in view.
    if (auth.user) c.header("Cache-Control", "private, no-store");
    return page(
      c,
      { title: countryName(country, i18n.locale) },
      <CountryPage
        i18n={i18n}
        country={country}
        mandates={mandates}
        registry={
          <CountryRegistry i18n={i18n} country={country} data={{ ...registry, follow }} today={now} />
        }
      />,
    );
  });
}
