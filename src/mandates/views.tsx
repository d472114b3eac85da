import type { Child } from "hono/jsx";
import { ConfidenceBadge, ListPage, ProvenanceNote, Select } from "../platform/http/components";
import type { I18n, MessageKey } from "../platform/i18n";
import type { Mandate } from "./mandate";

export const kindKey = (k: Mandate["kind"]) => `mandate.kind.${k}` as MessageKey;
export const scopeKey = (s: Mandate["scope"]) => `mandate.scope.${s}` as MessageKey;

/** The title in the reader's language when we hold one, else the official English title. */
export function mandateTitle(m: Pick<Mandate, "title" | "titles">, locale: string): string {
  return m.titles[locale]?.text ?? m.title;
}

/**
 * The title as page text: the English fallback is marked as English (language of parts) and kept
 * left to right inside right-to-left pages.
 */
export function MandateTitle({
  mandate: m,
  locale,
}: {
  mandate: Pick<Mandate, "title" | "titles">;
  locale: string;
}) {
  const own = m.titles[locale]?.text;
  if (own !== undefined || locale === "en") return <>{own ?? m.title}</>;
  return (
    <span lang="en" dir="ltr">
      {m.title}
    </span>
  );
}

export interface MandateListParams {
  q?: string;
  kind?: string;
  scope?: string;
  sort?: string;
}

export function MandateList({
  i18n,
  items,
  total,
  params,
  limit,
  offset,
}: {
  i18n: I18n;
  items: Mandate[];
  total: number;
  params: MandateListParams;
  limit: number;
  offset: number;
}) {
  const { t } = i18n;
  return (
    <ListPage
      i18n={i18n}
      title={t("mandates.title")}
      intro={t("mandates.intro")}
      path="/mandates"
      count={t("mandates.count", { count: total })}
      empty={items.length === 0}
      emptyTitle={t("mandates.empty")}
      params={{ ...params }}
      total={total}
      limit={limit}
      offset={offset}
      filters={
        <>
          <div class="field">
            <label for="mq">{t("filters.text")}</label>
            <input id="mq" name="q" type="text" value={params.q ?? ""} />
          </div>
          <Select
            id="kind"
            label={t("mandates.filter.kind")}
            value={params.kind}
            options={[
              { value: "", label: t("filters.any") },
              ...(["special_rapporteur", "independent_expert", "working_group"] as const).map((k) => ({
                value: k,
                label: t(kindKey(k)),
              })),
            ]}
          />
          <Select
            id="scope"
            label={t("mandates.filter.scope")}
            value={params.scope}
            options={[
              { value: "", label: t("filters.any") },
              { value: "thematic", label: t("mandate.scope.thematic") },
              { value: "country", label: t("mandate.scope.country") },
            ]}
          />
          <Select
            id="sort"
            label={t("filters.sort")}
            value={params.sort}
            options={[
              { value: "", label: t("mandates.sort.title") },
              { value: "established", label: t("mandates.sort.oldest") },
              { value: "-established", label: t("mandates.sort.newest") },
            ]}
          />
        </>
      }
    >
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">{t("mandates.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("mandates.col.title")}</th>
              <th scope="col">{t("mandates.col.kind")}</th>
              <th scope="col">{t("mandates.col.scope")}</th>
              <th scope="col">{t("mandates.col.established")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((m) => (
              <tr>
                <td>
                  <a href={`/mandates/${m.id}`}>
                    <MandateTitle mandate={m} locale={i18n.locale} />
                  </a>
                </td>
                <td>{t(kindKey(m.kind))}</td>
                <td>{t(scopeKey(m.scope))}</td>
                <td>{m.yearEstablished ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ListPage>
  );
}

export function MandatePage({
  i18n,
  mandate: m,
  countryName,
  registry,
}: {
  i18n: I18n;
  mandate: Mandate;
  countryName?: string;
  /** The visit registry's part of the page, drawn by that area. */
  registry: Child;
}) {
  const { t } = i18n;
  const holderConfidence = m.provenance.fields?.holder;
  return (
    <article>
      <p class="breadcrumb">
        <a href="/mandates">{t("mandates.title")}</a>
      </p>
      <h1>
        <MandateTitle mandate={m} locale={i18n.locale} />
      </h1>
      <dl class="facts">
        <dt>{t("mandate.kind")}</dt>
        <dd>{t(kindKey(m.kind))}</dd>
        <dt>{t("mandate.scope")}</dt>
        <dd>{t(scopeKey(m.scope))}</dd>
        {m.countryIso3 && (
          <>
            <dt>{t("mandate.country")}</dt>
            <dd>
              <a href={`/countries/${m.countryIso3}`}>{countryName ?? m.countryIso3}</a>
            </dd>
          </>
        )}
        <dt>{t("mandate.established")}</dt>
        <dd>
          {m.yearEstablished ?? t("common.unknown")}
          {m.establishingInstrument ? ` (${m.establishingInstrument})` : ""}
        </dd>
        <dt>{t("mandate.holder")}</dt>
        <dd>
          {m.holder ? (
            <>
              {m.holder}
              {m.holderAsOf ? ` (${m.holderAsOf})` : ""}{" "}
              {holderConfidence && <ConfidenceBadge i18n={i18n} confidence={holderConfidence} />}
            </>
          ) : (
            t("common.unknown")
          )}
        </dd>
        <dt>{t("mandate.email")}</dt>
        <dd>{m.email ?? t("mandate.emailUnknown")}</dd>
      </dl>
      <h2>{t("mandate.titles")}</h2>
      <ul class="titles">
        <li lang="en">
          <bdi>
            {m.title} <span class="muted">({t("mandate.lang.en")})</span>
          </bdi>
        </li>
        {Object.entries(m.titles).map(([lang, title]) => (
          <li>
            <bdi lang={lang}>{title.text}</bdi> <ConfidenceBadge i18n={i18n} confidence={title.confidence} />
          </li>
        ))}
      </ul>
      {registry}
      <ProvenanceNote i18n={i18n} provenance={m.provenance} />
    </article>
  );
}
