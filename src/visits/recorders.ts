import { inArray } from "drizzle-orm";
import { users } from "../accounts/schema";
import type { Db } from "../platform/db/client";

/**
 * Display names of the people who recorded events. Who adds to the registry is shown to signed-in
 * users only: naming a contributor to the whole internet could expose them to reprisals.
 */
export async function namesOf(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (!wanted.length) return new Map();
  const found = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(found.map((u) => [u.id, u.name]));
}
