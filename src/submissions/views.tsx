import type { DocumentBlock, DocumentModel } from "../platform/documents/model";
import { Csrf, FormError, type FormProblem, InputField, SelectField } from "../platform/http/fields";
import type { I18n } from "../platform/i18n";
import { sendChannels } from "./inputs";
import {
  type Audience,
  audiences,
  type ConsentAudience,
  consentAudiences,
  type PartKind,
  type PersonRole,
  partKinds,
  personRoles,
} from "./model";

/** The pages of the submission workspace. They get plain data already cut to what the reader may see. */

export const STYLESHEET = "/submissions/submissions.css";
/** A stylesheet is allowed in the body; the layout's head stays the platform's. */
export const Styles = () => <link rel="stylesheet" href={STYLESHEET} />;

export interface PartItem {
  id: string;
  kind: PartKind;
  audience: Audience;
  /** As the reader may see them: raw when they may edit the part, names withheld otherwise. */
  heading: string;
  body: string;
  contributors: string[];
  editable: boolean;
  /** Left out of the reader's view: it names someone withheld from them. */
  hidden: boolean;
  mentions: string[];
  words: number;
  first: boolean;
  last: boolean;
}

export interface ConsentItem {
  id: string;
  audiences: ConsentAudience[];
  givenBy: string;
  givenOn: string;
  revokedOn: string | null;
  active: boolean;
}

export interface PersonItem {
  id: string;
  name: string;
  contact: string | null;
  role: PersonRole;
  consents: ConsentItem[];
}

export interface AttachmentItem {
  id: string;
  name: string;
  audience: Audience;
  size: number;
  contributor: string;
  mayDelete: boolean;
}

export interface SendItem {
  audience: "public" | "expert";
  channel: string;
  recipient: string;
  sentOn: string;
}

export interface SignoffItem {
  org: string;
  state: "signed" | "missing" | "stale";
}

export interface CallSummary {
  deadline: Date;
  countdown: string;
  overdue: boolean;
  address: string | null;
  portalUrl: string | null;
  maxWords: number | null;
  maxPages: number | null;
  languages: string[];
  formats: string[];
  source: string | null;
}

export interface EditorData {
  id: string;
  title: string;
  language: string;
  visit: { id: string; title: string };
  owner: string;
  coalition: string | null;
  parts: PartItem[];
  /** Only for the owner organisation, which holds the records. */
  people: PersonItem[] | null;
  canEditTitle: boolean;
  canAddPart: boolean;
  canAssemble: boolean;
  canExport: boolean;
  signOffFor: string[];
  signoffs: SignoffItem[] | null;
  call: CallSummary | null;
  words: { label: string; over: number };
  /** Only for the owner organisation: what stands in the way of each export. */
  problems: { audience: "public" | "expert"; items: { text: string; blocking: boolean }[] }[] | null;
  attachments: AttachmentItem[];
  canAttach: boolean;
  sends: SendItem[] | null;
  publishedAt: Date | null;
  done?: string;
}

const audienceLabel = (i18n: I18n, a: Audience) => i18n.t(`submissions.audience.${a}`);
const kindLabel = (i18n: I18n, k: PartKind) => i18n.t(`submissions.kind.${k}`);

export function AudienceBadge({ i18n, audience }: { i18n: I18n; audience: Audience }) {
  return <span class={`badge audience audience-${audience}`}>{audienceLabel(i18n, audience)}</span>;
}

export function SubmissionNav({
  i18n,
  id,
  current,
  canAssemble,
}: {
  i18n: I18n;
  id: string;
  current: "edit" | "preview" | "versions" | "assemble";
  canAssemble: boolean;
}) {
  const { t } = i18n;
  const links = [
    ["edit", `/submissions/${id}`, t("submissions.nav.edit")],
    ["preview", `/submissions/${id}/preview`, t("submissions.nav.preview")],
    ["versions", `/submissions/${id}/versions`, t("submissions.nav.versions")],
    ...(canAssemble ? [["assemble", `/submissions/${id}/assemble`, t("submissions.nav.assemble")]] : []),
  ] as const;
  return (
    <nav aria-label={t("submissions.nav.label")} class="subnav">
      <ul class="nav">
        {links.map(([key, href, label]) => (
          <li>
            <a href={href} aria-current={key === current ? "page" : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function CallBox({ i18n, call, visitId }: { i18n: I18n; call: CallSummary | null; visitId: string }) {
  const { t } = i18n;
  if (!call)
    return (
      <section class="panel" aria-labelledby="call-heading">
        <h2 id="call-heading">{t("submissions.call.title")}</h2>
        <p>{t("submissions.call.none")}</p>
        <p>
          <a href={`/visits/${visitId}/call`}>{t("submissions.call.record")}</a>
        </p>
      </section>
    );
  return (
    <section class="panel call" aria-labelledby="call-heading">
      <h2 id="call-heading">{t("submissions.call.title")}</h2>
      <p class={call.overdue ? "countdown overdue" : "countdown"}>
        <strong>{call.countdown}</strong> —{" "}
        {t("submissions.call.deadline", { date: i18n.formatDate(call.deadline) })}
      </p>
      <dl class="facts">
        {call.address && (
          <>
            <dt>{t("submissions.call.address")}</dt>
            <dd>
              <a href={`mailto:${call.address}`}>{call.address}</a>
            </dd>
          </>
        )}
        {call.portalUrl && (
          <>
            <dt>{t("submissions.call.portal")}</dt>
            <dd>
              <a href={call.portalUrl} rel="noopener noreferrer">
                {call.portalUrl}
              </a>
            </dd>
          </>
        )}
        {(call.maxWords || call.maxPages) && (
          <>
            <dt>{t("submissions.call.limits")}</dt>
            <dd>
              {[
                call.maxWords ? t("submissions.call.maxWords", { count: call.maxWords }) : "",
                call.maxPages ? t("submissions.call.maxPages", { count: call.maxPages }) : "",
              ]
                .filter(Boolean)
                .join(" · ")}
            </dd>
          </>
        )}
        <dt>{t("submissions.call.languages")}</dt>
        <dd>{call.languages.join(", ")}</dd>
        <dt>{t("submissions.call.formats")}</dt>
        <dd>{call.formats.map((f) => f.toUpperCase()).join(", ")}</dd>
        {call.source && (
          <>
            <dt>{t("submissions.call.source")}</dt>
            <dd>
              <a href={call.source} rel="noopener noreferrer">
                {call.source}
              </a>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

function Done({ text }: { text?: string }) {
  return text ? (
    <p class="notice notice-ok" role="status">
      {text}
    </p>
  ) : null;
}

function AudienceSelect({
  i18n,
  form,
  value,
  problem,
  choices = audiences,
}: {
  i18n: I18n;
  form: string;
  value: string;
  problem?: FormProblem;
  choices?: readonly Audience[];
}) {
  return (
    <SelectField
      form={form}
      name="audience"
      label={i18n.t("submissions.part.audience")}
      hint={i18n.t("submissions.part.audienceHint")}
      value={value}
      problem={problem}
      options={choices.map((a) => ({ value: a, label: audienceLabel(i18n, a) }))}
    />
  );
}

function KindSelect({ i18n, form, value }: { i18n: I18n; form: string; value: string }) {
  return (
    <SelectField
      form={form}
      name="kind"
      label={i18n.t("submissions.part.kind")}
      value={value}
      options={partKinds.map((k) => ({ value: k, label: kindLabel(i18n, k) }))}
    />
  );
}

function MentionBoxes({
  i18n,
  form,
  people,
  chosen,
}: {
  i18n: I18n;
  form: string;
  people: PersonItem[];
  chosen: readonly string[];
}) {
  if (!people.length) return null;
  return (
    <fieldset>
      <legend>{i18n.t("submissions.part.mentions")}</legend>
      <p class="hint">{i18n.t("submissions.part.mentionsHint")}</p>
      {people.map((p) => (
        <div class="check">
          <input
            type="checkbox"
            id={`${form}-mention-${p.id}`}
            name="mentions"
            value={p.id}
            checked={chosen.includes(p.id)}
          />
          <label for={`${form}-mention-${p.id}`}>{p.name}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** A part's text as paragraphs and lists, the way documents show it. */
export function BodyText({ text }: { text: string }) {
  const blocks = text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  return (
    <>
      {blocks.map((b) => {
        const lines = b.split("\n");
        return lines.every((l) => /^[-*•]\s+/.test(l.trim())) ? (
          <ul>
            {lines.map((l) => (
              <li>{l.trim().replace(/^[-*•]\s+/, "")}</li>
            ))}
          </ul>
        ) : (
          <p>{lines.join(" ")}</p>
        );
      })}
    </>
  );
}

function PartEditor({
  i18n,
  csrf,
  id,
  part,
  people,
  problem,
}: {
  i18n: I18n;
  csrf: string;
  id: string;
  part: PartItem;
  people: PersonItem[] | null;
  problem?: FormProblem;
}) {
  const { t } = i18n;
  const form = `part-${part.id}`;
  const action = `/submissions/${id}/parts/${part.id}`;
  return (
    <article class="part" aria-labelledby={`${form}-title`}>
      <h3 id={`${form}-title`}>
        {part.heading || t("submissions.part.noHeading")}{" "}
        <AudienceBadge i18n={i18n} audience={part.audience} />
      </h3>
      <p class="muted small">
        {t("submissions.part.by", { orgs: part.contributors.join(", ") })} ·{" "}
        {t("submissions.words.count", { count: part.words })}
      </p>
      {part.hidden ? (
        <p class="notice">{t("submissions.part.hiddenFromYou")}</p>
      ) : part.editable ? (
        <form method="post" action={action} class="stack part-form" data-autosave="true">
          <FormError problem={problem} form={form} />
          <Csrf token={csrf} />
          <InputField
            form={form}
            name="heading"
            label={t("submissions.part.heading")}
            value={part.heading}
            maxlength={300}
            problem={problem}
          />
          <KindSelect i18n={i18n} form={form} value={part.kind} />
          <AudienceSelect i18n={i18n} form={form} value={part.audience} problem={problem} />
          {people && <MentionBoxes i18n={i18n} form={form} people={people} chosen={part.mentions} />}
          <InputField
            form={form}
            name="body"
            label={t("submissions.part.body")}
            hint={t("submissions.part.bodyHint")}
            value={part.body}
            rows={8}
            problem={problem}
          />
          <div class="button-row">
            <button type="submit">{t("submissions.part.save")}</button>
            <span
              class="autosave-status muted small"
              role="status"
              data-saving={t("submissions.autosave.saving")}
            />
          </div>
        </form>
      ) : (
        <div class="part-text">
          <BodyText text={part.body} />
        </div>
      )}
      {part.editable && (
        <div class="button-row">
          {!part.first && (
            <form method="post" action={`${action}/move`} class="inline-form">
              <Csrf token={csrf} />
              <input type="hidden" name="direction" value="up" />
              <button type="submit">{t("submissions.part.moveUp")}</button>
            </form>
          )}
          {!part.last && (
            <form method="post" action={`${action}/move`} class="inline-form">
              <Csrf token={csrf} />
              <input type="hidden" name="direction" value="down" />
              <button type="submit">{t("submissions.part.moveDown")}</button>
            </form>
          )}
          <form method="post" action={`${action}/delete`} class="inline-form">
            <Csrf token={csrf} />
            <button type="submit" class="danger">
              {t("submissions.part.delete")}
            </button>
          </form>
        </div>
      )}
    </article>
  );
}

function PeoplePanel({
  i18n,
  csrf,
  id,
  people,
  problem,
}: {
  i18n: I18n;
  csrf: string;
  id: string;
  people: PersonItem[];
  problem?: FormProblem;
}) {
  const { t } = i18n;
  const consentBoxes = (form: string) => (
    <fieldset>
      <legend>{t("submissions.consent.audiences")}</legend>
      {consentAudiences.map((a) => (
        <div class="check">
          <input type="checkbox" id={`${form}-aud-${a}`} name="audiences" value={a} />
          <label for={`${form}-aud-${a}`}>{t(`submissions.consent.to.${a}`)}</label>
        </div>
      ))}
    </fieldset>
  );
  return (
    <section class="panel" aria-labelledby="people-heading">
      <h2 id="people-heading">{t("submissions.people.title")}</h2>
      <p class="hint">{t("submissions.people.intro")}</p>
      {people.length === 0 && <p>{t("submissions.people.none")}</p>}
      {people.map((p) => (
        <article class="person" aria-labelledby={`person-${p.id}`}>
          <h3 id={`person-${p.id}`}>
            {p.name} <span class="muted">({t(`submissions.role.${p.role}`)})</span>
          </h3>
          {p.contact && <p class="small">{t("submissions.people.contactIs", { contact: p.contact })}</p>}
          {p.consents.length === 0 ? (
            <p class="notice">{t("submissions.consent.none")}</p>
          ) : (
            <table class="consents">
              <caption class="visually-hidden">{t("submissions.consent.history", { name: p.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("submissions.consent.to")}</th>
                  <th scope="col">{t("submissions.consent.givenBy")}</th>
                  <th scope="col">{t("submissions.consent.givenOn")}</th>
                  <th scope="col">{t("submissions.consent.state")}</th>
                </tr>
              </thead>
              <tbody>
                {p.consents.map((c) => (
                  <tr>
                    <td>{c.audiences.map((a) => t(`submissions.consent.to.${a}`)).join(", ")}</td>
                    <td>{c.givenBy}</td>
                    <td>{i18n.formatDate(c.givenOn)}</td>
                    <td>
                      {c.active ? (
                        <form
                          method="post"
                          action={`/submissions/${id}/people/${p.id}/consents/${c.id}/revoke`}
                          class="inline-form"
                        >
                          <Csrf token={csrf} />
                          <span>{t("submissions.consent.active")}</span>{" "}
                          <button
                            type="submit"
                            class="danger"
                            aria-label={t("submissions.consent.revokeOne", { name: p.name })}
                          >
                            {t("submissions.consent.revoke")}
                          </button>
                        </form>
                      ) : c.revokedOn ? (
                        t("submissions.consent.revokedOn", { date: i18n.formatDate(c.revokedOn) })
                      ) : (
                        t("submissions.consent.notYet")
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <details>
            <summary>{t("submissions.consent.add", { name: p.name })}</summary>
            <form method="post" action={`/submissions/${id}/people/${p.id}/consents`} class="stack">
              <FormError problem={problem} form={`consent-${p.id}`} />
              <Csrf token={csrf} />
              {consentBoxes(`consent-${p.id}`)}
              <InputField
                form={`consent-${p.id}`}
                name="givenBy"
                label={t("submissions.consent.givenByLabel")}
                hint={t("submissions.consent.givenByHint")}
                problem={problem}
              />
              <button type="submit">{t("submissions.consent.record")}</button>
            </form>
          </details>
        </article>
      ))}
      <h3>{t("submissions.people.add")}</h3>
      <form method="post" action={`/submissions/${id}/people`} class="stack">
        <FormError problem={problem} form="person" />
        <Csrf token={csrf} />
        <InputField
          form="person"
          name="name"
          label={t("submissions.people.name")}
          required
          maxlength={200}
          problem={problem}
        />
        <InputField
          form="person"
          name="contact"
          label={t("submissions.people.contact")}
          hint={t("submissions.people.contactHint")}
          maxlength={500}
          problem={problem}
        />
        <SelectField
          form="person"
          name="role"
          label={t("submissions.people.role")}
          value="witness"
          options={personRoles.map((r) => ({ value: r, label: t(`submissions.role.${r}`) }))}
        />
        {consentBoxes("person")}
        <button type="submit">{t("submissions.people.save")}</button>
      </form>
    </section>
  );
}

const sizeText = (i18n: I18n, bytes: number) =>
  bytes >= 1024 * 1024
    ? i18n.t("submissions.file.mb", { size: Math.round((bytes / 1024 / 1024) * 10) / 10 })
    : i18n.t("submissions.file.kb", { size: Math.max(1, Math.round(bytes / 1024)) });

function AttachmentsPanel({
  i18n,
  csrf,
  data,
  problem,
}: {
  i18n: I18n;
  csrf: string;
  data: EditorData;
  problem?: FormProblem;
}) {
  const { t } = i18n;
  return (
    <section class="panel" aria-labelledby="attachments-heading">
      <h2 id="attachments-heading">{t("submissions.file.title")}</h2>
      {data.attachments.length === 0 ? (
        <p>{t("submissions.file.none")}</p>
      ) : (
        <ul>
          {data.attachments.map((a) => (
            <li>
              <a href={`/submissions/${data.id}/attachments/${a.id}`}>{a.name}</a> ({sizeText(i18n, a.size)}){" "}
              <AudienceBadge i18n={i18n} audience={a.audience} />{" "}
              <span class="muted small">{a.contributor}</span>
              {a.mayDelete && (
                <form
                  method="post"
                  action={`/submissions/${data.id}/attachments/${a.id}/delete`}
                  class="inline-form"
                >
                  <Csrf token={csrf} />
                  <button
                    type="submit"
                    class="danger"
                    aria-label={t("submissions.file.deleteOne", { name: a.name })}
                  >
                    {t("submissions.file.delete")}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      {data.canAttach && (
        <form
          method="post"
          action={`/submissions/${data.id}/attachments`}
          enctype="multipart/form-data"
          class="stack"
        >
          <FormError problem={problem} form="attach" />
          <Csrf token={csrf} />
          <div class="field">
            <label for="attach-file">{t("submissions.file.choose")}</label>
            <p id="attach-file-hint" class="hint">
              {t("submissions.file.hint")}
            </p>
            <input
              id="attach-file"
              type="file"
              name="file"
              required
              accept=".pdf,.docx,.odt,.png,.jpg,.jpeg"
              aria-describedby={
                problem?.form === "attach" ? "attach-file-hint attach-error" : "attach-file-hint"
              }
            />
          </div>
          <AudienceSelect
            i18n={i18n}
            form="attach"
            value="expert"
            choices={["expert", "coalition", "organisation"]}
          />
          <button type="submit">{t("submissions.file.upload")}</button>
        </form>
      )}
    </section>
  );
}

function SignoffPanel({ i18n, csrf, data }: { i18n: I18n; csrf: string; data: EditorData }) {
  const { t } = i18n;
  if (!data.signoffs) return null;
  return (
    <section class="panel" aria-labelledby="signoff-heading">
      <h2 id="signoff-heading">{t("submissions.signoff.title")}</h2>
      <p class="hint">{t("submissions.signoff.intro")}</p>
      <ul>
        {data.signoffs.map((s) => (
          <li>
            {s.org}: <strong>{t(`submissions.signoff.${s.state}`)}</strong>
          </li>
        ))}
      </ul>
      {data.signOffFor.length > 0 && (
        <form method="post" action={`/submissions/${data.id}/signoff`}>
          <Csrf token={csrf} />
          <button type="submit">
            {t("submissions.signoff.button", { orgs: data.signOffFor.join(", ") })}
          </button>
        </form>
      )}
    </section>
  );
}

export function SendLog({
  i18n,
  csrf,
  id,
  sends,
  problem,
  today,
}: {
  i18n: I18n;
  csrf: string;
  id: string;
  sends: SendItem[];
  problem?: FormProblem;
  today: string;
}) {
  const { t } = i18n;
  return (
    <section class="panel" aria-labelledby="sends-heading">
      <h2 id="sends-heading">{t("submissions.send.title")}</h2>
      <p class="hint">{t("submissions.send.intro")}</p>
      {sends.length === 0 ? (
        <p>{t("submissions.send.none")}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{t("submissions.send.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("submissions.send.date")}</th>
                <th scope="col">{t("submissions.send.version")}</th>
                <th scope="col">{t("submissions.send.channel")}</th>
                <th scope="col">{t("submissions.send.recipient")}</th>
              </tr>
            </thead>
            <tbody>
              {sends.map((s) => (
                <tr>
                  <td>{i18n.formatDate(s.sentOn)}</td>
                  <td>{t(`submissions.view.${s.audience}`)}</td>
                  <td>{t(`submissions.send.via.${s.channel as (typeof sendChannels)[number]}`)}</td>
                  <td>{s.recipient}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form method="post" action={`/submissions/${id}/sends`} class="stack">
        <FormError problem={problem} form="send" />
        <Csrf token={csrf} />
        <SelectField
          form="send"
          name="audience"
          label={t("submissions.send.version")}
          value="expert"
          options={[
            { value: "expert", label: t("submissions.view.expert") },
            { value: "public", label: t("submissions.view.public") },
          ]}
        />
        <SelectField
          form="send"
          name="channel"
          label={t("submissions.send.channel")}
          value="email"
          options={sendChannels.map((c) => ({ value: c, label: t(`submissions.send.via.${c}`) }))}
        />
        <InputField
          form="send"
          name="recipient"
          label={t("submissions.send.recipient")}
          required
          problem={problem}
        />
        <InputField
          form="send"
          name="sentOn"
          type="date"
          label={t("submissions.send.date")}
          value={today}
          required
          problem={problem}
        />
        <button type="submit">{t("submissions.send.record")}</button>
      </form>
    </section>
  );
}

export function EditorPage({
  i18n,
  csrf,
  data,
  problem,
  today,
}: {
  i18n: I18n;
  csrf: string;
  data: EditorData;
  problem?: FormProblem;
  today: string;
}) {
  const { t } = i18n;
  const add = "add-part";
  return (
    <article class="submission">
      <Styles />
      <p class="breadcrumb">
        <a href="/submissions">{t("submissions.list.title")}</a> ·{" "}
        <a href={`/visits/${data.visit.id}`}>{data.visit.title}</a>
      </p>
      <h1>{data.title}</h1>
      <p class="lead">
        {data.coalition
          ? t("submissions.editor.joint", { owner: data.owner, coalition: data.coalition })
          : t("submissions.editor.by", { owner: data.owner })}
        {data.publishedAt && (
          <> · {t("submissions.editor.published", { date: i18n.formatDate(data.publishedAt) })}</>
        )}
      </p>
      <SubmissionNav i18n={i18n} id={data.id} current="edit" canAssemble={data.canAssemble} />
      <Done text={data.done} />
      <CallBox i18n={i18n} call={data.call} visitId={data.visit.id} />
      <p class={data.words.over > 0 ? "notice" : "muted"} role="status">
        {data.words.label}
        {data.words.over > 0 && <> {t("submissions.words.warning")}</>}
      </p>
      {data.canEditTitle && (
        <form method="post" action={`/submissions/${data.id}/title`} class="stack" data-autosave="true">
          <FormError problem={problem} form="title" />
          <Csrf token={csrf} />
          <InputField
            form="title"
            name="title"
            label={t("submissions.editor.titleLabel")}
            value={data.title}
            required
            maxlength={300}
            problem={problem}
          />
          <InputField
            form="title"
            name="language"
            label={t("submissions.editor.language")}
            hint={t("submissions.editor.languageHint")}
            value={data.language}
            required
            problem={problem}
          />
          <div class="button-row">
            <button type="submit">{t("submissions.editor.saveTitle")}</button>
            <span
              class="autosave-status muted small"
              role="status"
              data-saving={t("submissions.autosave.saving")}
            />
          </div>
        </form>
      )}
      {data.problems && (
        <section class="panel" aria-labelledby="problems-heading">
          <h2 id="problems-heading">{t("submissions.problems.title")}</h2>
          {data.problems.map((p) => (
            <>
              <h3>
                {t(
                  p.audience === "public"
                    ? "submissions.export.previewPublic"
                    : "submissions.export.previewExpert",
                )}
              </h3>
              {p.items.length === 0 ? (
                <p>{t("submissions.problems.none")}</p>
              ) : (
                <ul>
                  {p.items.map((item) => (
                    <li class={item.blocking ? "blocking" : undefined}>
                      {item.blocking && <strong>{t("submissions.problems.blocking")} </strong>}
                      {item.text}
                    </li>
                  ))}
                </ul>
              )}
            </>
          ))}
        </section>
      )}
      <h2>{t("submissions.editor.parts")}</h2>
      {partKinds.map((kind) => {
        const here = data.parts.filter((p) => p.kind === kind);
        return here.length ? (
          <section aria-labelledby={`section-${kind}`} class="section">
            <h2 id={`section-${kind}`} class="section-heading">
              {kindLabel(i18n, kind)}
            </h2>
            {here.map((part) => (
              <PartEditor
                i18n={i18n}
                csrf={csrf}
                id={data.id}
                part={part}
                people={data.people}
                problem={problem}
              />
            ))}
          </section>
        ) : null;
      })}
      {data.parts.length === 0 && <p>{t("submissions.editor.noParts")}</p>}
      {data.canAddPart && (
        <section class="panel" aria-labelledby="add-part-title">
          <h2 id="add-part-title">{t("submissions.part.add")}</h2>
          <form method="post" action={`/submissions/${data.id}/parts`} class="stack">
            <FormError problem={problem} form={add} />
            <Csrf token={csrf} />
            <KindSelect i18n={i18n} form={add} value="issues" />
            <InputField
              form={add}
              name="heading"
              label={t("submissions.part.heading")}
              maxlength={300}
              problem={problem}
            />
            <AudienceSelect i18n={i18n} form={add} value="expert" problem={problem} />
            {data.people && <MentionBoxes i18n={i18n} form={add} people={data.people} chosen={[]} />}
            <InputField
              form={add}
              name="body"
              label={t("submissions.part.body")}
              hint={t("submissions.part.bodyHint")}
              rows={6}
              problem={problem}
            />
            <button type="submit">{t("submissions.part.addButton")}</button>
          </form>
        </section>
      )}
      {data.people && (
        <PeoplePanel i18n={i18n} csrf={csrf} id={data.id} people={data.people} problem={problem} />
      )}
      <AttachmentsPanel i18n={i18n} csrf={csrf} data={data} problem={problem} />
      <SignoffPanel i18n={i18n} csrf={csrf} data={data} />
      {data.canExport && (
        <section class="panel" aria-labelledby="export-heading">
          <h2 id="export-heading">{t("submissions.export.title")}</h2>
          <p>
            <a href={`/submissions/${data.id}/preview?audience=expert`}>
              {t("submissions.export.previewExpert")}
            </a>{" "}
            ·{" "}
            <a href={`/submissions/${data.id}/preview?audience=public`}>
              {t("submissions.export.previewPublic")}
            </a>
          </p>
          <form
            method="post"
            action={`/submissions/${data.id}/${data.publishedAt ? "unpublish" : "publish"}`}
          >
            <Csrf token={csrf} />
            <p class="hint">
              {t(data.publishedAt ? "submissions.publish.unpublishHint" : "submissions.publish.hint")}
            </p>
            <button type="submit">
              {t(data.publishedAt ? "submissions.publish.unpublish" : "submissions.publish.button")}
            </button>
          </form>
          {data.publishedAt && (
            <form method="post" action={`/submissions/${data.id}/publish`}>
              <Csrf token={csrf} />
              <button type="submit">{t("submissions.publish.again")}</button>
            </form>
          )}
        </section>
      )}
      {data.sends && (
        <SendLog i18n={i18n} csrf={csrf} id={data.id} sends={data.sends} problem={problem} today={today} />
      )}
      <script src="/submissions/autosave.js" defer />
    </article>
  );
}

// Lists and starting

export interface ListItem {
  id: string;
  title: string;
  visit: { id: string; title: string };
  owner: string;
  joint: boolean;
  updatedAt: Date;
  published: boolean;
}

export function ListPage({ i18n, items }: { i18n: I18n; items: ListItem[] }) {
  const { t } = i18n;
  return (
    <>
      <h1>{t("submissions.list.title")}</h1>
      <p class="lead">{t("submissions.list.intro")}</p>
      {items.length === 0 ? (
        <div class="empty" role="status">
          <p class="empty-title">{t("submissions.list.empty")}</p>
          <p>
            <a href="/visits">{t("submissions.list.findVisit")}</a>
          </p>
        </div>
      ) : (
        <ul class="cards">
          {items.map((s) => (
            <li>
              <h2>
                <a href={`/submissions/${s.id}`}>{s.title}</a>
              </h2>
              <p class="muted small">
                {s.visit.title} · {s.owner}
                {s.joint ? ` · ${t("submissions.list.joint")}` : ""}
                {s.published ? ` · ${t("submissions.list.published")}` : ""} ·{" "}
                {t("submissions.list.updated", { date: i18n.formatDate(s.updatedAt) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function NewPage({
  i18n,
  csrf,
  visit,
  call,
  orgs,
  coalitions,
  values,
  problem,
}: {
  i18n: I18n;
  csrf: string;
  visit: { id: string; title: string };
  call: CallSummary | null;
  orgs: { id: string; name: string }[];
  coalitions: { id: string; name: string }[];
  values: Record<string, string | undefined>;
  problem?: FormProblem;
}) {
  const { t } = i18n;
  const f = "new";
  return (
    <>
      <Styles />
      <p class="breadcrumb">
        <a href={`/visits/${visit.id}`}>{visit.title}</a>
      </p>
      <h1>{t("submissions.new.title")}</h1>
      <p class="lead">{t("submissions.new.intro")}</p>
      <CallBox i18n={i18n} call={call} visitId={visit.id} />
      {orgs.length === 0 ? (
        <p class="notice">
          {t("submissions.new.noOrg")} <a href="/orgs">{t("nav.myOrgs")}</a>
        </p>
      ) : (
        <form method="post" action={`/visits/${visit.id}/submissions`} class="stack">
          <FormError problem={problem} form={f} />
          <Csrf token={csrf} />
          <InputField
            form={f}
            name="title"
            label={t("submissions.editor.titleLabel")}
            value={values.title}
            required
            maxlength={300}
            problem={problem}
          />
          <InputField
            form={f}
            name="language"
            label={t("submissions.editor.language")}
            hint={t("submissions.editor.languageHint")}
            value={values.language ?? i18n.locale}
            required
            problem={problem}
          />
          <SelectField
            form={f}
            name="org"
            label={t("submissions.new.org")}
            value={values.org ?? orgs[0]?.id}
            options={orgs.map((o) => ({ value: o.id, label: o.name }))}
          />
          <SelectField
            form={f}
            name="coalition"
            label={t("submissions.new.coalition")}
            hint={t("submissions.new.coalitionHint")}
            value={values.coalition ?? ""}
            problem={problem}
            options={[
              { value: "", label: t("submissions.new.solo") },
              ...coalitions.map((c) => ({ value: c.id, label: c.name })),
            ]}
          />
          <button type="submit">{t("submissions.new.start")}</button>
        </form>
      )}
    </>
  );
}

// Preview and export

/** A document model as HTML: the same headings, paragraphs and lists the DOCX and PDF files get. */
export function DocumentHtml({ model, dir }: { model: DocumentModel; dir: "ltr" | "rtl" }) {
  const block = (b: DocumentBlock) => {
    switch (b.kind) {
      case "heading":
        return b.level === 1 ? <h3>{b.text}</h3> : <h4>{b.text}</h4>;
      case "paragraph":
        return <p>{b.text}</p>;
      case "list":
        return (
          <ul>
            {b.items.map((i) => (
              <li>{i}</li>
            ))}
          </ul>
        );
      case "table":
        return (
          <table>
            <thead>
              <tr>
                {b.header.map((h) => (
                  <th scope="col">{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {b.rows.map((r) => (
                <tr>
                  {r.map((c) => (
                    <td>{c}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        );
    }
  };
  return (
    <div class="doc-preview" lang={model.language} dir={dir}>
      <p class="doc-title">{model.title}</p>
      {model.subtitle && <p class="doc-subtitle">{model.subtitle}</p>}
      {(model.meta ?? []).map((m) => (
        <p class="muted">{m}</p>
      ))}
      {model.blocks.map(block)}
      {model.footer && <p class="doc-footer">{model.footer}</p>}
    </div>
  );
}

export interface PreviewData {
  id: string;
  title: string;
  audience: Audience;
  /** The audiences this reader may preview, in tab order. */
  allowed: Audience[];
  model: DocumentModel;
  dir: "ltr" | "rtl";
  problems: { text: string; blocking: boolean }[];
  words: { label: string; over: number };
  attachments: AttachmentItem[];
  /** Export links, for admins and export audiences only. */
  canExport: boolean;
  blocked: string | null;
  canAssemble: boolean;
}

export function PreviewPage({ i18n, data }: { i18n: I18n; data: PreviewData }) {
  const { t } = i18n;
  const exportHref = (format: string, leaveOut = false) =>
    `/submissions/${data.id}/export.${format}?audience=${data.audience}${leaveOut ? "&leaveOut=1" : ""}`;
  return (
    <article>
      <Styles />
      <p class="breadcrumb">
        <a href={`/submissions/${data.id}`}>{data.title}</a>
      </p>
      <h1>{t("submissions.preview.title", { view: t(`submissions.view.${data.audience}`) })}</h1>
      <SubmissionNav i18n={i18n} id={data.id} current="preview" canAssemble={data.canAssemble} />
      <p class="lead">{t("submissions.preview.intro")}</p>
      <nav aria-label={t("submissions.preview.audiences")}>
        <ul class="nav">
          {data.allowed.map((a) => (
            <li>
              <a
                href={`/submissions/${data.id}/preview?audience=${a}`}
                aria-current={a === data.audience ? "page" : undefined}
              >
                {t(`submissions.view.${a}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p class={data.words.over > 0 ? "notice" : "muted"}>
        {data.words.label}
        {data.words.over > 0 && <> {t("submissions.words.warning")}</>}
      </p>
      {data.problems.length > 0 && (
        <section class="panel" aria-labelledby="preview-problems">
          <h2 id="preview-problems">{t("submissions.problems.title")}</h2>
          <ul>
            {data.problems.map((p) => (
              <li>
                {p.blocking && <strong>{t("submissions.problems.leftOut")} </strong>}
                {p.text}
              </li>
            ))}
          </ul>
        </section>
      )}
      {data.canExport && (
        <section class="panel" aria-labelledby="download-heading">
          <h2 id="download-heading">{t("submissions.export.download")}</h2>
          {data.blocked ? (
            <>
              <p class="notice" role="alert">
                {data.blocked}
              </p>
              <p>
                {t("submissions.export.leaveOutHint")} <a href={exportHref("docx", true)}>DOCX</a> ·{" "}
                <a href={exportHref("pdf", true)}>PDF</a>
              </p>
            </>
          ) : (
            <p>
              <a href={exportHref("docx")}>{t("submissions.export.docx")}</a> ·{" "}
              <a href={exportHref("pdf")}>{t("submissions.export.pdf")}</a>
            </p>
          )}
        </section>
      )}
      <section aria-labelledby="document-heading">
        <h2 id="document-heading">{t("submissions.preview.document")}</h2>
        <DocumentHtml model={data.model} dir={data.dir} />
      </section>
      {data.attachments.length > 0 && (
        <section aria-labelledby="preview-files">
          <h2 id="preview-files">{t("submissions.preview.files")}</h2>
          <ul>
            {data.attachments.map((a) => (
              <li>
                {a.name} ({sizeText(i18n, a.size)})
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

export function BlockedPage({
  i18n,
  id,
  message,
  reasons,
  retry,
}: {
  i18n: I18n;
  id: string;
  message: string;
  reasons: string[];
  retry: string | null;
}) {
  const { t } = i18n;
  return (
    <section class="error-page">
      <h1>{t("submissions.export.blockedTitle")}</h1>
      <p role="alert">{message}</p>
      <ul>
        {reasons.map((r) => (
          <li>{r}</li>
        ))}
      </ul>
      {retry && (
        <p>
          {t("submissions.export.leaveOutHint")} <a href={retry}>{t("submissions.export.leaveOut")}</a>
        </p>
      )}
      <p>
        <a href={`/submissions/${id}`}>{t("submissions.export.back")}</a>
      </p>
    </section>
  );
}

// Versions

export interface VersionItem {
  id: string;
  number: number;
  reason: string;
  by: string | null;
  at: Date;
}

export function VersionsPage({
  i18n,
  csrf,
  id,
  title,
  versions,
  shown,
  canRestore,
  canAssemble,
  done,
}: {
  i18n: I18n;
  csrf: string;
  id: string;
  title: string;
  versions: VersionItem[];
  shown: {
    number: number;
    title: string;
    parts: { kind: PartKind; heading: string; body: string; audience: Audience }[];
  } | null;
  canRestore: boolean;
  canAssemble: boolean;
  done?: string;
}) {
  const { t } = i18n;
  const when = (d: Date) =>
    new Intl.DateTimeFormat(i18n.locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(
      d,
    );
  return (
    <article>
      <Styles />
      <p class="breadcrumb">
        <a href={`/submissions/${id}`}>{title}</a>
      </p>
      <h1>{t("submissions.versions.title")}</h1>
      <SubmissionNav i18n={i18n} id={id} current="versions" canAssemble={canAssemble} />
      <p class="lead">{t("submissions.versions.intro")}</p>
      <Done text={done} />
      {versions.length === 0 ? (
        <p>{t("submissions.versions.none")}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{t("submissions.versions.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("submissions.versions.number")}</th>
                <th scope="col">{t("submissions.versions.when")}</th>
                <th scope="col">{t("submissions.versions.by")}</th>
                <th scope="col">{t("submissions.versions.why")}</th>
                <th scope="col">{t("submissions.versions.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr>
                  <td>{v.number}</td>
                  <td>{when(v.at)} UTC</td>
                  <td>{v.by ?? "—"}</td>
                  <td>{t(`submissions.versions.reason.${v.reason as "edit"}`)}</td>
                  <td>
                    {canRestore ? (
                      <>
                        <a
                          href={`/submissions/${id}/versions/${v.id}`}
                          aria-label={t("submissions.versions.showOne", { number: v.number })}
                        >
                          {t("submissions.versions.show")}
                        </a>{" "}
                        <form
                          method="post"
                          action={`/submissions/${id}/versions/${v.id}/restore`}
                          class="inline-form"
                        >
                          <Csrf token={csrf} />
                          <button
                            type="submit"
                            aria-label={t("submissions.versions.restoreOne", { number: v.number })}
                          >
                            {t("submissions.versions.restore")}
                          </button>
                        </form>
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shown && (
        <section class="panel" aria-labelledby="version-shown">
          <h2 id="version-shown">{t("submissions.versions.shown", { number: shown.number })}</h2>
          <p>
            <strong>{shown.title}</strong>
          </p>
          {shown.parts.map((p) => (
            <article class="part">
              <h3>
                {p.heading || kindLabel(i18n, p.kind)} <AudienceBadge i18n={i18n} audience={p.audience} />
              </h3>
              <BodyText text={p.body} />
            </article>
          ))}
        </section>
      )}
    </article>
  );
}

// Assembling a joint submission

export interface OverlapItem {
  score: number;
  a: { id: string; heading: string; body: string; contributors: string[]; audience: Audience };
  b: { id: string; heading: string; body: string; contributors: string[]; audience: Audience };
}

export function AssemblePage({
  i18n,
  csrf,
  id,
  title,
  overlaps,
  done,
  problem,
}: {
  i18n: I18n;
  csrf: string;
  id: string;
  title: string;
  overlaps: OverlapItem[];
  done?: string;
  problem?: FormProblem;
}) {
  const { t } = i18n;
  const side = (p: OverlapItem["a"], label: string) => (
    <div class="side">
      <h3>
        {label}: {p.heading || t("submissions.part.noHeading")}{" "}
        <AudienceBadge i18n={i18n} audience={p.audience} />
      </h3>
      <p class="muted small">{t("submissions.part.by", { orgs: p.contributors.join(", ") })}</p>
      <BodyText text={p.body} />
    </div>
  );
  return (
    <article>
      <Styles />
      <p class="breadcrumb">
        <a href={`/submissions/${id}`}>{title}</a>
      </p>
      <h1>{t("submissions.assemble.title")}</h1>
      <SubmissionNav i18n={i18n} id={id} current="assemble" canAssemble />
      <p class="lead">{t("submissions.assemble.intro")}</p>
      <Done text={done} />
      <FormError problem={problem} form="merge" />
      {overlaps.length === 0 ? (
        <p>{t("submissions.assemble.none")}</p>
      ) : (
        overlaps.map((o, i) => (
          <section class="panel overlap" aria-labelledby={`overlap-${i}`}>
            <h2 id={`overlap-${i}`}>
              {t("submissions.assemble.overlap", { number: i + 1, score: Math.round(o.score * 100) })}
            </h2>
            <div class="side-by-side">
              {side(o.a, t("submissions.assemble.first"))}
              {side(o.b, t("submissions.assemble.second"))}
            </div>
            <form method="post" action={`/submissions/${id}/merge`}>
              <Csrf token={csrf} />
              <input type="hidden" name="a" value={o.a.id} />
              <input type="hidden" name="b" value={o.b.id} />
              <p class="hint">{t("submissions.assemble.mergeHint")}</p>
              <button type="submit">{t("submissions.assemble.merge", { number: i + 1 })}</button>
            </form>
          </section>
        ))
      )}
    </article>
  );
}
