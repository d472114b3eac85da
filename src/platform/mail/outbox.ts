import { sql } from "drizzle-orm";
import { type Db, rows } from "../db/client";
import type { Logger } from "../log";
import { outbox } from "./schema";

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Same key, same notice: a retry of the action that queued it sends nothing twice. */
  dedupeKey?: string;
}

/** Queues a message; call it inside the transaction of the change that causes it. */
export async function enqueueMail(db: Db, mail: Mail): Promise<void> {
  await db
    .insert(outbox)
    .values({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html ?? null,
      dedupeKey: mail.dedupeKey ?? null,
    })
    .onConflictDoNothing();
}

/** What sends mail: SMTP in deployments and tests (a local SMTP server), nothing else. */
export interface MailTransport {
  send(mail: { to: string; subject: string; text: string; html?: string; messageId: string }): Promise<void>;
}

const MAX_ATTEMPTS = 8;

/**
 * Sends due messages. Rows are claimed with FOR UPDATE SKIP LOCKED and a lease, so several app
 * servers can run this at once without sending a message twice; a server that dies mid-send
 * leaves its lease to expire and another sends it (at least once, with a stable Message-ID so mail
 * clients fold a rare duplicate).
 */
export async function deliverDueMail(
  db: Db,
  transport: MailTransport,
  opts: { now: Date; domain: string; log: Logger; batch?: number },
): Promise<{ sent: number; failed: number }> {
  const claimed = await rows<{
    id: number;
    to_address: string;
    subject: string;
    text_body: string;
    html_body: string | null;
    attempts: number;
  }>(
    db,
    sql`UPDATE mail_outbox SET locked_until = ${new Date(opts.now.getTime() + 120_000).toISOString()}, attempts = attempts + 1
      WHERE id IN (
        SELECT id FROM mail_outbox
        WHERE sent_at IS NULL AND attempts < ${MAX_ATTEMPTS} AND send_after <= ${opts.now.toISOString()}
          AND (locked_until IS NULL OR locked_until < ${opts.now.toISOString()})
        ORDER BY id LIMIT ${opts.batch ?? 20}
        FOR UPDATE SKIP LOCKED)
      RETURNING id, to_address, subject, text_body, html_body, attempts`,
  );
  let sent = 0;
  let failed = 0;
  for (const m of claimed) {
    try {
      await transport.send({
        to: m.to_address,
        subject: m.subject,
        text: m.text_body,
        html: m.html_body ?? undefined,
        messageId: `<outbox-${m.id}@${opts.domain}>`,
      });
      await db.execute(
        sql`UPDATE mail_outbox SET sent_at = now(), locked_until = NULL, last_error = NULL WHERE id = ${m.id}`,
      );
      sent++;
    } catch (err) {
      failed++;
      // Back off: 1, 2, 4… minutes.
      const retryAt = new Date(opts.now.getTime() + 60_000 * 2 ** (m.attempts - 1));
      await db.execute(
        sql`UPDATE mail_outbox SET locked_until = NULL, last_error = ${String(err).slice(0, 500)}, send_after = ${retryAt.toISOString()} WHERE id = ${m.id}`,
      );
      opts.log.warn("mail not sent", { outboxId: m.id, attempts: m.attempts });
    }
  }
  return { sent, failed };
}
