import type { Child } from "hono/jsx";
import type { Mandate } from "../mandates/mandate";
import { MandateTitle } from "../mandates/views";
import { ConfidenceBadge, ListPage, ProvenanceNote, Select } from "../platform/http/components";
import type { I18n, MessageKey } from "../platform/i18n";
import { type CountryWithInvitation, countryName, type StandingInvitation } from "./country";
import { UN_LANGUAGES } from "./reference";

export interface CountryListParams {
  q?: string;
  region?: string;
  group?: string;
  un?: string;
  si?: string;
  sort?: string;
}

const siKey = (s: StandingInvitation["status"]) => `country.si.${s}` as MessageKey;
const unKey = (s: string) => `country.un.${s}` as MessageKey;

export function StandingInvitationSummary({ i18n, si }: { i18n: I18n; si: StandingInvitation }) {
  const { t } = i18n;
  return (
    <span class={`si si-${si.status}`}>
      {t(siKey(si.status))}
      {si.date
        ? ` (${i18n.formatDate(si.date)})`
        : si.onOrBefore && si.status === "yes"
          ? ` (${t("country.si.onOrBefore", { date: i18n.formatDate(si.onOrBefore) })})`
          : ""}
    </span>
  );
}

export function CountryList({
  i18n,
  items,
  total,
  params,
  facets,
  limit,
  offset,
}: {
  i18n: I18n;
  items: CountryWithInvitation[];
  total: number;
  params: CountryListParams;
  facets: { regions: string[]; groups: string[] };
  limit: number;
  offset: number;
}) {
  const { t } = i18n;
  const any = { value: "", label: t("filters.any") };
  return (
    <ListPage
      i18n={i18n}
      title={t("countries.title")}
      intro={t("countries.intro")}
      path="/countries"
      count={t("countries.count", { count: total })}
      empty={items.length === 0}
      emptyTitle={t("countries.empty")}
      params={{ ...params }}
      total={total}
      limit={limit}
      offset={offset}
      filters={
        <>
          <div class="field">
            <label for="cq">{t("filters.text")}</label>
            <input id="cq" name="q" type="text" value={params.q ?? ""} />
          </div>
          <Select
            id="region"
            label={t("countries.filter.region")}
            value={params.region}
            options={[any, ...facets.regions.map((r) => ({ value: r, label: r }))]}
          />
          <Select
            id="group"
            label={t("countries.filter.group")}
            value={params.group}
            options={[any, ...facets.groups.map((g) => ({ value: g, label: g }))]}
          />
          <Select
            id="si"
            label={t("countries.filter.si")}
            value={params.si}
            options={[
              any,
              ...(["yes", "no", "unknown"] as const).map((s) => ({ value: s, label: t(siKey(s)) })),
            ]}
          />
          <Select
            id="un"
            label={t("countries.filter.un")}
            value={params.un}
            options={[
              any,
              ...["member", "observer", "non_member"].map((s) => ({ value: s, label: t(unKey(s)) })),
            ]}
          />
        </>
      }
    >
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">{t("countries.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("countries.col.name")}</th>
              <th scope="col">ISO</th>
              <th scope="col">{t("countries.col.group")}</th>
              <th scope="col">{t("countries.col.un")}</th>
              <th scope="col">{t("countries.col.si")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <tr>
                <td>
                  <a href={`/countries/${c.iso3}`}>{countryName(c, i18n.locale)}</a>
                </td>
                <td>{c.iso3}</td>
                <td>{c.unRegionalGroup ?? c.region}</td>
                <td>{t(unKey(c.unStatus))}</td>
                <td>
                  <StandingInvitationSummary i18n={i18n} si={c.standingInvitation} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ListPage>
  );
}

export function CountryPage({
  i18n,
  country: c,
  mandates,
  registry,
}: {
  i18n: I18n;
  country: CountryWithInvitation;
  mandates: Mandate[];
  /** The visit registry's part of the page (visits, requests, statistics), drawn by that area. */
  registry: Child;
}) {
  const { t } = i18n;
  const si = c.standingInvitation;
  return (
    <article>
      <p class="breadcrumb">
        <a href="/countries">{t("countries.title")}</a>
      </p>
      <h1>{countryName(c, i18n.locale)}</h1>
      <dl class="facts">
        <dt>{t("country.codes")}</dt>
        <dd>
          {c.iso3} · {c.iso2}
          {c.m49 ? ` · M49 ${c.m49}` : ""}
        </dd>
        <dt>{t("country.unStatus")}</dt>
        <dd>{t(unKey(c.unStatus))}</dd>
        <dt>{t("country.region")}</dt>
        <dd>{[c.region, c.subregion].filter(Boolean).join(" · ")}</dd>
        {c.unRegionalGroup && (
          <>
            <dt>{t("country.group")}</dt>
            <dd>{c.unRegionalGroup}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="si-heading" class="panel">
        <h2 id="si-heading">{t("country.si.heading")}</h2>
        <p>
          <StandingInvitationSummary i18n={i18n} si={si} />{" "}
          <ConfidenceBadge i18n={i18n} confidence={si.confidence} />
        </p>
        <p>{t(`country.si.explain.${si.status}` as MessageKey)}</p>
        {si.yearRecalled && si.status === "yes" && (
          <p>{t("country.si.yearRecalled", { year: si.yearRecalled })}</p>
        )}
        <ProvenanceNote
          i18n={i18n}
          provenance={{
            source: si.source,
            asOf: si.date ?? si.onOrBefore,
            confidence: si.confidence,
            evidence: si.evidence,
            note: si.note,
          }}
        />
      </section>
      {registry}
      {mandates.length > 0 && (
        <section aria-labelledby="cm-heading">
          <h2 id="cm-heading">{t("country.mandates")}</h2>
          <ul>
            {mandates.map((m) => (
              <li>
                <a href={`/mandates/${m.id}`}>
                  <MandateTitle mandate={m} locale={i18n.locale} />
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="names-heading">
        <h2 id="names-heading">{t("country.names")}</h2>
        <ul class="names">
          {UN_LANGUAGES.filter((l) => c.names[l]).map((l) => (
            <li lang={l}>
              <bdi>{c.names[l]}</bdi>
            </li>
          ))}
        </ul>
        <ProvenanceNote i18n={i18n} provenance={c.provenance} />
      </section>
    </article>
  );
}
