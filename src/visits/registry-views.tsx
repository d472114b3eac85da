import type { Child } from "hono/jsx";
import { type CountryWithInvitation, countryName } from "../countries/country";
import { StandingInvitationSummary } from "../countries/views";
import { EmptyState, Select } from "../platform/http/components";
import type { I18n, MessageKey } from "../platform/i18n";
import { type MapMeasure, mapMeasures } from "./charts/measures";
import type { TimelineLayout } from "./charts/timeline";
import { type MapValue, TimelineChart, tooltip, WorldMap } from "./charts/views";
import { daysBetween, type ResponseStats, type StatsSort } from "./statistics";
import type { LastVisit, VisitSummary } from "./store";
import { mandateTitleIn, VisitTable } from "./views";

/** The registry's own pages, linked from the visits list. */
export function RegistryNav({ i18n, current }: { i18n: I18n; current?: string }) {
  const links: [string, MessageKey][] = [
    ["/visits", "visits.title"],
    ["/visits/statistics", "visits.nav.statistics"],
    ["/visits/map", "visits.nav.map"],
    ["/visits/unofficial", "visits.nav.unofficial"],
  ];
  return (
    <nav class="subnav" aria-label={i18n.t("visits.title")}>
      <ul>
        {links.map(([href, key]) => (
          <li>
            <a href={href} aria-current={current === href ? "page" : undefined}>
              {i18n.t(key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Rate({ i18n, rate }: { i18n: I18n; rate: number | null }) {
  return <>{rate === null ? "—" : i18n.t("visits.stats.percent", { rate })}</>;
}

function Days({ i18n, days }: { i18n: I18n; days: number | null }) {
  return <>{days === null ? "—" : i18n.t("visits.stats.days", { days: Math.round(days) })}</>;
}

export interface StatsRow extends ResponseStats {
  name: string;
  href: string;
  standingInvitation?: CountryWithInvitation["standingInvitation"];
}

export function StatsPage({
  i18n,
  by,
  sort,
  rows,
}: {
  i18n: I18n;
  by: "country" | "mandate";
  sort: StatsSort;
  rows: StatsRow[];
}) {
  const { t } = i18n;
  const sorts: StatsSort[] = ["requests", "rate", "median", "pending", "name"];
  return (
    <>
      <RegistryNav i18n={i18n} current="/visits/statistics" />
      <h1>{t("visits.stats.title")}</h1>
      <p class="lead">{t("visits.stats.intro")}</p>
      <form class="filters" method="get" action="/visits/statistics">
        <Select
          id="by"
          label={t("visits.stats.by")}
          value={by}
          options={[
            { value: "country", label: t("visits.stats.byCountry") },
            { value: "mandate", label: t("visits.stats.byMandate") },
          ]}
        />
        <Select
          id="sort"
          label={t("filters.sort")}
          value={sort}
          options={sorts.map((s) => ({ value: s, label: t(`visits.stats.sort.${s}` as MessageKey) }))}
        />
        <button type="submit">{t("filters.apply")}</button>
      </form>
      {rows.length === 0 ? (
        <EmptyState title={t("visits.stats.none")} />
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">
                  {by === "country" ? t("visits.stats.byCountry") : t("visits.stats.byMandate")}
                </th>
                <th scope="col" class="num">
                  {t("visits.stats.col.requests")}
                </th>
                <th scope="col" class="num">
                  {t("visits.stats.col.rate")}
                </th>
                <th scope="col" class="num">
                  {t("visits.stats.col.median")}
                </th>
                <th scope="col" class="num">
                  {t("visits.stats.col.pending")}
                </th>
                <th scope="col" class="num">
                  {t("visits.stats.col.visited")}
                </th>
                {by === "country" && <th scope="col">{t("visits.stats.col.si")}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <th scope="row">
                    <a href={r.href}>{r.name}</a>
                  </th>
                  <td class="num">{i18n.formatNumber(r.requests)}</td>
                  <td class="num">
                    <Rate i18n={i18n} rate={r.rate} />
                  </td>
                  <td class="num">
                    <Days i18n={i18n} days={r.medianDays} />
                  </td>
                  <td class="num">{i18n.formatNumber(r.pending)}</td>
                  <td class="num">{i18n.formatNumber(r.visited)}</td>
                  {by === "country" && (
                    <td>
                      {r.standingInvitation && (
                        <StandingInvitationSummary i18n={i18n} si={r.standingInvitation} />
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p class="muted">{t("visits.stats.caveat")}</p>
    </>
  );
}

export function MapPage({
  i18n,
  measure,
  values,
}: {
  i18n: I18n;
  measure: MapMeasure;
  values: Map<string, MapValue & { iso3: string; lastVisitOn: string | null }>;
}) {
  const { t } = i18n;
  const listed = [...values.values()]
    .filter((v) => (measure === "pending" ? (v.value ?? 0) > 0 : true))
    .sort((a, b) =>
      measure === "pending"
        ? (b.value ?? 0) - (a.value ?? 0) || a.name.localeCompare(b.name)
        : (b.value ?? Number.POSITIVE_INFINITY) - (a.value ?? Number.POSITIVE_INFINITY) ||
          a.name.localeCompare(b.name),
    );
  return (
    <>
      <RegistryNav i18n={i18n} current="/visits/map" />
      <h1>{t("visitMap.title")}</h1>
      <p class="lead">{t("visitMap.intro")}</p>
      <form class="filters" method="get" action="/visits/map">
        <Select
          id="measure"
          label={t("visitMap.measure")}
          value={measure}
          options={mapMeasures.map((m) => ({ value: m, label: t(`visitMap.measure.${m}` as MessageKey) }))}
        />
        <button type="submit">{t("filters.apply")}</button>
      </form>
      <WorldMap i18n={i18n} measure={measure} values={values} />
      <h2 id="map-table">{t("visitMap.table")}</h2>
      <div class="table-wrap">
        <table aria-labelledby="map-table">
          <thead>
            <tr>
              <th scope="col">{t("visits.col.country")}</th>
              <th scope="col">{t(`visitMap.col.value.${measure}` as MessageKey)}</th>
            </tr>
          </thead>
          <tbody>
            {listed.map((v) => (
              <tr>
                <th scope="row">
                  <a href={`/countries/${v.iso3}`}>{v.name}</a>
                </th>
                <td>
                  {measure === "pending"
                    ? i18n.formatNumber(v.value ?? 0)
                    : v.lastVisitOn
                      ? `${i18n.formatDate(v.lastVisitOn, "short")} (${tooltip(i18n, measure, v).split(": ")[1]})`
                      : t("visitMap.class.never")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="muted">{t("visits.stats.caveat")}</p>
    </>
  );
}

/** Requests, answer rate and median delay in one sentence and three figures. */
function StatsSummary({ i18n, stats }: { i18n: I18n; stats: ResponseStats | undefined }) {
  const { t } = i18n;
  if (!stats || stats.requests === 0) return <p>{t("visits.stats.none")}</p>;
  return (
    <dl class="facts">
      <dt>{t("visits.stats.col.requests")}</dt>
      <dd>{i18n.formatNumber(stats.requests)}</dd>
      <dt>{t("visits.stats.col.rate")}</dt>
      <dd>
        <Rate i18n={i18n} rate={stats.rate} /> (
        {t("visits.stats.summary", { requests: stats.requests, answered: stats.answered })})
      </dd>
      <dt>{t("visits.stats.col.median")}</dt>
      <dd>
        <Days i18n={i18n} days={stats.medianDays} />
      </dd>
      <dt>{t("visits.stats.col.pending")}</dt>
      <dd>{i18n.formatNumber(stats.pending)}</dd>
    </dl>
  );
}

function PendingTable({
  i18n,
  pending,
  today,
  show,
}: {
  i18n: I18n;
  pending: VisitSummary[];
  today: string;
  show: "country" | "mandate";
}) {
  const { t } = i18n;
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{show === "mandate" ? t("visits.col.mandate") : t("visits.col.country")}</th>
            <th scope="col">{t("visits.col.when")}</th>
            <th scope="col" class="num">
              {t("country.pendingList.col.age")}
            </th>
            <th scope="col" class="num">
              {t("country.pendingList.col.reminders")}
            </th>
          </tr>
        </thead>
        <tbody>
          {pending.map((v) => (
            <tr>
              <th scope="row">
                <a href={`/visits/${v.id}`}>
                  {show === "mandate"
                    ? mandateTitleIn(v, i18n.locale)
                    : countryName({ names: v.countryNames }, i18n.locale)}
                </a>
              </th>
              <td>{v.requestedOn ? i18n.formatDate(v.requestedOn, "short") : "—"}</td>
              <td class="num">
                <Days i18n={i18n} days={v.requestedOn ? daysBetween(v.requestedOn, today) : null} />
              </td>
              <td class="num">{i18n.formatNumber(v.reminders)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Feeds({ i18n, atom, ics }: { i18n: I18n; atom: string; ics: string }) {
  return (
    <p class="feeds">
      <a href={atom} type="application/atom+xml">
        {i18n.t("feeds.atom")}
      </a>{" "}
      ·{" "}
      <a href={ics} type="text/calendar">
        {i18n.t("feeds.ics")}
      </a>
    </p>
  );
}

export interface CountryRegistryData {
  visits: VisitSummary[];
  stats: ResponseStats | undefined;
  lastVisits: LastVisit[];
  pending: VisitSummary[];
  unansweredDespiteInvitation: number;
  timeline: TimelineLayout;
  unofficial: Child;
  follow?: Child;
}

/** What the registry knows of one country, for its page. */
export function CountryRegistry({
  i18n,
  country,
  data,
  today,
}: {
  i18n: I18n;
  country: CountryWithInvitation;
  data: CountryRegistryData;
  today: string;
}) {
  const { t } = i18n;
  const name = countryName(country, i18n.locale);
  return (
    <>
      <section aria-labelledby="visits-heading">
        <h2 id="visits-heading">{t("country.visits")}</h2>
        {data.follow}
        {data.unansweredDespiteInvitation > 0 && (
          <p class="notice">{t("country.si.unanswered", { count: data.unansweredDespiteInvitation })}</p>
        )}
        <h3>{t("country.stats.heading")}</h3>
        <StatsSummary i18n={i18n} stats={data.stats} />
        {data.pending.length > 0 && (
          <>
            <h3>{t("country.pendingList.heading")}</h3>
            <PendingTable i18n={i18n} pending={data.pending} today={today} show="mandate" />
          </>
        )}
        <h3>{t("country.lastVisits.heading")}</h3>
        {data.lastVisits.length ? (
          <ul>
            {data.lastVisits.map((v) => (
              <li>
                <a href={`/visits/${v.id}`}>{mandateTitleIn(v, i18n.locale)}</a>:{" "}
                {v.visitFrom ? i18n.formatDate(v.visitFrom, "short") : "—"}
                {v.reportSymbol ? ` · ${v.reportSymbol}` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("country.lastVisits.none")}</p>
        )}
        {data.timeline.rows.length > 0 && (
          <>
            <h3>{t("country.timeline.heading")}</h3>
            <TimelineChart
              i18n={i18n}
              layout={data.timeline}
              label={t("country.timeline.label", { country: name })}
            />
          </>
        )}
        {data.visits.length ? (
          <VisitTable i18n={i18n} items={data.visits} show="mandate" />
        ) : (
          <p>{t("country.noVisits")}</p>
        )}
        <Feeds
          i18n={i18n}
          atom={`/feeds/countries/${country.iso3}.atom`}
          ics={`/feeds/visits.ics?country=${country.iso3}`}
        />
        <p>
          <a href={`/visits/new?country=${country.iso3}`}>{t("visits.nav.record")}</a>
        </p>
      </section>
      <section aria-labelledby="unofficial-heading">
        <h2 id="unofficial-heading">{t("country.unofficial.heading")}</h2>
        {data.unofficial}
      </section>
    </>
  );
}

export interface MandateRegistryData {
  visits: VisitSummary[];
  stats: ResponseStats | undefined;
  pending: VisitSummary[];
  unofficial: Child;
  follow?: Child;
}

/** What the registry knows of one mandate, for its page. */
export function MandateRegistry({
  i18n,
  mandateId,
  data,
  today,
}: {
  i18n: I18n;
  mandateId: string;
  data: MandateRegistryData;
  today: string;
}) {
  const { t } = i18n;
  return (
    <>
      <section aria-labelledby="mvisits-heading">
        <h2 id="mvisits-heading">{t("mandate.visits")}</h2>
        {data.follow}
        <h3>{t("mandate.stats.heading")}</h3>
        <StatsSummary i18n={i18n} stats={data.stats} />
        {data.pending.length > 0 && (
          <>
            <h3>{t("mandate.pendingList.heading")}</h3>
            <PendingTable i18n={i18n} pending={data.pending} today={today} show="country" />
          </>
        )}
        {data.visits.length > 0 && <VisitTable i18n={i18n} items={data.visits} show="country" />}
        <Feeds
          i18n={i18n}
          atom={`/feeds/mandates/${mandateId}.atom`}
          ics={`/feeds/visits.ics?mandate=${mandateId}`}
        />
      </section>
      <section aria-labelledby="munofficial-heading">
        <h2 id="munofficial-heading">{t("unofficial.title")}</h2>
        {data.unofficial}
      </section>
    </>
  );
}
