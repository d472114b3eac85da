import type { Child } from "hono/jsx";
import type { I18n, MessageKey } from "../i18n";
import type { Provenance } from "../provenance";
import { queryString } from "./query";

/** Where a fact comes from and how sure we are of it, shown next to the fact. */
export function ProvenanceNote({ i18n, provenance }: { i18n: I18n; provenance: Provenance }) {
  const { t } = i18n;
  return (
    <details class="provenance">
      <summary>
        {t("provenance.summary")} <ConfidenceBadge i18n={i18n} confidence={provenance.confidence} />
      </summary>
      <dl>
        <dt>{t("provenance.source")}</dt>
        <dd>{provenance.source}</dd>
        {provenance.asOf && (
          <>
            <dt>{t("provenance.asOf")}</dt>
            <dd>
              {/^\d{4}-\d{2}-\d{2}$/.test(provenance.asOf)
                ? i18n.formatDate(provenance.asOf)
                : provenance.asOf}
            </dd>
          </>
        )}
        {provenance.evidence.length > 0 && (
          <>
            <dt>{t("provenance.evidence")}</dt>
            <dd>
              <ul>
                {provenance.evidence.map((e) => (
                  <li>{e.description}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {provenance.note && (
          <>
            <dt>{t("provenance.note")}</dt>
            <dd>{provenance.note}</dd>
          </>
        )}
      </dl>
    </details>
  );
}

export function ConfidenceBadge({ i18n, confidence }: { i18n: I18n; confidence: string }) {
  return (
    <span class={`badge confidence-${confidence}`}>{i18n.t(`confidence.${confidence}` as MessageKey)}</span>
  );
}

/** Pager for lists: the links keep every other query parameter. */
export function Pagination({
  i18n,
  path,
  params,
  total,
  limit,
  offset,
}: {
  i18n: I18n;
  path: string;
  params: Record<string, string | undefined>;
  total: number;
  limit: number;
  offset: number;
}) {
  const href = (o: number) => `${path}${queryString({ ...params, offset: o > 0 ? String(o) : undefined })}`;
  if (total <= limit && offset === 0) return null;
  const from = Math.min(total, offset + 1);
  const to = Math.min(total, offset + limit);
  return (
    <nav class="pager" aria-label={i18n.t("pager.label")}>
      <p>{i18n.t("pager.showing", { from, to, total })}</p>
      <ul>
        {offset > 0 && (
          <li>
            <a href={href(Math.max(0, offset - limit))} rel="prev">
              {i18n.t("pager.previous")}
            </a>
          </li>
        )}
        {offset + limit < total && (
          <li>
            <a href={href(offset + limit)} rel="next">
              {i18n.t("pager.next")}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

export function EmptyState({ title, children }: { title: string; children?: Child }) {
  return (
    <div class="empty" role="status">
      <p class="empty-title">{title}</p>
      {children}
    </div>
  );
}

/** A labelled <select> for GET filter forms, which work without JavaScript. */
export function Select({
  id,
  label,
  value,
  options,
}: {
  id: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} name={id}>
        {options.map((o) => (
          <option value={o.value} selected={o.value === (value ?? "")}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The frame every filtered list shares: title, a GET filter form (works without JavaScript), the
 * count read out to screen readers, an empty state that offers to clear the filters, and the pager.
 */
export function ListPage({
  i18n,
  title,
  intro,
  path,
  filters,
  count,
  empty,
  emptyTitle,
  after,
  children,
  params,
  total,
  limit,
  offset,
}: {
  i18n: I18n;
  title: string;
  intro: string;
  path: string;
  filters: Child;
  count: string;
  empty: boolean;
  emptyTitle: string;
  /** Shown between the count and the list, e.g. a download link. */
  after?: Child;
  children: Child;
  params: Record<string, string | undefined>;
  total: number;
  limit: number;
  offset: number;
}) {
  return (
    <>
      <h1>{title}</h1>
      <p class="lead">{intro}</p>
      <form class="filters" method="get" action={path}>
        {filters}
        <button type="submit">{i18n.t("filters.apply")}</button>
      </form>
      <p role="status">{count}</p>
      {after}
      {empty ? (
        <EmptyState title={emptyTitle}>
          <p>
            <a href={path}>{i18n.t("filters.clear")}</a>
          </p>
        </EmptyState>
      ) : (
        children
      )}
      <Pagination i18n={i18n} path={path} params={params} total={total} limit={limit} offset={offset} />
    </>
  );
}
