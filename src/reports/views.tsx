import type { Child } from "hono/jsx";
import { EmptyState, ListPage, Pagination, Select } from "../platform/http/components";
import { Csrf, FormError, type FormProblem, InputField, SelectField } from "../platform/http/fields";
import { queryString } from "../platform/http/query";
import type { I18n, MessageKey } from "../platform/i18n";
import { statusKey } from "../visits/views";
import { recommendationPath } from "./address";
import type { DraftRecommendation, ReviewProblem } from "./draft";
import { addressees, documentTypes } from "./extract";
import type { ReportView } from "./service";
import type { RecommendationRecord, ReportSummary, VisitChoice } from "./store";

export interface Choice {
  value: string;
  label: string;
}

export interface Choices {
  countries: Choice[];
  mandates: Choice[];
}

type Values = Record<string, string | undefined>;

const labelOf = (list: Choice[], value: string | null) =>
  value ? (list.find((c) => c.value === value)?.label ?? value) : null;

const typeKey = (type: string) => `reports.type.${type}` as MessageKey;
const addresseeKey = (a: string) => `reports.addressee.${a}` as MessageKey;

function reportTitle(i18n: I18n, v: Pick<ReportView, "symbol" | "fileName">): string {
  return v.symbol ?? v.fileName ?? i18n.t("reports.untitled");
}

function datesText(i18n: I18n, from: string | null, to: string | null): string {
  if (!from || !to) return "—";
  return `${i18n.formatDate(from)} – ${i18n.formatDate(to)}`;
}

export function RecommendationsNav({ i18n, current }: { i18n: I18n; current: string }) {
  const { t } = i18n;
  const links = [
    { href: "/recommendations", label: t("reports.nav.recommendations") },
    { href: "/reports", label: t("reports.nav.reports") },
    { href: "/reports/new", label: t("reports.nav.upload") },
  ];
  return (
    <nav class="subnav" aria-label={t("reports.nav.label")}>
      <ul>
        {links.map((l) => (
          <li>
            <a href={l.href} aria-current={l.href === current ? "page" : undefined}>
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function ReportList({
  i18n,
  items,
  total,
  limit,
  offset,
  choices,
  signedIn,
  deleted,
}: {
  i18n: I18n;
  items: ReportSummary[];
  total: number;
  limit: number;
  offset: number;
  choices: Choices;
  signedIn: boolean;
  /** Just deleted a draft. */
  deleted: boolean;
}) {
  const { t } = i18n;
  return (
    <>
      <RecommendationsNav i18n={i18n} current="/reports" />
      <h1>{t("reports.list.title")}</h1>
      {deleted && (
        <p class="notice notice-ok" role="status">
          {t("reports.done.draftDeleted")}
        </p>
      )}
      <p class="lead">{t("reports.list.intro")}</p>
      <p>
        {signedIn ? (
          <a href="/reports/new">{t("reports.nav.upload")}</a>
        ) : (
          <a href="/signin?next=/reports/new">{t("reports.list.signInToUpload")}</a>
        )}
      </p>
      <p role="status">{t("reports.list.count", { count: total })}</p>
      {items.length === 0 ? (
        <EmptyState title={t("reports.list.empty")} />
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("reports.field.symbol")}</th>
                <th scope="col">{t("reports.field.documentType")}</th>
                <th scope="col">{t("reports.field.country")}</th>
                <th scope="col">{t("reports.field.mandate")}</th>
                <th scope="col">{t("reports.list.status")}</th>
                <th scope="col" class="num">
                  {t("reports.list.recommendations")}
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr>
                  <td>
                    <a href={`/reports/${r.id}`}>{reportTitle(i18n, r)}</a>
                  </td>
                  <td>{t(typeKey(r.documentType))}</td>
                  <td>{labelOf(choices.countries, r.countryIso3) ?? "—"}</td>
                  <td>{labelOf(choices.mandates, r.mandateId) ?? "—"}</td>
                  <td>{r.accepted ? t("reports.status.accepted") : t("reports.status.draft")}</td>
                  <td class="num">{i18n.formatNumber(r.recommendations)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination i18n={i18n} path="/reports" params={{}} total={total} limit={limit} offset={offset} />
    </>
  );
}

export function UploadPage({
  i18n,
  csrf,
  orgs,
  values,
  problem,
}: {
  i18n: I18n;
  csrf: string;
  orgs: Choice[];
  values: Values;
  problem?: FormProblem;
}) {
  const { t } = i18n;
  const form = "upload";
  return (
    <>
      <RecommendationsNav i18n={i18n} current="/reports/new" />
      <h1>{t("reports.upload.title")}</h1>
      <p class="lead">{t("reports.upload.intro")}</p>
      <form class="stack" method="post" action="/reports" enctype="multipart/form-data">
        <Csrf token={csrf} />
        <FormError problem={problem} form={form} />
        <div class="field">
          <label for="upload-file">{t("reports.upload.file")}</label>
          <p id="upload-file-hint" class="hint">
            {t("reports.upload.fileHint")}
          </p>
          <input
            id="upload-file"
            name="file"
            type="file"
            accept=".pdf,.docx,.html,.htm,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/html,text/plain"
            aria-describedby={
              problem?.field === "file" ? "upload-file-hint upload-error" : "upload-file-hint"
            }
            aria-invalid={problem?.field === "file" ? "true" : undefined}
          />
        </div>
        <InputField
          form={form}
          name="text"
          label={t("reports.upload.text")}
          hint={t("reports.upload.textHint")}
          rows={10}
          value={values.text}
          problem={problem?.field === "text" ? problem : undefined}
        />
        {orgs.length > 1 && (
          <SelectField
            form={form}
            name="organisation"
            label={t("reports.upload.organisation")}
            hint={t("reports.upload.organisationHint")}
            value={values.organisation}
            options={orgs}
          />
        )}
        <button type="submit">{t("reports.upload.submit")}</button>
      </form>
    </>
  );
}

function problemText(i18n: I18n, p: ReviewProblem, items: DraftRecommendation[]): string {
  const index = Number(p.path?.match(/^items\.(\d+)/)?.[1] ?? -1);
  const ref = items[index]?.ref ?? "";
  return i18n.t(`reports.problem.${p.code}` as MessageKey, { ref });
}

function visitLabel(i18n: I18n, v: VisitChoice): string {
  const when =
    v.visitFrom && v.visitTo
      ? datesText(i18n, v.visitFrom, v.visitTo)
      : v.requestedOn
        ? i18n.t("reports.visit.requested", { date: i18n.formatDate(v.requestedOn) })
        : "—";
  return `${when} · ${i18n.t(statusKey(v.status))}${v.reportSymbol ? ` · ${v.reportSymbol}` : ""}`;
}

function MetadataFacts({ i18n, view, choices }: { i18n: I18n; view: ReportView; choices: Choices }) {
  const { t } = i18n;
  return (
    <dl class="facts">
      <dt>{t("reports.field.documentType")}</dt>
      <dd>{t(typeKey(view.documentType))}</dd>
      <dt>{t("reports.field.symbol")}</dt>
      <dd>{view.symbol ?? "—"}</dd>
      <dt>{t("reports.field.country")}</dt>
      <dd>
        {view.countryIso3 ? (
          <a href={`/countries/${view.countryIso3}`}>{labelOf(choices.countries, view.countryIso3)}</a>
        ) : (
          "—"
        )}
      </dd>
      <dt>{t("reports.field.mandate")}</dt>
      <dd>
        {view.mandateId ? (
          <a href={`/mandates/${view.mandateId}`}>{labelOf(choices.mandates, view.mandateId)}</a>
        ) : (
          "—"
        )}
      </dd>
      <dt>{t("reports.field.visitDates")}</dt>
      <dd>{datesText(i18n, view.visitFrom, view.visitTo)}</dd>
      <dt>{t("reports.field.hrcSession")}</dt>
      <dd>
        {view.hrcSession ?? "—"}
        {view.hrcSession !== null && view.hrcSessionSource && (
          <span class="muted"> ({t(`reports.sessionSource.${view.hrcSessionSource}` as MessageKey)})</span>
        )}
      </dd>
      <dt>{t("reports.field.visit")}</dt>
      <dd>{view.visitId ? <a href={`/visits/${view.visitId}`}>{t("reports.visit.open")}</a> : "—"}</dd>
    </dl>
  );
}

function MetadataForm({
  i18n,
  csrf,
  view,
  choices,
  candidates,
  values,
  problem,
}: {
  i18n: I18n;
  csrf: string;
  view: ReportView;
  choices: Choices;
  candidates: VisitChoice[];
  values?: Values;
  problem?: FormProblem;
}) {
  const { t } = i18n;
  const form = "metadata";
  const f = { form, problem };
  const v = (name: string, current: string | number | null) =>
    values?.[name] ?? (current === null ? "" : String(current));
  const visitValue = view.visitLink === "chosen" ? (view.visitId ?? "auto") : view.visitLink;
  const found =
    view.visitLink === "auto" && view.visitId ? candidates.find((c) => c.id === view.visitId) : null;
  return (
    <form class="stack" method="post" action={`/reports/${view.id}/metadata`}>
      <Csrf token={csrf} />
      <input type="hidden" name="revision" value={String(view.revision)} />
      <FormError problem={problem} form={form} />
      <SelectField
        {...f}
        name="documentType"
        label={t("reports.field.documentType")}
        value={v("documentType", view.documentType)}
        options={documentTypes.map((d) => ({ value: d, label: t(typeKey(d)) }))}
      />
      <InputField
        {...f}
        name="symbol"
        label={t("reports.field.symbol")}
        hint={t("reports.field.symbolHint")}
        value={v("symbol", view.symbol)}
        maxlength={80}
      />
      <SelectField
        {...f}
        name="country"
        label={t("reports.field.country")}
        value={v("country", view.countryIso3)}
        options={[{ value: "", label: t("reports.field.unknown") }, ...choices.countries]}
      />
      <SelectField
        {...f}
        name="mandate"
        label={t("reports.field.mandate")}
        value={v("mandate", view.mandateId)}
        options={[{ value: "", label: t("reports.field.unknown") }, ...choices.mandates]}
      />
      <InputField
        {...f}
        name="visitFrom"
        type="date"
        label={t("reports.field.visitFrom")}
        value={v("visitFrom", view.visitFrom)}
      />
      <InputField
        {...f}
        name="visitTo"
        type="date"
        label={t("reports.field.visitTo")}
        value={v("visitTo", view.visitTo)}
      />
      <InputField
        {...f}
        name="hrcSession"
        type="number"
        min={1}
        max={200}
        label={t("reports.field.hrcSession")}
        hint={
          view.hrcSession !== null && view.hrcSessionSource
            ? t(`reports.sessionSource.${view.hrcSessionSource}` as MessageKey)
            : undefined
        }
        value={v("hrcSession", view.hrcSession)}
      />
      <SelectField
        {...f}
        name="visit"
        label={t("reports.field.visit")}
        hint={
          found
            ? t("reports.visit.found", { visit: visitLabel(i18n, found) })
            : candidates.length
              ? t("reports.visit.pick")
              : t("reports.visit.noCandidates")
        }
        value={values?.visit ?? visitValue}
        options={[
          { value: "auto", label: t("reports.visit.auto") },
          { value: "none", label: t("reports.visit.none") },
          ...candidates.map((c) => ({ value: c.id, label: visitLabel(i18n, c) })),
        ]}
      />
      <button type="submit">{t("reports.metadata.save")}</button>
    </form>
  );
}

const addresseeOptions = (i18n: I18n) => [
  { value: "", label: i18n.t("reports.field.unknown") },
  ...addressees.map((a) => ({ value: a, label: i18n.t(addresseeKey(a)) })),
];

function RecommendationForm({
  i18n,
  csrf,
  view,
  item,
  index,
  last,
  values,
  problem,
}: {
  i18n: I18n;
  csrf: string;
  view: ReportView;
  item: DraftRecommendation;
  index: number;
  last: boolean;
  values?: Values;
  problem?: FormProblem;
}) {
  const { t } = i18n;
  const form = `rec-${item.key}`;
  const f = { form, problem };
  const v = (name: keyof DraftRecommendation) => values?.[name] ?? (item[name] as string | null) ?? "";
  return (
    <form method="post" action={`/reports/${view.id}/recommendations/${item.key}`} class="stack">
      <Csrf token={csrf} />
      <input type="hidden" name="revision" value={String(view.revision)} />
      <FormError problem={problem} form={form} />
      <InputField {...f} name="ref" label={t("reports.field.ref")} value={v("ref")} maxlength={40} required />
      <SelectField
        {...f}
        name="addressee"
        label={t("reports.field.addressee")}
        value={v("addressee")}
        options={addresseeOptions(i18n)}
      />
      <InputField
        {...f}
        name="addresseeAsWritten"
        label={t("reports.field.addresseeAsWritten")}
        value={v("addresseeAsWritten")}
        maxlength={300}
      />
      <InputField
        {...f}
        name="heading"
        label={t("reports.field.heading")}
        value={v("heading")}
        maxlength={300}
      />
      <InputField {...f} name="text" label={t("reports.field.text")} value={v("text")} rows={8} required />
      <div class="button-row">
        <button type="submit" name="do" value="save">
          {t("reports.review.save")}
        </button>
        {!last && (
          <button type="submit" name="do" value="merge" aria-describedby={`merge-hint-${index}`}>
            {t("reports.review.merge")}
          </button>
        )}
        <a href={`/reports/${view.id}/recommendations/${item.key}/split`}>{t("reports.review.split")}</a>
        <button type="submit" name="do" value="delete" class="danger">
          {t("reports.review.delete")}
        </button>
      </div>
      {!last && (
        <p id={`merge-hint-${index}`} class="hint">
          {t("reports.review.mergeHint")}
        </p>
      )}
    </form>
  );
}

function AddForm({
  i18n,
  csrf,
  view,
  values,
  problem,
}: {
  i18n: I18n;
  csrf: string;
  view: ReportView;
  values?: Values;
  problem?: FormProblem;
}) {
  const { t } = i18n;
  const form = "add";
  const f = { form, problem };
  const last = view.recommendations[view.recommendations.length - 1];
  return (
    <form class="stack" method="post" action={`/reports/${view.id}/recommendations`}>
      <Csrf token={csrf} />
      <input type="hidden" name="revision" value={String(view.revision)} />
      <FormError problem={problem} form={form} />
      <InputField
        {...f}
        name="ref"
        label={t("reports.field.ref")}
        hint={t("reports.field.refHint")}
        value={values?.ref}
        maxlength={40}
        required
      />
      <SelectField
        {...f}
        name="after"
        label={t("reports.add.position")}
        value={values?.after ?? last?.key ?? "start"}
        options={[
          { value: "start", label: t("reports.add.atStart") },
          ...view.recommendations.map((r) => ({
            value: r.key,
            label: t("reports.add.after", { ref: r.ref }),
          })),
        ]}
      />
      <SelectField
        {...f}
        name="addressee"
        label={t("reports.field.addressee")}
        value={values?.addressee}
        options={addresseeOptions(i18n)}
      />
      <InputField
        {...f}
        name="addresseeAsWritten"
        label={t("reports.field.addresseeAsWritten")}
        value={values?.addresseeAsWritten}
        maxlength={300}
      />
      <InputField
        {...f}
        name="heading"
        label={t("reports.field.heading")}
        value={values?.heading}
        maxlength={300}
      />
      <InputField {...f} name="text" label={t("reports.field.text")} value={values?.text} rows={4} required />
      <button type="submit">{t("reports.add.submit")}</button>
    </form>
  );
}

export interface ReviewState {
  /** The form that failed, its values and its problem. */
  values?: Values;
  problem?: FormProblem;
  done?: string;
}

export function ReportPage({
  i18n,
  csrf,
  view,
  choices,
  candidates,
  problems,
  existingRecords,
  state,
}: {
  i18n: I18n;
  csrf: string;
  view: ReportView;
  choices: Choices;
  candidates: VisitChoice[];
  /** What stops acceptance (for reviewers). */
  problems: ReviewProblem[];
  /** Records the symbol already has (from this or another report), for reviewers. */
  existingRecords: number;
  state: ReviewState;
}) {
  const { t } = i18n;
  const items = view.recommendations;
  const forForm = (form: string) =>
    state.problem?.form === form ? { values: state.values, problem: state.problem } : {};
  return (
    <article>
      <RecommendationsNav i18n={i18n} current="" />
      <h1>{reportTitle(i18n, view)}</h1>
      <p>
        <span class="badge">{view.accepted ? t("reports.status.accepted") : t("reports.status.draft")}</span>{" "}
        <span class="muted">{t(typeKey(view.documentType))}</span>
      </p>
      {state.done && (
        <p class="notice notice-ok" role="status">
          {t(`reports.done.${state.done}` as MessageKey)}
        </p>
      )}
      {view.reviewer && !view.accepted && <p class="notice">{t("reports.review.draftNotice")}</p>}
      {view.reviewer && view.changedSinceAccepted && (
        <p class="notice">{t("reports.review.changedSinceAccepted")}</p>
      )}
      {!view.yieldsRecommendations && (
        <section class="notice" aria-labelledby="why-none">
          <h2 id="why-none">{t("reports.comments.title")}</h2>
          <p>{t("reports.comments.body")}</p>
        </section>
      )}

      <section aria-labelledby="about">
        <h2 id="about">{t("reports.metadata.title")}</h2>
        {view.reviewer ? (
          <MetadataForm
            i18n={i18n}
            csrf={csrf}
            view={view}
            choices={choices}
            candidates={candidates}
            {...forForm("metadata")}
          />
        ) : (
          <MetadataFacts i18n={i18n} view={view} choices={choices} />
        )}
        <p class="muted small">
          {view.hasOriginal ? (
            <a href={`/reports/${view.id}/original`}>
              {t("reports.original", { name: view.fileName ?? view.format })}
            </a>
          ) : (
            t("reports.pasted")
          )}
        </p>
      </section>

      {view.yieldsRecommendations && (
        <section aria-labelledby="recommendations">
          <h2 id="recommendations">{t("reports.recommendations.title")}</h2>
          <p role="status">
            {t("reports.recommendations.count", { count: items.length })}
            {view.reviewer && ` ${t("reports.recommendations.extracted", { count: view.extractedCount })}`}
          </p>
          {view.reviewer && problems.length > 0 && (
            <div class="notice" role="alert">
              <p>{t("reports.review.problems")}</p>
              <ul>
                {problems.map((p) => (
                  <li>{problemText(i18n, p, items)}</li>
                ))}
              </ul>
            </div>
          )}
          {items.length === 0 ? (
            <EmptyState title={t("reports.recommendations.none")}>
              {view.reviewer && <p>{t("reports.recommendations.noneHint")}</p>}
            </EmptyState>
          ) : (
            <div class="table-wrap">
              <table class="review">
                <caption class="visually-hidden">{t("reports.review.caption")}</caption>
                {/* Widths as attributes: the style sheet is shared and inline styles are refused by the CSP. */}
                <colgroup>
                  <col width="6%" />
                  <col width="44%" />
                  <col width="50%" />
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col">{t("reports.field.ref")}</th>
                    <th scope="col">{t("reports.review.source")}</th>
                    <th scope="col">
                      {view.reviewer ? t("reports.review.extracted") : t("reports.field.text")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((item, i) => (
                    <tr id={`r-${item.key}`}>
                      <th scope="row">{item.ref}</th>
                      <td>
                        {item.paragraph ? (
                          <blockquote lang={view.language}>{item.paragraph}</blockquote>
                        ) : (
                          <p class="muted">{t("reports.review.addedByHand")}</p>
                        )}
                      </td>
                      <td>
                        {view.reviewer ? (
                          <RecommendationForm
                            i18n={i18n}
                            csrf={csrf}
                            view={view}
                            item={item}
                            index={i}
                            last={i === items.length - 1}
                            {...forForm(`rec-${item.key}`)}
                          />
                        ) : (
                          <PublicItem i18n={i18n} view={view} item={item} />
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {view.reviewer && (
            <>
              <h3>{t("reports.add.title")}</h3>
              <AddForm i18n={i18n} csrf={csrf} view={view} {...forForm("add")} />
              <form method="post" action={`/reports/${view.id}/extract-again`} class="stack">
                <Csrf token={csrf} />
                <input type="hidden" name="revision" value={String(view.revision)} />
                <FormError problem={state.problem} form="extract" />
                <p class="hint">{t("reports.review.extractAgainHint")}</p>
                <button type="submit">{t("reports.review.extractAgain")}</button>
              </form>
            </>
          )}
        </section>
      )}

      {view.reviewer && (
        <section aria-labelledby="accept" class="panel">
          <h2 id="accept">{t("reports.accept.title")}</h2>
          <p>
            {view.yieldsRecommendations
              ? t("reports.accept.body", { count: items.length })
              : t("reports.accept.bodyComments")}
          </p>
          {existingRecords > 0 && (
            <p class="notice">
              {t("reports.accept.existing", { count: existingRecords, symbol: view.symbol ?? "" })}
            </p>
          )}
          <form method="post" action={`/reports/${view.id}/accept`}>
            <Csrf token={csrf} />
            <input type="hidden" name="revision" value={String(view.revision)} />
            <FormError problem={state.problem} form="accept" />
            <button type="submit">
              {view.yieldsRecommendations
                ? t("reports.accept.submit", { count: items.length })
                : t("reports.accept.submitComments")}
            </button>
          </form>
        </section>
      )}

      {view.reviewer && !view.accepted && (
        <section aria-labelledby="delete" class="danger-zone">
          <h2 id="delete">{t("reports.delete.title")}</h2>
          <p>{t("reports.delete.body")}</p>
          <form method="post" action={`/reports/${view.id}/delete`}>
            <Csrf token={csrf} />
            <button type="submit" class="danger">
              {t("reports.delete.submit")}
            </button>
          </form>
        </section>
      )}
    </article>
  );
}

function PublicItem({ i18n, view, item }: { i18n: I18n; view: ReportView; item: DraftRecommendation }) {
  const { t } = i18n;
  return (
    <>
      {item.heading && <p class="muted small">{item.heading}</p>}
      <p lang={view.language}>{item.text}</p>
      <p class="small">
        {item.addressee && t(addresseeKey(item.addressee))}
        {item.addresseeAsWritten && <span class="muted"> ({item.addresseeAsWritten})</span>}
        {view.symbol && (
          <>
            {" · "}
            <a href={recommendationPath(view.symbol, item.ref)}>{t("reports.recommendation.address")}</a>
          </>
        )}
      </p>
    </>
  );
}

export function SplitPage({
  i18n,
  csrf,
  view,
  item,
  suggestedRef,
  values,
  problem,
}: {
  i18n: I18n;
  csrf: string;
  view: ReportView;
  item: DraftRecommendation;
  suggestedRef: string;
  values?: Values;
  problem?: FormProblem;
}) {
  const { t } = i18n;
  const form = "split";
  return (
    <>
      <p class="breadcrumb">
        <a href={`/reports/${view.id}#r-${item.key}`}>{reportTitle(i18n, view)}</a>
      </p>
      <h1>{t("reports.split.title", { ref: item.ref })}</h1>
      <p class="lead">{t("reports.split.intro")}</p>
      <form class="stack" method="post" action={`/reports/${view.id}/recommendations/${item.key}/split`}>
        <Csrf token={csrf} />
        <input type="hidden" name="revision" value={String(view.revision)} />
        <FormError problem={problem} form={form} />
        <InputField
          form={form}
          problem={problem}
          name="text"
          label={t("reports.field.text")}
          hint={t("reports.split.textHint")}
          value={values?.text ?? item.text}
          rows={8}
          required
        />
        <InputField
          form={form}
          problem={problem}
          name="newRef"
          label={t("reports.split.newRef")}
          value={values?.newRef ?? suggestedRef}
          maxlength={40}
          required
        />
        <button type="submit">{t("reports.split.submit")}</button>
      </form>
    </>
  );
}

export interface RecommendationListParams {
  country?: string;
  mandate?: string;
  addressee?: string;
  symbol?: string;
  visit?: string;
  q?: string;
}

export function RecommendationTable({
  i18n,
  items,
  show,
}: {
  i18n: I18n;
  items: RecommendationRecord[];
  show: "all" | "visit";
}) {
  const { t } = i18n;
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t("reports.field.ref")}</th>
            <th scope="col">{t("reports.field.text")}</th>
            <th scope="col">{t("reports.field.addressee")}</th>
            {show === "all" && <th scope="col">{t("reports.field.country")}</th>}
            {show === "all" && <th scope="col">{t("reports.field.mandate")}</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr>
              <td>
                <a href={recommendationPath(r.symbol, r.ref)}>
                  {r.symbol}, {r.ref}
                </a>
              </td>
              <td lang={r.language}>{r.text}</td>
              <td>{r.addressee ? t(addresseeKey(r.addressee)) : "—"}</td>
              {show === "all" && <td>{r.countryNames[i18n.locale] ?? r.countryNames.en ?? r.countryIso3}</td>}
              {show === "all" && <td>{r.mandateTitles[i18n.locale]?.text ?? r.mandateTitle}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function RecommendationList({
  i18n,
  items,
  total,
  params,
  limit,
  offset,
  choices,
}: {
  i18n: I18n;
  items: RecommendationRecord[];
  total: number;
  params: RecommendationListParams;
  limit: number;
  offset: number;
  choices: Choices;
}) {
  const { t } = i18n;
  const q = queryString(params);
  return (
    <>
      <RecommendationsNav i18n={i18n} current="/recommendations" />
      <ListPage
        i18n={i18n}
        title={t("reports.recommendations.listTitle")}
        intro={t("reports.recommendations.intro")}
        path="/recommendations"
        count={t("reports.recommendations.count", { count: total })}
        empty={items.length === 0}
        emptyTitle={t("reports.recommendations.empty")}
        params={{ ...params }}
        total={total}
        limit={limit}
        offset={offset}
        filters={
          <>
            <div class="field">
              <label for="rq">{t("reports.filter.q")}</label>
              <input id="rq" name="q" type="search" value={params.q ?? ""} />
            </div>
            <Select
              id="country"
              label={t("reports.field.country")}
              value={params.country}
              options={[{ value: "", label: t("filters.any") }, ...choices.countries]}
            />
            <Select
              id="mandate"
              label={t("reports.field.mandate")}
              value={params.mandate}
              options={[{ value: "", label: t("filters.any") }, ...choices.mandates]}
            />
            <Select
              id="addressee"
              label={t("reports.field.addressee")}
              value={params.addressee}
              options={[
                { value: "", label: t("filters.any") },
                ...addressees.map((a) => ({ value: a, label: t(addresseeKey(a)) })),
              ]}
            />
            <div class="field">
              <label for="rsymbol">{t("reports.field.symbol")}</label>
              <input id="rsymbol" name="symbol" type="text" value={params.symbol ?? ""} />
            </div>
            {params.visit && <input type="hidden" name="visit" value={params.visit} />}
          </>
        }
        after={
          total > 0 && (
            <p>
              {t("reports.export.label")}{" "}
              <a href={`/recommendations.csv${q}`} download>
                CSV
              </a>{" "}
              ·{" "}
              <a href={`/recommendations.xlsx${q}`} download>
                XLSX
              </a>{" "}
              ·{" "}
              <a href={`/recommendations.json${q}`} download>
                JSON
              </a>
            </p>
          )
        }
      >
        <RecommendationTable i18n={i18n} items={items} show="all" />
      </ListPage>
    </>
  );
}

export function RecommendationPage({
  i18n,
  rec,
  address,
}: {
  i18n: I18n;
  rec: RecommendationRecord;
  /** Its stable address in full, to cite. */
  address: string;
}) {
  const { t } = i18n;
  return (
    <article>
      <p class="breadcrumb">
        <a href="/recommendations">{t("reports.recommendations.listTitle")}</a>
      </p>
      <h1>{t("reports.recommendation.title", { ref: rec.ref, symbol: rec.symbol })}</h1>
      <blockquote lang={rec.language}>
        <p>{rec.text}</p>
      </blockquote>
      <dl class="facts">
        <dt>{t("reports.field.addressee")}</dt>
        <dd>
          {rec.addressee ? t(addresseeKey(rec.addressee)) : "—"}
          {rec.addresseeAsWritten && <span class="muted"> ({rec.addresseeAsWritten})</span>}
        </dd>
        {rec.heading && (
          <>
            <dt>{t("reports.field.heading")}</dt>
            <dd lang={rec.language}>{rec.heading}</dd>
          </>
        )}
        <dt>{t("reports.field.report")}</dt>
        <dd>
          <a href={`/reports/${rec.reportId}`}>{rec.symbol}</a>{" "}
          <span class="muted">({t(typeKey(rec.documentType))})</span>
        </dd>
        <dt>{t("reports.field.country")}</dt>
        <dd>
          <a href={`/countries/${rec.countryIso3}`}>{rec.countryNames[i18n.locale] ?? rec.countryNames.en}</a>
        </dd>
        <dt>{t("reports.field.mandate")}</dt>
        <dd>
          <a href={`/mandates/${rec.mandateId}`}>
            {rec.mandateTitles[i18n.locale]?.text ?? rec.mandateTitle}
          </a>
        </dd>
        <dt>{t("reports.field.visit")}</dt>
        <dd>{rec.visitId ? <a href={`/visits/${rec.visitId}`}>{t("reports.visit.open")}</a> : "—"}</dd>
        <dt>{t("reports.recommendation.accepted")}</dt>
        <dd>{i18n.formatDate(rec.acceptedAt)}</dd>
        <dt>{t("reports.recommendation.cite")}</dt>
        <dd>
          <code>{address}</code>
        </dd>
      </dl>
      {rec.paragraph && rec.paragraph !== rec.text && (
        <details>
          <summary>{t("reports.review.source")}</summary>
          <blockquote lang={rec.language}>
            <p>{rec.paragraph}</p>
          </blockquote>
        </details>
      )}
    </article>
  );
}

/**
 * The recommendations of one visit, for its page (the visit registry places it): the first few,
 * with a link to all of them and to their exports.
 */
export function VisitRecommendations({
  i18n,
  visitId,
  items,
  total,
}: {
  i18n: I18n;
  visitId: string;
  items: RecommendationRecord[];
  total: number;
}): Child {
  const { t } = i18n;
  return (
    <section aria-labelledby="visit-recommendations">
      <h2 id="visit-recommendations">{t("reports.visit.recommendations")}</h2>
      {total === 0 ? (
        <p class="muted">
          {t("reports.visit.noRecommendations")} <a href="/reports/new">{t("reports.nav.upload")}</a>
        </p>
      ) : (
        <>
          <p>{t("reports.recommendations.count", { count: total })}</p>
          <RecommendationTable i18n={i18n} items={items} show="visit" />
          <p>
            <a href={`/recommendations?visit=${visitId}`}>{t("reports.visit.all")}</a>
          </p>
        </>
      )}
    </section>
  );
}
