import type { I18n } from "../platform/i18n";
import type { Mail } from "../platform/mail/outbox";

/**
 * The e-mail that asks a signatory to confirm, in the language they signed in. It carries both
 * links: confirming, and withdrawing (which works until the deadline, before or after confirming).
 */
export function signatureMail(
  i18n: I18n,
  input: {
    to: string;
    orgName: string;
    letterTitle: string;
    deadline: Date;
    confirmUrl: string;
    withdrawUrl: string;
  },
): Mail {
  const { t } = i18n;
  const deadline = i18n.formatDate(input.deadline);
  return {
    to: input.to,
    subject: t("advocacy.mail.subject", { title: input.letterTitle }),
    text: [
      t("advocacy.mail.intro", { org: input.orgName, title: input.letterTitle }),
      `${t("advocacy.mail.confirm", { deadline })}\n${input.confirmUrl}`,
      `${t("advocacy.mail.withdraw", { deadline })}\n${input.withdrawUrl}`,
      t("advocacy.mail.ignore"),
    ].join("\n\n"),
  };
}
