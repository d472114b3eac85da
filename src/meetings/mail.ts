import type { Translate } from "../platform/i18n";
import type { Mail } from "../platform/mail/outbox";

/** One of a participant's meetings, as its e-mail and its page tell it. */
export interface MeetingLine {
  when: string;
  where: string;
  theme: string | null;
  private: boolean;
  /** Other organisations of the meeting that agreed to be named, and how many others there are. */
  names: string[];
  unnamed: number;
}

export interface ParticipantMailFacts {
  to: string;
  organisation: string;
  /** "Special Rapporteur on … — visit to Kenya". */
  visit: string;
  meetings: MeetingLine[];
  /** Why the request has no meeting, when it has none. */
  reason: string | null;
  /** The organisation's own page and calendar (a secret link). */
  link: string;
  calendar: string;
  /** First publication, or a change since (a cancellation filled, the programme published again). */
  kind: "published" | "changed";
  dedupeKey: string;
}

/** What each organisation is sent: its meetings (or why it has none), never anyone else's. */
export function participantMail(t: Translate, f: ParticipantMailFacts): Mail {
  const placed = f.meetings.length > 0;
  const lines = [
    t("meetings.mail.greeting", { organisation: f.organisation }),
    "",
    t(f.kind === "published" ? "meetings.mail.published" : "meetings.mail.changed", { visit: f.visit }),
    "",
  ];
  if (placed) {
    lines.push(t("meetings.mail.yourMeetings", { count: f.meetings.length }));
    for (const m of f.meetings) {
      lines.push(`- ${m.when}`, `  ${m.where}`);
      if (m.theme) lines.push(`  ${t("meetings.field.theme")}: ${m.theme}`);
      if (m.private) lines.push(`  ${t("meetings.slot.privateMeeting")}`);
      const others = withOthers(t, m);
      if (others) lines.push(`  ${others}`);
    }
    lines.push("", t("meetings.mail.calendar"), f.calendar);
  } else {
    lines.push(t("meetings.mail.notPlaced"), f.reason ?? "", "", t("meetings.mail.waitlist"));
  }
  lines.push("", t("meetings.mail.page"), f.link, "", t("meetings.mail.keepPrivate"));
  return {
    to: f.to,
    subject: t(placed ? "meetings.mail.subject.placed" : "meetings.mail.subject.notPlaced", {
      visit: f.visit,
    }),
    text: lines.join("\n"),
    dedupeKey: f.dedupeKey,
  };
}

/** "Also there: A, B and 2 other organisations." — or nothing for a meeting of one. */
export function withOthers(t: Translate, m: Pick<MeetingLine, "names" | "unnamed">): string | null {
  if (m.names.length === 0 && m.unnamed === 0) return null;
  if (m.names.length === 0) return t("meetings.others.unnamedOnly", { count: m.unnamed });
  return t("meetings.others.named", { names: m.names.join(", "), count: m.unnamed });
}
