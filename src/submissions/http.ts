import type { Child } from "hono/jsx";
import { z } from "zod";
import { countryName } from "../countries/country";
import type { AppContext } from "../platform/http/context";
import { type AppError, notFound } from "../platform/http/errors";
import type { FormProblem } from "../platform/http/fields";
import { page } from "../platform/http/render";
import type { I18n, MessageKey } from "../platform/i18n";
import { getVisit, type VisitSummary } from "../visits/store";
import { mandateTitleIn } from "../visits/views";
import type { SubmissionDeps } from "./service";

/** What the pages and the API of submissions share: their dependencies, and how forms answer. */

export type Status = Parameters<typeof page>[3];

export const submissionDeps = (c: AppContext): SubmissionDeps => {
  const d = c.get("deps");
  return { db: d.db, keyring: d.keyring, files: d.files, clock: d.clock };
};
export const actorOf = (c: AppContext) => c.get("auth").actor;
export const today = (c: AppContext) => c.get("deps").clock().toISOString().slice(0, 10);
export const subId = (c: AppContext) => c.req.param("id") as string;

/** Workspace pages: an organisation's work, never kept in a shared cache. */
export function render(c: AppContext, title: string, body: Child, status?: Status) {
  c.header("Cache-Control", "private, no-store");
  return page(c, { title }, body, status);
}

const doneKeys: Record<string, MessageKey> = {
  created: "submissions.done.created",
  saved: "submissions.done.saved",
  added: "submissions.done.added",
  deleted: "submissions.done.deleted",
  person: "submissions.done.person",
  consent: "submissions.done.consent",
  revoked: "submissions.done.revoked",
  attached: "submissions.done.attached",
  signed: "submissions.done.signed",
  merged: "submissions.done.merged",
  restored: "submissions.done.restored",
  published: "submissions.done.published",
  unpublished: "submissions.done.unpublished",
  sent: "submissions.done.sent",
  call: "submissions.done.call",
};
export const doneText = (c: AppContext) => {
  const key = doneKeys[c.req.query("done") ?? ""];
  return key ? c.get("i18n").t(key) : undefined;
};

/** A refusal shown on the form that caused it, naming its first field. */
export function problemOf(form: string, err: AppError | z.ZodError): FormProblem {
  if (err instanceof z.ZodError) {
    const issue = err.issues[0];
    return { form, message: issue?.message ?? "", field: issue ? String(issue.path[0]) : undefined };
  }
  const details = Array.isArray(err.details) ? (err.details as { path?: unknown }[]) : [];
  const path = typeof details[0]?.path === "string" ? details[0].path.split(".").at(-1) : undefined;
  return { form, message: err.message, field: path || undefined };
}

export const formStatus = (err: AppError): Status =>
  err.status === 404 ? 404 : err.status === 401 ? 401 : err.status;

// Facts shown on several pages

export const visitTitle = (
  v: Pick<VisitSummary, "countryNames" | "mandateTitle" | "mandateTitles">,
  i18n: I18n,
) => `${countryName({ names: v.countryNames }, i18n.locale)}: ${mandateTitleIn(v, i18n.locale)}`;

export async function visitOr404(c: AppContext) {
  const v = await getVisit(c.get("deps").db, c.req.param("vid") ?? "");
  if (!v) throw notFound("This visit");
  return v;
}

/** A form field that may be sent several times (checkboxes), as a list. */
export const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);
