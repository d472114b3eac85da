import { and, eq, gt, lte, sql } from "drizzle-orm";
import { follows } from "../alerts/schema";
import { preferencesOf } from "../alerts/store";
import { countryName } from "../countries/country";
import type { Db } from "../platform/db/client";
import { createI18n } from "../platform/i18n";
import { enqueueMail } from "../platform/mail/outbox";
import { getVisit } from "../visits/store";
import { mandateTitleIn } from "../visits/views";
import { countdown, reminderDays, reminderDue } from "./model";
import { calls } from "./schema";

const DAY = 86_400_000;

/**
 * Reminders of a call for input's deadline, 14, 7 and 2 days before, by e-mail to those who follow
 * the visit, in the language they last used. Each call's row is locked while it is handled and
 * the threshold recorded in the same transaction, so several app servers send each reminder once;
 * a run that comes late sends the closest reminder only. Add it to the background tick.
 */
export async function sendCallReminders(
  db: Db,
  opts: { now: Date; baseUrl: string; enqueue?: typeof enqueueMail },
): Promise<{ reminders: number; mails: number }> {
  const enqueue = opts.enqueue ?? enqueueMail;
  const horizon = new Date(opts.now.getTime() + Math.max(...reminderDays) * DAY);
  const open = await db
    .select({ id: calls.id })
    .from(calls)
    .where(and(gt(calls.deadline, opts.now), lte(calls.deadline, horizon)));
  const total = { reminders: 0, mails: 0 };
  for (const { id } of open) {
    const mails = await db.transaction(async (tx) => {
      const t = tx as unknown as Db;
      const [call] = await t.select().from(calls).where(eq(calls.id, id)).for("update", { skipLocked: true });
      if (!call) return null;
      const due = reminderDue({ deadline: call.deadline.toISOString() }, opts.now, call.remindersSent);
      if (due === null) return null;
      const followers = await t
        .select({ userId: follows.userId })
        .from(follows)
        .where(and(eq(follows.kind, "visit"), eq(follows.target, call.visitId)));
      const people = await preferencesOf(
        t,
        followers.map((f) => f.userId),
      );
      const visit = await getVisit(t, call.visitId);
      let sent = 0;
      if (visit)
        for (const [userId, person] of people) {
          const i18n = createI18n(person.locale);
          const values = {
            // The days actually left: a late run may send the 14-day reminder with 10 to go.
            days: countdown({ deadline: call.deadline.toISOString() }, opts.now).days,
            country: countryName({ names: visit.countryNames }, i18n.locale),
            mandate: mandateTitleIn(visit, i18n.locale),
            date: i18n.formatDate(call.deadline),
          };
          const where = [call.address, call.portalUrl].filter(Boolean).join(" · ");
          await enqueue(t, {
            to: person.email,
            subject: i18n.t("submissions.reminder.subject", values),
            text: [
              i18n.t("submissions.reminder.body", values),
              where ? i18n.t("submissions.reminder.where", { where }) : "",
              `${opts.baseUrl}/visits/${call.visitId}/public`,
              "",
              i18n.t("submissions.reminder.why"),
            ]
              .filter((l, i) => l !== "" || i === 3)
              .join("\n"),
            dedupeKey: `call-reminder:${call.id}:${call.deadline.toISOString()}:${due}:${userId}`,
          });
          sent++;
        }
      await t
        .update(calls)
        .set({ remindersSent: sql`array_append(${calls.remindersSent}, ${due}::int)` })
        .where(eq(calls.id, id));
      return sent;
    });
    if (mails === null) continue;
    total.reminders++;
    total.mails += mails;
  }
  return total;
}
