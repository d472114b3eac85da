import { Csrf } from "../../platform/http/fields";
import type { I18n, MessageKey } from "../../platform/i18n";
import type { ImportOptions, ImportOutcome } from "./apply";
import { fieldDocs, fieldOfHeader, importFields } from "./columns";
import { commonEncodings } from "./decode";
import type { PlannedRow } from "./plan";
import { importFormats } from "./read";

const eventKey = (type: string) => `visit.event.${type}` as MessageKey;
const colKey = (field: string) => `visitImport.col.${field}` as MessageKey;
const outcomeKey = (o: PlannedRow["outcome"]) => `visitImport.outcome.${o}` as MessageKey;

/** Rows shown in a preview: every rejected row (up to a limit), then the first others. */
const SHOW_REJECTED = 500;
const SHOW_OTHERS = 200;

function FormatFields({ i18n, options }: { i18n: I18n; options: ImportOptions }) {
  const { t } = i18n;
  return (
    <>
      <div class="field">
        <label for="format">{t("visitImport.format")}</label>
        <select id="format" name="format">
          <option value="" selected={!options.format}>
            {t("visitImport.format.auto")}
          </option>
          {importFormats.map((f) => (
            <option value={f} selected={options.format === f}>
              {f.toUpperCase()}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="encoding">{t("visitImport.encoding")}</label>
        <p id="encoding-hint" class="hint">
          {t("visitImport.encodingHint")}
        </p>
        <select id="encoding" name="encoding" aria-describedby="encoding-hint">
          <option value="" selected={!options.encoding}>
            {t("visitImport.encoding.auto")}
          </option>
          {commonEncodings.map((e) => (
            <option value={e} selected={options.encoding === e}>
              {e}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="sheet">{t("visitImport.sheet")}</label>
        <p id="sheet-hint" class="hint">
          {t("visitImport.sheetHint")}
        </p>
        <input
          id="sheet"
          name="sheet"
          type="text"
          value={options.sheet ?? ""}
          maxlength={100}
          aria-describedby="sheet-hint"
        />
      </div>
    </>
  );
}

function Problem({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p id="import-error" class="form-error" role="alert">
      {message}
    </p>
  );
}

export function UploadPage({ i18n, csrf, problem }: { i18n: I18n; csrf: string; problem?: string }) {
  const { t } = i18n;
  return (
    <article>
      <p class="breadcrumb">
        <a href="/visits">{t("visits.title")}</a>
      </p>
      <h1>{t("visitImport.title")}</h1>
      <p class="lead">{t("visitImport.intro")}</p>
      <p>
        {t("visitImport.template")} <a href="/visits/import/template.csv">{t("visitImport.templateCsv")}</a> ·{" "}
        <a href="/visits/import/template.xlsx">{t("visitImport.templateXlsx")}</a>
      </p>
      <form method="post" action="/visits/import" enctype="multipart/form-data" class="stack">
        <Csrf token={csrf} />
        <Problem message={problem} />
        <div class="field">
          <label for="file">{t("visitImport.file")}</label>
          <p id="file-hint" class="hint">
            {t("visitImport.fileHint")}
          </p>
          <input
            id="file"
            name="file"
            type="file"
            required
            accept=".csv,.xlsx,.json,.html,.htm,text/csv,application/json,text/html,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={problem ? "file-hint import-error" : "file-hint"}
            aria-invalid={problem ? "true" : undefined}
          />
        </div>
        <FormatFields i18n={i18n} options={{}} />
        <button type="submit">{t("visitImport.upload")}</button>
      </form>
      <section aria-labelledby="columns">
        <h2 id="columns">{t("visitImport.columns.title")}</h2>
        <p>{t("visitImport.columns.intro")}</p>
        <p>{t("visitImport.dateForms")}</p>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("visitImport.columns.field")}</th>
                <th scope="col">{t("visitImport.columns.meaning")}</th>
                <th scope="col">{t("visitImport.columns.example")}</th>
              </tr>
            </thead>
            <tbody>
              {fieldDocs.map((d) => (
                <tr>
                  <th scope="row">
                    <code>{d.field}</code>
                    {d.required && <span class="muted"> ({t("visitImport.required")})</span>}
                  </th>
                  <td>{t(colKey(d.field))}</td>
                  <td>{d.example && <code>{d.example}</code>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </article>
  );
}

function Counts({ i18n, outcome }: { i18n: I18n; outcome: ImportOutcome }) {
  const { t, formatNumber } = i18n;
  const c = outcome.plan.counts;
  const items: [MessageKey, number][] = [
    ["visitImport.count.rows", c.rows],
    ["visitImport.count.newVisits", c.newVisits],
    ["visitImport.count.updatedVisits", c.updatedVisits],
    ["visitImport.count.newEvents", c.newEvents],
    ["visitImport.count.unchanged", c.unchanged],
    ["visitImport.count.rejected", c.rejected],
  ];
  return (
    <dl class="facts">
      {items.map(([k, n]) => (
        <>
          <dt>{t(k)}</dt>
          <dd>{formatNumber(n)}</dd>
        </>
      ))}
    </dl>
  );
}

function RowsTable({ i18n, outcome }: { i18n: I18n; outcome: ImportOutcome }) {
  const { t } = i18n;
  const rows = outcome.plan.rows;
  const rejected = rows.filter((r) => r.outcome === "rejected").slice(0, SHOW_REJECTED);
  const others = rows.filter((r) => r.outcome !== "rejected").slice(0, SHOW_OTHERS);
  const shown = [...rejected, ...others];
  return (
    <section aria-labelledby="rows">
      <h2 id="rows">{t("visitImport.rows.title")}</h2>
      {shown.length < rows.length && (
        <p class="muted">{t("visitImport.rows.shown", { shown: shown.length, total: rows.length })}</p>
      )}
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("visitImport.th.where")}</th>
              <th scope="col">{t("visitImport.th.visit")}</th>
              <th scope="col">{t("visitImport.th.outcome")}</th>
              <th scope="col">{t("visitImport.th.events")}</th>
              <th scope="col">{t("visitImport.th.problems")}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => {
              const v = r.visit === null ? null : outcome.plan.visits[r.visit];
              const id = v?.id ?? v?.createdId;
              return (
                <tr>
                  <th scope="row">{r.line}</th>
                  <td>
                    {[r.country, r.mandate].filter(Boolean).join(" · ") || "—"}
                    {v?.id && id && (
                      <>
                        {" "}
                        (<a href={`/visits/${id}`}>{t("visitImport.existing")}</a>)
                      </>
                    )}
                  </td>
                  <td>{t(outcomeKey(r.outcome))}</td>
                  <td>
                    {r.added.length > 0 && (
                      <ul>
                        {r.added.map((e) => (
                          <li>
                            {t(eventKey(e.type))}: {e.date}
                            {e.from && e.to ? ` (${e.from} – ${e.to})` : ""}
                            {e.symbol ? ` · ${e.symbol}` : ""}
                          </li>
                        ))}
                      </ul>
                    )}
                    {r.known > 0 && <p class="muted">{t("visitImport.alreadyKnown", { count: r.known })}</p>}
                  </td>
                  <td>
                    {r.problems.length > 0 && (
                      <ul>
                        {r.problems.map((p) => (
                          <li>
                            <code>{p.field || t("visitImport.wholeRow")}</code>: {p.message}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function OptionsForm({
  i18n,
  csrf,
  token,
  options,
  columns,
}: {
  i18n: I18n;
  csrf: string;
  token: string;
  options: ImportOptions;
  columns: { header: string; field: string | null }[];
}) {
  const { t } = i18n;
  return (
    <section aria-labelledby="options">
      <h2 id="options">{t("visitImport.options.title")}</h2>
      <p>{t("visitImport.options.intro")}</p>
      <form method="post" action={`/visits/import/${token}/options`} class="stack">
        <Csrf token={csrf} />
        <FormatFields i18n={i18n} options={options} />
        {columns.length > 0 && (
          <fieldset>
            <legend>{t("visitImport.options.mapping")}</legend>
            {columns.map((col, i) => (
              <div class="field">
                <input type="hidden" name={`header.${i}`} value={col.header} />
                <label for={`map-${i}`}>{col.header || `#${i + 1}`}</label>
                <select id={`map-${i}`} name={`map.${i}`}>
                  <option value="" selected={!col.field}>
                    {t("visitImport.options.ignore")}
                  </option>
                  {importFields.map((f) => (
                    <option value={f} selected={col.field === f}>
                      {f}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </fieldset>
        )}
        <button type="submit">{t("visitImport.options.apply")}</button>
      </form>
    </section>
  );
}

export function PreviewPage({
  i18n,
  csrf,
  token,
  name,
  options,
  outcome,
  fileProblem,
  headers,
  notice,
}: {
  i18n: I18n;
  csrf: string;
  token: string;
  name: string;
  options: ImportOptions;
  /** The plan, when the file could be read. */
  outcome?: ImportOutcome;
  /** Why the file as a whole cannot be imported. */
  fileProblem?: string;
  /** The headers read, when the file could not be planned (to map them). */
  headers?: string[];
  notice?: string;
}) {
  const { t } = i18n;
  const counts = outcome?.plan.counts;
  // A file that could not be planned still shows its headers, as chosen or as recognised.
  const columns =
    outcome?.columns ??
    (headers ?? []).map((header) => {
      const chosen = options.mapping?.[header];
      return { header, field: chosen === undefined ? fieldOfHeader(header) : chosen || null };
    });
  const changes = counts ? counts.newEvents + counts.updatedVisits : 0;
  return (
    <article>
      <p class="breadcrumb">
        <a href="/visits">{t("visits.title")}</a> › <a href="/visits/import">{t("visitImport.title")}</a>
      </p>
      <h1>{t("visitImport.preview.title")}</h1>
      <p>
        {t("visitImport.readAs", {
          name,
          format: (outcome?.file.format ?? options.format ?? "?").toUpperCase(),
        })}
        {outcome?.file.encoding && <> {t("visitImport.readEncoding", { encoding: outcome.file.encoding })}</>}
        {outcome?.file.sheet && <> {t("visitImport.readSheet", { sheet: outcome.file.sheet })}</>}
      </p>
      {notice && (
        <p class="notice" role="alert">
          {notice}
        </p>
      )}
      {fileProblem && (
        <section class="notice" role="alert" aria-labelledby="file-problem">
          <h2 id="file-problem">{t("visitImport.fileProblem")}</h2>
          <p>{fileProblem}</p>
        </section>
      )}
      {outcome && counts && (
        <>
          <Counts i18n={i18n} outcome={outcome} />
          {counts.rejected > 0 && (
            <p class="notice" role="status">
              {t("visitImport.rejectedNotice", { count: counts.rejected })}
            </p>
          )}
          {counts.rejected === 0 && changes === 0 && (
            <p class="notice notice-ok" role="status">
              {t("visitImport.nothingToDo")}
            </p>
          )}
          {(changes > 0 || counts.rejected > 0) && counts.rejected < counts.rows && (
            <form method="post" action={`/visits/import/${token}/confirm`} class="stack">
              <Csrf token={csrf} />
              {counts.rejected > 0 && (
                <div class="check">
                  <input id="validOnly" name="validOnly" type="checkbox" value="1" required />
                  <label for="validOnly">{t("visitImport.validOnly")}</label>
                </div>
              )}
              <button type="submit">{t("visitImport.confirm")}</button>
            </form>
          )}
          <RowsTable i18n={i18n} outcome={outcome} />
        </>
      )}
      <OptionsForm i18n={i18n} csrf={csrf} token={token} options={options} columns={columns} />
    </article>
  );
}

export function ExpiredPage({ i18n, minutes }: { i18n: I18n; minutes: number }) {
  const { t } = i18n;
  return (
    <section class="error-page">
      <h1>{t("visitImport.expired.title")}</h1>
      <p>{t("visitImport.expired.body", { minutes })}</p>
      <p>
        <a href="/visits/import">{t("visitImport.again")}</a>
      </p>
    </section>
  );
}

export function ResultPage({ i18n, outcome }: { i18n: I18n; outcome: ImportOutcome }) {
  const { t } = i18n;
  const c = outcome.plan.counts;
  return (
    <article>
      <h1>{t("visitImport.done.title")}</h1>
      <p role="status">{t("visitImport.done.body", { newVisits: c.newVisits, newEvents: c.newEvents })}</p>
      {c.rejected > 0 && <p>{t("visitImport.done.skipped", { count: c.rejected })}</p>}
      <Counts i18n={i18n} outcome={outcome} />
      <p>
        <a href="/visits">{t("visitImport.done.see")}</a> ·{" "}
        <a href="/visits/import">{t("visitImport.again")}</a>
      </p>
    </article>
  );
}
