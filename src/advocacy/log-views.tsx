import type { Child } from "hono/jsx";
import { countryName } from "../countries/country";
import { ListPage } from "../platform/http/components";
import { Csrf, FormError, type FormProblem, InputField, SelectField } from "../platform/http/fields";
import type { I18n, MessageKey } from "../platform/i18n";
import type { Choice } from "../visits/forms";
import type { VisitEventRow, VisitSummary } from "../visits/store";
import type { UnofficialVisitSummary } from "../visits/unofficial/store";
import { datePrecise, mandateTitleIn } from "../visits/views";
import type { LetterSummary } from "./letter-store";
import { actionKinds, type Gap, logVisibilities, type TimelineItem } from "./log";
import type { ActionSummary } from "./log-store";
import { AdvocacyNav, Done } from "./views";

const kindText = (i18n: I18n, kind: string) => i18n.t(`advocacy.action.${kind}` as MessageKey);
const eventText = (i18n: I18n, type: string) => i18n.t(`visit.event.${type}` as MessageKey);
const gapValues = (g: Gap) => ({ unit: g.unit, count: g.count });

function actionLine(i18n: I18n, a: ActionSummary): string {
  return i18n.t("advocacy.timeline.action", {
    kind: kindText(i18n, a.kind),
    org: a.orgName,
    target: a.target,
  });
}

function ActionDetails({ i18n, a }: { i18n: I18n; a: ActionSummary }) {
  const { t } = i18n;
  return (
    <>
      {(a.channel || a.response) && (
        <p class="muted">
          {a.channel && t("advocacy.timeline.channel", { channel: a.channel })}
          {a.channel && a.response && " · "}
          {a.response && t("advocacy.timeline.response", { response: a.response })}
        </p>
      )}
      {a.visibility !== "public" && (
        <p class="muted small">{t(`advocacy.visibility.${a.visibility}` as MessageKey)}</p>
      )}
      {a.letterId && (
        <p class="small">
          <a href={`/advocacy/letters/${a.letterId}`}>{t("advocacy.timeline.letter")}</a>
        </p>
      )}
    </>
  );
}

export function Timeline({
  i18n,
  items,
}: {
  i18n: I18n;
  items: TimelineItem<ActionSummary, VisitEventRow>[];
}) {
  const { t } = i18n;
  if (!items.length) return <p>{t("advocacy.timeline.empty")}</p>;
  return (
    <ol class="timeline">
      {items.map((item) =>
        item.kind === "action" ? (
          <li class="advocacy-action">
            <p>
              <strong>{i18n.formatDate(item.date)}</strong> — {actionLine(i18n, item.action)}
            </p>
            <ActionDetails i18n={i18n} a={item.action} />
            {item.followedBy.length > 0 && (
              <p>
                {item.followedBy
                  .map((f) =>
                    t("advocacy.timeline.followedBy", {
                      ...gapValues(f.gap),
                      event: eventText(i18n, f.event.type),
                    }),
                  )
                  .join("; ")}
              </p>
            )}
          </li>
        ) : (
          <li>
            <p>
              <strong>{datePrecise(i18n, item.event.date, item.event.precision)}</strong> —{" "}
              {eventText(i18n, item.event.type)}
              {item.event.symbol ? ` (${item.event.symbol})` : ""}
            </p>
            {item.after && (
              <p class="muted">
                {t("advocacy.timeline.after", {
                  ...gapValues(item.after.gap),
                  action: actionLine(i18n, item.after.action),
                })}
              </p>
            )}
          </li>
        ),
      )}
    </ol>
  );
}

export function ActionForm({
  i18n,
  csrf,
  action,
  orgs,
  coalitions,
  values = {},
  problem,
}: {
  i18n: I18n;
  csrf: string;
  action: string;
  orgs: Choice[];
  coalitions: Choice[];
  values?: Record<string, string | undefined>;
  problem?: FormProblem;
}) {
  const { t } = i18n;
  const f = { form: "action", problem };
  return (
    <section class="panel" aria-labelledby="record-heading">
      <h2 id="record-heading">{t("advocacy.action.heading")}</h2>
      {orgs.length === 0 ? (
        <p>{t("advocacy.action.noOrg")}</p>
      ) : (
        <form method="post" action={action} class="stack">
          <FormError problem={problem} form="action" />
          <Csrf token={csrf} />
          <SelectField
            {...f}
            name="kind"
            label={t("advocacy.action.kind")}
            value={values.kind ?? "letter_sent"}
            required
            options={actionKinds.map((k) => ({ value: k, label: kindText(i18n, k) }))}
          />
          <InputField
            {...f}
            name="date"
            type="date"
            label={t("advocacy.action.date")}
            value={values.date}
            required
          />
          <InputField
            {...f}
            name="target"
            label={t("advocacy.action.target")}
            hint={t("advocacy.action.targetHint")}
            value={values.target}
            required
            maxlength={300}
          />
          <InputField
            {...f}
            name="channel"
            label={t("advocacy.action.channel")}
            hint={t("advocacy.action.channelHint")}
            value={values.channel}
            maxlength={200}
          />
          <InputField
            {...f}
            name="response"
            rows={3}
            label={t("advocacy.action.response")}
            value={values.response}
            maxlength={2000}
          />
          <SelectField {...f} name="org" label={t("advocacy.action.org")} value={values.org} options={orgs} />
          <SelectField
            {...f}
            name="visibility"
            label={t("advocacy.action.visibility")}
            value={values.visibility ?? "organisation"}
            options={logVisibilities.map((v) => ({
              value: v,
              label: t(`advocacy.visibility.${v}` as MessageKey),
            }))}
          />
          {coalitions.length > 0 && (
            <SelectField
              {...f}
              name="coalition"
              label={t("advocacy.action.coalition")}
              value={values.coalition}
              options={[{ value: "", label: "—" }, ...coalitions]}
            />
          )}
          {values.letter && <input type="hidden" name="letter" value={values.letter} />}
          <button type="submit">{t("advocacy.action.submit")}</button>
        </form>
      )}
    </section>
  );
}

export function VisitAdvocacyPage({
  i18n,
  visit,
  items,
  done,
  form,
}: {
  i18n: I18n;
  visit: VisitSummary;
  items: TimelineItem<ActionSummary, VisitEventRow>[];
  done?: string;
  form: Child;
}) {
  const { t } = i18n;
  const country = countryName({ names: visit.countryNames }, i18n.locale);
  return (
    <>
      <AdvocacyNav i18n={i18n} current="" />
      <p class="breadcrumb">
        <a href={`/visits/${visit.id}`}>{t("advocacy.timeline.visit")}</a>
      </p>
      <h1>{t("advocacy.timeline.title", { country, mandate: mandateTitleIn(visit, i18n.locale) })}</h1>
      <p class="lead">{t("advocacy.timeline.intro")}</p>
      <Done text={done} />
      <p>
        <a
          href={`/advocacy/letters/new?visit=${visit.id}&template=${visit.status === "requested" || visit.status === "postponed" ? "invitation-appeal" : "visit-request"}`}
        >
          {t("advocacy.timeline.draft")}
        </a>
      </p>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t("advocacy.timeline.heading")}</h2>
        <Timeline i18n={i18n} items={items} />
      </section>
      {form}
    </>
  );
}

export function LogPage({
  i18n,
  items,
  total,
  limit,
  offset,
  country,
}: {
  i18n: I18n;
  items: ActionSummary[];
  total: number;
  limit: number;
  offset: number;
  country?: string;
}) {
  const { t } = i18n;
  return (
    <>
      <AdvocacyNav i18n={i18n} current="/advocacy/log" />
      <ListPage
        i18n={i18n}
        title={t("advocacy.log.title")}
        intro={t("advocacy.log.intro")}
        path="/advocacy/log"
        filters={
          <div class="field">
            <label for="log-country">{t("visits.filter.country")}</label>
            <input id="log-country" name="country" type="text" value={country ?? ""} maxlength={3} size={5} />
          </div>
        }
        count={t("advocacy.log.count", { count: total })}
        empty={items.length === 0}
        emptyTitle={t("advocacy.log.empty")}
        params={{ country }}
        total={total}
        limit={limit}
        offset={offset}
      >
        <ul class="cards">
          {items.map((a) => (
            <li>
              <p>
                <strong>{i18n.formatDate(a.date)}</strong> — {actionLine(i18n, a)} · {a.countryIso3}
              </p>
              <ActionDetails i18n={i18n} a={a} />
              {a.visitId && (
                <p class="small">
                  <a href={`/advocacy/visits/${a.visitId}`}>{t("advocacy.timeline.link")}</a>
                </p>
              )}
            </li>
          ))}
        </ul>
      </ListPage>
    </>
  );
}

export function UnofficialInvitePage({
  i18n,
  csrf,
  visit,
  letters,
  official,
  canLink,
  done,
  problem,
}: {
  i18n: I18n;
  csrf: string;
  visit: UnofficialVisitSummary;
  letters: LetterSummary[];
  /** The country's official visits by the same mandate, to link the later request. */
  official: VisitSummary[];
  canLink: boolean;
  done?: string;
  problem?: FormProblem;
}) {
  const { t } = i18n;
  const draft = `/advocacy/letters/new?template=unofficial-visit-invitation&unofficial=${visit.id}&country=${visit.countryIso3}&mandate=${visit.mandateId}`;
  const linked = official.find((o) => o.id === visit.visitId);
  return (
    <>
      <AdvocacyNav i18n={i18n} current="" />
      <p class="breadcrumb">
        <a href="/visits/unofficial">{t("unofficial.title")}</a>
      </p>
      <h1>{visit.event}</h1>
      <Done text={done} />
      <dl class="facts">
        <dt>{t("visits.col.country")}</dt>
        <dd>{countryName({ names: visit.countryNames }, i18n.locale)}</dd>
        <dt>{t("visits.col.mandate")}</dt>
        <dd>{mandateTitleIn(visit, i18n.locale)}</dd>
        <dt>{t("unofficial.col.host")}</dt>
        <dd>
          {visit.host}
          {visit.city ? ` · ${visit.city}` : ""}
        </dd>
        <dt>{t("unofficial.col.when")}</dt>
        <dd>
          {i18n.formatDate(visit.dateFrom)} – {i18n.formatDate(visit.dateTo)}
        </dd>
        {visit.outcome && (
          <>
            <dt>{t("unofficial.col.outcome")}</dt>
            <dd>{visit.outcome}</dd>
          </>
        )}
        <dt>{t("unofficial.col.official")}</dt>
        <dd>
          {visit.visitId ? (
            <a href={`/advocacy/visits/${visit.visitId}`}>
              {linked ? mandateTitleIn(linked, i18n.locale) : t("advocacy.timeline.link")}
            </a>
          ) : (
            "—"
          )}
        </dd>
      </dl>
      <section aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t("advocacy.unofficial.invite")}</h2>
        <p>{t("advocacy.unofficial.inviteIntro")}</p>
        <p>
          <a href={draft}>{t("advocacy.unofficial.draft")}</a>
        </p>
        {letters.length > 0 && (
          <ul>
            {letters.map((l) => (
              <li>
                <a href={`/advocacy/letters/${l.id}`}>{l.title}</a> <span class="muted">({l.orgName})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {canLink && (
        <section class="panel" aria-labelledby="link-heading">
          <h2 id="link-heading">{t("advocacy.unofficial.linkHeading")}</h2>
          <form method="post" action={`/advocacy/unofficial/${visit.id}/link`} class="stack">
            <FormError problem={problem} form="link" />
            <Csrf token={csrf} />
            <SelectField
              form="link"
              problem={problem}
              name="visit"
              label={t("advocacy.unofficial.linkLabel")}
              hint={t("advocacy.unofficial.linkHint")}
              value={visit.visitId ?? ""}
              options={[
                { value: "", label: t("advocacy.unofficial.noLink") },
                ...official.map((o) => ({
                  value: o.id,
                  label: `${mandateTitleIn(o, i18n.locale)} · ${t(`visit.status.${o.status}` as MessageKey)}${o.requestedOn ? ` · ${datePrecise(i18n, o.requestedOn)}` : ""}`,
                })),
              ]}
            />
            <button type="submit">{t("advocacy.unofficial.linkSubmit")}</button>
          </form>
        </section>
      )}
    </>
  );
}
