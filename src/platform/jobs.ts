import { runAlertWork } from "../alerts/jobs";
import { sendCallReminders } from "../submissions/jobs";
import { refreshTimeDependentVisits } from "../visits/store";
import type { Db } from "./db/client";
import type { Logger } from "./log";
import { deliverDueMail, type MailTransport } from "./mail/outbox";
import { pruneRateLimits } from "./ratelimit/ratelimit";

/**
 * Background work every app server runs: sending the mail outbox, pruning old rate-limit
 * windows, and moving visits whose agreed dates have come to "under way" or "completed". Both are safe to run on several servers at once (rows are claimed with SKIP LOCKED).
 */
export function startBackgroundWork(opts: {
  db: Db;
  log: Logger;
  transport: MailTransport | undefined;
  /** Where the site is, for links in e-mails (PUBLIC_URL). */
  baseUrl: string;
  clock: () => Date;
  everyMs?: number;
}): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  let warned = false;
  let ticks = 0;
  const tick = async () => {
    ticks++;
    if (opts.transport) {
      await deliverDueMail(opts.db, opts.transport, {
        now: opts.clock(),
        domain: new URL(opts.baseUrl).hostname,
        log: opts.log,
      });
    } else if (!warned) {
      warned = true;
      opts.log.warn("SMTP_URL is not set: e-mails (invitations, password resets) are queued but not sent");
    }
    if (ticks % 720 === 1) {
      await pruneRateLimits(opts.db, opts.clock());
      await refreshTimeDependentVisits(opts.db, opts.clock().toISOString().slice(0, 10));
    }
    // Last, so a failure here never holds up the outbox.
    await runAlertWork(opts);
    await sendCallReminders(opts.db, { now: opts.clock(), baseUrl: opts.baseUrl });
  };
  const timer = setInterval(() => {
    running = running
      .then(tick)
      .catch((err) => opts.log.error("background work failed", { error: String(err) }));
  }, opts.everyMs ?? 5_000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
