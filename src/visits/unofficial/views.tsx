import { countryName } from "../../countries/country";
import { ListPage } from "../../platform/http/components";
import { Csrf, FormError, type FormProblem, InputField, SelectField } from "../../platform/http/fields";
import type { I18n } from "../../platform/i18n";
import { type Choice, CountryMandateFields } from "../forms";
import { RegistryNav } from "../registry-views";
import { CountryMandateFilters, mandateTitleIn } from "../views";
import { unofficialVisibilities } from "./policy";
import type { UnofficialVisitSummary } from "./store";

function when(i18n: I18n, v: UnofficialVisitSummary) {
  return v.dateFrom === v.dateTo
    ? i18n.formatDate(v.dateFrom, "short")
    : `${i18n.formatDate(v.dateFrom, "short")} – ${i18n.formatDate(v.dateTo, "short")}`;
}

export function UnofficialTable({
  i18n,
  items,
  show,
}: {
  i18n: I18n;
  items: UnofficialVisitSummary[];
  show: "country" | "mandate" | "both";
}) {
  const { t } = i18n;
  if (!items.length) return <p>{t("unofficial.empty")}</p>;
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t("unofficial.col.event")}</th>
            {show !== "mandate" && <th scope="col">{t("visits.col.country")}</th>}
            {show !== "country" && <th scope="col">{t("visits.col.mandate")}</th>}
            <th scope="col">{t("unofficial.col.host")}</th>
            <th scope="col">{t("unofficial.col.when")}</th>
            <th scope="col">{t("unofficial.col.outcome")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((v) => (
            <tr>
              <th scope="row">
                <a href={`/visits/unofficial/${v.id}`}>{v.event}</a>
                {v.visibility !== "public" && (
                  <span class="muted"> · {t("unofficial.visibilityNote", { visibility: v.visibility })}</span>
                )}
              </th>
              {show !== "mandate" && (
                <td>
                  <a href={`/countries/${v.countryIso3}`}>
                    {countryName({ names: v.countryNames }, i18n.locale)}
                  </a>
                </td>
              )}
              {show !== "country" && <td>{mandateTitleIn(v, i18n.locale)}</td>}
              <td>
                {v.host}
                {v.city ? ` · ${v.city}` : ""}
              </td>
              <td>{when(i18n, v)}</td>
              <td>
                {v.outcome ?? "—"}
                {v.visitId && (
                  <>
                    {" "}
                    <a href={`/visits/${v.visitId}`}>{t("unofficial.col.official")}</a>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function UnofficialListPage({
  i18n,
  items,
  total,
  params,
  limit,
  offset,
  signedIn,
}: {
  i18n: I18n;
  items: UnofficialVisitSummary[];
  total: number;
  params: { country?: string; mandate?: string };
  limit: number;
  offset: number;
  signedIn: boolean;
}) {
  const { t } = i18n;
  return (
    <>
      <RegistryNav i18n={i18n} current="/visits/unofficial" />
      <ListPage
        i18n={i18n}
        title={t("unofficial.title")}
        intro={t("unofficial.intro")}
        path="/visits/unofficial"
        count={t("unofficial.count", { count: total })}
        empty={items.length === 0}
        emptyTitle={t("unofficial.empty")}
        params={params}
        total={total}
        limit={limit}
        offset={offset}
        filters={<CountryMandateFilters i18n={i18n} params={params} />}
        after={
          signedIn && (
            <p>
              <a href="/visits/unofficial/new">{t("unofficial.new.title")}</a>
            </p>
          )
        }
      >
        <UnofficialTable i18n={i18n} items={items} show="both" />
      </ListPage>
    </>
  );
}

export function NewUnofficialPage({
  i18n,
  csrf,
  countries,
  mandates,
  orgs,
  coalitions,
  values = {},
  problem,
}: {
  i18n: I18n;
  csrf: string;
  countries: Choice[];
  mandates: Choice[];
  orgs: Choice[];
  coalitions: Choice[];
  values?: Record<string, string | undefined>;
  problem?: FormProblem;
}) {
  const { t } = i18n;
  const f = { form: "unofficial", problem };
  return (
    <>
      <p class="breadcrumb">
        <a href="/visits/unofficial">{t("unofficial.title")}</a>
      </p>
      <h1>{t("unofficial.new.title")}</h1>
      <p class="lead">{t("unofficial.intro")}</p>
      <form method="post" action="/visits/unofficial/new">
        <FormError problem={problem} form="unofficial" />
        <Csrf token={csrf} />
        <CountryMandateFields
          i18n={i18n}
          form="unofficial"
          problem={problem}
          values={values}
          countries={countries}
          mandates={mandates}
        />
        <InputField
          {...f}
          name="event"
          label={t("unofficial.new.event")}
          value={values.event}
          required
          maxlength={300}
        />
        <InputField
          {...f}
          name="host"
          label={t("unofficial.new.host")}
          value={values.host}
          required
          maxlength={300}
        />
        <InputField {...f} name="city" label={t("unofficial.new.city")} value={values.city} maxlength={120} />
        <InputField
          {...f}
          name="from"
          type="date"
          label={t("unofficial.new.from")}
          value={values.from}
          required
        />
        <InputField {...f} name="to" type="date" label={t("unofficial.new.to")} value={values.to} required />
        <InputField
          {...f}
          name="outcome"
          rows={4}
          label={t("unofficial.new.outcome")}
          value={values.outcome}
          maxlength={4000}
        />
        <InputField
          {...f}
          name="source"
          label={t("visit.record.source")}
          value={values.source}
          maxlength={500}
        />
        <SelectField
          {...f}
          name="visibility"
          label={t("unofficial.new.visibility")}
          value={values.visibility ?? "organisation"}
          options={unofficialVisibilities.map((v) => ({
            value: v,
            label: t(`unofficial.new.visibility.${v}`),
          }))}
        />
        {orgs.length > 0 && (
          <SelectField {...f} name="org" label={t("unofficial.new.org")} value={values.org} options={orgs} />
        )}
        {coalitions.length > 0 && (
          <SelectField
            {...f}
            name="coalition"
            label={t("unofficial.new.visibility.coalition")}
            value={values.coalition}
            options={[{ value: "", label: "—" }, ...coalitions]}
          />
        )}
        <button type="submit">{t("unofficial.new.submit")}</button>
      </form>
    </>
  );
}

/** One unofficial visit: what it was, what came of it, and (for those who answer for it) a form to say so. */
export function UnofficialPage({
  i18n,
  visit: v,
  csrf,
  canEdit,
  officialChoices,
  problem,
  done,
}: {
  i18n: I18n;
  visit: UnofficialVisitSummary;
  csrf: string;
  canEdit: boolean;
  /** The official visits to the same country it may have led to. */
  officialChoices: Choice[];
  problem?: FormProblem;
  done?: boolean;
}) {
  const { t } = i18n;
  const f = { form: "outcome", problem };
  return (
    <article>
      <p class="breadcrumb">
        <a href="/visits/unofficial">{t("unofficial.title")}</a>
      </p>
      <h1>{v.event}</h1>
      {done && (
        <p class="notice notice-ok" role="status">
          {t("unofficial.edit.done")}
        </p>
      )}
      <UnofficialTable i18n={i18n} items={[v]} show="both" />
      {v.visibility !== "public" && (
        <p class="muted">{t("unofficial.visibilityNote", { visibility: v.visibility })}</p>
      )}
      {canEdit && (
        <section aria-labelledby="outcome-heading" class="panel">
          <h2 id="outcome-heading">{t("unofficial.edit.heading")}</h2>
          <form method="post" action={`/visits/unofficial/${v.id}`}>
            <FormError problem={problem} form="outcome" />
            <Csrf token={csrf} />
            <InputField
              {...f}
              name="outcome"
              rows={5}
              label={t("unofficial.new.outcome")}
              value={v.outcome}
              maxlength={4000}
            />
            <SelectField
              {...f}
              name="visit"
              label={t("unofficial.new.visit")}
              value={v.visitId ?? ""}
              options={[{ value: "", label: t("unofficial.edit.noVisit") }, ...officialChoices]}
            />
            <button type="submit">{t("unofficial.edit.submit")}</button>
          </form>
          <p>
            <a href={`/advocacy/unofficial/${v.id}`}>{t("unofficial.invite")}</a>
          </p>
        </section>
      )}
    </article>
  );
}
