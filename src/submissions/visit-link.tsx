import type { Actor } from "../platform/access";
import type { I18n } from "../platform/i18n";
import { accessIfReadable, callSummary, type SubmissionDeps, workspaceView } from "./service";
import { getCall, submissionsOf } from "./store";
import type { CallSummary } from "./views";

/**
 * What the visit page shows about the time before the visit: the call for input and its
 * countdown, the link to the public page, and — for members of an organisation — their
 * submissions for this visit and where to start one. Place `<VisitSubmissionsPanel>` on the visit
 * page with the facts from `visitSubmissionsFor`.
 */
export interface VisitSubmissionsFacts {
  call: CallSummary | null;
  /** The reader's submissions for this visit, titles as they may read them. */
  mine: { id: string; title: string }[];
  canStart: boolean;
}

export async function visitSubmissionsFor(
  deps: SubmissionDeps,
  actor: Actor,
  i18n: I18n,
  visitId: string,
): Promise<VisitSubmissionsFacts> {
  const now = deps.clock();
  const [call, loaded] = await Promise.all([
    getCall(deps.db, visitId),
    actor.userId ? submissionsOf(deps.db, deps.keyring, actor, visitId) : Promise.resolve([]),
  ]);
  return {
    call: callSummary(call, i18n, now),
    mine: loaded.flatMap((l) => {
      const access = accessIfReadable(actor, l);
      return access
        ? [{ id: l.submission.id, title: workspaceView(access, i18n, now).show(l.submission.title) }]
        : [];
    }),
    canStart: actor.orgs.size > 0,
  };
}

export function VisitSubmissionsPanel({
  i18n,
  visitId,
  facts,
}: {
  i18n: I18n;
  visitId: string;
  facts: VisitSubmissionsFacts;
}) {
  const { t } = i18n;
  return (
    <section aria-labelledby="before-the-visit" class="panel">
      <h2 id="before-the-visit">{t("submissions.visitLink.title")}</h2>
      <p>
        {facts.call
          ? t("submissions.visitLink.call", {
              countdown: facts.call.countdown,
              date: i18n.formatDate(facts.call.deadline),
            })
          : t("submissions.call.none")}
      </p>
      <ul>
        <li>
          <a href={`/visits/${visitId}/public`}>{t("submissions.visitLink.public")}</a>
        </li>
        {facts.canStart && (
          <li>
            <a href={`/visits/${visitId}/submissions/new`}>{t("submissions.public.answer")}</a>
          </li>
        )}
      </ul>
      {facts.mine.length > 0 && (
        <>
          <h3>{t("submissions.visitLink.mine")}</h3>
          <ul>
            {facts.mine.map((s) => (
              <li>
                <a href={`/submissions/${s.id}`}>{s.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
