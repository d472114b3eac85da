import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/support/db";
import { type LocalSmtp, startSmtp } from "../../../test/support/smtp";
import { type Database, rows } from "../db/client";
import { silentLogger } from "../log";
import { deliverDueMail, enqueueMail } from "./outbox";
import { smtpTransport } from "./smtp";

let smtp: LocalSmtp;
let port = 0;
let database: Database;

beforeAll(async () => {
  smtp = await startSmtp();
  port = smtp.port;
  database = await createTestDatabase();
});
afterAll(async () => {
  await smtp?.close();
  await database.close();
});

// The outbox stamps rows with the database clock, so delivery runs on the real clock here.
const soon = () => new Date(Date.now() + 1000);
const deliver = (at = soon()) =>
  deliverDueMail(
    database.db,
    smtpTransport(`smtp://127.0.0.1:${port}`, "Visitdesk <no-reply@visitdesk.test>"),
    {
      now: at,
      domain: "visitdesk.test",
      log: silentLogger,
    },
  );

describe("mail outbox over SMTP", () => {
  it("sends each queued message once, even when it was queued twice or delivery runs twice at once", async () => {
    await enqueueMail(database.db, {
      to: "amina@example.org",
      subject: "Weekly digest",
      text: "Two visits changed.",
      dedupeKey: "digest:1",
    });
    await enqueueMail(database.db, {
      to: "amina@example.org",
      subject: "Weekly digest",
      text: "Two visits changed.",
      dedupeKey: "digest:1",
    });
    await enqueueMail(database.db, {
      to: "jon@example.org",
      subject: "Invitation",
      text: "Join us: https://x/invitations/abc",
    });
    const [a, b] = await Promise.all([deliver(), deliver()]);
    expect((a?.sent ?? 0) + (b?.sent ?? 0)).toBe(2);
    expect((await deliver()).sent).toBe(0);
    expect(smtp.received.map((m) => m.subject).sort()).toEqual(["Invitation", "Weekly digest"]);
    const digest = smtp.received.find((m) => m.subject === "Weekly digest");
    expect(digest?.to).toBe("amina@example.org");
    expect(digest?.text.trim()).toBe("Two visits changed.");
    expect(digest?.messageId).toMatch(/^<outbox-\d+@visitdesk\.test>$/);
  });

  it("keeps a message the server refused, and retries it later with back-off", async () => {
    await enqueueMail(database.db, { to: "bounce@example.org", subject: "Refused", text: "x" });
    const at = soon();
    expect(await deliver(at)).toEqual({ sent: 0, failed: 1 });
    const [row] = await rows<{
      attempts: number;
      last_error: string;
      send_after: string;
      sent_at: string | null;
    }>(
      database.db,
      sql`SELECT attempts, last_error, send_after, sent_at FROM mail_outbox WHERE to_address = 'bounce@example.org'`,
    );
    expect(row?.attempts).toBe(1);
    expect(row?.sent_at).toBeNull();
    expect(row?.last_error).toMatch(/550|mailbox/);
    expect(new Date(row?.send_after ?? "").getTime()).toBe(at.getTime() + 60_000);
    // Not due yet: nothing is attempted.
    expect(await deliver(new Date(at.getTime() + 30_000))).toEqual({ sent: 0, failed: 0 });
  });
});
