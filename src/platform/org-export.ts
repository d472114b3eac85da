import type { Actor } from "./access";
import type { Keyring } from "./crypto/keyring";
import type { Db } from "./db/client";

/** What an area needs to add an organisation's records to its export, confidential fields opened. */
export interface OrgExportContext {
  db: Db;
  keyring: Keyring;
  /** The admin exporting: areas whose reading rules depend on the reader use it. */
  actor: Actor;
}

/** One area's part of an organisation's export: plain JSON-able data, keyed by record type. */
export type OrgExportPart = (ctx: OrgExportContext, orgId: string) => Promise<Record<string, unknown>>;
