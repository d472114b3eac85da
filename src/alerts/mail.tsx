import { countryName } from "../countries/country";
import { createI18n, type I18n, type Locale, type MessageKey } from "../platform/i18n";
import { datePrecise, mandateTitleIn } from "../visits/views";

/** One notice as an e-mail lists it: the event and the visit it belongs to. */
export interface NoticeItem {
  visitId: string;
  countryNames: Record<string, string>;
  mandateTitle: string;
  mandateTitles: Record<string, { text: string; confidence: string }>;
  eventType: string;
  eventDate: string;
  precision: "day" | "month" | "year";
  symbol: string | null;
  note: string | null;
}

export type AlertMailKind = "immediate" | "daily" | "weekly";

export interface AlertMail {
  subject: string;
  text: string;
  html: string;
}

/** A long digest lists this many events and sends the reader to their page for the rest. */
export const MAIL_MAX_EVENTS = 100;

interface VisitGroup {
  visitId: string;
  title: string;
  url: string;
  events: { line: string; note: string | null }[];
}

function groupByVisit(i18n: I18n, items: NoticeItem[], baseUrl: string): VisitGroup[] {
  const groups = new Map<string, VisitGroup>();
  for (const n of items) {
    let g = groups.get(n.visitId);
    if (!g) {
      g = {
        visitId: n.visitId,
        title: `${countryName({ names: n.countryNames }, i18n.locale)} — ${mandateTitleIn(n, i18n.locale)}`,
        url: `${baseUrl}/visits/${n.visitId}`,
        events: [],
      };
      groups.set(n.visitId, g);
    }
    const what = i18n.t(`visit.event.${n.eventType}` as MessageKey);
    g.events.push({
      line: `${datePrecise(i18n, n.eventDate, n.precision)} — ${what}${n.symbol ? ` (${n.symbol})` : ""}`,
      note: n.note,
    });
  }
  return [...groups.values()];
}

function subjectOf(i18n: I18n, kind: AlertMailKind, items: NoticeItem[]): string {
  const [only] = items;
  if (kind === "immediate" && only && items.length === 1) {
    return i18n.t("alerts.mail.subject.one", {
      name: countryName({ names: only.countryNames }, i18n.locale),
      type: i18n.t(`visit.event.${only.eventType}` as MessageKey),
    });
  }
  return i18n.t(`alerts.mail.subject.${kind}`, { count: items.length });
}

function MailHtml({
  i18n,
  subject,
  intro,
  groups,
  more,
  manageUrl,
}: {
  i18n: I18n;
  subject: string;
  intro: string;
  groups: VisitGroup[];
  more: string | null;
  manageUrl: string;
}) {
  const { t } = i18n;
  return (
    <html lang={i18n.locale} dir={i18n.dir}>
      <head>
        <meta charset="utf-8" />
        <title>{subject}</title>
      </head>
      <body>
        <p>{intro}</p>
        {groups.map((g) => (
          <section>
            <h2>
              <a href={g.url}>{g.title}</a>
            </h2>
            <ul>
              {g.events.map((e) => (
                <li>
                  {e.line}
                  {e.note && <p>{e.note}</p>}
                </li>
              ))}
            </ul>
          </section>
        ))}
        {more && (
          <p>
            <a href={manageUrl}>{more}</a>
          </p>
        )}
        <hr />
        <p>
          {t("alerts.mail.why")} <a href={manageUrl}>{t("alerts.mail.manage")}</a>
        </p>
      </body>
    </html>
  );
}

/**
 * The e-mail telling a person of new events in what they follow, at once or as a digest, in their
 * language, as text and HTML with the same content. Events are grouped by visit, each with its link.
 */
export function composeAlertMail(opts: {
  kind: AlertMailKind;
  locale: Locale;
  baseUrl: string;
  items: NoticeItem[];
}): AlertMail {
  const i18n = createI18n(opts.locale);
  const { t } = i18n;
  const listed = opts.items.slice(0, MAIL_MAX_EVENTS);
  const rest = opts.items.length - listed.length;
  const groups = groupByVisit(i18n, listed, opts.baseUrl);
  const subject = subjectOf(i18n, opts.kind, opts.items);
  const manageUrl = `${opts.baseUrl}/following`;
  const intro = t("alerts.mail.intro");
  const more = rest > 0 ? t("alerts.mail.more", { count: rest }) : null;
  const text = [
    intro,
    "",
    ...groups.flatMap((g) => [
      g.title,
      ...g.events.flatMap((e) => [`  • ${e.line}`, ...(e.note ? [`    ${e.note}`] : [])]),
      `  ${g.url}`,
      "",
    ]),
    ...(more ? [`${more} ${manageUrl}`, ""] : []),
    "--",
    t("alerts.mail.why"),
    `${t("alerts.mail.manage")}: ${manageUrl}`,
    "",
  ].join("\n");
  const page = (
    <MailHtml i18n={i18n} subject={subject} intro={intro} groups={groups} more={more} manageUrl={manageUrl} />
  );
  if (page instanceof Promise) throw new Error("mail HTML must render at once");
  return { subject, text, html: `<!doctype html>\n${page}` };
}
