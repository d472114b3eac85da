/**
 * Coalition sign-on, as plain rules: when a sign-on is open, what a confirmation or withdrawal
 * link may still do, and in which order the letter lists its signatories. No I/O.
 */

export const signatureStatuses = ["pending", "confirmed", "withdrawn"] as const;
export type SignatureStatus = (typeof signatureStatuses)[number];

export type SignOnState = "not_open" | "open" | "closed";

/** Open from the moment the owner sets a deadline until that moment has passed. */
export function signOnState(deadline: Date | null, now: Date): SignOnState {
  if (!deadline) return "not_open";
  return now.getTime() <= deadline.getTime() ? "open" : "closed";
}

/** A date picked in a form stands for the end of that day in UTC, so the whole day counts. */
export function deadlineOfDay(day: string): Date {
  return new Date(`${day}T23:59:59.999Z`);
}

export const MAX_SIGN_ON_DAYS = 366;

/** What is wrong with a deadline the owner asks for, or null: it must lie ahead, within a year. */
export function deadlineProblem(deadline: Date, now: Date): "past" | "too_far" | null {
  if (Number.isNaN(deadline.getTime()) || deadline.getTime() <= now.getTime()) return "past";
  if (deadline.getTime() - now.getTime() > MAX_SIGN_ON_DAYS * 86_400_000) return "too_far";
  return null;
}

export type LinkUse = "confirm" | "withdraw";

export type LinkOutcome =
  | { ok: true; status: SignatureStatus }
  | {
      ok: false;
      status: 409 | 410;
      code: "sign_on_closed" | "already_confirmed" | "already_withdrawn" | "withdrawn";
    };

/**
 * What following a mailed link does to a signature. Both links work only while the sign-on is
 * open; each works once: a second use says what already happened instead of doing it again.
 */
export function followLink(
  use: LinkUse,
  signature: { status: SignatureStatus },
  deadline: Date | null,
  now: Date,
): LinkOutcome {
  if (signOnState(deadline, now) !== "open") return { ok: false, status: 410, code: "sign_on_closed" };
  if (signature.status === "withdrawn")
    return { ok: false, status: 409, code: use === "confirm" ? "withdrawn" : "already_withdrawn" };
  if (use === "withdraw") return { ok: true, status: "withdrawn" };
  if (signature.status === "confirmed") return { ok: false, status: 409, code: "already_confirmed" };
  return { ok: true, status: "confirmed" };
}

export interface Orderable {
  id: string;
  position: number | null;
  confirmedAt: Date | null;
}

/** The letter's order: the places the owner gave, then the rest in order of confirmation. */
export function orderSignatories<T extends Orderable>(list: readonly T[]): T[] {
  const time = (d: Date | null) => d?.getTime() ?? Number.MAX_SAFE_INTEGER;
  return [...list].sort(
    (a, b) =>
      (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER) ||
      time(a.confirmedAt) - time(b.confirmedAt) ||
      a.id.localeCompare(b.id),
  );
}

/**
 * Checks that an order asked for names every signatory once and nothing else; the positions to
 * store (1, 2, 3…) otherwise.
 */
export function reorder(
  current: readonly string[],
  requested: readonly string[],
):
  | { ok: true; positions: Map<string, number> }
  | { ok: false; unknown: string[]; missing: string[]; repeated: string[] } {
  const known = new Set(current);
  const seen = new Set<string>();
  const repeated = requested.filter((id) => seen.has(id) || !seen.add(id));
  const unknown = requested.filter((id) => !known.has(id));
  const missing = current.filter((id) => !seen.has(id));
  if (unknown.length || missing.length || repeated.length)
    return { ok: false, unknown, missing, repeated: [...new Set(repeated)] };
  return { ok: true, positions: new Map(requested.map((id, i) => [id, i + 1])) };
}

/** The order with one signatory moved one place up or down; unchanged at either end. */
export function moveOne(order: readonly string[], id: string, direction: "up" | "down"): string[] {
  const list = [...order];
  const i = list.indexOf(id);
  const j = direction === "up" ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= list.length) return list;
  [list[i], list[j]] = [list[j] as string, list[i] as string];
  return list;
}

/** What the letter prints: the names of those who agreed to be listed, and how many did not. */
export function letterSignatories<T extends Orderable & { listPublicly: boolean }>(
  confirmed: readonly T[],
): { named: T[]; unnamed: number } {
  const ordered = orderSignatories(confirmed);
  return {
    named: ordered.filter((s) => s.listPublicly),
    unnamed: ordered.filter((s) => !s.listPublicly).length,
  };
}
