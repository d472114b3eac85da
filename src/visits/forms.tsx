import { Csrf, FormError, type FormProblem, InputField, SelectField } from "../platform/http/fields";
import type { I18n, MessageKey } from "../platform/i18n";
import { eventTypes } from "./status";

export interface Choice {
  value: string;
  label: string;
}

type Values = Record<string, string | undefined>;

function EventFields({
  i18n,
  form,
  values,
  problem,
}: {
  i18n: I18n;
  form: string;
  values: Values;
  problem?: FormProblem;
}) {
  const { t } = i18n;
  const f = { form, problem };
  return (
    <>
      <SelectField
        {...f}
        name="type"
        label={t("visit.record.type")}
        value={values.type ?? "requested"}
        required
        options={eventTypes.map((e) => ({ value: e, label: t(`visit.event.${e}` as MessageKey) }))}
      />
      <InputField
        {...f}
        name="date"
        type="date"
        label={t("visit.record.date")}
        value={values.date}
        required
      />
      <SelectField
        {...f}
        name="precision"
        label={t("visit.record.precision")}
        value={values.precision ?? "day"}
        options={(["day", "month", "year"] as const).map((p) => ({
          value: p,
          label: t(`visit.record.precision.${p}`),
        }))}
      />
      <InputField {...f} name="from" type="date" label={t("visit.record.from")} value={values.from} />
      <InputField {...f} name="to" type="date" label={t("visit.record.to")} value={values.to} />
      <InputField
        {...f}
        name="symbol"
        label={t("visit.record.symbol")}
        value={values.symbol}
        maxlength={60}
      />
      <InputField
        {...f}
        name="session"
        type="number"
        min={1}
        max={200}
        label={t("visit.record.session")}
        value={values.session}
      />
      <InputField
        {...f}
        name="source"
        label={t("visit.record.source")}
        value={values.source}
        maxlength={500}
      />
      <InputField
        {...f}
        name="note"
        rows={3}
        label={t("visit.record.note")}
        value={values.note}
        maxlength={2000}
      />
    </>
  );
}

/** Which country, which mandate and who held it: the first fields of a visit or an unofficial visit. */
export function CountryMandateFields({
  i18n,
  form,
  problem,
  values,
  countries,
  mandates,
}: {
  i18n: I18n;
  form: string;
  problem?: FormProblem;
  values: Values;
  countries: Choice[];
  mandates: Choice[];
}) {
  const { t } = i18n;
  const f = { form, problem };
  return (
    <>
      <SelectField
        {...f}
        name="country"
        label={t("visit.new.country")}
        value={values.country}
        required
        options={[{ value: "", label: t("visit.new.chooseCountry") }, ...countries]}
      />
      <SelectField
        {...f}
        name="mandate"
        label={t("visit.new.mandate")}
        value={values.mandate}
        required
        options={[{ value: "", label: t("visit.new.chooseMandate") }, ...mandates]}
      />
      <InputField
        {...f}
        name="mandateHolder"
        label={t("visit.new.holder")}
        value={values.mandateHolder}
        maxlength={200}
      />
    </>
  );
}

/** On a visit's page: add the next letter or event (signed-in users). */
export function RecordEventForm({
  i18n,
  csrf,
  visitId,
  values = {},
  problem,
}: {
  i18n: I18n;
  csrf: string | null;
  visitId: string;
  values?: Values;
  problem?: FormProblem;
}) {
  const { t } = i18n;
  return (
    <section aria-labelledby="record-heading" class="panel">
      <h2 id="record-heading">{t("visit.record.heading")}</h2>
      {csrf === null ? (
        <p>
          <a href={`/signin?next=/visits/${visitId}`}>{t("visit.record.signIn")}</a>
        </p>
      ) : (
        <form method="post" action={`/visits/${visitId}/events`} aria-describedby="record-intro">
          <p id="record-intro">{t("visit.record.intro")}</p>
          <FormError problem={problem} form="event" />
          <Csrf token={csrf} />
          <EventFields i18n={i18n} form="event" values={values} problem={problem} />
          <button type="submit">{t("visit.record.submit")}</button>
        </form>
      )}
    </section>
  );
}

/** A new visit: its country, mandate and first event. */
export function NewVisitPage({
  i18n,
  csrf,
  countries,
  mandates,
  values = {},
  problem,
}: {
  i18n: I18n;
  csrf: string;
  countries: Choice[];
  mandates: Choice[];
  values?: Values;
  problem?: FormProblem;
}) {
  const { t } = i18n;
  return (
    <>
      <p class="breadcrumb">
        <a href="/visits">{t("visits.title")}</a>
      </p>
      <h1>{t("visit.new.title")}</h1>
      <p class="lead">{t("visit.new.intro")}</p>
      <form method="post" action="/visits/new">
        <FormError problem={problem} form="visit" />
        <Csrf token={csrf} />
        <CountryMandateFields
          i18n={i18n}
          form="visit"
          problem={problem}
          values={values}
          countries={countries}
          mandates={mandates}
        />
        <EventFields i18n={i18n} form="visit" values={values} problem={problem} />
        <button type="submit">{t("visit.new.submit")}</button>
      </form>
    </>
  );
}
