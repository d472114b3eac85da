import icalGenerator, { ICalCalendarMethod } from "ical-generator";
import type { Translate } from "../platform/i18n";
import { slotWhere } from "./format";
import { type MeetingLine, withOthers } from "./mail";
import type { SlotFacts } from "./programme";

/**
 * One organisation's meetings as an iCalendar file, for its calendar (a PUBLISH calendar: the
 * organisation adds it, nobody is asked to answer). Times are instants (UTC), so every calendar
 * shows them in its own zone; the slot's zone is named in the description.
 */
export function participantCalendar(
  t: Translate,
  opts: {
    baseUrl: string;
    requestId: string;
    visit: string;
    meetings: { slot: SlotFacts; line: MeetingLine }[];
    stamp: Date;
  },
): string {
  const host = new URL(opts.baseUrl).hostname;
  const cal = icalGenerator({
    name: opts.visit,
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: "Visitdesk", product: "visitdesk-meetings", language: "EN" },
  });
  for (const { slot, line } of opts.meetings) {
    const others = withOthers(t, line);
    cal.createEvent({
      id: `${slot.id}.${opts.requestId}@${host}`,
      start: slot.startsAt,
      end: slot.endsAt,
      summary: t("meetings.ics.summary", { visit: opts.visit }),
      location: slotWhere(slot),
      description: [
        line.when,
        line.theme ? `${t("meetings.field.theme")}: ${line.theme}` : null,
        line.private ? t("meetings.slot.privateMeeting") : null,
        others,
      ]
        .filter(Boolean)
        .join("\n"),
      stamp: opts.stamp,
    });
  }
  return cal.toString();
}
