import nodemailer from "nodemailer";
import type { MailTransport } from "./outbox";

/** SMTP through nodemailer, e.g. `smtp://user:pass@mail.example.org:587` (STARTTLS) or `smtps://…:465`. */
export function smtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    async send(mail) {
      await transporter.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
      });
    },
  };
}
