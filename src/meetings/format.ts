import type { SlotFacts } from "./programme";
import { zoned } from "./zone";

/**
 * A slot's date and times in its own time zone, in the reader's language:
 * "Monday 10 March 2025, 09:00–10:00 (Africa/Nairobi)".
 */
export function slotWhen(locale: string, s: Pick<SlotFacts, "startsAt" | "endsAt" | "timeZone">): string {
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "full", timeZone: s.timeZone }).format(s.startsAt);
  const from = zoned(s.startsAt.getTime(), s.timeZone);
  const to = zoned(s.endsAt.getTime(), s.timeZone);
  // A meeting past midnight names the day it ends on too.
  const end =
    to.date === from.date
      ? to.time
      : `${new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: s.timeZone }).format(s.endsAt)} ${to.time}`;
  return `${day}, ${from.time}–${end} (${s.timeZone})`;
}

/** "09:00–10:00" in the slot's zone, for day plans and tables where the date is already said. */
export function slotTimes(s: Pick<SlotFacts, "startsAt" | "endsAt" | "timeZone">): string {
  return `${zoned(s.startsAt.getTime(), s.timeZone).time}–${zoned(s.endsAt.getTime(), s.timeZone).time}`;
}

/** A local date (`YYYY-MM-DD`) written out in the reader's language. */
export function dayName(locale: string, date: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "full", timeZone: "UTC" }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** Where a slot is: "UN House, room 3, Nairobi". */
export const slotWhere = (s: Pick<SlotFacts, "place" | "city">) =>
  s.place ? `${s.place}, ${s.city}` : s.city;
