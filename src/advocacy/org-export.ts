import { eq } from "drizzle-orm";
import type { OrgExportPart } from "../platform/org-export";
import { actions, letters } from "./schema";
import { listSignatures } from "./signature-store";

/** The organisation's letters (with their signatories, addresses opened) and its advocacy log. */
export const advocacyOrgExport: OrgExportPart = async ({ db, keyring }, orgId) => {
  const [own, log] = await Promise.all([
    db.select().from(letters).where(eq(letters.ownerOrgId, orgId)),
    db.select().from(actions).where(eq(actions.ownerOrgId, orgId)),
  ]);
  return {
    letters: await Promise.all(
      own.map(async ({ signOnLinkHash: _link, ...letter }) => ({
        ...letter,
        signatories: (await listSignatures(db, letter.id, keyring)).map(
          ({ confirmTokenHash: _c, withdrawTokenHash: _w, contactHash: _h, ...s }) => s,
        ),
      })),
    ),
    advocacyLog: log,
  };
};
