import { raw } from "hono/html";
import { Csrf, FormError, type FormProblem, InputField } from "../platform/http/fields";
import type { I18n } from "../platform/i18n";
import type { ExportDocument } from "./compose";
import { callFormats } from "./model";
import { CallBox, type CallSummary, Styles } from "./views";

/** The public side of a visit: its page, its poster, and the public versions of submissions. */

export interface PublicVisitData {
  id: string;
  title: string;
  country: string;
  mandate: string;
  holder: string | null;
  status: string;
  when: string;
  cities: string[];
  contact: string | null;
  call: CallSummary | null;
  published: { id: string; title: string; org: string; date: Date }[];
  statements: { date: string; source: string | null; note: string | null }[];
  shares: { locale: string; language: string; text: string }[];
  url: string;
  canEdit: boolean;
}

const isLink = (s: string | null) => s !== null && /^https?:\/\//.test(s);

export function VisitPublicPage({ i18n, data }: { i18n: I18n; data: PublicVisitData }) {
  const { t } = i18n;
  return (
    <article class="visit-public">
      <Styles />
      <p class="breadcrumb">
        <a href={`/visits/${data.id}`}>{t("submissions.public.registry")}</a>
      </p>
      <h1>{data.title}</h1>
      <p class="lead">{t("submissions.public.intro")}</p>
      <dl class="facts">
        <dt>{t("submissions.public.expert")}</dt>
        <dd>
          {data.mandate}
          {data.holder ? ` (${data.holder})` : ""}
        </dd>
        <dt>{t("submissions.public.country")}</dt>
        <dd>{data.country}</dd>
        <dt>{t("submissions.public.when")}</dt>
        <dd>
          {data.when} · {data.status}
        </dd>
        {data.cities.length > 0 && (
          <>
            <dt>{t("submissions.public.cities")}</dt>
            <dd>{data.cities.join(", ")}</dd>
          </>
        )}
        <dt>{t("submissions.public.contact")}</dt>
        <dd>{data.contact ?? t("submissions.public.noContact")}</dd>
      </dl>
      <CallBox i18n={i18n} call={data.call} visitId={data.id} />
      <section aria-labelledby="published-heading">
        <h2 id="published-heading">{t("submissions.public.submissions")}</h2>
        {data.published.length === 0 ? (
          <p>{t("submissions.public.noSubmissions")}</p>
        ) : (
          <ul>
            {data.published.map((p) => (
              <li>
                <a href={`/submissions/${p.id}/public`}>{p.title}</a> — {p.org},{" "}
                {t("submissions.public.publishedOn", { date: i18n.formatDate(p.date) })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="statements-heading">
        <h2 id="statements-heading">{t("submissions.public.statements")}</h2>
        {data.statements.length === 0 ? (
          <p>{t("submissions.public.noStatements")}</p>
        ) : (
          <ul>
            {data.statements.map((s) => (
              <li>
                {i18n.formatDate(s.date)}: {t("submissions.public.statement")}
                {s.source &&
                  (isLink(s.source) ? (
                    <>
                      {" "}
                      — <a href={s.source}>{s.source}</a>
                    </>
                  ) : (
                    ` — ${s.source}`
                  ))}
                {s.note && <p class="muted">{s.note}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="share-heading">
        <h2 id="share-heading">{t("submissions.public.share")}</h2>
        <p class="hint">{t("submissions.public.shareHint")}</p>
        {data.shares.map((s) => (
          <div class="field share">
            <label for={`share-${s.locale}`}>{s.language}</label>
            <textarea
              id={`share-${s.locale}`}
              lang={s.locale}
              dir={s.locale === "ar" ? "rtl" : "ltr"}
              rows={4}
              readonly
            >
              {s.text}
            </textarea>
          </div>
        ))}
      </section>
      <section aria-labelledby="materials-heading">
        <h2 id="materials-heading">{t("submissions.public.materials")}</h2>
        <ul>
          <li>
            <a href={`/visits/${data.id}/poster`}>{t("submissions.public.poster")}</a>
          </li>
          <li>
            <a href={`/visits/${data.id}/press-release.docx`}>{t("submissions.public.pressRelease")}</a>
          </li>
          <li>
            <a href={`/feeds/visits/${data.id}/submissions.atom`}>{t("submissions.public.feed")}</a>
          </li>
          <li>
            {t("submissions.public.address")} <code>{data.url}</code>
          </li>
        </ul>
      </section>
      {data.canEdit && (
        <p>
          <a href={`/visits/${data.id}/call`}>{t("submissions.public.edit")}</a> ·{" "}
          <a href={`/visits/${data.id}/submissions/new`}>{t("submissions.public.answer")}</a>
        </p>
      )}
    </article>
  );
}

/** The public version as published: exactly the stored document, names withheld. */
export function PublicSubmissionPage({
  i18n,
  id,
  doc,
  org,
  visit,
  publishedAt,
}: {
  i18n: I18n;
  id: string;
  doc: ExportDocument;
  org: string;
  visit: { id: string; title: string };
  publishedAt: Date;
}) {
  const { t } = i18n;
  const part = (p: ExportDocument["annexes"][number]) => (
    <>
      {p.heading && <h3>{p.heading}</h3>}
      {p.blocks.map((b) =>
        b.type === "paragraph" ? (
          <p>{b.text}</p>
        ) : (
          <ul>
            {b.items.map((i) => (
              <li>{i}</li>
            ))}
          </ul>
        ),
      )}
    </>
  );
  return (
    <article>
      <Styles />
      <p class="breadcrumb">
        <a href={`/visits/${visit.id}/public`}>{visit.title}</a>
      </p>
      <div lang={doc.language} dir={doc.dir}>
        <h1>{doc.title}</h1>
        <p class="lead">{doc.subtitle}</p>
      </div>
      <p class="muted">
        {org} · {t("submissions.public.publishedOn", { date: i18n.formatDate(publishedAt) })}
      </p>
      <p>
        <a href={`/submissions/${id}/public.docx`}>{t("submissions.export.docx")}</a> ·{" "}
        <a href={`/submissions/${id}/public.pdf`}>{t("submissions.export.pdf")}</a>
      </p>
      <div class="doc-preview" lang={doc.language} dir={doc.dir}>
        {doc.sections.map((s) => (
          <section>
            <h2>{s.heading}</h2>
            {s.parts.map(part)}
          </section>
        ))}
        {doc.annexes.length > 0 && (
          <section>
            <h2>{t("submissions.kind.annex")}</h2>
            {doc.annexes.map(part)}
          </section>
        )}
        <p class="doc-footer">{doc.footer}</p>
      </div>
    </article>
  );
}

export function CallEditPage({
  i18n,
  csrf,
  visit,
  values,
  problem,
}: {
  i18n: I18n;
  csrf: string;
  visit: { id: string; title: string };
  values: Record<string, string | undefined>;
  problem?: FormProblem;
}) {
  const { t } = i18n;
  const chosen = (values.formats ?? "docx,pdf").split(",");
  return (
    <>
      <Styles />
      <p class="breadcrumb">
        <a href={`/visits/${visit.id}/public`}>{visit.title}</a>
      </p>
      <h1>{t("submissions.callEdit.title")}</h1>
      <p class="lead">{t("submissions.callEdit.intro")}</p>
      <form method="post" action={`/visits/${visit.id}/call`} class="stack">
        <FormError problem={problem} form="call" />
        <Csrf token={csrf} />
        <InputField
          form="call"
          name="deadline"
          type="date"
          label={t("submissions.callEdit.deadline")}
          hint={t("submissions.callEdit.deadlineHint")}
          value={values.deadline}
          required
          problem={problem}
        />
        <InputField
          form="call"
          name="address"
          label={t("submissions.call.address")}
          value={values.address}
          problem={problem}
        />
        <InputField
          form="call"
          name="portalUrl"
          type="url"
          label={t("submissions.call.portal")}
          value={values.portalUrl}
          problem={problem}
        />
        <InputField
          form="call"
          name="maxWords"
          type="number"
          min={1}
          label={t("submissions.callEdit.maxWords")}
          value={values.maxWords}
          problem={problem}
        />
        <InputField
          form="call"
          name="maxPages"
          type="number"
          min={1}
          label={t("submissions.callEdit.maxPages")}
          value={values.maxPages}
          problem={problem}
        />
        <InputField
          form="call"
          name="languages"
          label={t("submissions.call.languages")}
          hint={t("submissions.callEdit.languagesHint")}
          value={values.languages ?? "en"}
          required
          problem={problem}
        />
        <fieldset>
          <legend>{t("submissions.call.formats")}</legend>
          {callFormats.map((f) => (
            <div class="check">
              <input
                type="checkbox"
                id={`call-format-${f}`}
                name="formats"
                value={f}
                checked={chosen.includes(f)}
              />
              <label for={`call-format-${f}`}>{f.toUpperCase()}</label>
            </div>
          ))}
        </fieldset>
        <InputField
          form="call"
          name="source"
          type="url"
          label={t("submissions.call.source")}
          value={values.source}
          problem={problem}
        />
        <h2>{t("submissions.callEdit.page")}</h2>
        <InputField
          form="call"
          name="cities"
          label={t("submissions.public.cities")}
          hint={t("submissions.callEdit.citiesHint")}
          value={values.cities}
          problem={problem}
        />
        <InputField
          form="call"
          name="contact"
          label={t("submissions.public.contact")}
          hint={t("submissions.callEdit.contactHint")}
          value={values.contact}
          problem={problem}
        />
        <InputField
          form="call"
          name="hashtag"
          label={t("submissions.callEdit.hashtag")}
          value={values.hashtag}
          problem={problem}
        />
        <button type="submit">{t("submissions.callEdit.save")}</button>
      </form>
    </>
  );
}

/** The poster's stylesheet: one A4 page, large type, black on white, nothing else when printed. */
export const posterCss = `@page { size: A4; margin: 15mm; }
body { font-family: "DejaVu Sans", system-ui, sans-serif; color: #000; background: #fff; margin: 2rem; line-height: 1.3; }
main { max-inline-size: 44rem; margin-inline: auto; text-align: center; }
h1 { font-size: 2.4rem; margin: 0.5rem 0 1rem; }
.facts { font-size: 1.35rem; margin: 0.4rem 0; }
.call { font-size: 1.6rem; font-weight: bold; border: 3px solid #000; padding: 0.6rem 1rem; margin: 1.5rem 0; }
.qr svg { inline-size: 60mm; block-size: 60mm; }
.url { font-size: 1.1rem; overflow-wrap: anywhere; }
.noprint a { color: #0b4f9c; }
@media print {
  .noprint { display: none; }
  body { margin: 0; }
}`;

export function PosterDocument({ i18n, data, qr }: { i18n: I18n; data: PublicVisitData; qr: string }) {
  const { t } = i18n;
  return (
    <html lang={i18n.locale} dir={i18n.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${t("submissions.poster.title")}: ${data.title} · Visitdesk`}</title>
        <link rel="stylesheet" href="/submissions/poster.css" />
      </head>
      <body>
        <main>
          <p class="noprint">
            <a href={`/visits/${data.id}/public`}>{t("submissions.poster.back")}</a> ·{" "}
            {t("submissions.poster.printHint")}
          </p>
          <h1>{t("submissions.poster.heading", { mandate: data.mandate, country: data.country })}</h1>
          <p class="facts">{data.when}</p>
          {data.cities.length > 0 && <p class="facts">{data.cities.join(" · ")}</p>}
          {data.call && (
            <p class="call">{t("submissions.poster.call", { date: i18n.formatDate(data.call.deadline) })}</p>
          )}
          <figure class="qr">
            <div aria-hidden="true">{raw(qr)}</div>
            <figcaption>{t("submissions.poster.scan")}</figcaption>
          </figure>
          <p class="url">{data.url}</p>
          {data.contact && <p class="facts">{data.contact}</p>}
        </main>
      </body>
    </html>
  );
}
