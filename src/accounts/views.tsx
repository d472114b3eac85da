import type { Child } from "hono/jsx";
import { EmptyState } from "../platform/http/components";
import { Csrf, FormError, type FormProblem, PostButton, VisuallyHidden } from "../platform/http/fields";
import type { I18n, MessageKey } from "../platform/i18n";
import type { Coalition, Organisation } from "./organisations";

type OrgKind = Organisation["kind"];
type Role = "member" | "admin";
export const orgKinds: OrgKind[] = ["ngo", "nhri", "victims_group", "other"];
export const kindKey = (k: OrgKind) => `org.kind.${k}` as MessageKey;
export const roleKey = (r: Role) => `org.role.${r}` as MessageKey;

// Small building blocks (forms, buttons and errors come from platform/http/fields)

/** The id of a form's error message, when that form has one. */
const errorId = (problem: FormProblem | undefined, form: string) =>
  problem?.form === form ? `${form}-error` : undefined;

/** A confirmation after a form was sent and the browser redirected here. */
export function Done({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p class="notice notice-ok" role="status">
      {message}
    </p>
  );
}

interface FieldProps {
  id: string;
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "search";
  autocomplete?: string;
  required?: boolean;
  value?: string;
  hint?: Child;
  /** The id of the form's error message, to link it to this field. */
  error?: string;
  invalid?: boolean;
  inputmode?: "numeric" | "text" | "email";
  minlength?: number;
  maxlength?: number;
  pattern?: string;
  spellcheck?: boolean;
  autofocus?: boolean;
}

function Field(p: FieldProps) {
  const describedBy = [p.hint ? `${p.id}-hint` : undefined, p.error].filter(Boolean).join(" ") || undefined;
  return (
    <div class="field">
      <label for={p.id}>{p.label}</label>
      {p.hint && (
        <p id={`${p.id}-hint`} class="hint">
          {p.hint}
        </p>
      )}
      <input
        id={p.id}
        name={p.name}
        type={p.type ?? "text"}
        autocomplete={p.autocomplete}
        required={p.required}
        value={p.value}
        inputmode={p.inputmode}
        minlength={p.minlength}
        maxlength={p.maxlength}
        pattern={p.pattern}
        spellcheck={p.spellcheck}
        autofocus={p.autofocus}
        aria-describedby={describedBy}
        aria-invalid={p.invalid ? "true" : undefined}
      />
    </div>
  );
}

/** Marks a field invalid when its form failed and the failure names it (or names no field). */
const invalidField = (problem: FormProblem | undefined, form: string, field: string) =>
  problem?.form === form && (problem.field === undefined || problem.field === field);

function SelectField({
  id,
  name,
  label,
  value,
  options,
  error,
}: {
  id: string;
  name: string;
  label: string;
  value?: string;
  options: { value: string; label: string }[];
  error?: string;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} name={name} aria-describedby={error}>
        {options.map((o) => (
          <option value={o.value} selected={o.value === (value ?? "")}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function dateTime(i18n: I18n, d: Date): string {
  return new Intl.DateTimeFormat(i18n.locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(d);
}

const PASSWORD_MIN = 12;

function NewPasswordField({
  i18n,
  id,
  label,
  problem,
  form,
}: {
  i18n: I18n;
  id: string;
  label?: string;
  problem?: FormProblem;
  form: string;
}) {
  return (
    <Field
      id={id}
      name="password"
      type="password"
      label={label ?? i18n.t("auth.newPassword")}
      autocomplete="new-password"
      required
      minlength={PASSWORD_MIN}
      maxlength={256}
      hint={i18n.t("auth.passwordHint")}
      error={errorId(problem, form)}
      invalid={invalidField(problem, form, "password")}
    />
  );
}

// Signing in, signing up, passwords

export function SignInPage({
  i18n,
  csrf,
  email,
  next,
  needCode,
  problem,
  done,
}: {
  i18n: I18n;
  csrf: string;
  email?: string;
  next?: string;
  needCode?: boolean;
  problem?: FormProblem;
  done?: string;
}) {
  const { t } = i18n;
  const err = errorId(problem, "signin");
  return (
    <section class="narrow">
      <h1>{t("auth.signIn.title")}</h1>
      <Done message={done} />
      <form method="post" action="/signin" class="stack">
        <FormError problem={problem} form="signin" />
        <Csrf token={csrf} />
        {next && <input type="hidden" name="next" value={next} />}
        <Field
          id="signin-email"
          name="email"
          type="email"
          label={t("auth.email")}
          autocomplete="username"
          required
          value={email}
          spellcheck={false}
          error={err}
          invalid={!!err && !needCode}
        />
        <Field
          id="signin-password"
          name="password"
          type="password"
          label={t("auth.password")}
          autocomplete="current-password"
          required
          error={err}
          invalid={!!err && !needCode}
          autofocus={needCode ? undefined : email ? true : undefined}
        />
        {needCode && (
          <Field
            id="signin-code"
            name="totp"
            label={t("auth.code")}
            hint={t("auth.codeHint")}
            autocomplete="one-time-code"
            required
            maxlength={20}
            spellcheck={false}
            error={err}
            invalid={!!err && problem?.field === "totp"}
          />
        )}
        <button type="submit">{t("auth.signIn.submit")}</button>
      </form>
      <ul class="links">
        <li>
          <a href="/password/forgot">{t("auth.forgot.link")}</a>
        </li>
        <li>
          <a href="/signup">{t("auth.signUp.link")}</a>
        </li>
      </ul>
    </section>
  );
}

type EmailOnlyProps = { i18n: I18n; csrf: string; email?: string; problem?: FormProblem };

/** The two forms that take only an e-mail address and answer by mailing a link. */
function EmailLinkForm({
  i18n,
  csrf,
  email,
  problem,
  form,
  action,
  keys,
}: EmailOnlyProps & {
  form: "signup" | "forgot";
  action: string;
  keys: { title: MessageKey; intro: MessageKey; submit: MessageKey };
}) {
  const { t } = i18n;
  return (
    <>
      <h1>{t(keys.title)}</h1>
      <p>{t(keys.intro)}</p>
      <form method="post" action={action} class="stack">
        <FormError problem={problem} form={form} />
        <Csrf token={csrf} />
        <Field
          id={`${form}-email`}
          name="email"
          type="email"
          label={t("auth.email")}
          autocomplete="email"
          required
          value={email}
          spellcheck={false}
          error={errorId(problem, form)}
          invalid={invalidField(problem, form, "email")}
        />
        <button type="submit">{t(keys.submit)}</button>
      </form>
    </>
  );
}

export function SignUpPage(props: EmailOnlyProps) {
  const { t } = props.i18n;
  return (
    <section class="narrow">
      <EmailLinkForm
        {...props}
        form="signup"
        action="/signup"
        keys={{ title: "auth.signUp.title", intro: "auth.signUp.intro", submit: "auth.signUp.submit" }}
      />
      <p>
        {t("auth.signUp.haveAccount")} <a href="/signin">{t("auth.signIn.link")}</a>
      </p>
    </section>
  );
}

export function CheckEmailPage({ i18n, kind }: { i18n: I18n; kind: "signup" | "reset" }) {
  const { t } = i18n;
  return (
    <section class="narrow">
      <h1>{t("auth.checkEmail.title")}</h1>
      <p role="status">{kind === "signup" ? t("auth.checkEmail.signup") : t("auth.checkEmail.reset")}</p>
      <p>{t("auth.checkEmail.hint")}</p>
      <p>
        <a href={kind === "signup" ? "/signup" : "/password/forgot"}>{t("auth.checkEmail.again")}</a>
      </p>
    </section>
  );
}

export function CompleteSignUpPage({
  i18n,
  csrf,
  token,
  displayName,
  problem,
}: {
  i18n: I18n;
  csrf: string;
  token: string;
  displayName?: string;
  problem?: FormProblem;
}) {
  const { t } = i18n;
  return (
    <section class="narrow">
      <h1>{t("auth.complete.title")}</h1>
      <p>{t("auth.complete.intro")}</p>
      <form method="post" action={`/signup/complete/${token}`} class="stack">
        <FormError problem={problem} form="complete" />
        <Csrf token={csrf} />
        <Field
          id="complete-name"
          name="displayName"
          label={t("auth.displayName")}
          hint={t("auth.displayNameHint")}
          autocomplete="name"
          required
          maxlength={100}
          value={displayName}
          error={errorId(problem, "complete")}
          invalid={invalidField(problem, "complete", "displayName")}
        />
        <NewPasswordField
          i18n={i18n}
          id="complete-password"
          label={t("auth.password")}
          problem={problem}
          form="complete"
        />
        <button type="submit">{t("auth.complete.submit")}</button>
      </form>
    </section>
  );
}

export function LinkExpiredPage({ i18n, restart }: { i18n: I18n; restart: "/signup" | "/password/forgot" }) {
  const { t } = i18n;
  return (
    <section class="narrow">
      <h1>{t("auth.expired.title")}</h1>
      <p>{t("auth.expired.body")}</p>
      <p>
        <a href={restart}>{restart === "/signup" ? t("auth.expired.signup") : t("auth.expired.reset")}</a>
      </p>
    </section>
  );
}

export function ForgotPasswordPage(props: EmailOnlyProps) {
  return (
    <section class="narrow">
      <EmailLinkForm
        {...props}
        form="forgot"
        action="/password/forgot"
        keys={{ title: "auth.forgot.title", intro: "auth.forgot.intro", submit: "auth.forgot.submit" }}
      />
    </section>
  );
}

export function ResetPasswordPage({
  i18n,
  csrf,
  token,
  problem,
}: {
  i18n: I18n;
  csrf: string;
  token: string;
  problem?: FormProblem;
}) {
  const { t } = i18n;
  return (
    <section class="narrow">
      <h1>{t("auth.reset.title")}</h1>
      <p>{t("auth.reset.intro")}</p>
      <form method="post" action={`/password/reset/${token}`} class="stack">
        <FormError problem={problem} form="reset" />
        <Csrf token={csrf} />
        <NewPasswordField i18n={i18n} id="reset-password" problem={problem} form="reset" />
        <button type="submit">{t("auth.reset.submit")}</button>
      </form>
    </section>
  );
}

// The account

export interface TokenRow {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export function AccountPage({
  i18n,
  csrf,
  user,
  twoFactorSince,
  tokens,
  problem,
  done,
  tokenName,
}: {
  i18n: I18n;
  csrf: string;
  user: { displayName: string; email: string };
  twoFactorSince: Date | null;
  tokens: TokenRow[];
  problem?: FormProblem;
  done?: string;
  tokenName?: string;
}) {
  const { t } = i18n;
  const active = tokens.filter((k) => !k.revokedAt);
  return (
    <>
      <h1>{t("account.title")}</h1>
      <Done message={done} />
      <section aria-labelledby="profile">
        <h2 id="profile">{t("account.profile")}</h2>
        <dl class="facts">
          <dt>{t("auth.displayName")}</dt>
          <dd>{user.displayName}</dd>
          <dt>{t("auth.email")}</dt>
          <dd>{user.email}</dd>
        </dl>
        <p>
          <a href="/orgs">{t("nav.myOrgs")}</a>
        </p>
      </section>

      <section aria-labelledby="password">
        <h2 id="password">{t("account.password")}</h2>
        <form method="post" action="/account/password" class="stack">
          <FormError problem={problem} form="password" />
          <Csrf token={csrf} />
          <Field
            id="pw-current"
            name="current"
            type="password"
            label={t("auth.currentPassword")}
            autocomplete="current-password"
            required
            error={errorId(problem, "password")}
            invalid={invalidField(problem, "password", "current")}
          />
          <NewPasswordField i18n={i18n} id="pw-new" problem={problem} form="password" />
          <button type="submit">{t("account.password.submit")}</button>
        </form>
      </section>

      <section aria-labelledby="two-factor">
        <h2 id="two-factor">{t("twoFactor.title")}</h2>
        <p>
          {twoFactorSince
            ? t("twoFactor.onSince", { date: i18n.formatDate(twoFactorSince) })
            : t("twoFactor.offShort")}
        </p>
        <p>
          <a href="/account/two-factor">{twoFactorSince ? t("twoFactor.manage") : t("twoFactor.setUp")}</a>
        </p>
      </section>

      <section aria-labelledby="sessions">
        <h2 id="sessions">{t("account.sessions")}</h2>
        <p>{t("account.sessions.intro")}</p>
        <PostButton action="/account/sessions/end" csrf={csrf} label={t("account.sessions.submit")} />
      </section>

      <section aria-labelledby="tokens">
        <h2 id="tokens">{t("tokens.title")}</h2>
        <p>{t("tokens.intro")}</p>
        {tokens.length === 0 ? (
          <EmptyState title={t("tokens.none")} />
        ) : (
          <div class="table-wrap">
            <table>
              <caption class="visually-hidden">{t("tokens.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("tokens.col.name")}</th>
                  <th scope="col">{t("tokens.col.created")}</th>
                  <th scope="col">{t("tokens.col.lastUsed")}</th>
                  <th scope="col">{t("tokens.col.status")}</th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((k) => (
                  <tr>
                    <td>{k.name}</td>
                    <td>{i18n.formatDate(k.createdAt, "short")}</td>
                    <td>{k.lastUsedAt ? i18n.formatDate(k.lastUsedAt, "short") : t("tokens.never")}</td>
                    <td>
                      {k.revokedAt ? (
                        t("tokens.revokedOn", { date: i18n.formatDate(k.revokedAt, "short") })
                      ) : (
                        <PostButton
                          action={`/account/tokens/${k.id}/revoke`}
                          csrf={csrf}
                          label={
                            <>
                              {t("tokens.revoke")} <VisuallyHidden>{k.name}</VisuallyHidden>
                            </>
                          }
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p class="muted">{t("tokens.active", { count: active.length })}</p>
        <h3>{t("tokens.create")}</h3>
        <form method="post" action="/account/tokens" class="stack">
          <FormError problem={problem} form="token" />
          <Csrf token={csrf} />
          <Field
            id="token-name"
            name="name"
            label={t("tokens.name")}
            hint={t("tokens.nameHint")}
            required
            maxlength={100}
            value={tokenName}
            error={errorId(problem, "token")}
            invalid={invalidField(problem, "token", "name")}
          />
          <button type="submit">{t("tokens.create.submit")}</button>
        </form>
      </section>

      <section aria-labelledby="delete" class="danger-zone">
        <h2 id="delete">{t("account.delete")}</h2>
        <p>{t("account.delete.explain")}</p>
        <p>{t("account.delete.lastAdmin")}</p>
        <form method="post" action="/account/delete" class="stack">
          <FormError problem={problem} form="delete" />
          <Csrf token={csrf} />
          <Field
            id="delete-password"
            name="password"
            type="password"
            label={t("auth.currentPassword")}
            autocomplete="current-password"
            required
            error={errorId(problem, "delete")}
            invalid={invalidField(problem, "delete", "password")}
          />
          <button type="submit" class="danger">
            {t("account.delete.submit")}
          </button>
        </form>
      </section>
    </>
  );
}

export function NewTokenPage({ i18n, name, token }: { i18n: I18n; name: string; token: string }) {
  const { t } = i18n;
  return (
    <section class="narrow">
      <h1>{t("tokens.new.title")}</h1>
      <p class="notice" role="status">
        {t("tokens.new.warning")}
      </p>
      <dl class="facts">
        <dt>{t("tokens.col.name")}</dt>
        <dd>{name}</dd>
      </dl>
      <div class="field">
        <label for="new-token">{t("tokens.new.label")}</label>
        <input id="new-token" class="secret" type="text" readonly value={token} spellcheck={false} />
      </div>
      <p>{t("tokens.new.use")}</p>
      <pre class="secret">{`Authorization: Bearer ${token}`}</pre>
      <p>
        <a href="/account">{t("account.back")}</a>
      </p>
    </section>
  );
}

export function AccountDeletedPage({ i18n }: { i18n: I18n }) {
  const { t } = i18n;
  return (
    <section class="narrow">
      <h1>{t("account.deleted.title")}</h1>
      <p role="status">{t("account.deleted.body")}</p>
      <p>
        <a href="/">{t("nav.home")}</a>
      </p>
    </section>
  );
}

// Two-factor sign-in

export function TwoFactorPage({
  i18n,
  csrf,
  enabledAt,
  recoveryLeft,
  pending,
  mustEnrol,
  problem,
  done,
}: {
  i18n: I18n;
  csrf: string;
  enabledAt: Date | null;
  recoveryLeft: number;
  /** Set-up begun but not confirmed: the secret and the otpauth URI to type or paste into the app. */
  pending: { secret: string; uri: string } | null;
  mustEnrol: boolean;
  problem?: FormProblem;
  done?: string;
}) {
  const { t } = i18n;
  return (
    <section class="narrow">
      <p class="breadcrumb">
        <a href="/account">{t("account.title")}</a>
      </p>
      <h1>{t("twoFactor.title")}</h1>
      <Done message={done} />
      {mustEnrol && (
        <p class="notice" role="alert">
          {t("twoFactor.required")}
        </p>
      )}
      {enabledAt ? (
        <>
          <p>{t("twoFactor.onSince", { date: i18n.formatDate(enabledAt) })}</p>
          <p>{t("twoFactor.recoveryLeft", { count: recoveryLeft })}</p>
          <h2>{t("twoFactor.disable")}</h2>
          <p>{t("twoFactor.disable.explain")}</p>
          <form method="post" action="/account/two-factor/disable" class="stack">
            <FormError problem={problem} form="disable" />
            <Csrf token={csrf} />
            <Field
              id="disable-password"
              name="password"
              type="password"
              label={t("auth.currentPassword")}
              autocomplete="current-password"
              required
              error={errorId(problem, "disable")}
              invalid={invalidField(problem, "disable", "password")}
            />
            <button type="submit" class="danger">
              {t("twoFactor.disable.submit")}
            </button>
          </form>
        </>
      ) : pending ? (
        <>
          <p>{t("twoFactor.pending.intro")}</p>
          <ol class="steps">
            <li>
              <p>{t("twoFactor.pending.step1")}</p>
              <dl class="facts">
                <dt>{t("twoFactor.secret")}</dt>
                <dd class="secret" dir="ltr">
                  <code>{pending.secret.match(/.{1,4}/g)?.join(" ")}</code>
                </dd>
              </dl>
              <details>
                <summary>{t("twoFactor.uri")}</summary>
                <p class="secret" dir="ltr">
                  <code>{pending.uri}</code>
                </p>
              </details>
            </li>
            <li>
              <p>{t("twoFactor.pending.step2")}</p>
              <form method="post" action="/account/two-factor/confirm" class="stack">
                <FormError problem={problem} form="confirm" />
                <Csrf token={csrf} />
                <Field
                  id="confirm-code"
                  name="code"
                  label={t("twoFactor.code")}
                  autocomplete="one-time-code"
                  inputmode="numeric"
                  required
                  maxlength={7}
                  spellcheck={false}
                  error={errorId(problem, "confirm")}
                  invalid={problem?.form === "confirm"}
                />
                <button type="submit">{t("twoFactor.confirm.submit")}</button>
              </form>
            </li>
          </ol>
          <p>{t("twoFactor.restart.explain")}</p>
          <PostButton action="/account/two-factor/start" csrf={csrf} label={t("twoFactor.restart")} />
        </>
      ) : (
        <>
          <p>{t("twoFactor.off")}</p>
          <p>{t("twoFactor.why")}</p>
          <FormError problem={problem} form="start" />
          <PostButton action="/account/two-factor/start" csrf={csrf} label={t("twoFactor.start")} />
        </>
      )}
    </section>
  );
}

export function RecoveryCodesPage({ i18n, codes }: { i18n: I18n; codes: string[] }) {
  const { t } = i18n;
  return (
    <section class="narrow">
      <h1>{t("twoFactor.codes.title")}</h1>
      <p class="notice notice-ok" role="status">
        {t("twoFactor.codes.on")}
      </p>
      <p>{t("twoFactor.codes.explain")}</p>
      <ol class="codes" dir="ltr">
        {codes.map((code) => (
          <li>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <p class="notice">{t("twoFactor.codes.once")}</p>
      <p>
        <a href="/account">{t("account.back")}</a>
      </p>
    </section>
  );
}

// Organisations and coalitions

export interface CountryOption {
  iso3: string;
  name: string;
}

export function OrgsPage({
  i18n,
  csrf,
  orgs,
  coalitions,
  countries,
  problem,
  done,
  values = {},
}: {
  i18n: I18n;
  csrf: string;
  orgs: { org: Organisation; role: Role }[];
  coalitions: (Coalition & { coordinator: boolean })[];
  countries: CountryOption[];
  problem?: FormProblem;
  done?: string;
  values?: Record<string, string>;
}) {
  const { t } = i18n;
  const adminOf = orgs.filter((o) => o.role === "admin");
  return (
    <>
      <h1>{t("orgs.title")}</h1>
      <Done message={done} />
      <section aria-labelledby="my-orgs">
        <h2 id="my-orgs">{t("orgs.mine")}</h2>
        {orgs.length === 0 ? (
          <EmptyState title={t("orgs.none")}>
            <p>{t("orgs.noneHint")}</p>
          </EmptyState>
        ) : (
          <ul class="cards">
            {orgs.map(({ org, role }) => (
              <li>
                <a href={`/orgs/${org.slug}`}>{org.name}</a> <span class="badge">{t(roleKey(role))}</span>
                <span class="muted"> · {t(kindKey(org.kind))}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="new-org">
        <h2 id="new-org">{t("orgs.create")}</h2>
        <p>{t("orgs.create.intro")}</p>
        <form method="post" action="/orgs" class="stack">
          <FormError problem={problem} form="org" />
          <Csrf token={csrf} />
          <Field
            id="org-name"
            name="name"
            label={t("orgs.name")}
            required
            maxlength={200}
            value={values.name}
            autocomplete="organization"
            error={errorId(problem, "org")}
            invalid={invalidField(problem, "org", "name")}
          />
          <SelectField
            id="org-kind"
            name="kind"
            label={t("orgs.kind")}
            value={values.kind}
            options={orgKinds.map((k) => ({ value: k, label: t(kindKey(k)) }))}
          />
          <SelectField
            id="org-country"
            name="country"
            label={t("orgs.country")}
            value={values.country}
            options={[
              { value: "", label: t("orgs.country.none") },
              ...countries.map((c) => ({ value: c.iso3, label: c.name })),
            ]}
          />
          <button type="submit">{t("orgs.create.submit")}</button>
        </form>
      </section>

      <section aria-labelledby="my-coalitions">
        <h2 id="my-coalitions">{t("coalitions.mine")}</h2>
        <p>{t("coalitions.intro")}</p>
        {coalitions.length === 0 ? (
          <EmptyState title={t("coalitions.none")} />
        ) : (
          <ul class="cards">
            {coalitions.map((k) => (
              <li>
                <a href={`/coalitions/${k.slug}`}>{k.name}</a>
                {k.coordinator && <span class="badge">{t("coalition.coordinator")}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="new-coalition">
        <h2 id="new-coalition">{t("coalitions.create")}</h2>
        <form method="post" action="/coalitions" class="stack">
          <FormError problem={problem} form="coalition" />
          <Csrf token={csrf} />
          <Field
            id="coalition-name"
            name="name"
            label={t("coalitions.name")}
            required
            maxlength={200}
            value={values.coalitionName}
            error={errorId(problem, "coalition")}
            invalid={invalidField(problem, "coalition", "name")}
          />
          {adminOf.length > 0 && (
            <SelectField
              id="coalition-org"
              name="organisation"
              label={t("coalitions.org")}
              value={values.organisation}
              options={[
                { value: "", label: t("coalitions.org.none") },
                ...adminOf.map(({ org }) => ({ value: org.slug, label: org.name })),
              ]}
            />
          )}
          <button type="submit">{t("coalitions.create.submit")}</button>
        </form>
      </section>
    </>
  );
}

export interface MemberRow {
  userId: string;
  displayName: string;
  email: string;
  role: Role;
  since: Date;
  twoFactor: Date | null;
}

export interface JoinRequestRow {
  id: string;
  message: string | null;
  createdAt: Date;
  displayName: string;
  email: string;
}

export function OrgPage({
  i18n,
  csrf,
  org,
  countryName,
  signedIn,
  userId,
  role,
  members,
  requests,
  problem,
  done,
  values = {},
}: {
  i18n: I18n;
  csrf: string;
  org: Organisation;
  countryName?: string;
  signedIn: boolean;
  userId: string | null;
  /** The reader's role here; undefined for everyone outside the organisation. */
  role?: Role;
  members: MemberRow[];
  requests: JoinRequestRow[];
  problem?: FormProblem;
  done?: string;
  values?: Record<string, string>;
}) {
  const { t } = i18n;
  const admin = role === "admin";
  const base = `/orgs/${org.slug}`;
  return (
    <>
      {signedIn && (
        <p class="breadcrumb">
          <a href="/orgs">{t("nav.myOrgs")}</a>
        </p>
      )}
      <h1>{org.name}</h1>
      <Done message={done} />
      <dl class="facts">
        <dt>{t("orgs.kind")}</dt>
        <dd>{t(kindKey(org.kind))}</dd>
        {countryName && (
          <>
            <dt>{t("orgs.country")}</dt>
            <dd>{countryName}</dd>
          </>
        )}
        {role && (
          <>
            <dt>{t("org.yourRole")}</dt>
            <dd>{t(roleKey(role))}</dd>
          </>
        )}
      </dl>

      {!signedIn && (
        <p>
          <a href={`/signin?next=${encodeURIComponent(base)}`}>{t("org.signInToJoin")}</a>
        </p>
      )}

      {signedIn && !role && (
        <section aria-labelledby="join">
          <h2 id="join">{t("org.join")}</h2>
          <p>{t("org.join.intro")}</p>
          <form method="post" action={`${base}/join`} class="stack">
            <FormError problem={problem} form="join" />
            <Csrf token={csrf} />
            <div class="field">
              <label for="join-message">{t("org.join.message")}</label>
              <p id="join-message-hint" class="hint">
                {t("org.join.messageHint")}
              </p>
              <textarea
                id="join-message"
                name="message"
                rows={3}
                maxlength={1000}
                aria-describedby={["join-message-hint", errorId(problem, "join")].filter(Boolean).join(" ")}
              >
                {values.message ?? ""}
              </textarea>
            </div>
            <button type="submit">{t("org.join.submit")}</button>
          </form>
        </section>
      )}

      {role && (
        <section aria-labelledby="members">
          <h2 id="members">{t("org.members")}</h2>
          <FormError problem={problem} form="member" />
          <div class="table-wrap">
            <table>
              <caption class="visually-hidden">{t("org.members")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("auth.displayName")}</th>
                  <th scope="col">{t("auth.email")}</th>
                  <th scope="col">{t("org.role")}</th>
                  <th scope="col">{t("org.since")}</th>
                  {admin && <th scope="col">{t("twoFactor.title")}</th>}
                  {admin && <th scope="col">{t("org.actions")}</th>}
                </tr>
              </thead>
              <tbody>
                {members.map((m) => (
                  <tr>
                    <td>{m.displayName}</td>
                    <td>{m.email}</td>
                    <td>{t(roleKey(m.role))}</td>
                    <td>{i18n.formatDate(m.since, "short")}</td>
                    {admin && <td>{m.twoFactor ? t("org.twoFactor.on") : t("org.twoFactor.off")}</td>}
                    {admin && (
                      <td class="actions">
                        {m.userId !== userId && (
                          <>
                            <PostButton
                              action={`${base}/members/${m.userId}/role`}
                              csrf={csrf}
                              fields={{ role: m.role === "admin" ? "member" : "admin" }}
                              label={
                                <>
                                  {m.role === "admin" ? t("org.makeMember") : t("org.makeAdmin")}{" "}
                                  <VisuallyHidden>{m.displayName}</VisuallyHidden>
                                </>
                              }
                            />
                            <PostButton
                              action={`${base}/members/${m.userId}/remove`}
                              csrf={csrf}
                              danger
                              label={
                                <>
                                  {t("org.remove")} <VisuallyHidden>{m.displayName}</VisuallyHidden>
                                </>
                              }
                            />
                          </>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      {admin && (
        <>
          <section aria-labelledby="invite">
            <h2 id="invite">{t("org.invite")}</h2>
            <p>{t("org.invite.intro")}</p>
            <form method="post" action={`${base}/invite`} class="stack">
              <FormError problem={problem} form="invite" />
              <Csrf token={csrf} />
              <Field
                id="invite-email"
                name="email"
                type="email"
                label={t("auth.email")}
                autocomplete="off"
                required
                spellcheck={false}
                value={values.email}
                error={errorId(problem, "invite")}
                invalid={invalidField(problem, "invite", "email")}
              />
              <SelectField
                id="invite-role"
                name="role"
                label={t("org.role")}
                value={values.role ?? "member"}
                options={[
                  { value: "member", label: t("org.role.member") },
                  { value: "admin", label: t("org.role.admin") },
                ]}
              />
              <button type="submit">{t("org.invite.submit")}</button>
            </form>
          </section>

          <section aria-labelledby="requests">
            <h2 id="requests">{t("org.requests")}</h2>
            <FormError problem={problem} form="request" />
            {requests.length === 0 ? (
              <EmptyState title={t("org.requests.none")} />
            ) : (
              <ul class="cards">
                {requests.map((r) => (
                  <li>
                    <p>
                      <strong>
                        <bdi>{r.displayName}</bdi>
                      </strong>{" "}
                      (<bdi>{r.email}</bdi>) ·{" "}
                      <span class="muted">{i18n.formatDate(r.createdAt, "short")}</span>
                    </p>
                    {r.message && (
                      <blockquote>
                        <bdi>{r.message}</bdi>
                      </blockquote>
                    )}
                    <div class="button-row">
                      <PostButton
                        action={`${base}/requests/${r.id}`}
                        csrf={csrf}
                        fields={{ decision: "accept" }}
                        label={
                          <>
                            {t("org.requests.accept")} <VisuallyHidden>{r.displayName}</VisuallyHidden>
                          </>
                        }
                      />
                      <PostButton
                        action={`${base}/requests/${r.id}`}
                        csrf={csrf}
                        fields={{ decision: "decline" }}
                        label={
                          <>
                            {t("org.requests.decline")} <VisuallyHidden>{r.displayName}</VisuallyHidden>
                          </>
                        }
                      />
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="settings">
            <h2 id="settings">{t("org.settings")}</h2>
            <form method="post" action={`${base}/settings`} class="stack">
              <FormError problem={problem} form="settings" />
              <Csrf token={csrf} />
              <div class="check">
                <input
                  id="require-2fa"
                  name="requireTwoFactor"
                  type="checkbox"
                  value="on"
                  checked={org.requireTwoFactor}
                  aria-describedby="require-2fa-hint"
                />
                <label for="require-2fa">{t("org.settings.require2fa")}</label>
              </div>
              <p id="require-2fa-hint" class="hint">
                {t("org.settings.require2faHint")}
              </p>
              <button type="submit">{t("org.settings.submit")}</button>
            </form>
          </section>

          <section aria-labelledby="data">
            <h2 id="data">{t("org.data")}</h2>
            <ul class="links">
              <li>
                <a href={`${base}/audit`}>{t("org.audit.link")}</a>
              </li>
              <li>
                <a href={`/api/v1/organisations/${org.slug}/export`} download>
                  {t("org.export")}
                </a>
              </li>
            </ul>
          </section>
        </>
      )}

      {role && (
        <section aria-labelledby="leave">
          <h2 id="leave">{t("org.leave")}</h2>
          <p>{t("org.leave.explain")}</p>
          <FormError problem={problem} form="leave" />
          <PostButton action={`${base}/leave`} csrf={csrf} label={t("org.leave.submit")} danger />
        </section>
      )}

      {admin && (
        <section aria-labelledby="delete-org" class="danger-zone">
          <h2 id="delete-org">{t("org.delete")}</h2>
          <p>{t("org.delete.explain")}</p>
          <form method="post" action={`${base}/delete`} class="stack">
            <FormError problem={problem} form="delete" />
            <Csrf token={csrf} />
            <Field
              id="delete-confirm"
              name="confirm"
              label={t("org.delete.confirm")}
              hint={<strong>{org.name}</strong>}
              autocomplete="off"
              required
              spellcheck={false}
              error={errorId(problem, "delete")}
              invalid={invalidField(problem, "delete", "confirm")}
            />
            <button type="submit" class="danger">
              {t("org.delete.submit")}
            </button>
          </form>
        </section>
      )}
    </>
  );
}

export interface AuditRow {
  id: number;
  at: Date;
  actorId: string | null;
  action: string;
  recordType: string;
  recordId: string;
  details: Record<string, unknown>;
}

const auditActions = new Set([
  "org.create",
  "org.update",
  "org.invite",
  "org.join",
  "org.join_request",
  "org.join_accept",
  "org.join_decline",
  "org.change_role",
  "org.leave",
  "org.remove_member",
  "org.export",
  "org.delete",
  "coalition.create",
  "coalition.join",
  "coalition.invite_org",
  "coalition.remove_org",
]);

export function AuditPage({
  i18n,
  org,
  items,
  names,
  olderHref,
  newestHref,
}: {
  i18n: I18n;
  org: Organisation;
  items: AuditRow[];
  /** Display names of the people we can name (current members). */
  names: Map<string, string>;
  olderHref?: string;
  newestHref?: string;
}) {
  const { t } = i18n;
  return (
    <>
      <p class="breadcrumb">
        <a href={`/orgs/${org.slug}`}>{org.name}</a>
      </p>
      <h1>{t("org.audit.title")}</h1>
      <p class="lead">{t("org.audit.intro")}</p>
      {items.length === 0 ? (
        <EmptyState title={t("org.audit.none")} />
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{t("org.audit.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("org.audit.when")}</th>
                <th scope="col">{t("org.audit.who")}</th>
                <th scope="col">{t("org.audit.what")}</th>
                <th scope="col">{t("org.audit.details")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr>
                  <td>{dateTime(i18n, e.at)}</td>
                  <td>
                    {e.actorId === null
                      ? t("org.audit.system")
                      : (names.get(e.actorId) ?? t("org.audit.formerMember"))}
                  </td>
                  <td>
                    {auditActions.has(e.action) ? (
                      t(`audit.${e.action}` as MessageKey)
                    ) : (
                      <code>{e.action}</code>
                    )}
                  </td>
                  <td>
                    {Object.entries(e.details)
                      .filter(([, v]) => v !== null && v !== undefined)
                      .map(([k, v]) => (
                        <span class="detail">
                          {k}: {String(v)}
                        </span>
                      ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(olderHref || newestHref) && (
        <nav class="pager" aria-label={t("pager.label")}>
          <ul>
            {newestHref && (
              <li>
                <a href={newestHref}>{t("org.audit.newest")}</a>
              </li>
            )}
            {olderHref && (
              <li>
                <a href={olderHref} rel="next">
                  {t("org.audit.older")}
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </>
  );
}

export function CoalitionPage({
  i18n,
  csrf,
  coalition,
  orgs,
  coordinators,
  coordinator,
  adminOf,
  problem,
  done,
  values = {},
}: {
  i18n: I18n;
  csrf: string;
  coalition: Coalition;
  orgs: { id: string; name: string; slug: string }[];
  coordinators: { userId: string; displayName: string }[];
  /** The reader coordinates this coalition. */
  coordinator: boolean;
  /** Ids of the organisations the reader administers. */
  adminOf: Set<string>;
  problem?: FormProblem;
  done?: string;
  values?: Record<string, string>;
}) {
  const { t } = i18n;
  const base = `/coalitions/${coalition.slug}`;
  return (
    <>
      <p class="breadcrumb">
        <a href="/orgs">{t("nav.myOrgs")}</a>
      </p>
      <h1>{coalition.name}</h1>
      <Done message={done} />
      <section aria-labelledby="coalition-orgs">
        <h2 id="coalition-orgs">{t("coalition.orgs")}</h2>
        <FormError problem={problem} form="remove" />
        {orgs.length === 0 ? (
          <EmptyState title={t("coalition.orgs.none")} />
        ) : (
          <ul class="cards">
            {orgs.map((o) => (
              <li>
                <a href={`/orgs/${o.slug}`}>{o.name}</a>
                {(coordinator || adminOf.has(o.id)) && (
                  <PostButton
                    action={`${base}/orgs/${o.slug}/remove`}
                    csrf={csrf}
                    danger
                    label={
                      coordinator ? (
                        <>
                          {t("coalition.removeOrg")} <VisuallyHidden>{o.name}</VisuallyHidden>
                        </>
                      ) : (
                        <>
                          {t("coalition.leave")} <VisuallyHidden>({o.name})</VisuallyHidden>
                        </>
                      )
                    }
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="coordinators">
        <h2 id="coordinators">{t("coalition.coordinators")}</h2>
        <ul>
          {coordinators.map((p) => (
            <li>{p.displayName}</li>
          ))}
        </ul>
      </section>
      {coordinator && (
        <>
          <section aria-labelledby="invite-org">
            <h2 id="invite-org">{t("coalition.invite")}</h2>
            <p>{t("coalition.invite.intro")}</p>
            <form method="post" action={`${base}/invite`} class="stack">
              <FormError problem={problem} form="invite" />
              <Csrf token={csrf} />
              <Field
                id="invite-org-slug"
                name="organisation"
                label={t("coalition.invite.org")}
                hint={t("coalition.invite.orgHint")}
                required
                maxlength={80}
                spellcheck={false}
                autocomplete="off"
                value={values.organisation}
                error={errorId(problem, "invite")}
                invalid={invalidField(problem, "invite", "org")}
              />
              <button type="submit">{t("coalition.invite.submit")}</button>
            </form>
          </section>
          <section aria-labelledby="add-coordinator">
            <h2 id="add-coordinator">{t("coalition.addCoordinator")}</h2>
            <form method="post" action={`${base}/coordinators`} class="stack">
              <FormError problem={problem} form="coordinator" />
              <Csrf token={csrf} />
              <Field
                id="coordinator-email"
                name="email"
                type="email"
                label={t("auth.email")}
                autocomplete="off"
                required
                spellcheck={false}
                value={values.email}
                error={errorId(problem, "coordinator")}
                invalid={invalidField(problem, "coordinator", "email")}
              />
              <button type="submit">{t("coalition.addCoordinator.submit")}</button>
            </form>
          </section>
        </>
      )}
    </>
  );
}

// Invitations

export function InvitationPage({
  i18n,
  csrf,
  token,
  what,
  signedIn,
  problem,
}: {
  i18n: I18n;
  csrf: string;
  token: string;
  what:
    | { kind: "organisation"; orgName: string; role: Role }
    | { kind: "coalition"; coalitionName: string; orgName: string };
  signedIn: boolean;
  problem?: FormProblem;
}) {
  const { t } = i18n;
  const here = `/invitations/${token}`;
  return (
    <section class="narrow">
      <h1>{t("invitation.title")}</h1>
      {what.kind === "organisation" ? (
        <>
          <p class="lead">{t("invitation.toOrg")}</p>
          <dl class="facts">
            <dt>{t("invitation.organisation")}</dt>
            <dd>{what.orgName}</dd>
            <dt>{t("org.role")}</dt>
            <dd>{t(roleKey(what.role))}</dd>
          </dl>
        </>
      ) : (
        <>
          <p class="lead">{t("invitation.toCoalition")}</p>
          <dl class="facts">
            <dt>{t("invitation.coalition")}</dt>
            <dd>{what.coalitionName}</dd>
            <dt>{t("invitation.organisation")}</dt>
            <dd>{what.orgName}</dd>
          </dl>
        </>
      )}
      {signedIn ? (
        <form method="post" action={`${here}/accept`} class="stack">
          <FormError problem={problem} form="accept" />
          <Csrf token={csrf} />
          <button type="submit" aria-describedby={errorId(problem, "accept")}>
            {t("invitation.accept")}
          </button>
        </form>
      ) : (
        <>
          <p>{t("invitation.signedOut")}</p>
          <ul class="links">
            <li>
              <a href={`/signin?next=${encodeURIComponent(here)}`}>{t("invitation.signIn")}</a>
            </li>
            <li>
              <a href="/signup">{t("invitation.signUp")}</a>
            </li>
          </ul>
        </>
      )}
    </section>
  );
}

export function InvitationExpiredPage({ i18n }: { i18n: I18n }) {
  const { t } = i18n;
  return (
    <section class="narrow">
      <h1>{t("invitation.expired.title")}</h1>
      <p>{t("invitation.expired.body")}</p>
      <p>
        <a href="/">{t("nav.home")}</a>
      </p>
    </section>
  );
}
