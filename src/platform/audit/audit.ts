import { and, desc, eq, lt } from "drizzle-orm";
import type { Db } from "../db/client";
import { auditLog } from "./schema";

export interface AuditEntry {
  actorId: string | null;
  orgId: string | null;
  action: string;
  recordType: string;
  recordId: string;
  /** Identifiers and counts only: confidential content never goes into the audit log. */
  details?: Record<string, string | number | boolean | null>;
}

export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({ ...entry, details: entry.details ?? {} });
}

export async function auditForOrg(db: Db, orgId: string, opts: { before?: number; limit: number }) {
  return db
    .select()
    .from(auditLog)
    .where(
      opts.before ? and(eq(auditLog.orgId, orgId), lt(auditLog.id, opts.before)) : eq(auditLog.orgId, orgId),
    )
    .orderBy(desc(auditLog.id))
    .limit(opts.limit);
}
