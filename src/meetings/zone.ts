/**
 * Wall-clock times in a named time zone (IANA, e.g. `Africa/Nairobi`), with the zone data the
 * runtime ships: slots are written in the time of the city they take place in, stored as instants,
 * and shown again in that city's time, whatever the reader's or the server's zone.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isTimeZone(value: string): boolean {
  if (!value || value.length > 64) return false;
  try {
    partsFormatter(value);
    return true;
  } catch {
    return false;
  }
}

/** The zones a coordinator may choose from (the runtime's list, which lacks the alias `UTC`). */
export const timeZones = (): string[] => [
  "UTC",
  ...Intl.supportedValuesOf("timeZone").filter((z) => z !== "UTC"),
];

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallAt(ms: number, timeZone: string): Wall {
  const p = Object.fromEntries(
    partsFormatter(timeZone)
      .formatToParts(new Date(ms))
      .map((x) => [x.type, Number(x.value)]),
  ) as Record<string, number>;
  return {
    year: p.year ?? 0,
    month: p.month ?? 1,
    day: p.day ?? 1,
    hour: p.hour ?? 0,
    minute: p.minute ?? 0,
    second: p.second ?? 0,
  };
}

/** The zone's offset from UTC at an instant, in minutes (east positive). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const w = wallAt(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The local date (`YYYY-MM-DD`) and time (`HH:MM`) of an instant in a zone. */
export function zoned(ms: number, timeZone: string): { date: string; time: string } {
  const w = wallAt(ms, timeZone);
  return { date: `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

/**
 * The instant a wall-clock time names in a zone. A time skipped by a clock change (02:30 when clocks
 * jump from 02:00 to 03:00) moves forward by the jump; a time that happens twice is the first one.
 */
export function fromZoned(date: string, time: string, timeZone: string): number {
  const [y = 0, mo = 1, d = 1] = date.split("-").map(Number);
  const [h = 0, mi = 0] = time.split(":").map(Number);
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  // Zones change their offset at most once a day: the offsets a day before and after are the candidates.
  const before = offsetMinutes(guess - 86_400_000, timeZone);
  const after = offsetMinutes(guess + 86_400_000, timeZone);
  const valid = [before, after]
    .map((o) => guess - o * 60_000)
    .filter((t) => offsetMinutes(t, timeZone) * 60_000 === guess - t);
  return valid.length ? Math.min(...valid) : guess - before * 60_000;
}

/** ISO 8601 with the zone's offset at that instant, e.g. `2025-03-10T09:00:00+03:00`. */
export function isoInZone(ms: number, timeZone: string): string {
  const off = offsetMinutes(ms, timeZone);
  const { date, time } = zoned(ms, timeZone);
  const sign = off < 0 ? "-" : "+";
  const abs = Math.abs(off);
  return `${date}T${time}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
