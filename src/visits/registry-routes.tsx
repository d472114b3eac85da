import type { Hono } from "hono";
import { z } from "zod";
import { type CountryWithInvitation, countryName } from "../countries/country";
import { listCountries } from "../countries/store";
import { listMandates } from "../mandates/store";
import type { Actor } from "../platform/access";
import type { Db } from "../platform/db/client";
import type { Api } from "../platform/http/api";
import type { AppContext, AppEnv } from "../platform/http/context";
import { parsePageQuery } from "../platform/http/query";
import { page } from "../platform/http/render";
import type { I18n } from "../platform/i18n";
import { mapMeasures, yearsSince } from "./charts/measures";
import { timelineLayout } from "./charts/timeline";
import {
  type CountryRegistryData,
  type MandateRegistryData,
  MapPage,
  StatsPage,
  type StatsRow,
} from "./registry-views";
import { type StatsSort, sortStats, unansweredDespiteInvitation, withRate } from "./statistics";
import { eventsOf, isPending, lastVisitPerMandate, listVisits, responseCounts } from "./store";
import { listUnofficialVisits } from "./unofficial/store";
import { UnofficialTable } from "./unofficial/views";
import { mandateTitleIn } from "./views";

const StatsQuery = z.object({
  by: z.enum(["country", "mandate"]).default("country"),
  sort: z.enum(["requests", "rate", "median", "pending", "name"]).default("requests"),
});

const today = (c: AppContext) => c.get("deps").clock().toISOString().slice(0, 10);

/** Every State or mandate with at least one visit, with its answer statistics. */
async function statsRows(
  db: Db,
  i18n: I18n,
  by: "country" | "mandate",
  sort: StatsSort,
): Promise<StatsRow[]> {
  const counts = await responseCounts(db, by);
  if (by === "country") {
    const { items } = await listCountries(db, { lang: i18n.locale, limit: 400, offset: 0 });
    const byIso = new Map<string, CountryWithInvitation>(items.map((c) => [c.iso3, c]));
    const rows = counts.map((r) => {
      const country = byIso.get(r.key);
      return {
        ...withRate(r),
        name: country ? countryName(country, i18n.locale) : r.key,
        href: `/countries/${r.key}`,
        standingInvitation: country?.standingInvitation,
      };
    });
    return sortStats(rows, sort, (r) => r.name);
  }
  const { items } = await listMandates(db, { limit: 200, offset: 0 });
  const byId = new Map(items.map((m) => [m.id, m]));
  const rows = counts.map((r) => {
    const m = byId.get(r.key);
    return {
      ...withRate(r),
      name: m ? mandateTitleIn({ mandateTitle: m.title, mandateTitles: m.titles }, i18n.locale) : r.key,
      href: `/mandates/${r.key}`,
    };
  });
  return sortStats(rows, sort, (r) => r.name);
}

const StatsItem = z.object({
  key: z.string().describe("ISO3 code or mandate id"),
  requests: z.number().int(),
  answered: z.number().int(),
  rate: z.number().nullable().describe("Share of requests answered, 0–1"),
  medianDays: z.number().nullable().describe("Median days from request to first answer"),
  pending: z.number().int(),
  visited: z.number().int(),
  lastVisitOn: z.string().nullable(),
});

export function registryApi(api: Api) {
  api.add({
    method: "get",
    path: "/visit-statistics",
    operationId: "visitStatistics",
    summary: "Per State or per mandate: requests, answer rate, median time to answer, pending requests",
    tag: "Visits",
    query: StatsQuery,
    response: z.object({ by: z.enum(["country", "mandate"]), items: z.array(StatsItem) }),
    handler: async ({ query }, c) => {
      const counts = await responseCounts(c.get("deps").db, query.by);
      return { by: query.by, items: sortStats(counts.map(withRate), query.sort, (r) => r.key) };
    },
  });
}

export function registryPages(app: Hono<AppEnv>) {
  app.get("/visits/statistics", async (c) => {
    const query = parsePageQuery(StatsQuery, c.req.query());
    const i18n = c.get("i18n");
    const rows = await statsRows(c.get("deps").db, i18n, query.by, query.sort);
    return page(
      c,
      { title: i18n.t("visits.stats.title") },
      <StatsPage i18n={i18n} by={query.by} sort={query.sort} rows={rows} />,
    );
  });

  app.get("/visits/map", async (c) => {
    const { measure } = parsePageQuery(
      z.object({ measure: z.enum(mapMeasures).default("pending") }),
      c.req.query(),
    );
    const db = c.get("deps").db;
    const i18n = c.get("i18n");
    const now = today(c);
    const [counts, { items }] = await Promise.all([
      responseCounts(db, "country"),
      listCountries(db, { lang: i18n.locale, limit: 400, offset: 0 }),
    ]);
    const byIso = new Map(counts.map((r) => [r.key, r]));
    // Every UN member or observer State is on the map; a State without any visit on record was never visited (as far as we know).
    const values = new Map(
      items
        .filter((country) => country.unStatus !== "non_member" || byIso.has(country.iso3))
        .map((country) => {
          const r = byIso.get(country.iso3);
          const lastVisitOn = r?.lastVisitOn ?? null;
          return [
            country.iso3,
            {
              iso3: country.iso3,
              name: countryName(country, i18n.locale),
              value:
                measure === "pending" ? (r?.pending ?? 0) : lastVisitOn ? yearsSince(lastVisitOn, now) : null,
              lastVisitOn,
            },
          ] as const;
        }),
    );
    return page(
      c,
      { title: i18n.t("visitMap.title") },
      <MapPage i18n={i18n} measure={measure} values={values} />,
    );
  });
}

/** What the country page shows of the registry: statistics, pending requests, timeline, visits. */
export async function countryRegistry(
  db: Db,
  actor: Actor,
  i18n: I18n,
  country: CountryWithInvitation,
  now: string,
): Promise<CountryRegistryData> {
  const [{ items: visits }, [counts], lastVisits, { items: unofficial }] = await Promise.all([
    listVisits(db, { country: country.iso3, limit: 200, offset: 0 }),
    responseCounts(db, "country", { country: country.iso3 }),
    lastVisitPerMandate(db, country.iso3),
    listUnofficialVisits(db, actor, { country: country.iso3, limit: 50, offset: 0 }),
  ]);
  const events = await eventsOf(
    db,
    visits.map((v) => v.id),
  );
  const pending = visits.filter((v) => isPending(v.status));
  const si = country.standingInvitation.status === "unknown" ? null : country.standingInvitation.status;
  return {
    visits,
    stats: counts && withRate(counts),
    lastVisits,
    pending: [...pending].sort((a, b) => (a.requestedOn ?? "").localeCompare(b.requestedOn ?? "")),
    unansweredDespiteInvitation: unansweredDespiteInvitation(si, pending, now).length,
    timeline: timelineLayout(
      visits.map((v) => ({
        id: v.id,
        label: mandateTitleIn(v, i18n.locale),
        requestedOn: v.requestedOn,
        answeredOn: v.answeredOn,
        visitFrom: v.visitFrom,
        visitTo: v.visitTo,
        reportOn: events.get(v.id)?.find((e) => e.type === "report_published")?.date ?? null,
        pending: isPending(v.status),
      })),
      now,
    ),
    unofficial: <UnofficialTable i18n={i18n} items={unofficial} show="mandate" />,
  };
}

/** What the mandate page shows of the registry. */
export async function mandateRegistry(
  db: Db,
  actor: Actor,
  i18n: I18n,
  mandateId: string,
): Promise<MandateRegistryData> {
  const [{ items: visits }, [counts], { items: unofficial }] = await Promise.all([
    listVisits(db, { mandate: mandateId, limit: 200, offset: 0 }),
    responseCounts(db, "mandate", { mandate: mandateId }),
    listUnofficialVisits(db, actor, { mandate: mandateId, limit: 50, offset: 0 }),
  ]);
  return {
    visits,
    stats: counts && withRate(counts),
    pending: visits
      .filter((v) => isPending(v.status))
      .sort((a, b) => (a.requestedOn ?? "").localeCompare(b.requestedOn ?? "")),
    unofficial: <UnofficialTable i18n={i18n} items={unofficial} show="country" />,
  };
}
