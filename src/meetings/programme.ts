import { z } from "zod";
import type { Allocation } from "./allocation/allocate";
import type { Instance } from "./allocation/instance";
import { fromZoned, isoInZone, isTimeZone, zoned } from "./zone";

/**
 * The civil-society programme of a visit as plain data: what coordinators and organisations send
 * (validated here, at the boundary), how requests become an allocation instance, and what a
 * participant may see of a group meeting. No database, no clock.
 */

/** An availability window, ISO 8601 with an offset. */
export interface Window {
  start: string;
  end: string;
}

/** An allocation as stored beside its programme: what it was computed from, when, and its answer. */
export interface StoredRun {
  revision: number;
  ranAt: string;
  seconds: number;
  allocation: Allocation;
}

export const TimeZone = z
  .string()
  .refine(isTimeZone, "use a time zone name such as Africa/Nairobi or Europe/Paris");

const dateTime = z.iso.datetime({
  offset: true,
  error: "use an ISO 8601 date and time with an offset, e.g. 2025-03-10T09:00:00+03:00",
});
const required = (max: number) => z.string().trim().min(1, "must not be empty").max(max);
/** Optional free text: blank means not given. */
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);

/** `end` must come after `start`; only checked once both parse, so one mistake gives one message. */
function endsAfterStart(v: { start: string; end: string }, ctx: z.RefinementCtx) {
  if (!dateTime.safeParse(v.start).success || !dateTime.safeParse(v.end).success) return;
  if (Date.parse(v.end) <= Date.parse(v.start))
    ctx.addIssue({ code: "custom", path: ["end"], message: "must be after start" });
}

/** What a coordinator can change about a programme after starting it. */
export const ProgrammeSettings = z.object({
  title: required(200),
  timeZone: TimeZone.describe("Where the visit takes place, e.g. Africa/Nairobi"),
  maxMeetingsPerRequest: z
    .number()
    .int()
    .min(1, "at least 1")
    .max(10)
    .default(1)
    .describe("How many meetings one request may get"),
});
export type ProgrammeSettings = z.output<typeof ProgrammeSettings>;

export const ProgrammeInput = ProgrammeSettings.extend({
  coalition: z
    .string()
    .uuid("not a coalition id")
    .optional()
    .describe("Run it for this coalition (you coordinate it)"),
  organisation: z
    .string()
    .uuid("not an organisation id")
    .optional()
    .describe("Or run it for this organisation (you are one of its admins)"),
}).superRefine((v, ctx) => {
  if (Boolean(v.coalition) === Boolean(v.organisation))
    ctx.addIssue({
      code: "custom",
      path: ["coalition"],
      message: "give either a coalition or an organisation",
    });
});
export type ProgrammeInput = z.output<typeof ProgrammeInput>;

export const SlotInput = z
  .object({
    start: dateTime,
    end: dateTime,
    timeZone: TimeZone.optional().describe("Where the slot takes place; the programme's by default"),
    city: required(100),
    place: optional(300),
    capacity: z
      .number()
      .int()
      .min(1, "a slot holds at least 1 organisation")
      .max(1000)
      .describe("How many organisations the slot holds"),
    theme: optional(100).describe("Only requests that raise this theme fit the slot"),
    private: z.boolean().default(false).describe("A closed meeting with one organisation"),
  })
  .superRefine(endsAfterStart);
export type SlotInput = z.output<typeof SlotInput>;

export const WindowInput = z.object({ start: dateTime, end: dateTime }).superRefine(endsAfterStart);

/** Facts that speak for hearing a request; the coordinator weighs them into a priority. */
export const priorityFacts = [
  "victims_group",
  "outside_capital",
  "marginalised_group",
  "first_time",
  "grassroots",
] as const;
export type PriorityFact = (typeof priorityFacts)[number];

export const RequestInput = z.object({
  organisation: required(200),
  organisationId: z
    .string()
    .uuid("not an organisation id")
    .optional()
    .describe("Send it for one of your organisations (signed in): its members then see its meetings"),
  contact: z.object({
    name: required(200),
    email: z.email("give an e-mail address").max(254),
    phone: optional(50),
  }),
  themes: z.array(required(100)).max(20).default([]),
  cities: z.array(required(100)).min(1, "name at least one city you can reach").max(20),
  available: z.array(WindowInput).min(1, "give at least one time when you are available").max(60),
  people: z.number().int().min(1, "at least 1 person").max(50),
  interpretation: optional(500).describe("Languages to interpret from and into"),
  accessibility: optional(1000),
  needsPrivate: z.boolean().default(false).describe("A closed meeting, because of a risk of reprisals"),
  privateReason: optional(2000),
  priorityFacts: z
    .array(z.enum(priorityFacts))
    .max(priorityFacts.length)
    .default([])
    .transform((fs) => [...new Set(fs)]),
  otherFacts: optional(2000),
  shareName: z
    .boolean()
    .default(false)
    .describe("Other organisations of a group meeting may see this organisation's name"),
});
export type RequestInput = z.output<typeof RequestInput>;

/** What is sealed of a request: only the coordinator and the organisation itself read it. */
export interface RequestConfidential {
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
  interpretation: string | null;
  accessibility: string | null;
  privateReason: string | null;
  otherFacts: string | null;
}

export function confidentialOf(input: RequestInput): RequestConfidential {
  return {
    contactName: input.contact.name,
    contactEmail: input.contact.email,
    contactPhone: input.contact.phone,
    interpretation: input.interpretation,
    accessibility: input.accessibility,
    privateReason: input.needsPrivate ? input.privateReason : null,
    otherFacts: input.otherFacts,
  };
}

/** One point per fact, at most 3: a starting point the coordinator can change. */
export const suggestedPriority = (facts: readonly string[]) =>
  Math.min(3, new Set(facts.filter((f) => (priorityFacts as readonly string[]).includes(f))).size);

export const effectivePriority = (r: { priority: number | null; priorityFacts: readonly string[] }) =>
  r.priority ?? suggestedPriority(r.priorityFacts);

export interface SlotFacts {
  id: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  city: string;
  place: string | null;
  capacity: number;
  theme: string | null;
  private: boolean;
}

export interface RequestFacts {
  id: string;
  organisation: string;
  themes: string[];
  cities: string[];
  available: Window[];
  priority: number | null;
  priorityFacts: string[];
  needsPrivate: boolean;
  status: "active" | "withdrawn";
}

export interface PlacementFacts {
  requestId: string;
  slotId: string;
  kind: "pin" | "forbid";
}

/**
 * The allocation instance of a programme: its slots, its requests still standing, and the
 * coordinator's pins and exclusions. Times keep the slot's own offset, so the file a coordinator
 * downloads reads like the programme.
 */
export function toInstance(
  maxMeetingsPerRequest: number,
  slots: readonly SlotFacts[],
  requests: readonly RequestFacts[],
  placements: readonly PlacementFacts[],
): Instance {
  const active = requests.filter((r) => r.status === "active");
  const standing = new Set(active.map((r) => r.id));
  const slotIds = new Set(slots.map((s) => s.id));
  const kept = (kind: "pin" | "forbid") =>
    placements
      .filter((p) => p.kind === kind && standing.has(p.requestId) && slotIds.has(p.slotId))
      .map((p) => ({ request: p.requestId, slot: p.slotId }));
  return {
    slots: slots.map((s) => ({
      id: s.id,
      start: isoInZone(s.startsAt.getTime(), s.timeZone),
      end: isoInZone(s.endsAt.getTime(), s.timeZone),
      city: s.city,
      capacity: s.capacity,
      theme: s.theme,
      private: s.private,
    })),
    requests: active.map((r) => ({
      id: r.id,
      organisation: r.organisation,
      themes: r.themes,
      cities: r.cities,
      available: r.available,
      priority: effectivePriority(r),
      needsPrivate: r.needsPrivate,
    })),
    maxMeetingsPerRequest,
    pins: kept("pin"),
    forbidden: kept("forbid"),
  };
}

/**
 * What a participant sees of the other organisations in its meeting: the names of those that
 * agreed to be named, and how many others there are (they will be in the room; who they are is
 * theirs to tell).
 */
export function coParticipants(
  viewer: string,
  occupants: readonly { requestId: string; organisation: string; shareName: boolean }[],
): { names: string[]; unnamed: number } {
  const others = occupants.filter((o) => o.requestId !== viewer);
  return {
    names: others
      .filter((o) => o.shareName)
      .map((o) => o.organisation)
      .sort((a, b) => a.localeCompare(b)),
    unnamed: others.filter((o) => !o.shareName).length,
  };
}

/** The local dates a slot covers a day plan of: the date it starts, in its own time zone. */
export const slotDate = (s: Pick<SlotFacts, "startsAt" | "timeZone">) =>
  zoned(s.startsAt.getTime(), s.timeZone).date;

/** The day plans of a programme: each date and city that has slots, in order. */
export function dayPlans(slots: readonly SlotFacts[]): { date: string; city: string }[] {
  const seen = new Map<string, { date: string; city: string }>();
  for (const s of slots) {
    const date = slotDate(s);
    seen.set(`${date}\u0000${s.city}`, { date, city: s.city });
  }
  return [...seen.values()].sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.city.localeCompare(b.city),
  );
}

/** The slots of one day plan, in time order. */
export const slotsOfDay = (slots: readonly SlotFacts[], date: string, city: string) =>
  slots
    .filter((s) => s.city === city && slotDate(s) === date)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());

const MAX_FORM_DAYS = 31;

/**
 * The days the request form asks about: those of the slots, else those of the visit's agreed
 * dates, in the programme's time zone.
 */
export function formDays(
  slots: readonly Pick<SlotFacts, "startsAt" | "timeZone">[],
  visit: { from: string | null; to: string | null },
): string[] {
  const days = new Set(slots.map(slotDate));
  if (days.size === 0 && visit.from && visit.to && visit.from <= visit.to) {
    for (
      let d = new Date(`${visit.from}T00:00:00Z`);
      days.size < MAX_FORM_DAYS;
      d.setUTCDate(d.getUTCDate() + 1)
    ) {
      const iso = d.toISOString().slice(0, 10);
      if (iso > visit.to) break;
      days.add(iso);
    }
  }
  return [...days].sort().slice(0, MAX_FORM_DAYS);
}

const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The form's rows (a day, ticked, from, to) as availability windows in the programme's zone, or
 * the first row that does not make sense.
 */
export function formWindows(
  rows: readonly { date: string; ticked: boolean; from: string; to: string }[],
  timeZone: string,
): { ok: true; windows: Window[] } | { ok: false; date: string; problem: "time" | "order" } {
  const windows: Window[] = [];
  for (const r of rows) {
    if (!r.ticked) continue;
    if (!hhmm.test(r.from) || !hhmm.test(r.to)) return { ok: false, date: r.date, problem: "time" };
    if (r.to <= r.from) return { ok: false, date: r.date, problem: "order" };
    windows.push({
      start: isoInZone(fromZoned(r.date, r.from, timeZone), timeZone),
      end: isoInZone(fromZoned(r.date, r.to, timeZone), timeZone),
    });
  }
  return { ok: true, windows };
}
