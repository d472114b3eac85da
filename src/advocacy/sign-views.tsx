import { Csrf, type FormProblem } from "../platform/http/fields";
import type { I18n, MessageKey } from "../platform/i18n";
import type { Choice } from "../visits/forms";
import type { Letter } from "./letters/compose";
import type { SignOnCode } from "./signature-store";
import type { LinkUse } from "./signon";
import { LetterPreview, SignForm } from "./views";

/** The page a public sign-on link opens: the letter, its deadline, and the form to sign it. */
export function PublicSignPage({
  i18n,
  csrf,
  token,
  title,
  deadline,
  letter,
  countries,
  values,
  problem,
}: {
  i18n: I18n;
  csrf: string;
  token: string;
  title: string;
  deadline: Date;
  letter: Letter;
  countries: Choice[];
  values?: Record<string, string | undefined>;
  problem?: FormProblem;
}) {
  const { t } = i18n;
  return (
    <>
      <h1>{t("advocacy.sign.title", { title })}</h1>
      <p class="lead">{t("advocacy.signon.open", { deadline: i18n.formatDate(deadline) })}</p>
      <LetterPreview i18n={i18n} letter={letter} logoUrl={null} />
      <SignForm
        i18n={i18n}
        csrf={csrf}
        action={`/advocacy/sign/${token}`}
        countries={countries}
        values={values}
        problem={problem}
      />
    </>
  );
}

export function CheckEmailPage({ i18n, email }: { i18n: I18n; email: string }) {
  const { t } = i18n;
  return (
    <section>
      <h1>{t("advocacy.sign.checkTitle")}</h1>
      <p role="status">{t("advocacy.sign.check", { email })}</p>
    </section>
  );
}

/** A mailed link opens this page; the button does what the link is for, so a mail scanner's visit changes nothing. */
export function LinkPage({
  i18n,
  csrf,
  use,
  token,
  orgName,
  title,
}: {
  i18n: I18n;
  csrf: string;
  use: LinkUse;
  token: string;
  orgName: string;
  title: string;
}) {
  const { t } = i18n;
  return (
    <section>
      <h1>{t(`advocacy.link.${use}.title`)}</h1>
      <p>{t(`advocacy.link.${use}.intro`, { org: orgName, title })}</p>
      <form method="post" action={`/advocacy/signatures/${use}/${token}`}>
        <Csrf token={csrf} />
        <button type="submit" class={use === "withdraw" ? "danger" : undefined}>
          {t(`advocacy.link.${use}.submit`)}
        </button>
      </form>
    </section>
  );
}

export function LinkDonePage({ i18n, use, title }: { i18n: I18n; use: LinkUse; title: string }) {
  const { t } = i18n;
  return (
    <section>
      <h1>{t(`advocacy.link.${use}.doneTitle`)}</h1>
      <p role="status">{t(`advocacy.link.${use}.done`, { title })}</p>
    </section>
  );
}

/** Why a link or a sign-on no longer works (410 after the deadline, 409 once used, 404 unknown). */
export function SignOnProblemPage({ i18n, code }: { i18n: I18n; code: SignOnCode }) {
  const { t } = i18n;
  return (
    <section class="error-page">
      <h1>{t(`advocacy.problem.${code}.title` as MessageKey)}</h1>
      <p>{t(`advocacy.problem.${code}` as MessageKey)}</p>
      <p>
        <a href="/">{t("nav.home")}</a>
      </p>
    </section>
  );
}
