import type { Actor } from "../platform/access";
import type { Db } from "../platform/db/client";
import {
  findUnofficialVisit,
  type UnofficialVisitSummary,
  updateUnofficialVisit,
} from "../visits/unofficial/store";

/** An unofficial visit the actor may read, with whether they may link it to an official request. */
export async function findUnofficial(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ visit: UnofficialVisitSummary; canLink: boolean }> {
  const { visit, canEdit } = await findUnofficialVisit(db, actor, id);
  return { visit, canLink: canEdit };
}

/** Links an unofficial visit to the official visit request that followed it (or unlinks it with null). */
export function linkOfficialRequest(
  db: Db,
  actor: Actor,
  unofficialId: string,
  visitId: string | null,
  now: Date,
): Promise<void> {
  return updateUnofficialVisit(db, actor, unofficialId, { visitId }, now);
}
