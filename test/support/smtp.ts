import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
}

export interface LocalSmtp {
  port: number;
  /** `smtp://…` for `smtpTransport`. */
  url: string;
  /** Every message received so far, read back with a real MIME parser. */
  received: ReceivedMail[];
  close(): Promise<void>;
}

/**
 * A real SMTP server on loopback for tests of e-mail. Recipients starting with "bounce" are
 * refused (550), to test retries.
 */
export async function startSmtp(): Promise<LocalSmtp> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith("bounce")) return callback(new Error("550 no such mailbox"));
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((m) => {
          received.push({
            to: m.to && !Array.isArray(m.to) ? m.to.text : "",
            subject: m.subject ?? "",
            text: m.text ?? "",
            html: typeof m.html === "string" ? m.html : "",
            messageId: m.messageId ?? "",
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(resolve)),
  };
}
