import type { I18n } from "../platform/i18n";
import type { SheetSlot } from "./exports";
import { dayName, slotTimes } from "./format";

/** The day plan's own stylesheet: one A4 page, black on white, nothing but the plan when printed. */
export const printCss = `@page { size: A4; margin: 12mm; }
body { font-family: "DejaVu Sans", system-ui, sans-serif; font-size: 11pt; color: #000; background: #fff; margin: 1.5rem; line-height: 1.35; }
h1 { font-size: 16pt; margin: 0 0 0.2rem; }
.sub { margin: 0 0 0.8rem; }
table { border-collapse: collapse; inline-size: 100%; }
th, td { border: 1px solid #555; padding: 0.25rem 0.4rem; text-align: start; vertical-align: top; }
th { background: #e6e6e6; }
.draft { font-weight: bold; border: 2px solid #000; padding: 0.2rem 0.5rem; display: inline-block; }
.noprint a { color: #0b4f9c; }
@media print {
  .noprint { display: none; }
  body { margin: 0; font-size: 9.5pt; }
  tr { break-inside: avoid; }
}`;

/**
 * A printable plan of one day in one city for the coordinator and the people at the door: a
 * document of its own (no site header or footer), with its print stylesheet.
 */
export function DayPlanDocument({
  i18n,
  title,
  visit,
  date,
  city,
  slots,
  draft,
  back,
}: {
  i18n: I18n;
  title: string;
  visit: string;
  date: string;
  city: string;
  slots: SheetSlot[];
  draft: boolean;
  back: string;
}) {
  const { t } = i18n;
  const heading = t("meetings.day.heading", { city, date: dayName(i18n.locale, date) });
  return (
    <html lang={i18n.locale} dir={i18n.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${heading} · Visitdesk`}</title>
        <link rel="stylesheet" href="/meetings/print.css" />
      </head>
      <body>
        <main>
          <p class="noprint">
            <a href={back}>{t("meetings.day.back")}</a> · {t("meetings.day.printHint")}
          </p>
          <h1>{heading}</h1>
          <p class="sub">
            {title} — {visit}
          </p>
          {draft && <p class="draft">{t("meetings.export.draft")}</p>}
          <table>
            <caption class="noprint">{heading}</caption>
            <thead>
              <tr>
                <th scope="col">{t("meetings.field.time")}</th>
                <th scope="col">{t("meetings.field.place")}</th>
                <th scope="col">{t("meetings.field.theme")}</th>
                <th scope="col">{t("meetings.export.organisations")}</th>
                <th scope="col">{t("meetings.export.needs")}</th>
              </tr>
            </thead>
            <tbody>
              {slots.map(({ slot, participants }) => (
                <tr>
                  <td>
                    {slotTimes(slot)}
                    <br />
                    {slot.timeZone}
                  </td>
                  <td>{slot.place ?? "—"}</td>
                  <td>
                    {slot.theme ?? "—"}
                    {slot.private && (
                      <>
                        <br />
                        {t("meetings.slot.privateMeeting")}
                      </>
                    )}
                  </td>
                  <td>
                    {participants.length === 0
                      ? "—"
                      : participants.map((p) => (
                          <div>
                            {p.organisation} ({t("meetings.people", { count: p.people })})
                          </div>
                        ))}
                  </td>
                  <td>
                    {participants.flatMap((p) => [
                      p.interpretation ? (
                        <div>
                          {p.organisation}: {t("meetings.field.interpretation")}: {p.interpretation}
                        </div>
                      ) : null,
                      p.accessibility ? (
                        <div>
                          {p.organisation}: {t("meetings.field.accessibility")}: {p.accessibility}
                        </div>
                      ) : null,
                    ])}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </main>
      </body>
    </html>
  );
}
