import type { Child } from "hono/jsx";
import { countryName } from "../countries/country";
import { ListPage, Select } from "../platform/http/components";
import { Csrf, FormError, type FormProblem, InputField, SelectField } from "../platform/http/fields";
import { type I18n, localeNames, type MessageKey } from "../platform/i18n";
import type { Choice } from "../visits/forms";
import type { LetterRow, LetterSummary } from "./letter-store";
import type { Letter } from "./letters/compose";
import {
  type Field,
  type FormValues,
  fieldNames,
  formGroups,
  issuesByField,
  limitsOf,
  type RowsField,
} from "./letters/form";
import { type FieldIssue, letterLanguages, type TemplateId, templateIds } from "./letters/templates";
import type { SignatureRow } from "./signature-store";
import type { SignOnState } from "./signon";

export const templateName = (t: I18n["t"], template: string) =>
  t(`advocacy.template.${template}` as MessageKey);

export function AdvocacyNav({ i18n, current }: { i18n: I18n; current: string }) {
  const links: [string, MessageKey][] = [
    ["/advocacy/letters", "advocacy.letters.title"],
    ["/advocacy/letters/new", "advocacy.new.title"],
    ["/advocacy/log", "advocacy.log.title"],
  ];
  return (
    <nav class="subnav" aria-label={i18n.t("advocacy.nav")}>
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

export function Done({ text }: { text?: string }) {
  return text ? (
    <p class="notice notice-ok" role="status">
      {text}
    </p>
  ) : null;
}

export function LettersPage({
  i18n,
  items,
  total,
  limit,
  offset,
  signatures,
  template,
}: {
  i18n: I18n;
  items: LetterSummary[];
  total: number;
  limit: number;
  offset: number;
  signatures: ReadonlyMap<string, number>;
  template?: string;
}) {
  const { t } = i18n;
  return (
    <>
      <AdvocacyNav i18n={i18n} current="/advocacy/letters" />
      <ListPage
        i18n={i18n}
        title={t("advocacy.letters.title")}
        intro={t("advocacy.letters.intro")}
        path="/advocacy/letters"
        filters={
          <Select
            id="template"
            label={t("advocacy.letters.col.template")}
            value={template}
            options={[
              { value: "", label: t("advocacy.letters.anyTemplate") },
              ...templateIds.map((id) => ({ value: id, label: templateName(t, id) })),
            ]}
          />
        }
        count={t("advocacy.letters.count", { count: total })}
        empty={items.length === 0}
        emptyTitle={t("advocacy.letters.empty")}
        after={
          <p>
            <a href="/advocacy/letters/new">{t("advocacy.new.title")}</a>
          </p>
        }
        params={{ template }}
        total={total}
        limit={limit}
        offset={offset}
      >
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("advocacy.letters.col.title")}</th>
                <th scope="col">{t("advocacy.letters.col.template")}</th>
                <th scope="col">{t("visits.col.country")}</th>
                <th scope="col">{t("advocacy.letters.col.organisation")}</th>
                <th scope="col">{t("advocacy.letters.col.signatures")}</th>
                <th scope="col">{t("advocacy.letters.col.updated")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((l) => (
                <tr>
                  <th scope="row">
                    <a href={`/advocacy/letters/${l.id}`}>{l.title}</a>
                  </th>
                  <td>
                    {templateName(t, l.template)} · {localeNames[l.language as "en"] ?? l.language}
                  </td>
                  <td>{countryName({ names: l.countryNames }, i18n.locale)}</td>
                  <td>
                    {l.orgName}
                    {l.visibility === "coalition" && (
                      <span class="muted"> · {t("advocacy.letters.shared")}</span>
                    )}
                  </td>
                  <td>{i18n.formatNumber(signatures.get(l.id) ?? 0)}</td>
                  <td>{i18n.formatDate(l.updatedAt, "short")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ListPage>
    </>
  );
}

/** What the registry holds for the country, shown while choosing what to write. */
export interface RegistryFacts {
  countryName: string;
  pending: { visitId: string; mandate: string; requestedOn: string; age: string; reminders: number }[];
  earlier: { visitId: string; mandate: string; status: string; when: string }[];
}

function RegistryPanel({ i18n, facts }: { i18n: I18n; facts: RegistryFacts }) {
  const { t } = i18n;
  return (
    <section class="panel" aria-labelledby="registry-heading">
      <h2 id="registry-heading">{t("advocacy.new.registry", { country: facts.countryName })}</h2>
      <h3>{t("advocacy.new.pending")}</h3>
      {facts.pending.length ? (
        <ul>
          {facts.pending.map((p) => (
            <li>
              <a href={`/visits/${p.visitId}`}>{p.mandate}</a>:{" "}
              {t("advocacy.new.pendingItem", {
                date: i18n.formatDate(p.requestedOn),
                age: p.age,
                reminders: p.reminders,
              })}{" "}
              <a href={`/advocacy/visits/${p.visitId}`}>{t("advocacy.timeline.link")}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("advocacy.new.noPending")}</p>
      )}
      {facts.earlier.length > 0 && (
        <>
          <h3>{t("advocacy.new.earlier")}</h3>
          <ul>
            {facts.earlier.map((e) => (
              <li>
                <a href={`/visits/${e.visitId}`}>{e.mandate}</a>: {e.status} ({e.when})
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="hint">{t("advocacy.new.registryHint")}</p>
    </section>
  );
}

export function NewLetterPage({
  i18n,
  csrf,
  values,
  orgs,
  countries,
  mandates,
  registry,
  unofficial,
  problem,
}: {
  i18n: I18n;
  csrf: string;
  values: Record<string, string | undefined>;
  orgs: Choice[];
  countries: Choice[];
  mandates: Choice[];
  registry: RegistryFacts | null;
  unofficial: string | null;
  problem?: FormProblem;
}) {
  const { t } = i18n;
  const f = { form: "new", problem };
  const chosen = values.template ?? "visit-request";
  return (
    <>
      <AdvocacyNav i18n={i18n} current="/advocacy/letters/new" />
      <h1>{t("advocacy.new.title")}</h1>
      <p class="lead">{t("advocacy.new.intro")}</p>
      {unofficial && <p class="notice">{t("advocacy.new.forUnofficial", { event: unofficial })}</p>}
      {registry && <RegistryPanel i18n={i18n} facts={registry} />}
      {orgs.length === 0 ? (
        <p class="notice">
          {t("advocacy.new.noOrg")} <a href="/orgs">{t("nav.myOrgs")}</a>
        </p>
      ) : (
        <form method="post" action="/advocacy/letters/new" class="stack">
          <FormError problem={problem} form="new" />
          <Csrf token={csrf} />
          <fieldset>
            <legend>{t("advocacy.new.template")}</legend>
            {templateIds.map((id) => (
              <div class="check">
                <input
                  type="radio"
                  id={`new-template-${id}`}
                  name="template"
                  value={id}
                  checked={chosen === id}
                  aria-describedby={`new-template-${id}-hint`}
                />
                <label for={`new-template-${id}`}>{templateName(t, id)}</label>
                <span id={`new-template-${id}-hint`} class="hint">
                  {t(`advocacy.template.${id}.hint` as MessageKey)}
                </span>
              </div>
            ))}
          </fieldset>
          <SelectField
            {...f}
            name="org"
            label={t("advocacy.new.org")}
            value={values.org}
            required
            options={orgs}
          />
          <SelectField
            {...f}
            name="country"
            label={t("advocacy.field.country")}
            value={values.country}
            required
            options={[{ value: "", label: t("visit.new.chooseCountry") }, ...countries]}
          />
          <SelectField
            {...f}
            name="mandate"
            label={t("advocacy.field.mandate")}
            hint={t("advocacy.new.mandateHint")}
            value={values.mandate}
            options={[{ value: "", label: t("visit.new.chooseMandate") }, ...mandates]}
          />
          <SelectField
            {...f}
            name="language"
            label={t("advocacy.field.language")}
            value={
              values.language ?? (letterLanguages as readonly string[]).find((l) => l === i18n.locale) ?? "en"
            }
            required
            options={letterLanguages.map((l) => ({ value: l, label: localeNames[l] }))}
          />
          <InputField
            {...f}
            name="title"
            label={t("advocacy.field.title")}
            hint={t("advocacy.hint.title")}
            value={values.title}
            maxlength={200}
          />
          {values.visit && <input type="hidden" name="visit" value={values.visit} />}
          {values.unofficial && <input type="hidden" name="unofficial" value={values.unofficial} />}
          <button type="submit">{t("advocacy.new.submit")}</button>
        </form>
      )}
    </>
  );
}

/** The composed letter as the reader will get it, in the letter's own language. */
export function LetterPreview({
  i18n,
  letter,
  logoUrl,
}: {
  i18n: I18n;
  letter: Letter;
  logoUrl: string | null;
}) {
  return (
    <article
      class="panel letter-preview"
      lang={letter.language}
      aria-label={i18n.t("advocacy.letter.preview")}
    >
      <header>
        {logoUrl && <img src={logoUrl} alt="" height={48} />}
        <p>
          <strong>{letter.organisation.name}</strong>
        </p>
      </header>
      <p>{letter.dateLine}</p>
      <p>
        {letter.addressee.map((l, i) => (
          <>
            {i > 0 && <br />}
            {l}
          </>
        ))}
      </p>
      <p>
        <strong>{letter.subject}</strong>
      </p>
      <p>{letter.salutation}</p>
      {letter.body.map((b) =>
        b.kind === "heading" ? (
          <h3>{b.text}</h3>
        ) : b.kind === "paragraph" ? (
          <p>{b.text}</p>
        ) : (
          <ul>
            {b.items.map((item) => (
              <li>{item}</li>
            ))}
          </ul>
        ),
      )}
      <p>{letter.closing}</p>
      <p>
        {letter.signature.map((l, i) => (
          <>
            {i > 0 && <br />}
            {i === 0 ? <strong>{l}</strong> : l}
          </>
        ))}
      </p>
      {letter.signatories && (
        <>
          <h3>{letter.signatories.heading}</h3>
          <ul>
            {letter.signatories.names.map((n) => (
              <li>{n}</li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

/** Sign-on: the letter's deadline, and the form organisations sign with. */
export function SignForm({
  i18n,
  csrf,
  action,
  countries,
  values = {},
  problem,
}: {
  i18n: I18n;
  csrf: string;
  action: string;
  countries: Choice[];
  values?: Record<string, string | undefined>;
  problem?: FormProblem;
}) {
  const { t } = i18n;
  const f = { form: "sign", problem };
  return (
    <form method="post" action={action} class="stack" aria-labelledby="sign-heading">
      <h2 id="sign-heading">{t("advocacy.sign.heading")}</h2>
      <p class="hint">{t("advocacy.sign.intro")}</p>
      <FormError problem={problem} form="sign" />
      <Csrf token={csrf} />
      <InputField
        {...f}
        name="orgName"
        label={t("advocacy.sign.orgName")}
        value={values.orgName}
        required
        maxlength={200}
      />
      <SelectField
        {...f}
        name="country"
        label={t("advocacy.sign.country")}
        value={values.country}
        options={[{ value: "", label: "—" }, ...countries]}
      />
      <InputField
        {...f}
        name="email"
        label={t("advocacy.sign.email")}
        hint={t("advocacy.sign.emailHint")}
        value={values.email}
        required
        maxlength={254}
      />
      <div class="check">
        <input
          type="checkbox"
          id="sign-listPublicly"
          name="listPublicly"
          checked={values.listPublicly !== "off"}
          aria-describedby="sign-listPublicly-hint"
        />
        <label for="sign-listPublicly">{t("advocacy.sign.listPublicly")}</label>
      </div>
      <p id="sign-listPublicly-hint" class="hint">
        {t("advocacy.sign.listPubliclyHint")}
      </p>
      <button type="submit">{t("advocacy.sign.submit")}</button>
    </form>
  );
}

export interface LetterPageProps {
  i18n: I18n;
  csrf: string;
  row: LetterRow;
  orgName: string;
  letter: Letter;
  logoUrl: string | null;
  can: { edit: boolean; share: boolean; sign: boolean; contacts: boolean };
  signOn: { state: SignOnState; deadline: Date | null; hasLink: boolean };
  signatures: SignatureRow[];
  coalitions: Choice[];
  countries: Choice[];
  done?: string;
  problem?: FormProblem;
  values?: Record<string, string | undefined>;
  /** A public link just made: shown this once. */
  newLink?: string;
  after?: Child;
}

function SignatoryList({
  i18n,
  csrf,
  row,
  signatures,
  owner,
}: {
  i18n: I18n;
  csrf: string;
  row: LetterRow;
  signatures: SignatureRow[];
  owner: boolean;
}) {
  const { t } = i18n;
  const confirmed = signatures.filter((s) => s.status === "confirmed");
  return (
    <section aria-labelledby="signatories-heading">
      <h2 id="signatories-heading">{t("advocacy.signatories.heading")}</h2>
      <p role="status">{t("advocacy.signatories.count", { count: confirmed.length })}</p>
      {signatures.length > 0 && (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("advocacy.sign.orgName")}</th>
                <th scope="col">{t("advocacy.sign.country")}</th>
                <th scope="col">{t("advocacy.signatories.status")}</th>
                {owner && <th scope="col">{t("advocacy.sign.email")}</th>}
                {owner && <th scope="col">{t("advocacy.signatories.order")}</th>}
              </tr>
            </thead>
            <tbody>
              {signatures.map((s) => (
                <tr>
                  <th scope="row">{s.orgName}</th>
                  <td>{s.countryIso3 ?? "—"}</td>
                  <td>
                    {t(`advocacy.signature.${s.status}` as MessageKey)}
                    {!s.listPublicly && <span class="muted"> · {t("advocacy.signatories.unlisted")}</span>}
                  </td>
                  {owner && <td>{s.contactEmail}</td>}
                  {owner && (
                    <td>
                      {s.status === "confirmed" &&
                        (["up", "down"] as const).map((dir) => (
                          <form
                            method="post"
                            action={`/advocacy/letters/${row.id}/signatories/${s.id}/move`}
                            class="inline-form"
                          >
                            <Csrf token={csrf} />
                            <input type="hidden" name="direction" value={dir} />
                            <button
                              type="submit"
                              aria-label={t(`advocacy.signatories.${dir}`, { name: s.orgName })}
                            >
                              {dir === "up" ? "↑" : "↓"}
                            </button>
                          </form>
                        ))}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <a href={`/advocacy/letters/${row.id}/signatories.csv`}>{t("advocacy.signatories.csv")}</a>
        {owner && (
          <>
            {" · "}
            <a href={`/advocacy/letters/${row.id}/signatories.csv?contacts=1`}>
              {t("advocacy.signatories.csvContacts")}
            </a>
          </>
        )}
      </p>
    </section>
  );
}

function SignOnPanel({
  i18n,
  csrf,
  row,
  signOn,
  coalitions,
  problem,
  values = {},
  newLink,
}: LetterPageProps) {
  const { t } = i18n;
  const f = { form: "signon", problem };
  return (
    <section class="panel" aria-labelledby="signon-heading">
      <h2 id="signon-heading">{t("advocacy.signon.heading")}</h2>
      <p>
        {signOn.state === "open"
          ? t("advocacy.signon.open", { deadline: i18n.formatDate(signOn.deadline as Date) })
          : signOn.state === "closed"
            ? t("advocacy.signon.closed", { deadline: i18n.formatDate(signOn.deadline as Date) })
            : t("advocacy.signon.notOpen")}
      </p>
      {newLink && (
        <div class="notice notice-ok" role="status">
          <p>{t("advocacy.signon.linkMade")}</p>
          <pre class="secret">{newLink}</pre>
        </div>
      )}
      <form method="post" action={`/advocacy/letters/${row.id}/share`} class="stack">
        <FormError problem={problem} form="share" />
        <Csrf token={csrf} />
        <SelectField
          form="share"
          problem={problem}
          name="coalition"
          label={t("advocacy.share.coalition")}
          hint={t("advocacy.share.hint")}
          value={values.coalition ?? row.coalitionId ?? ""}
          options={[{ value: "", label: t("advocacy.share.none") }, ...coalitions]}
        />
        <button type="submit">{t("advocacy.share.submit")}</button>
      </form>
      <form method="post" action={`/advocacy/letters/${row.id}/sign-on`} class="stack">
        <FormError problem={problem} form="signon" />
        <Csrf token={csrf} />
        <InputField
          {...f}
          name="deadline"
          type="date"
          label={t("advocacy.signon.deadline")}
          hint={t("advocacy.signon.deadlineHint")}
          value={values.deadline ?? row.signOnDeadline?.toISOString().slice(0, 10)}
          required
        />
        <SelectField
          {...f}
          name="link"
          label={t("advocacy.signon.link")}
          value={values.link ?? "keep"}
          options={(signOn.hasLink ? (["keep", "new", "remove"] as const) : (["keep", "new"] as const)).map(
            (v) => ({
              value: v,
              label: t(
                `advocacy.signon.link.${v}${v === "keep" && !signOn.hasLink ? "None" : ""}` as MessageKey,
              ),
            }),
          )}
        />
        <button type="submit">{t("advocacy.signon.submit")}</button>
      </form>
    </section>
  );
}

export function LetterPage(p: LetterPageProps) {
  const { i18n, row, letter, can } = p;
  const { t } = i18n;
  return (
    <>
      <AdvocacyNav i18n={i18n} current="" />
      <p class="breadcrumb">
        <a href="/advocacy/letters">{t("advocacy.letters.title")}</a>
      </p>
      <h1>{row.title}</h1>
      <Done text={p.done} />
      <dl class="facts">
        <dt>{t("advocacy.letters.col.template")}</dt>
        <dd>{templateName(t, row.template)}</dd>
        <dt>{t("advocacy.letters.col.organisation")}</dt>
        <dd>{p.orgName}</dd>
        <dt>{t("advocacy.field.language")}</dt>
        <dd>{localeNames[row.language as "en"] ?? row.language}</dd>
        {row.visitId && (
          <>
            <dt>{t("advocacy.letter.visit")}</dt>
            <dd>
              <a href={`/advocacy/visits/${row.visitId}`}>{t("advocacy.timeline.link")}</a>
            </dd>
          </>
        )}
        {row.unofficialVisitId && (
          <>
            <dt>{t("advocacy.letter.unofficial")}</dt>
            <dd>
              <a href={`/advocacy/unofficial/${row.unofficialVisitId}`}>{t("advocacy.unofficial.link")}</a>
            </dd>
          </>
        )}
      </dl>
      <ul class="button-row" aria-label={t("advocacy.letter.actions")}>
        {can.edit && (
          <li>
            <a href={`/advocacy/letters/${row.id}/edit`}>{t("advocacy.letter.edit")}</a>
          </li>
        )}
        <li>
          <a href={`/advocacy/letters/${row.id}/download?format=docx`}>{t("advocacy.letter.docx")}</a>
        </li>
        <li>
          <a href={`/advocacy/letters/${row.id}/download?format=pdf`}>{t("advocacy.letter.pdf")}</a>
        </li>
      </ul>
      <LetterPreview i18n={i18n} letter={letter} logoUrl={p.logoUrl} />
      {can.share && <SignOnPanel {...p} />}
      {can.sign && p.signOn.state === "open" && (
        <SignForm
          i18n={i18n}
          csrf={p.csrf}
          action={`/advocacy/letters/${row.id}/sign`}
          countries={p.countries}
          values={p.values}
          problem={p.problem}
        />
      )}
      <SignatoryList i18n={i18n} csrf={p.csrf} row={row} signatures={p.signatures} owner={can.contacts} />
      {p.after}
    </>
  );
}

function hintOf(i18n: I18n, template: TemplateId, field: Field, path: string): string {
  const { t } = i18n;
  const limits = limitsOf(template, path);
  const parts: string[] = [];
  if (field.hint) parts.push(t(field.hint));
  if (field.kind === "lines")
    parts.push(t("advocacy.hint.lines", { entries: limits.entries ?? 0, chars: limits.chars ?? 0 }));
  else if (field.kind === "dates") parts.push(t("advocacy.hint.dates", { entries: limits.entries ?? 0 }));
  else if (limits.chars) parts.push(t("advocacy.hint.chars", { max: limits.chars }));
  return parts.join(" ");
}

/** A refusal in the reader's language where it can be said in numbers, the template's words otherwise. */
export function issueText(i18n: I18n, issue: FieldIssue): string {
  if (issue.tooLong) return i18n.t("advocacy.issue.tooLong", issue.tooLong);
  if (issue.tooMany) return i18n.t("advocacy.issue.tooMany", issue.tooMany);
  if (issue.message === "required") return i18n.t("advocacy.issue.required");
  return issue.message;
}

export const inputId = (name: string) => `letter-${name.replace(/[^A-Za-z0-9]+/g, "-")}`;

interface FormCtx {
  i18n: I18n;
  template: TemplateId;
  values: FormValues;
  errors: Map<string, FieldIssue[]>;
  countries: Choice[];
  mandates: Choice[];
}

function Input({ ctx, field, name, label }: { ctx: FormCtx; field: Field; name: string; label: string }) {
  const { i18n, template, values, errors } = ctx;
  const id = inputId(name);
  const hint = hintOf(i18n, template, field, name);
  const own = errors.get(name) ?? [];
  const describedBy =
    [hint && `${id}-hint`, own.length && `${id}-error`].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name,
    required: field.required,
    "aria-describedby": describedBy,
    "aria-invalid": own.length ? ("true" as const) : undefined,
  };
  const value = values[name] ?? "";
  const max = limitsOf(template, name).chars;
  const select = (options: Choice[]) => (
    <select {...common}>
      {!field.required && <option value="">—</option>}
      {options.map((o) => (
        <option value={o.value} selected={o.value === value}>
          {o.label}
        </option>
      ))}
    </select>
  );
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {own.length > 0 && (
        <p id={`${id}-error`} class="form-error">
          {own.map((e) => issueText(i18n, e)).join(" ")}
        </p>
      )}
      {field.kind === "mandate" ? (
        select(ctx.mandates)
      ) : field.kind === "country" ? (
        select(ctx.countries)
      ) : field.kind === "language" ? (
        select(letterLanguages.map((l) => ({ value: l, label: localeNames[l] })))
      ) : field.kind === "longtext" || field.kind === "lines" ? (
        <textarea
          {...common}
          rows={field.kind === "lines" ? 4 : 5}
          maxlength={field.kind === "longtext" ? max : undefined}
        >
          {value}
        </textarea>
      ) : (
        <input
          {...common}
          type={field.kind === "date" ? "date" : "text"}
          value={value}
          maxlength={field.kind === "text" ? max : undefined}
        />
      )}
    </div>
  );
}

function Rows({ ctx, field, count }: { ctx: FormCtx; field: RowsField; count: number }) {
  const { t } = ctx.i18n;
  const own = ctx.errors.get(field.name) ?? [];
  const limits = limitsOf(ctx.template, field.name);
  return (
    <fieldset id={inputId(field.name)}>
      <legend>{t(field.label)}</legend>
      <p class="hint">{t("advocacy.hint.rows", { entries: limits.entries ?? 0 })}</p>
      {own.length > 0 && <p class="form-error">{own.map((e) => issueText(ctx.i18n, e)).join(" ")}</p>}
      {Array.from({ length: count }, (_, i) => (
        <fieldset>
          <legend>{t(`${field.label}.item` as MessageKey, { n: i + 1 })}</legend>
          {field.cells.map((cell) => (
            <Input ctx={ctx} field={cell} name={`${field.name}[${i}].${cell.name}`} label={t(cell.label)} />
          ))}
        </fieldset>
      ))}
    </fieldset>
  );
}

/** The label a refusal's input is known by in the summary: a row's cell names its row too. */
export function labelOf(i18n: I18n, template: TemplateId, name: string): string {
  const { t } = i18n;
  for (const group of formGroups(template))
    for (const field of group.fields) {
      if (field.name === name) return t(field.label);
      if (field.kind !== "rows") continue;
      const m = name.match(/^(.+)\[(\d+)\]\.(\w+)$/);
      const cell = field.cells.find((c) => c.name === m?.[3]);
      if (m?.[1] === field.name && cell)
        return `${t(`${field.label}.item` as MessageKey, { n: Number(m[2]) + 1 })}: ${t(cell.label)}`;
    }
  return name === "title" ? t("advocacy.field.title") : name;
}

export function EditLetterPage({
  i18n,
  csrf,
  row,
  title,
  values,
  rows,
  issues,
  countries,
  mandates,
  done,
}: {
  i18n: I18n;
  csrf: string;
  row: LetterRow;
  title: string;
  values: FormValues;
  rows: Record<string, number>;
  issues: FieldIssue[];
  countries: Choice[];
  mandates: Choice[];
  done?: string;
}) {
  const { t } = i18n;
  const template = row.template as TemplateId;
  const names = fieldNames(template, rows);
  names.add("title");
  const errors = issuesByField(issues, names);
  const ctx: FormCtx = { i18n, template, values, errors, countries, mandates };
  const titleErrors = errors.get("title") ?? [];
  return (
    <>
      <p class="breadcrumb">
        <a href="/advocacy/letters">{t("advocacy.letters.title")}</a> ›{" "}
        <a href={`/advocacy/letters/${row.id}`}>{row.title}</a>
      </p>
      <h1>{t("advocacy.edit.title", { template: templateName(t, template) })}</h1>
      <p class="lead">{t("advocacy.edit.intro")}</p>
      <Done text={issues.length ? undefined : done} />
      <form method="post" action={`/advocacy/letters/${row.id}/edit`} class="stack" novalidate>
        {issues.length > 0 && (
          <div id="letter-error" class="form-error" role="alert">
            <p>{t("advocacy.edit.problems", { count: issues.length })}</p>
            <ul>
              {issues.map((issue) => {
                const name = [...errors].find(([, list]) => list.includes(issue))?.[0] ?? "";
                const text = `${labelOf(i18n, template, name || issue.path)}: ${issueText(i18n, issue)}`;
                return <li>{name ? <a href={`#${inputId(name)}`}>{text}</a> : text}</li>;
              })}
            </ul>
          </div>
        )}
        <Csrf token={csrf} />
        <div class="field">
          <label for="letter-title">{t("advocacy.field.title")}</label>
          <p id="letter-title-hint" class="hint">
            {t("advocacy.hint.title")}
          </p>
          {titleErrors.length > 0 && (
            <p id="letter-title-error" class="form-error">
              {titleErrors.map((e) => issueText(i18n, e)).join(" ")}
            </p>
          )}
          <input
            id="letter-title"
            name="title"
            type="text"
            value={title}
            maxlength={200}
            required
            aria-describedby={
              titleErrors.length ? "letter-title-hint letter-title-error" : "letter-title-hint"
            }
            aria-invalid={titleErrors.length ? "true" : undefined}
          />
        </div>
        {formGroups(template).map((group) => (
          <fieldset>
            <legend>{t(group.legend)}</legend>
            {group.fields.map((field) =>
              field.kind === "rows" ? (
                <Rows ctx={ctx} field={field} count={rows[field.name] ?? 1} />
              ) : (
                <Input ctx={ctx} field={field} name={field.name} label={t(field.label)} />
              ),
            )}
          </fieldset>
        ))}
        <button type="submit">{t("advocacy.edit.submit")}</button>
      </form>
    </>
  );
}
