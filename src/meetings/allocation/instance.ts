import { z } from "zod";

/**
 * The allocation instance: the expert's meeting slots, the organisations' meeting requests, and the
 * coordinator's pins and forbidden placements. The same shape is read by the CLI, the API and the
 * programme pages, so a coordinator can reproduce any run from a file.
 */

const dateTime = z.iso.datetime({
  offset: true,
  error: "use an ISO 8601 date and time with an offset, e.g. 2025-03-10T09:00:00+03:00",
});
const id = z.string().min(1, "give an id").max(200);
const name = z.string().trim().min(1, "must not be empty").max(200);

/** `end` must come after `start`; only checked once both parse, so one mistake gives one message. */
function endsAfterStart(v: { start: string; end: string }, ctx: z.RefinementCtx) {
  if (!dateTime.safeParse(v.start).success || !dateTime.safeParse(v.end).success) return;
  if (Date.parse(v.end) <= Date.parse(v.start))
    ctx.addIssue({ code: "custom", path: ["end"], message: "must be after start" });
}

export const slotSchema = z
  .object({
    id,
    start: dateTime,
    end: dateTime,
    city: name,
    capacity: z.number().int().min(1).max(1000),
    theme: name.nullable(),
    private: z.boolean(),
  })
  .superRefine(endsAfterStart);

export const windowSchema = z.object({ start: dateTime, end: dateTime }).superRefine(endsAfterStart);

export const requestSchema = z.object({
  id,
  organisation: name,
  themes: z.array(name).max(100),
  cities: z.array(name).max(100),
  available: z.array(windowSchema).max(200),
  priority: z.number().int().min(0).max(3),
  needsPrivate: z.boolean(),
});

export const placementSchema = z.object({ request: id, slot: id });

export const instanceSchema = z
  .object({
    slots: z.array(slotSchema).max(2000),
    requests: z.array(requestSchema).max(20000),
    maxMeetingsPerRequest: z.number().int().min(1).max(50).default(1),
    pins: z.array(placementSchema).max(20000).default([]),
    forbidden: z.array(placementSchema).max(200000).default([]),
  })
  // Run even when some fields are bad, so one pass names every problem; the lists may hold anything.
  .superRefine(
    (inst, ctx) => {
      const slotIds = uniqueIds(inst.slots, "slots", ctx);
      const requestIds = uniqueIds(inst.requests, "requests", ctx);
      for (const list of ["pins", "forbidden"] as const) {
        listOf(inst[list]).forEach((p, i) => {
          const { request, slot } = (p ?? {}) as Partial<Placement>;
          if (typeof request === "string" && !requestIds.has(request))
            ctx.addIssue({ code: "custom", path: [list, i, "request"], message: "no request has this id" });
          if (typeof slot === "string" && !slotIds.has(slot))
            ctx.addIssue({ code: "custom", path: [list, i, "slot"], message: "no slot has this id" });
        });
      }
    },
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function uniqueIds(items: unknown, list: string, ctx: z.RefinementCtx): Set<string> {
  const seen = new Set<string>();
  listOf(items).forEach((item, i) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== "string") return;
    if (seen.has(id))
      ctx.addIssue({ code: "custom", path: [list, i, "id"], message: `another of the ${list} has this id` });
    seen.add(id);
  });
  return seen;
}

export type Instance = z.output<typeof instanceSchema>;
/** What a caller writes: the defaults (one meeting per request, no pins, nothing forbidden) may be left out. */
export type InstanceInput = z.input<typeof instanceSchema>;
export type Slot = Instance["slots"][number];
export type MeetingRequest = Instance["requests"][number];
export type Placement = z.output<typeof placementSchema>;

/** Placements in their canonical order: by request id, then slot id (code units, not locale). */
export function comparePlacements(a: Placement, b: Placement): number {
  if (a.request !== b.request) return a.request < b.request ? -1 : 1;
  return a.slot < b.slot ? -1 : a.slot > b.slot ? 1 : 0;
}

export interface InstanceIssue {
  /** Where the bad field is, written as in JavaScript: `requests[2].available[0].end`. */
  path: string;
  message: string;
}

export type ParsedInstance = { ok: true; instance: Instance } | { ok: false; issues: InstanceIssue[] };

export function parseInstance(input: unknown): ParsedInstance {
  const parsed = instanceSchema.safeParse(input);
  if (parsed.success) return { ok: true, instance: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
  };
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || "(root)";
}
