import type { Child } from "hono/jsx";
import { countryName } from "../countries/country";
import { ListPage, ProvenanceNote, Select } from "../platform/http/components";
import { queryString } from "../platform/http/query";
import type { I18n, MessageKey } from "../platform/i18n";
import { RegistryNav } from "./registry-views";
import { type Inconsistency, type VisitFacts, visitStatuses } from "./status";
import type { VisitEventRow, VisitSummary } from "./store";

export const statusKey = (s: string) => `visit.status.${s}` as MessageKey;
const eventKey = (s: string) => `visit.event.${s}` as MessageKey;

export function mandateTitleIn(
  v: Pick<VisitSummary, "mandateTitle" | "mandateTitles">,
  locale: string,
): string {
  return v.mandateTitles[locale]?.text ?? v.mandateTitle;
}

/** A date as precise as the source is: "2018" for a year, "March 2019" for a month. */
export function datePrecise(
  i18n: I18n,
  date: string | null,
  precision: "day" | "month" | "year" = "day",
): string {
  if (!date) return "—";
  if (precision === "year") return date.slice(0, 4);
  if (precision === "month") {
    return new Intl.DateTimeFormat(i18n.locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
      new Date(`${date}T00:00:00Z`),
    );
  }
  return i18n.formatDate(date);
}

function visitWhen(i18n: I18n, v: VisitSummary): string {
  if (v.visitFrom && v.visitTo)
    return `${i18n.formatDate(v.visitFrom, "short")} – ${i18n.formatDate(v.visitTo, "short")}`;
  if (v.visitFrom) return i18n.formatDate(v.visitFrom, "short");
  if (v.requestedOn) return i18n.t("visit.requestedOn", { date: i18n.formatDate(v.requestedOn, "short") });
  return "—";
}

export function VisitTable({
  i18n,
  items,
  show,
}: {
  i18n: I18n;
  items: VisitSummary[];
  show: "country" | "mandate" | "both";
}) {
  const { t } = i18n;
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            {show !== "mandate" && <th scope="col">{t("visits.col.country")}</th>}
            {show !== "country" && <th scope="col">{t("visits.col.mandate")}</th>}
            <th scope="col">{t("visits.col.status")}</th>
            <th scope="col">{t("visits.col.when")}</th>
            <th scope="col">{t("visits.col.report")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((v) => (
            <tr>
              {show !== "mandate" && (
                <td>
                  <a href={`/visits/${v.id}`}>{countryName({ names: v.countryNames }, i18n.locale)}</a>
                </td>
              )}
              {show !== "country" && (
                <td>
                  {show === "mandate" ? (
                    <a href={`/visits/${v.id}`}>{mandateTitleIn(v, i18n.locale)}</a>
                  ) : (
                    mandateTitleIn(v, i18n.locale)
                  )}
                </td>
              )}
              <td>
                <span class={`status status-${v.status}`}>{t(statusKey(v.status))}</span>
                {v.reminders > 0 && (
                  <span class="muted"> · {t("visit.reminders", { count: v.reminders })}</span>
                )}
              </td>
              <td>{visitWhen(i18n, v)}</td>
              <td>{v.reportSymbol ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The country and mandate boxes of a filter form (codes, as in the addresses of the API). */
export function CountryMandateFilters({
  i18n,
  params,
}: {
  i18n: I18n;
  params: { country?: string; mandate?: string };
}) {
  return (
    <>
      <div class="field">
        <label for="vcountry">{i18n.t("visits.filter.country")}</label>
        <input
          id="vcountry"
          name="country"
          type="text"
          value={params.country ?? ""}
          maxlength={3}
          size={5}
          autocomplete="off"
        />
      </div>
      <div class="field">
        <label for="vmandate">{i18n.t("visits.filter.mandate")}</label>
        <input id="vmandate" name="mandate" type="text" value={params.mandate ?? ""} />
      </div>
    </>
  );
}

export interface VisitListParams {
  country?: string;
  mandate?: string;
  region?: string;
  year?: string;
  status?: string;
  sort?: string;
}

export function VisitList({
  i18n,
  items,
  total,
  params,
  limit,
  offset,
  regions,
  signedIn,
  canImport,
}: {
  i18n: I18n;
  items: VisitSummary[];
  total: number;
  params: VisitListParams;
  limit: number;
  offset: number;
  regions: string[];
  signedIn: boolean;
  canImport: boolean;
}) {
  const { t } = i18n;
  return (
    <>
      <RegistryNav i18n={i18n} current="/visits" />
      <ListPage
        i18n={i18n}
        title={t("visits.title")}
        intro={t("visits.intro")}
        path="/visits"
        count={t("visits.count", { count: total })}
        empty={items.length === 0}
        emptyTitle={t("visits.empty")}
        params={{ ...params }}
        total={total}
        limit={limit}
        offset={offset}
        filters={
          <>
            <CountryMandateFilters i18n={i18n} params={params} />
            <Select
              id="region"
              label={t("visits.filter.region")}
              value={params.region}
              options={[
                { value: "", label: t("filters.any") },
                ...regions.map((r) => ({ value: r, label: r })),
              ]}
            />
            <div class="field">
              <label for="vyear">{t("visits.filter.year")}</label>
              <input id="vyear" name="year" type="number" min={1980} max={2100} value={params.year ?? ""} />
            </div>
            <Select
              id="status"
              label={t("visits.filter.status")}
              value={params.status}
              options={[
                { value: "", label: t("filters.any") },
                ...visitStatuses.map((s) => ({ value: s, label: t(statusKey(s)) })),
              ]}
            />
            <Select
              id="sort"
              label={t("filters.sort")}
              value={params.sort}
              options={[
                { value: "", label: t("visits.sort.recent") },
                { value: "oldest", label: t("visits.sort.oldest") },
                { value: "country", label: t("visits.sort.country") },
              ]}
            />
          </>
        }
        after={
          <p>
            {total > 0 && (
              <>
                <a href={`/visits.csv${queryString(params)}`} download>
                  {t("visits.downloadCsv")}
                </a>{" "}
                ·{" "}
                <a href={`/visits.xlsx${queryString(params)}`} download>
                  {t("visits.downloadXlsx")}
                </a>
              </>
            )}
            {signedIn && (
              <>
                {total > 0 && " · "}
                <a href="/visits/new">{t("visits.nav.record")}</a>
              </>
            )}
            {canImport && (
              <>
                {" · "}
                <a href="/visits/import">{t("visitImport.link")}</a>
              </>
            )}
          </p>
        }
      >
        <VisitTable i18n={i18n} items={items} show="both" />
      </ListPage>
    </>
  );
}

/** Request age, answer delay and time to report, where the log tells them. */
function derivedFacts(i18n: I18n, f: VisitFacts): string[] {
  const facts: string[] = [];
  if (f.requestAgeDays !== null && (f.pending || f.answeredOn))
    facts.push(
      i18n.t(f.pending ? "visit.facts.requestAge" : "visit.facts.answeredAfter", { days: f.requestAgeDays }),
    );
  if (f.reminders > 0) facts.push(i18n.t("visit.reminders", { count: f.reminders }));
  if (f.monthsToReport !== null)
    facts.push(i18n.t("visit.facts.monthsToReport", { months: Math.max(0, f.monthsToReport) }));
  return facts;
}

function inconsistencyText(i18n: I18n, x: Inconsistency): string {
  return i18n.t(`visit.issue.${x.kind}` as MessageKey, {
    type: "type" in x ? i18n.t(eventKey(x.type)) : "",
    date: "date" in x ? x.date : "to" in x ? x.to : "",
  });
}

export function VisitPage({
  i18n,
  visit: v,
  events,
  recorders,
  facts,
  follow,
  after,
}: {
  i18n: I18n;
  visit: VisitSummary;
  events: VisitEventRow[];
  /** Names of those who recorded events, for readers allowed to see them. */
  recorders: ReadonlyMap<string, string>;
  /** What the event log says, derived afresh for today. */
  facts: VisitFacts;
  follow?: Child;
  after?: Child;
}) {
  const { t } = i18n;
  return (
    <article>
      <p class="breadcrumb">
        <a href="/visits">{t("visits.title")}</a>
      </p>
      <h1>
        {countryName({ names: v.countryNames }, i18n.locale)}: {mandateTitleIn(v, i18n.locale)}
      </h1>
      {follow}
      <dl class="facts">
        <dt>{t("visits.col.status")}</dt>
        <dd>
          <span class={`status status-${v.status}`}>{t(statusKey(v.status))}</span>
        </dd>
        <dt>{t("visits.col.country")}</dt>
        <dd>
          <a href={`/countries/${v.countryIso3}`}>{countryName({ names: v.countryNames }, i18n.locale)}</a>
        </dd>
        <dt>{t("visits.col.mandate")}</dt>
        <dd>
          <a href={`/mandates/${v.mandateId}`}>{mandateTitleIn(v, i18n.locale)}</a>
          {v.mandateAsPublished && v.mandateAsPublished !== v.mandateTitle && (
            <span class="muted"> ({t("visit.asPublished", { name: v.mandateAsPublished })})</span>
          )}
        </dd>
        {v.mandateHolder && (
          <>
            <dt>{t("mandate.holder")}</dt>
            <dd>{v.mandateHolder}</dd>
          </>
        )}
        <dt>{t("visits.col.when")}</dt>
        <dd>{visitWhen(i18n, v)}</dd>
        {derivedFacts(i18n, facts).length > 0 && (
          <>
            <dt>{t("visit.facts.heading")}</dt>
            {derivedFacts(i18n, facts).map((fact) => (
              <dd>{fact}</dd>
            ))}
          </>
        )}
        {v.reportSymbol && (
          <>
            <dt>{t("visits.col.report")}</dt>
            <dd>{v.reportSymbol}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="timeline">
        <h2 id="timeline">{t("visit.timeline")}</h2>
        <ol class="timeline">
          {events.map((e) => (
            <li>
              <p>
                <strong>{datePrecise(i18n, e.date, e.precision)}</strong> — {t(eventKey(e.type))}
                {e.symbol ? ` (${e.symbol})` : ""}
                {e.session ? ` · ${t("visit.session", { session: e.session })}` : ""}
              </p>
              {e.note && <p class="muted">{e.note}</p>}
              {(e.source || (e.recordedBy && recorders.has(e.recordedBy))) && (
                <p class="muted small">
                  {e.source && t("visit.event.source", { source: e.source })}
                  {e.source && e.recordedBy && recorders.has(e.recordedBy) && " · "}
                  {e.recordedBy &&
                    recorders.has(e.recordedBy) &&
                    t("visit.event.recordedBy", { name: recorders.get(e.recordedBy) ?? "" })}
                </p>
              )}
            </li>
          ))}
        </ol>
      </section>
      {v.inconsistencies.length > 0 && (
        <section aria-labelledby="issues" class="notice">
          <h2 id="issues">{t("visit.issues")}</h2>
          <ul>
            {v.inconsistencies.map((x) => (
              <li>{inconsistencyText(i18n, x)}</li>
            ))}
          </ul>
        </section>
      )}
      {after}
      <ProvenanceNote i18n={i18n} provenance={v.provenance} />
    </article>
  );
}
