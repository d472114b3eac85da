import { and, count, eq, inArray } from "drizzle-orm";
import type { Actor } from "../platform/access";
import type { Db } from "../platform/db/client";
import type { I18n } from "../platform/i18n";
import { canOnProgramme } from "./policy";
import { programmes, requests } from "./schema";

export type ProgrammeLinkKind = "coordinate" | "mine" | "start";

/**
 * What the visit page offers about the civil-society programme, to this reader: its coordinators
 * open it, organisations that asked see their requests, and those who could run one may start it.
 * Anyone else learns nothing, not even whether there is one.
 */
export async function programmeLinkFor(
  db: Db,
  actor: Actor,
  visitId: string,
): Promise<ProgrammeLinkKind | null> {
  if (!actor.userId) return null;
  const [p] = await db.select().from(programmes).where(eq(programmes.visitId, visitId));
  if (!p) {
    const runsSomething = actor.coordinates.size > 0 || [...actor.orgs.values()].includes("admin");
    return runsSomething ? "start" : null;
  }
  if (canOnProgramme(actor, "programme.viewRequests", p)) return "coordinate";
  const orgIds = [...actor.orgs.keys()];
  if (!orgIds.length) return null;
  const [mine] = await db
    .select({ n: count() })
    .from(requests)
    .where(and(eq(requests.programmeId, p.id), inArray(requests.orgId, orgIds)));
  return mine?.n ? "mine" : null;
}

/** The link itself, for the visit page; renders nothing when the reader has nothing to see. */
export function ProgrammeLink({
  i18n,
  visitId,
  kind,
}: {
  i18n: I18n;
  visitId: string;
  kind: ProgrammeLinkKind | null;
}) {
  if (!kind) return null;
  const { t } = i18n;
  const href = kind === "mine" ? "/meetings" : `/visits/${visitId}/programme`;
  const label =
    kind === "coordinate"
      ? "meetings.visitLink.coordinate"
      : kind === "mine"
        ? "meetings.visitLink.mine"
        : "meetings.visitLink.start";
  return (
    <section aria-labelledby="civil-society-programme" class="panel">
      <h2 id="civil-society-programme">{t("meetings.visitLink.title")}</h2>
      <p>
        <a href={href}>{t(label)}</a>
      </p>
    </section>
  );
}
