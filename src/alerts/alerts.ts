import { z } from "zod";

/**
 * Following and being told: who should hear of which visit event, and when a digest is due.
 * Plain functions over plain data; the job in jobs.ts feeds them rows and writes what they decide.
 */
export const followKinds = ["country", "mandate", "visit"] as const;
export const FollowKind = z.enum(followKinds);
export type FollowKind = z.infer<typeof FollowKind>;

export const digestFrequencies = ["off", "immediate", "daily", "weekly"] as const;
export const DigestFrequency = z.enum(digestFrequencies);
export type DigestFrequency = z.infer<typeof DigestFrequency>;

const targetShapes: Record<FollowKind, { pattern: RegExp; message: string }> = {
  country: { pattern: /^[A-Za-z]{3}$/, message: "Use an ISO 3166-1 alpha-3 code, e.g. KEN" },
  mandate: { pattern: /^[a-z0-9-]{2,80}$/, message: "Use a mandate id, e.g. sr-torture" },
  visit: {
    pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    message: "Use a visit id",
  },
};

/** A follow as the API and forms take it: the target checked against its kind. */
export const FollowInput = z
  .object({ kind: FollowKind, target: z.string().trim().max(80) })
  .superRefine((f, ctx) => {
    const shape = targetShapes[f.kind];
    if (!shape.pattern.test(f.target))
      ctx.addIssue({ code: "custom", path: ["target"], message: shape.message });
  });
export type FollowInput = z.output<typeof FollowInput>;

/** The one spelling a target is stored in: country codes upper case, visit ids lower case. */
export function normaliseFollow(f: FollowInput): FollowInput {
  const target =
    f.kind === "country" ? f.target.toUpperCase() : f.kind === "visit" ? f.target.toLowerCase() : f.target;
  return { kind: f.kind, target };
}

export interface Preferences {
  inApp: boolean;
  emailDigest: DigestFrequency;
}

/** Without a choice of their own, people see notices on their page and get no e-mail. */
export const defaultPreferences: Preferences = { inApp: true, emailDigest: "off" };

export interface Follow {
  userId: string;
  kind: FollowKind;
  target: string;
}

/** What the job knows of a new event: enough to match it against follows. */
export interface NewEvent {
  eventId: string;
  visitId: string;
  countryIso3: string;
  mandateId: string;
  /** The person who recorded it, who needs no notice of their own work. */
  recordedBy: string | null;
}

export interface Delivery {
  userId: string;
  eventId: string;
  visitId: string;
  /** The most specific follow that matched. */
  kind: FollowKind;
  inApp: boolean;
  mail: "immediate" | "digest" | null;
}

const specificity: Record<FollowKind, number> = { visit: 3, mandate: 2, country: 1 };

const targetOf = (e: NewEvent, kind: FollowKind) =>
  kind === "country" ? e.countryIso3 : kind === "mandate" ? e.mandateId : e.visitId;

/**
 * One delivery per person and event: a person following both the country and the mandate of a
 * visit hears of its event once. Nobody is told of an event they recorded, and a person who wants
 * neither in-app notices nor e-mail gets nothing.
 */
export function whoToTell(
  events: readonly NewEvent[],
  follows: readonly Follow[],
  preferencesOf: (userId: string) => Preferences,
): Delivery[] {
  const byTarget = new Map<string, Follow[]>();
  for (const f of follows) {
    const key = `${f.kind}:${f.target}`;
    byTarget.set(key, [...(byTarget.get(key) ?? []), f]);
  }
  const out: Delivery[] = [];
  for (const e of events) {
    const best = new Map<string, FollowKind>();
    for (const kind of followKinds) {
      for (const f of byTarget.get(`${kind}:${targetOf(e, kind)}`) ?? []) {
        const had = best.get(f.userId);
        if (!had || specificity[kind] > specificity[had]) best.set(f.userId, kind);
      }
    }
    for (const [userId, kind] of best) {
      if (userId === e.recordedBy) continue;
      const p = preferencesOf(userId);
      const mail =
        p.emailDigest === "immediate" ? "immediate" : p.emailDigest === "off" ? null : ("digest" as const);
      if (!p.inApp && !mail) continue;
      out.push({ userId, eventId: e.eventId, visitId: e.visitId, kind, inApp: p.inApp, mail });
    }
  }
  return out;
}

/** Digests go out at 07:00 UTC: daily every day, weekly on Mondays. */
export const DIGEST_HOUR_UTC = 7;

/** The latest digest time at or before `now`. */
export function digestSlot(frequency: "daily" | "weekly", now: Date): Date {
  const slot = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), DIGEST_HOUR_UTC));
  if (slot > now) slot.setUTCDate(slot.getUTCDate() - 1);
  if (frequency === "weekly") {
    // getUTCDay: Sunday 0, Monday 1.
    slot.setUTCDate(slot.getUTCDate() - ((slot.getUTCDay() + 6) % 7));
  }
  return slot;
}

/**
 * The slot a digest is due for, or null: due when a slot has passed since the last digest. It then
 * gathers the notices made before that slot; later ones wait for the next.
 */
export function digestDue(frequency: DigestFrequency, lastSlot: Date | null, now: Date): Date | null {
  if (frequency !== "daily" && frequency !== "weekly") return null;
  const slot = digestSlot(frequency, now);
  return !lastSlot || lastSlot < slot ? slot : null;
}
