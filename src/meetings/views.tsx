import type { Child } from "hono/jsx";
import { EmptyState } from "../platform/http/components";
import {
  Csrf,
  FormError,
  type FormProblem,
  InputField,
  PostButton,
  SelectField,
  VisuallyHidden,
} from "../platform/http/fields";
import type { I18n, MessageKey } from "../platform/i18n";
import { type PinIssue, pinIssueText, reasonText } from "./allocation/explain";
import { dayName, slotTimes, slotWhen, slotWhere } from "./format";
import { type MeetingLine, withOthers } from "./mail";
import {
  effectivePriority,
  priorityFacts,
  type RequestConfidential,
  type SlotFacts,
  type StoredRun,
  slotDate,
  suggestedPriority,
} from "./programme";
import type { ProgrammeRow, RequestRow, SlotRow } from "./store";

/** The programme's pages (Hono JSX): forms post and redirect, so everything works without JavaScript. */

const base = (visitId: string) => `/visits/${visitId}/programme`;
const factKey = (f: string) => `meetings.fact.${f}` as MessageKey;

/** A confirmation after a form was sent and the browser was sent back here. */
export function Done({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p class="notice notice-ok" role="status">
      {message}
    </p>
  );
}

function Check({
  form,
  name,
  value = "1",
  label,
  checked,
  hint,
}: {
  form: string;
  name: string;
  value?: string;
  label: string;
  checked?: boolean;
  hint?: string;
}) {
  const id = `${form}-${name}-${value}`.replace(/[^\w-]/g, "_");
  return (
    <div class="field">
      <p class="check">
        <input
          type="checkbox"
          id={id}
          name={name}
          value={value}
          checked={checked}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
        <label for={id}>{label}</label>
      </p>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

/** Inputs the shared fields do not offer (time, e-mail, phone), marked invalid like them. */
function Input({
  form,
  name,
  label,
  type,
  value,
  problem,
  required,
  autocomplete,
  maxlength,
}: {
  form: string;
  name: string;
  label: string;
  type: "time" | "email" | "tel";
  value?: string;
  problem?: FormProblem;
  required?: boolean;
  autocomplete?: string;
  maxlength?: number;
}) {
  const id = `${form}-${name}`;
  const invalid = problem?.form === form && problem.field === name;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        required={required}
        autocomplete={autocomplete}
        maxlength={maxlength}
        aria-invalid={invalid ? "true" : undefined}
        aria-describedby={invalid ? `${form}-error` : undefined}
      />
    </div>
  );
}

export function ProgrammeNav({ i18n, visitId, current }: { i18n: I18n; visitId: string; current: string }) {
  const { t } = i18n;
  const items: [string, MessageKey][] = [
    ["", "meetings.nav.overview"],
    ["/slots", "meetings.nav.slots"],
    ["/requests", "meetings.nav.requests"],
    ["/allocation", "meetings.nav.allocation"],
  ];
  return (
    <nav aria-label={t("meetings.nav.label")}>
      <ul class="nav">
        {items.map(([path, key]) => (
          <li>
            <a href={`${base(visitId)}${path}`} aria-current={current === path ? "page" : undefined}>
              {t(key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The frame of a coordinator's page: where it is, the programme's sections, and a confirmation. */
function CoordinatorFrame({
  i18n,
  visitId,
  visit,
  title,
  current,
  done,
  children,
}: {
  i18n: I18n;
  visitId: string;
  visit: string;
  title: string;
  current: string;
  done?: string;
  children: Child;
}) {
  return (
    <article>
      <p class="breadcrumb">
        <a href={`/visits/${visitId}`}>{visit}</a>
      </p>
      <h1>{title}</h1>
      <ProgrammeNav i18n={i18n} visitId={visitId} current={current} />
      <Done message={done} />
      {children}
    </article>
  );
}

// Starting a programme

export interface Runner {
  kind: "coalition" | "organisation";
  id: string;
  name: string;
}

export function CreateProgrammePage({
  i18n,
  csrf,
  visitId,
  visit,
  runners,
  timeZones,
  values,
  problem,
}: {
  i18n: I18n;
  csrf: string;
  visitId: string;
  visit: string;
  runners: Runner[];
  timeZones: string[];
  values: Record<string, string | undefined>;
  problem?: FormProblem;
}) {
  const { t } = i18n;
  return (
    <article class="narrow">
      <p class="breadcrumb">
        <a href={`/visits/${visitId}`}>{visit}</a>
      </p>
      <h1>{t("meetings.create.title")}</h1>
      <p class="lead">{t("meetings.create.intro")}</p>
      {runners.length === 0 ? (
        <EmptyState title={t("meetings.create.noRunner")}>
          <p>{t("meetings.create.noRunnerHint")}</p>
        </EmptyState>
      ) : (
        <form method="post" action={base(visitId)} class="stack">
          <FormError problem={problem} form="programme" />
          <Csrf token={csrf} />
          <InputField
            form="programme"
            name="title"
            label={t("meetings.field.title")}
            required
            maxlength={200}
            value={values.title ?? t("meetings.create.defaultTitle")}
            problem={problem}
          />
          <SelectField
            form="programme"
            name="runner"
            label={t("meetings.field.runner")}
            hint={t("meetings.field.runnerHint")}
            value={values.runner}
            problem={problem}
            options={runners.map((r) => ({
              value: `${r.kind}:${r.id}`,
              label: t(
                r.kind === "coalition" ? "meetings.runner.coalition" : "meetings.runner.organisation",
                {
                  name: r.name,
                },
              ),
            }))}
          />
          <SelectField
            form="programme"
            name="timeZone"
            label={t("meetings.field.timeZone")}
            hint={t("meetings.field.timeZoneHint")}
            value={values.timeZone ?? "UTC"}
            problem={problem}
            options={timeZones.map((z) => ({ value: z, label: z }))}
          />
          <InputField
            form="programme"
            name="maxMeetings"
            type="number"
            min={1}
            max={10}
            label={t("meetings.field.maxMeetings")}
            hint={t("meetings.field.maxMeetingsHint")}
            value={values.maxMeetings ?? "1"}
            problem={problem}
          />
          <button type="submit">{t("meetings.create.submit")}</button>
        </form>
      )}
    </article>
  );
}

// The overview

export function OverviewPage({
  i18n,
  csrf,
  visitId,
  visit,
  programme: p,
  running,
  runner,
  counts,
  newLink,
  days,
  timeZones,
  done,
  problem,
  values,
}: {
  i18n: I18n;
  csrf: string;
  visitId: string;
  visit: string;
  programme: ProgrammeRow;
  /** An allocation is under way. */
  running: boolean;
  runner: string;
  counts: { slots: number; requests: number; withdrawn: number; meetings: number };
  /** The request link, shown once, right after it was made. */
  newLink?: string;
  days: { date: string; city: string }[];
  timeZones: string[];
  done?: string;
  problem?: FormProblem;
  values?: Record<string, string | undefined>;
}) {
  const { t } = i18n;
  const current = p.result !== null && p.result.revision === p.revision;
  const b = base(visitId);
  return (
    <CoordinatorFrame i18n={i18n} visitId={visitId} visit={visit} title={p.title} current="" done={done}>
      <dl class="facts">
        <dt>{t("meetings.field.runner")}</dt>
        <dd>{runner}</dd>
        <dt>{t("meetings.field.timeZone")}</dt>
        <dd>{p.timeZone}</dd>
        <dt>{t("meetings.overview.counts")}</dt>
        <dd>
          {t("meetings.overview.slots", { count: counts.slots })} ·{" "}
          {t("meetings.overview.requests", { count: counts.requests })}
          {counts.withdrawn > 0 && ` · ${t("meetings.overview.withdrawn", { count: counts.withdrawn })}`}
        </dd>
        <dt>{t("meetings.overview.status")}</dt>
        <dd>
          {p.publishedAt
            ? t("meetings.overview.published", {
                date: i18n.formatDate(p.publishedAt),
                count: counts.meetings,
              })
            : t("meetings.overview.notPublished")}
        </dd>
      </dl>

      <section aria-labelledby="link">
        <h2 id="link">{t("meetings.link.title")}</h2>
        <p>{t("meetings.link.intro")}</p>
        {newLink && (
          <div class="notice notice-ok" role="status">
            <p>{t("meetings.link.new")}</p>
            <pre class="secret">{newLink}</pre>
          </div>
        )}
        <p>
          {p.linkOpen
            ? t("meetings.link.open")
            : p.linkHash
              ? t("meetings.link.closed")
              : t("meetings.link.none")}
        </p>
        <div class="button-row">
          <PostButton
            action={`${b}/link`}
            csrf={csrf}
            label={t(p.linkHash ? "meetings.link.renew" : "meetings.link.create")}
          />
          {p.linkOpen && (
            <PostButton action={`${b}/link/close`} csrf={csrf} label={t("meetings.link.close")} danger />
          )}
        </div>
      </section>

      <section aria-labelledby="allocation">
        <h2 id="allocation">{t("meetings.allocation.title")}</h2>
        <FormError problem={problem} form="publish" />
        <p>
          {running
            ? t("meetings.allocation.working")
            : p.result
              ? t(current ? "meetings.allocation.current" : "meetings.allocation.stale", {
                  heard: p.result.allocation.heard,
                  count: counts.requests,
                })
              : t("meetings.allocation.never")}
        </p>
        <div class="button-row">
          <PostButton action={`${b}/allocate`} csrf={csrf} label={t("meetings.allocation.run")} />
          {p.result && <a href={`${b}/allocation`}>{t("meetings.allocation.see")}</a>}
        </div>
        {current && !running && (
          <>
            <p>{t(p.publishedAt ? "meetings.publish.again" : "meetings.publish.intro")}</p>
            <PostButton action={`${b}/publish`} csrf={csrf} label={t("meetings.publish.submit")} />
          </>
        )}
      </section>

      <section aria-labelledby="exports">
        <h2 id="exports">{t("meetings.export.title")}</h2>
        <p>{t(p.publishedAt ? "meetings.export.intro" : "meetings.export.introDraft")}</p>
        <form method="get" action={`${b}/export`} class="stack">
          <Check
            form="export"
            name="contacts"
            label={t("meetings.export.includeContacts")}
            hint={t("meetings.export.includeContactsHint")}
          />
          <div class="button-row">
            <button type="submit" name="format" value="docx">
              {t("meetings.export.docx")}
            </button>
            <button type="submit" name="format" value="pdf">
              {t("meetings.export.pdf")}
            </button>
            <button type="submit" name="format" value="csv">
              {t("meetings.export.csv")}
            </button>
          </div>
        </form>
        <h3>{t("meetings.day.title")}</h3>
        {days.length === 0 ? (
          <p>{t("meetings.slots.none")}</p>
        ) : (
          <ul>
            {days.map((d) => (
              <li>
                <a href={`${b}/day/${d.date}/${encodeURIComponent(d.city)}`}>
                  {dayName(i18n.locale, d.date)} — {d.city}
                </a>
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={`${b}/instance.json`}>{t("meetings.export.instance")}</a>
        </p>
      </section>

      <section aria-labelledby="settings">
        <h2 id="settings">{t("meetings.settings.title")}</h2>
        <form method="post" action={`${b}/settings`} class="stack">
          <FormError problem={problem} form="settings" />
          <Csrf token={csrf} />
          <InputField
            form="settings"
            name="title"
            label={t("meetings.field.title")}
            required
            maxlength={200}
            value={values?.title ?? p.title}
            problem={problem}
          />
          <SelectField
            form="settings"
            name="timeZone"
            label={t("meetings.field.timeZone")}
            value={values?.timeZone ?? p.timeZone}
            problem={problem}
            options={timeZones.map((z) => ({ value: z, label: z }))}
          />
          <InputField
            form="settings"
            name="maxMeetings"
            type="number"
            min={1}
            max={10}
            label={t("meetings.field.maxMeetings")}
            value={values?.maxMeetings ?? String(p.maxMeetingsPerRequest)}
            problem={problem}
          />
          <button type="submit">{t("meetings.settings.submit")}</button>
        </form>
      </section>
    </CoordinatorFrame>
  );
}

// Slots

export function SlotsPage({
  i18n,
  csrf,
  visitId,
  visit,
  programme: p,
  slots,
  timeZones,
  done,
  problem,
  values,
}: {
  i18n: I18n;
  csrf: string;
  visitId: string;
  visit: string;
  programme: ProgrammeRow;
  slots: SlotRow[];
  timeZones: string[];
  done?: string;
  problem?: FormProblem;
  values: Record<string, string | undefined>;
}) {
  const { t } = i18n;
  const b = base(visitId);
  const cities = [...new Set(slots.map((s) => s.city))].sort();
  return (
    <CoordinatorFrame
      i18n={i18n}
      visitId={visitId}
      visit={visit}
      title={t("meetings.slots.title")}
      current="/slots"
      done={done}
    >
      <p class="lead">{t("meetings.slots.intro")}</p>
      {slots.length === 0 ? (
        <EmptyState title={t("meetings.slots.none")} />
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{t("meetings.slots.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("meetings.field.date")}</th>
                <th scope="col">{t("meetings.field.time")}</th>
                <th scope="col">{t("meetings.field.city")}</th>
                <th scope="col">{t("meetings.field.place")}</th>
                <th scope="col">{t("meetings.field.capacity")}</th>
                <th scope="col">{t("meetings.field.theme")}</th>
                <th scope="col">{t("meetings.slots.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {slots.map((s) => (
                <tr>
                  <td>{dayName(i18n.locale, slotDate(s))}</td>
                  <td>
                    {slotTimes(s)} <span class="muted small">{s.timeZone}</span>
                  </td>
                  <td>{s.city}</td>
                  <td>{s.place ?? "—"}</td>
                  <td>{s.private ? t("meetings.slot.private") : s.capacity}</td>
                  <td>{s.theme ?? "—"}</td>
                  <td>
                    <PostButton
                      action={`${b}/slots/${s.id}/delete`}
                      csrf={csrf}
                      danger
                      label={
                        <>
                          {t("meetings.slots.delete")}{" "}
                          <VisuallyHidden>{slotWhen(i18n.locale, s)}</VisuallyHidden>
                        </>
                      }
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2 id="add-slot">{t("meetings.slots.add")}</h2>
      <form method="post" action={`${b}/slots`} class="stack" aria-labelledby="add-slot">
        <FormError problem={problem} form="slot" />
        <Csrf token={csrf} />
        <InputField
          form="slot"
          name="date"
          type="date"
          label={t("meetings.field.date")}
          required
          value={values.date}
          problem={problem}
        />
        <Input
          form="slot"
          name="start"
          type="time"
          label={t("meetings.field.start")}
          required
          value={values.start}
          problem={problem}
        />
        <Input
          form="slot"
          name="end"
          type="time"
          label={t("meetings.field.end")}
          required
          value={values.end}
          problem={problem}
        />
        <SelectField
          form="slot"
          name="timeZone"
          label={t("meetings.field.timeZone")}
          value={values.timeZone ?? p.timeZone}
          problem={problem}
          options={timeZones.map((z) => ({ value: z, label: z }))}
        />
        <InputField
          form="slot"
          name="city"
          label={t("meetings.field.city")}
          hint={cities.length ? t("meetings.slots.citiesSoFar", { cities: cities.join(", ") }) : undefined}
          required
          maxlength={100}
          value={values.city}
          problem={problem}
        />
        <InputField
          form="slot"
          name="place"
          label={t("meetings.field.place")}
          maxlength={300}
          value={values.place}
          problem={problem}
        />
        <InputField
          form="slot"
          name="capacity"
          type="number"
          min={1}
          max={1000}
          label={t("meetings.field.capacity")}
          hint={t("meetings.field.capacityHint")}
          required
          value={values.capacity ?? "1"}
          problem={problem}
        />
        <InputField
          form="slot"
          name="theme"
          label={t("meetings.field.theme")}
          hint={t("meetings.field.themeHint")}
          maxlength={100}
          value={values.theme}
          problem={problem}
        />
        <Check
          form="slot"
          name="private"
          label={t("meetings.field.private")}
          hint={t("meetings.field.privateHint")}
          checked={values.private === "1"}
        />
        <button type="submit">{t("meetings.slots.addSubmit")}</button>
      </form>
    </CoordinatorFrame>
  );
}

// Requests

const priorityOptions = (t: I18n["t"], suggested: number) => [
  { value: "", label: t("meetings.priority.suggested", { priority: suggested }) },
  ...[0, 1, 2, 3].map((n) => ({ value: String(n), label: t("meetings.priority.value", { priority: n }) })),
];

function PriorityForm({
  i18n,
  csrf,
  visitId,
  request: r,
}: {
  i18n: I18n;
  csrf: string;
  visitId: string;
  request: RequestRow;
}) {
  const { t } = i18n;
  const id = `priority-${r.id}`;
  return (
    <form method="post" action={`${base(visitId)}/requests/${r.id}/priority`} class="inline-form">
      <Csrf token={csrf} />
      <label for={id} class="visually-hidden">
        {t("meetings.priority.of", { organisation: r.organisation })}
      </label>
      <select id={id} name="priority">
        {priorityOptions(t, suggestedPriority(r.priorityFacts)).map((o) => (
          <option value={o.value} selected={o.value === (r.priority === null ? "" : String(r.priority))}>
            {o.label}
          </option>
        ))}
      </select>{" "}
      <button type="submit">
        {t("meetings.priority.save")} <VisuallyHidden>{r.organisation}</VisuallyHidden>
      </button>
    </form>
  );
}

export function RequestsPage({
  i18n,
  csrf,
  visitId,
  visit,
  requests,
  done,
}: {
  i18n: I18n;
  csrf: string;
  visitId: string;
  visit: string;
  requests: RequestRow[];
  done?: string;
}) {
  const { t } = i18n;
  const active = requests.filter((r) => r.status === "active");
  const withdrawn = requests.filter((r) => r.status === "withdrawn");
  return (
    <CoordinatorFrame
      i18n={i18n}
      visitId={visitId}
      visit={visit}
      title={t("meetings.requests.title")}
      current="/requests"
      done={done}
    >
      <p class="lead">{t("meetings.requests.intro")}</p>
      {active.length === 0 ? (
        <EmptyState title={t("meetings.requests.none")} />
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{t("meetings.requests.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("meetings.field.organisation")}</th>
                <th scope="col">{t("meetings.field.people")}</th>
                <th scope="col">{t("meetings.field.cities")}</th>
                <th scope="col">{t("meetings.field.themes")}</th>
                <th scope="col">{t("meetings.field.facts")}</th>
                <th scope="col">{t("meetings.field.priority")}</th>
              </tr>
            </thead>
            <tbody>
              {active.map((r) => (
                <tr>
                  <td>
                    <a href={`${base(visitId)}/requests/${r.id}`}>{r.organisation}</a>
                    {r.needsPrivate && (
                      <>
                        {" "}
                        <span class="badge">{t("meetings.request.needsPrivate")}</span>
                      </>
                    )}
                  </td>
                  <td>{r.people}</td>
                  <td>{r.cities.join(", ")}</td>
                  <td>{r.themes.join(", ") || "—"}</td>
                  <td>{r.priorityFacts.map((f) => t(factKey(f))).join(", ") || "—"}</td>
                  <td>
                    <PriorityForm i18n={i18n} csrf={csrf} visitId={visitId} request={r} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {withdrawn.length > 0 && (
        <>
          <h2>{t("meetings.requests.withdrawn")}</h2>
          <ul>
            {withdrawn.map((r) => (
              <li>
                <a href={`${base(visitId)}/requests/${r.id}`}>{r.organisation}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </CoordinatorFrame>
  );
}

/** Everything an organisation told about itself; shown to the coordinator and the organisation only. */
function RequestFacts({
  i18n,
  request: r,
  confidential: conf,
}: {
  i18n: I18n;
  request: RequestRow;
  confidential: RequestConfidential;
}) {
  const { t } = i18n;
  const windows = r.available.map(
    (w) => `${w.start.replace("T", " ").slice(0, 16)} – ${w.end.replace("T", " ").slice(0, 16)}`,
  );
  return (
    <dl class="facts">
      <dt>{t("meetings.field.contact")}</dt>
      <dd>
        {conf.contactName}, {conf.contactEmail}
        {conf.contactPhone ? `, ${conf.contactPhone}` : ""}
      </dd>
      <dt>{t("meetings.field.people")}</dt>
      <dd>{r.people}</dd>
      <dt>{t("meetings.field.cities")}</dt>
      <dd>{r.cities.join(", ")}</dd>
      <dt>{t("meetings.field.themes")}</dt>
      <dd>{r.themes.join(", ") || "—"}</dd>
      <dt>{t("meetings.field.available")}</dt>
      {windows.map((w) => (
        <dd>{w}</dd>
      ))}
      <dt>{t("meetings.field.interpretation")}</dt>
      <dd>{conf.interpretation ?? "—"}</dd>
      <dt>{t("meetings.field.accessibility")}</dt>
      <dd>{conf.accessibility ?? "—"}</dd>
      <dt>{t("meetings.field.needsPrivate")}</dt>
      <dd>{r.needsPrivate ? conf.privateReason || t("meetings.yes") : t("meetings.no")}</dd>
      <dt>{t("meetings.field.facts")}</dt>
      <dd>{r.priorityFacts.map((f) => t(factKey(f))).join(", ") || "—"}</dd>
      {conf.otherFacts && (
        <>
          <dt>{t("meetings.field.otherFacts")}</dt>
          <dd>{conf.otherFacts}</dd>
        </>
      )}
      <dt>{t("meetings.field.shareName")}</dt>
      <dd>{r.shareName ? t("meetings.yes") : t("meetings.no")}</dd>
    </dl>
  );
}

export function RequestPage({
  i18n,
  csrf,
  visitId,
  visit,
  request: r,
  confidential,
  done,
}: {
  i18n: I18n;
  csrf: string;
  visitId: string;
  visit: string;
  request: RequestRow;
  confidential: RequestConfidential;
  done?: string;
}) {
  const { t } = i18n;
  return (
    <CoordinatorFrame
      i18n={i18n}
      visitId={visitId}
      visit={visit}
      title={r.organisation}
      current="/requests"
      done={done}
    >
      <p>
        {r.status === "withdrawn"
          ? t("meetings.request.isWithdrawn")
          : t("meetings.request.priorityIs", { priority: effectivePriority(r) })}
      </p>
      <RequestFacts i18n={i18n} request={r} confidential={confidential} />
      {r.status === "active" && (
        <>
          <h2>{t("meetings.field.priority")}</h2>
          <PriorityForm i18n={i18n} csrf={csrf} visitId={visitId} request={r} />
          <h2>{t("meetings.request.withdraw")}</h2>
          <p>{t("meetings.request.withdrawHint")}</p>
          <PostButton
            action={`${base(visitId)}/requests/${r.id}/withdraw`}
            csrf={csrf}
            danger
            label={t("meetings.request.withdraw")}
          />
        </>
      )}
    </CoordinatorFrame>
  );
}

// Allocation

export interface AllocationView {
  programme: ProgrammeRow;
  slots: SlotRow[];
  requests: RequestRow[];
  placements: { requestId: string; slotId: string; kind: "pin" | "forbid" }[];
  /** A run is under way (one whose server stopped long ago does not count). */
  running: boolean;
}

function PlacementButtons({
  i18n,
  csrf,
  visitId,
  request,
  slot,
  kind,
  who,
}: {
  i18n: I18n;
  csrf: string;
  visitId: string;
  request: string;
  slot: string;
  kind: "pin" | "forbid" | undefined;
  who: string;
}) {
  const { t } = i18n;
  const action = `${base(visitId)}/placements`;
  const button = (k: "pin" | "forbid" | "none", key: MessageKey) => (
    <PostButton
      action={action}
      csrf={csrf}
      fields={{ request, slot, kind: k }}
      label={
        <>
          {t(key)} <VisuallyHidden>{who}</VisuallyHidden>
        </>
      }
    />
  );
  return (
    <span class="button-row">
      {kind === "pin" ? button("none", "meetings.pin.unpin") : button("pin", "meetings.pin.pin")}
      {kind === "forbid" ? button("none", "meetings.pin.allow") : button("forbid", "meetings.pin.forbid")}
    </span>
  );
}

export function AllocationPage({
  i18n,
  csrf,
  visitId,
  visit,
  view,
  done,
  problem,
}: {
  i18n: I18n;
  csrf: string;
  visitId: string;
  visit: string;
  view: AllocationView;
  done?: string;
  problem?: FormProblem;
}) {
  const { t } = i18n;
  const p = view.programme;
  const run: StoredRun | null = p.result;
  const b = base(visitId);
  const requestsById = new Map(view.requests.map((r) => [r.id, r]));
  const slotsById = new Map(view.slots.map((s) => [s.id, s]));
  const kindOf = new Map(view.placements.map((x) => [`${x.requestId}:${x.slotId}`, x.kind]));
  const running = view.running;
  const label = (s: SlotFacts) => `${slotWhen(i18n.locale, s)}, ${slotWhere(s)}`;
  const nameOfSlot = (issue: PinIssue) => {
    const s = slotsById.get(issue.slot);
    return s ? label(s) : issue.slot;
  };
  return (
    <CoordinatorFrame
      i18n={i18n}
      visitId={visitId}
      visit={visit}
      title={t("meetings.allocation.title")}
      current="/allocation"
      done={done}
    >
      <FormError problem={problem} form="allocation" />
      {running ? (
        <div role="status" class="notice">
          <p>{t("meetings.allocation.working")}</p>
          <p>
            <a href={`${b}/allocation`}>{t("meetings.allocation.reload")}</a>
          </p>
        </div>
      ) : (
        p.runState === "failed" && (
          <p class="form-error" role="alert">
            {t("meetings.allocation.failed", { error: p.runError ?? "" })}
          </p>
        )
      )}
      <div class="button-row">
        {!running && (
          <PostButton
            action={`${b}/allocate`}
            csrf={csrf}
            label={t(run ? "meetings.allocation.rerun" : "meetings.allocation.run")}
          />
        )}
        {run && run.revision === p.revision && !running && (
          <PostButton action={`${b}/publish`} csrf={csrf} label={t("meetings.publish.submit")} />
        )}
      </div>
      {!run ? (
        !running && <EmptyState title={t("meetings.allocation.never")} />
      ) : (
        <>
          <p role={running ? undefined : "status"}>
            {t("meetings.allocation.summary", {
              heard: run.allocation.heard,
              count: run.allocation.heard + run.allocation.unassigned.length,
              priority: run.allocation.priorityHeard,
              meetings: run.allocation.meetings,
            })}{" "}
            {t(run.allocation.optimal ? "meetings.allocation.optimal" : "meetings.allocation.notOptimal")}
          </p>
          {run.revision !== p.revision && <p class="notice">{t("meetings.allocation.staleNote")}</p>}
          {run.allocation.pinIssues.length > 0 && (
            <section aria-labelledby="pin-issues">
              <h2 id="pin-issues">{t("meetings.allocation.pinIssues")}</h2>
              <ul>
                {run.allocation.pinIssues.map((issue) => (
                  <li>
                    <strong>{requestsById.get(issue.request)?.organisation ?? issue.request}</strong>:{" "}
                    {pinIssueText(t, { ...issue, slot: nameOfSlot(issue) })}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="by-slot">
            <h2 id="by-slot">{t("meetings.allocation.bySlot")}</h2>
            {view.slots.map((s) => {
              const here = run.allocation.assignments.filter((a) => a.slot === s.id);
              return (
                <section class="panel" aria-label={label(s)}>
                  <h3>{label(s)}</h3>
                  <p class="muted">
                    {s.private
                      ? t("meetings.slot.privateMeeting")
                      : t("meetings.slot.capacity", { count: s.capacity })}
                    {s.theme ? ` · ${t("meetings.field.theme")}: ${s.theme}` : ""}
                  </p>
                  {here.length === 0 ? (
                    <p>{t("meetings.allocation.emptySlot")}</p>
                  ) : (
                    <ul>
                      {here.map((a) => {
                        const r = requestsById.get(a.request);
                        const name = r?.organisation ?? a.request;
                        return (
                          <li>
                            {name} ({t("meetings.priority.value", { priority: r ? effectivePriority(r) : 0 })}
                            )
                            {kindOf.get(`${a.request}:${a.slot}`) === "pin" &&
                              ` · ${t("meetings.pin.pinned")}`}{" "}
                            <PlacementButtons
                              i18n={i18n}
                              csrf={csrf}
                              visitId={visitId}
                              request={a.request}
                              slot={a.slot}
                              kind={kindOf.get(`${a.request}:${a.slot}`)}
                              who={`${name}, ${label(s)}`}
                            />
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </section>
              );
            })}
          </section>
          <section aria-labelledby="unassigned">
            <h2 id="unassigned">
              {t("meetings.allocation.unassigned", { count: run.allocation.unassigned.length })}
            </h2>
            <p>{t("meetings.allocation.waitlistIntro")}</p>
            {run.allocation.unassigned.length === 0 ? (
              <p>{t("meetings.allocation.everyoneHeard")}</p>
            ) : (
              <ul>
                {run.allocation.unassigned.map((u) => {
                  const r = requestsById.get(u.request);
                  const name = r?.organisation ?? u.request;
                  const id = `pin-${u.request}`;
                  return (
                    <li>
                      <strong>{name}</strong>: {reasonText(t, u.reason)}
                      <form method="post" action={`${b}/placements`} class="inline-form">
                        <Csrf token={csrf} />
                        <input type="hidden" name="request" value={u.request} />
                        <input type="hidden" name="kind" value="pin" />{" "}
                        <label for={id}>{t("meetings.pin.to", { organisation: name })}</label>{" "}
                        <select id={id} name="slot">
                          {view.slots.map((s) => (
                            <option value={s.id}>{label(s)}</option>
                          ))}
                        </select>{" "}
                        <button type="submit">
                          {t("meetings.pin.pin")} <VisuallyHidden>{name}</VisuallyHidden>
                        </button>
                      </form>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        </>
      )}
      {view.placements.length > 0 && (
        <section aria-labelledby="placements">
          <h2 id="placements">{t("meetings.pin.title")}</h2>
          <ul>
            {view.placements.map((x) => {
              const s = slotsById.get(x.slotId);
              const name = requestsById.get(x.requestId)?.organisation ?? x.requestId;
              const where = s ? label(s) : x.slotId;
              return (
                <li>
                  {t(x.kind === "pin" ? "meetings.pin.pinnedTo" : "meetings.pin.forbiddenFrom", {
                    organisation: name,
                    slot: where,
                  })}{" "}
                  <PostButton
                    action={`${b}/placements`}
                    csrf={csrf}
                    fields={{ request: x.requestId, slot: x.slotId, kind: "none" }}
                    label={
                      <>
                        {t("meetings.pin.clear")} <VisuallyHidden>{`${name}, ${where}`}</VisuallyHidden>
                      </>
                    }
                  />
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </CoordinatorFrame>
  );
}

// What organisations see

/** An organisation's meetings, other organisations named only if they agreed. */
export function MeetingList({ i18n, meetings }: { i18n: I18n; meetings: { line: MeetingLine }[] }) {
  const { t } = i18n;
  return (
    <ul>
      {meetings.map(({ line }) => (
        <li>
          <strong>{line.when}</strong>
          <br />
          {line.where}
          {line.theme && (
            <>
              <br />
              {t("meetings.field.theme")}: {line.theme}
            </>
          )}
          {line.private && (
            <>
              <br />
              {t("meetings.slot.privateMeeting")}
            </>
          )}
          {withOthers(t, line) && (
            <>
              <br />
              {withOthers(t, line)}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

export interface OwnRequest {
  request: RequestRow;
  visit: string;
  published: boolean;
  meetings: { line: MeetingLine }[];
  reason: string | null;
  /** The organisation's own confidential fields: it may read what it sent. */
  confidential: RequestConfidential;
}

/** The state of one of the organisation's requests, and what it can do about it. */
function OwnRequestPanel({
  i18n,
  csrf,
  own,
  withdrawAction,
  calendar,
}: {
  i18n: I18n;
  csrf: string;
  own: OwnRequest;
  withdrawAction: string;
  calendar?: string;
}) {
  const { t } = i18n;
  const r = own.request;
  return (
    <section class="panel" aria-label={`${r.organisation}: ${own.visit}`}>
      <h2>{own.visit}</h2>
      <p>{t("meetings.own.for", { organisation: r.organisation })}</p>
      {r.status === "withdrawn" ? (
        <p>{t("meetings.own.withdrawn")}</p>
      ) : !own.published ? (
        <p>{t("meetings.own.waiting")}</p>
      ) : own.meetings.length ? (
        <>
          <h3>{t("meetings.own.meetings", { count: own.meetings.length })}</h3>
          <MeetingList i18n={i18n} meetings={own.meetings} />
          {calendar && (
            <p>
              <a href={calendar}>{t("meetings.own.calendar")}</a>
            </p>
          )}
        </>
      ) : (
        <>
          <p>{t("meetings.own.notPlaced")}</p>
          {own.reason && <p>{own.reason}</p>}
          <p>{t("meetings.mail.waitlist")}</p>
        </>
      )}
      {r.status === "active" && (
        <>
          <p class="muted">{t("meetings.own.withdrawHint")}</p>
          <PostButton
            action={withdrawAction}
            csrf={csrf}
            danger
            label={
              <>
                {t("meetings.own.withdraw")} <VisuallyHidden>{own.visit}</VisuallyHidden>
              </>
            }
          />
        </>
      )}
      <details>
        <summary>{t("meetings.own.whatWeSent")}</summary>
        <RequestFacts i18n={i18n} request={r} confidential={own.confidential} />
      </details>
    </section>
  );
}

export function ParticipantPage({
  i18n,
  csrf,
  token,
  own,
  done,
}: {
  i18n: I18n;
  csrf: string;
  token: string;
  own: OwnRequest;
  done?: string;
}) {
  const { t } = i18n;
  return (
    <article class="narrow">
      <h1>{t("meetings.own.title", { organisation: own.request.organisation })}</h1>
      <p class="lead">{t("meetings.own.linkIntro")}</p>
      <Done message={done} />
      <OwnRequestPanel
        i18n={i18n}
        csrf={csrf}
        own={own}
        withdrawAction={`/meetings/p/${token}/withdraw`}
        calendar={`/meetings/p/${token}.ics`}
      />
    </article>
  );
}

export function MyMeetingsPage({
  i18n,
  csrf,
  items,
  done,
}: {
  i18n: I18n;
  csrf: string;
  items: OwnRequest[];
  done?: string;
}) {
  const { t } = i18n;
  return (
    <article>
      <h1>{t("meetings.mine.title")}</h1>
      <p class="lead">{t("meetings.mine.intro")}</p>
      <Done message={done} />
      {items.length === 0 ? (
        <EmptyState title={t("meetings.mine.none")} />
      ) : (
        items.map((own) => (
          <OwnRequestPanel
            i18n={i18n}
            csrf={csrf}
            own={own}
            withdrawAction={`/meetings/requests/${own.request.id}/withdraw`}
          />
        ))
      )}
    </article>
  );
}

// The request form (through the link)

export interface RequestFormFacts {
  visit: string;
  title: string;
  timeZone: string;
  cities: string[];
  themes: string[];
  days: string[];
  /** The sender's organisations (signed in), to send it for one of them. */
  organisations: { id: string; name: string }[];
}

export function RequestFormPage({
  i18n,
  csrf,
  token,
  facts: f,
  values,
  lists,
  problem,
}: {
  i18n: I18n;
  csrf: string;
  token: string;
  facts: RequestFormFacts;
  values: Record<string, string | undefined>;
  /** Ticked boxes by field name. */
  lists: Record<string, string[]>;
  problem?: FormProblem;
}) {
  const { t } = i18n;
  const ticked = (name: string, v: string) => (lists[name] ?? []).includes(v);
  return (
    <article class="narrow">
      <p class="breadcrumb">{f.visit}</p>
      <h1>{t("meetings.form.title")}</h1>
      <p class="lead">{t("meetings.form.intro", { title: f.title })}</p>
      <p>{t("meetings.form.confidential")}</p>
      <form method="post" action={`/meetings/r/${token}`} class="stack">
        <FormError problem={problem} form="request" />
        <Csrf token={csrf} />
        <h2>{t("meetings.form.who")}</h2>
        <InputField
          form="request"
          name="organisation"
          label={t("meetings.field.organisation")}
          required
          maxlength={200}
          value={values.organisation}
          problem={problem}
        />
        {f.organisations.length > 0 && (
          <SelectField
            form="request"
            name="organisationId"
            label={t("meetings.field.account")}
            hint={t("meetings.field.accountHint")}
            value={values.organisationId ?? ""}
            problem={problem}
            options={[
              { value: "", label: t("meetings.field.accountNone") },
              ...f.organisations.map((o) => ({ value: o.id, label: o.name })),
            ]}
          />
        )}
        <InputField
          form="request"
          name="contactName"
          label={t("meetings.field.contactName")}
          required
          maxlength={200}
          value={values.contactName}
          problem={problem}
        />
        <Input
          form="request"
          name="contactEmail"
          type="email"
          label={t("meetings.field.contactEmail")}
          required
          autocomplete="email"
          maxlength={254}
          value={values.contactEmail}
          problem={problem}
        />
        <Input
          form="request"
          name="contactPhone"
          type="tel"
          label={t("meetings.field.contactPhone")}
          autocomplete="tel"
          maxlength={50}
          value={values.contactPhone}
          problem={problem}
        />
        <InputField
          form="request"
          name="people"
          type="number"
          min={1}
          max={50}
          label={t("meetings.field.people")}
          required
          value={values.people ?? "1"}
          problem={problem}
        />

        <h2>{t("meetings.form.where")}</h2>
        <fieldset>
          <legend>{t("meetings.field.cities")}</legend>
          {f.cities.map((city) => (
            <Check form="request" name="cities" value={city} label={city} checked={ticked("cities", city)} />
          ))}
          <InputField
            form="request"
            name="otherCities"
            label={t("meetings.field.otherCities")}
            hint={t("meetings.field.commaHint")}
            maxlength={500}
            value={values.otherCities}
            problem={problem}
          />
        </fieldset>
        <fieldset>
          <legend>{t("meetings.field.available")}</legend>
          <p class="hint">{t("meetings.form.availableHint", { timeZone: f.timeZone })}</p>
          {f.days.length === 0 && <p>{t("meetings.form.noDays")}</p>}
          {f.days.map((day) => (
            <div class="field">
              <Check
                form="request"
                name="days"
                value={day}
                label={dayName(i18n.locale, day)}
                checked={ticked("days", day)}
              />
              <Input
                form="request"
                name={`from_${day}`}
                type="time"
                label={t("meetings.form.from", { day: dayName(i18n.locale, day) })}
                value={values[`from_${day}`] ?? "08:00"}
                problem={problem}
              />
              <Input
                form="request"
                name={`to_${day}`}
                type="time"
                label={t("meetings.form.to", { day: dayName(i18n.locale, day) })}
                value={values[`to_${day}`] ?? "18:00"}
                problem={problem}
              />
            </div>
          ))}
        </fieldset>

        <h2>{t("meetings.form.what")}</h2>
        <fieldset>
          <legend>{t("meetings.field.themes")}</legend>
          {f.themes.map((theme) => (
            <Check
              form="request"
              name="themes"
              value={theme}
              label={theme}
              checked={ticked("themes", theme)}
            />
          ))}
          <InputField
            form="request"
            name="otherThemes"
            label={t("meetings.field.otherThemes")}
            hint={t("meetings.field.commaHint")}
            maxlength={500}
            value={values.otherThemes}
            problem={problem}
          />
        </fieldset>
        <InputField
          form="request"
          name="interpretation"
          label={t("meetings.field.interpretation")}
          hint={t("meetings.field.interpretationHint")}
          maxlength={500}
          value={values.interpretation}
          problem={problem}
        />
        <InputField
          form="request"
          name="accessibility"
          label={t("meetings.field.accessibility")}
          rows={2}
          maxlength={1000}
          value={values.accessibility}
          problem={problem}
        />

        <h2>{t("meetings.form.safety")}</h2>
        <Check
          form="request"
          name="needsPrivate"
          label={t("meetings.field.needsPrivate")}
          hint={t("meetings.field.needsPrivateHint")}
          checked={values.needsPrivate === "1"}
        />
        <InputField
          form="request"
          name="privateReason"
          label={t("meetings.field.privateReason")}
          rows={3}
          maxlength={2000}
          value={values.privateReason}
          problem={problem}
        />
        <Check
          form="request"
          name="shareName"
          label={t("meetings.field.shareName")}
          hint={t("meetings.field.shareNameHint")}
          checked={values.shareName === "1"}
        />

        <h2>{t("meetings.form.priority")}</h2>
        <fieldset>
          <legend>{t("meetings.field.facts")}</legend>
          {priorityFacts.map((fact) => (
            <Check
              form="request"
              name="priorityFacts"
              value={fact}
              label={t(factKey(fact))}
              checked={ticked("priorityFacts", fact)}
            />
          ))}
        </fieldset>
        <InputField
          form="request"
          name="otherFacts"
          label={t("meetings.field.otherFacts")}
          rows={3}
          maxlength={2000}
          value={values.otherFacts}
          problem={problem}
        />
        <button type="submit">{t("meetings.form.submit")}</button>
      </form>
    </article>
  );
}

export function RequestSentPage({ i18n, visit }: { i18n: I18n; visit: string }) {
  const { t } = i18n;
  return (
    <article class="narrow">
      <h1>{t("meetings.sent.title")}</h1>
      <p class="lead">{visit}</p>
      <p role="status">{t("meetings.sent.body")}</p>
    </article>
  );
}
