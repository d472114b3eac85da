import { sql } from "drizzle-orm";
import { type Db, rows } from "../db/client";
import { addPrimaryKey, type Keyring, open, retireKeys, seal } from "./keyring";

/**
 * Every column that holds sealed values, with the associated data each value was sealed with.
 * An area that adds a confidential field adds it here, so key rotation re-encrypts it.
 */
export interface SealedColumn {
  table: string;
  column: string;
  idColumn: string;
  aad: (id: string) => string;
}

export const sealedColumns: SealedColumn[] = [
  { table: "users", column: "totp_secret", idColumn: "id", aad: (id) => `users.totp_secret:${id}` },
  {
    table: "advocacy_signatures",
    column: "contact_email",
    idColumn: "id",
    aad: (id) => `advocacy_signatures.contact_email:${id}`,
  },
  {
    table: "meeting_requests",
    column: "confidential",
    idColumn: "id",
    aad: (id) => `meeting_requests.confidential:${id}`,
  },
];

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not an identifier: ${name}`);
  return sql.raw(`"${name}"`);
};

/** Re-seals every value not sealed with the primary key; returns how many changed. */
export async function resealAll(db: Db, ring: Keyring, columns = sealedColumns): Promise<number> {
  let changed = 0;
  for (const col of columns) {
    const found = await rows<{ id: string; value: string }>(
      db,
      sql`SELECT ${ident(col.idColumn)}::text AS id, ${ident(col.column)} AS value FROM ${ident(col.table)}
        WHERE ${ident(col.column)} IS NOT NULL AND ${ident(col.column)} NOT LIKE ${`vd1.${ring.primary}.%`}`,
    );
    for (let i = 0; i < found.length; i += 200) {
      await db.transaction(async (tx) => {
        for (const r of found.slice(i, i + 200)) {
          const resealed = seal(ring, open(ring, r.value, col.aad(r.id)), col.aad(r.id));
          await tx.execute(
            sql`UPDATE ${ident(col.table)} SET ${ident(col.column)} = ${resealed} WHERE ${ident(col.idColumn)}::text = ${r.id} AND ${ident(col.column)} = ${r.value}`,
          );
          changed++;
        }
      });
    }
  }
  return changed;
}

/** Key ids that sealed values still use. */
export async function keysInUse(db: Db, columns = sealedColumns): Promise<Set<string>> {
  const used = new Set<string>();
  for (const col of columns) {
    const found = await rows<{ value: string }>(
      db,
      sql`SELECT DISTINCT split_part(${ident(col.column)}, '.', 2) AS value FROM ${ident(col.table)} WHERE ${ident(col.column)} IS NOT NULL`,
    );
    for (const r of found) used.add(r.value);
  }
  return used;
}

/**
 * `visitdesk keys rotate`: a new primary key, every sealed value re-encrypted with it, and the
 * old keys dropped once nothing uses them. Safe to run again if interrupted.
 */
export async function rotateKeys(
  db: Db,
  keyFile: string,
): Promise<{ primary: string; resealed: number; retired: number }> {
  const ring = addPrimaryKey(keyFile);
  const before = ring.keys.size;
  const resealed = await resealAll(db, ring);
  const kept = retireKeys(keyFile, await keysInUse(db));
  return { primary: kept.primary, resealed, retired: before - kept.keys.size };
}
