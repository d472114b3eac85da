import { type AnyColumn, type SQL, sql } from "drizzle-orm";

/**
 * The one visibility model every record type uses. A record is readable by:
 * - `public`: everyone, signed in or not;
 * - `organisation`: members of its owner organisation;
 * - `coalition`: those, plus members of organisations in its coalition (and the coalition's coordinators);
 * - `named`: only the people named on it.
 * Its confidential fields (a victim's name…) only by the owner organisation's members and named people:
 * not by coalition partners, and not by platform admins, who run the service but do not read the work.
 */
export type Visibility = "public" | "coalition" | "organisation" | "named";
export const visibilities = ["public", "coalition", "organisation", "named"] as const;

export interface Actor {
  userId: string | null;
  platformAdmin: boolean;
  /** orgId → role */
  orgs: ReadonlyMap<string, "member" | "admin">;
  /** Coalitions one of the actor's organisations belongs to. */
  coalitions: ReadonlySet<string>;
  /** Coalitions the actor coordinates. */
  coordinates: ReadonlySet<string>;
}

export const anonymous: Actor = {
  userId: null,
  platformAdmin: false,
  orgs: new Map(),
  coalitions: new Set(),
  coordinates: new Set(),
};

export interface Scope {
  visibility: Visibility;
  ownerOrgId: string | null;
  coalitionId: string | null;
  namedUserIds: readonly string[];
}

export const publicScope: Scope = {
  visibility: "public",
  ownerOrgId: null,
  coalitionId: null,
  namedUserIds: [],
};

function inOwnerOrg(actor: Actor, scope: Scope): boolean {
  return scope.ownerOrgId !== null && actor.orgs.has(scope.ownerOrgId);
}

function isNamed(actor: Actor, scope: Scope): boolean {
  return actor.userId !== null && scope.namedUserIds.includes(actor.userId);
}

export function canRead(actor: Actor, scope: Scope): boolean {
  switch (scope.visibility) {
    case "public":
      return true;
    case "organisation":
      return inOwnerOrg(actor, scope);
    case "coalition":
      return (
        inOwnerOrg(actor, scope) ||
        (scope.coalitionId !== null &&
          (actor.coalitions.has(scope.coalitionId) || actor.coordinates.has(scope.coalitionId)))
      );
    case "named":
      return isNamed(actor, scope);
  }
}

export function canReadConfidential(actor: Actor, scope: Scope): boolean {
  return canRead(actor, scope) && (inOwnerOrg(actor, scope) || isNamed(actor, scope));
}

function inList(column: AnyColumn | SQL, values: Iterable<string>): SQL {
  const list = [...values];
  return list.length
    ? sql`${column} IN (${sql.join(
        list.map((v) => sql`${v}`),
        sql`, `,
      )})`
    : sql`false`;
}

/** `canRead` as a SQL condition over a table's scope columns, for lists, search, feeds and exports. */
export function readableSql(
  actor: Actor,
  cols: {
    visibility: AnyColumn | SQL;
    ownerOrgId: AnyColumn | SQL;
    coalitionId: AnyColumn | SQL;
    namedUserIds: AnyColumn | SQL;
  },
): SQL {
  const ownOrg = inList(cols.ownerOrgId, actor.orgs.keys());
  const coalition = inList(cols.coalitionId, new Set([...actor.coalitions, ...actor.coordinates]));
  const named = actor.userId ? sql`${actor.userId} = ANY(${cols.namedUserIds})` : sql`false`;
  return sql`(${cols.visibility} = 'public'
    OR (${cols.visibility} = 'organisation' AND ${ownOrg})
    OR (${cols.visibility} = 'coalition' AND (${ownOrg} OR ${coalition}))
    OR (${cols.visibility} = 'named' AND ${named}))`;
}
