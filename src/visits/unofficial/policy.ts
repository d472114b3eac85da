import { type Actor, canRead, type Scope, type Visibility } from "../../platform/access";

/**
 * Unofficial visits: anyone signed in may record one, publicly or for their own organisation or
 * coalition only (hosting a mandate holder can expose a host to reprisals). Reading follows the
 * common visibility model (`canRead`); what may be chosen at recording time is decided here.
 */
export type UnofficialVisibility = Extract<Visibility, "public" | "organisation" | "coalition">;
export const unofficialVisibilities: UnofficialVisibility[] = ["public", "organisation", "coalition"];

export interface UnofficialScopeRequest {
  visibility: UnofficialVisibility;
  /** The organisation recording it; required unless public. */
  orgId?: string | null;
  /** The coalition that may see it; required for `coalition`. */
  coalitionId?: string | null;
}

/** Why `actor` may not record with this scope, or null when they may; the scope to store otherwise. */
export function unofficialScope(
  actor: Actor,
  req: UnofficialScopeRequest,
):
  | { scope: Scope; problem: null }
  | { scope: null; problem: { path: string; message: string; status: 401 | 403 | 422 } } {
  if (!actor.userId)
    return {
      scope: null,
      problem: { path: "", message: "Sign in to record an unofficial visit.", status: 401 },
    };
  if (req.orgId && !actor.orgs.has(req.orgId))
    return {
      scope: null,
      problem: { path: "org", message: "You are not a member of this organisation.", status: 403 },
    };
  if (req.visibility === "public")
    return {
      scope: { visibility: "public", ownerOrgId: req.orgId ?? null, coalitionId: null, namedUserIds: [] },
      problem: null,
    };
  if (!req.orgId)
    return {
      scope: null,
      problem: { path: "org", message: "Choose the organisation this record belongs to.", status: 422 },
    };
  if (req.visibility === "coalition") {
    if (!req.coalitionId || !actor.coalitions.has(req.coalitionId))
      return {
        scope: null,
        problem: {
          path: "coalition",
          message: "Choose a coalition your organisation belongs to.",
          status: 422,
        },
      };
    return {
      scope: {
        visibility: "coalition",
        ownerOrgId: req.orgId,
        coalitionId: req.coalitionId,
        namedUserIds: [],
      },
      problem: null,
    };
  }
  return {
    scope: { visibility: "organisation", ownerOrgId: req.orgId, coalitionId: null, namedUserIds: [] },
    problem: null,
  };
}

/**
 * Changing an unofficial visit's record (its outcome, the official request it led to): the members
 * of the organisation that recorded it, or its recorder when no organisation did.
 */
export function canEditUnofficial(actor: Actor, record: Scope & { recordedBy: string | null }): boolean {
  if (!actor.userId || !canRead(actor, record)) return false;
  return record.ownerOrgId !== null ? actor.orgs.has(record.ownerOrgId) : record.recordedBy === actor.userId;
}
