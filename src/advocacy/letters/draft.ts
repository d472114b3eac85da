import type { MessageKey, Translate } from "../../platform/i18n";
import { deriveVisit, type EventType } from "../../visits/status";
import type { TemplateId } from "./templates";

/**
 * A new letter's first draft, from what the visit registry already holds: the country's pending
 * requests with their age and reminders, and what came of the mandate's earlier requests and
 * visits. The writer then edits it; nothing here is sent as is. Plain data in, plain data out.
 */
export interface RegistryVisit {
  id: string;
  mandateId: string;
  events: readonly { type: string; date: string; symbol?: string | null }[];
}

export interface UnofficialFacts {
  event: string;
  host: string;
  city: string | null;
  from: string;
  to: string;
}

export interface DraftInput {
  template: TemplateId;
  language: string;
  country: string;
  mandate: string | null;
  /** The country's visits in the registry, each with its event log. */
  visits: readonly RegistryVisit[];
  unofficial?: UnofficialFacts | null;
  today: string;
  /** Text in the letter's language. */
  t: Translate;
}

export interface PendingRequest {
  visitId: string;
  mandate: string;
  requestedOn: string;
  reminders: string[];
}

const asEvent = (e: RegistryVisit["events"][number]) => ({
  type: e.type as EventType,
  date: e.date,
  symbol: e.symbol ?? null,
});

/** Requests the Government has not answered, oldest first, each with the dates of its reminders. */
export function pendingRequests(visits: readonly RegistryVisit[], today: string): PendingRequest[] {
  const found: PendingRequest[] = [];
  for (const v of visits) {
    const facts = deriveVisit(v.events.map(asEvent), today);
    if (!facts.requestedOn || (facts.status !== "requested" && facts.status !== "postponed")) continue;
    const requestedOn = facts.requestedOn;
    const reminders = v.events
      .filter((e) => e.type === "reminder" && e.date >= requestedOn)
      .map((e) => e.date)
      .sort();
    found.push({ visitId: v.id, mandate: v.mandateId, requestedOn, reminders });
  }
  return found.sort(
    (a, b) => a.requestedOn.localeCompare(b.requestedOn) || a.mandate.localeCompare(b.mandate),
  );
}

/** The mandate's earlier requests and visits to the country that are no longer pending, as dated lines. */
export function earlierHistory(
  visits: readonly RegistryVisit[],
  mandate: string,
  today: string,
  t: Translate,
): { date: string; text: string }[] {
  const lines: { date: string; text: string }[] = [];
  for (const v of visits) {
    if (v.mandateId !== mandate) continue;
    const f = deriveVisit(v.events.map(asEvent), today);
    if (f.status === "requested" || f.status === "postponed") continue; // pending: listed apart
    if (f.status === "completed" || f.status === "reported" || f.status === "underway") {
      const from = f.visitFrom ?? f.requestedOn;
      if (!from) continue;
      lines.push({
        date: from,
        text: f.reportSymbol
          ? t("advocacy.draft.visitedReport", { report: f.reportSymbol })
          : t("advocacy.draft.visited"),
      });
    } else if (f.requestedOn) {
      lines.push({
        date: f.requestedOn,
        text: t("advocacy.draft.request", {
          status: t(`visit.status.${f.status}` as MessageKey),
          reminders: f.reminders,
        }),
      });
    }
  }
  return lines.sort((a, b) => a.date.localeCompare(b.date)).slice(-10);
}

/** The template's data as the registry fills it; fields it knows nothing about stay empty. */
export function draftLetter(input: DraftInput): Record<string, unknown> {
  const { template, visits, today, t } = input;
  const data: Record<string, unknown> = { language: input.language, country: input.country };
  if (input.mandate) data.mandate = input.mandate;
  const pending = pendingRequests(visits, today);
  if (template === "invitation-appeal" || template === "standing-invitation-appeal") {
    // The request the letter is about first, then the others, oldest first.
    const ordered = [
      ...pending.filter((p) => p.mandate === input.mandate),
      ...pending.filter((p) => p.mandate !== input.mandate),
    ];
    if (ordered.length)
      data.pendingRequests = ordered.slice(0, 30).map((p) => ({
        mandate: p.mandate,
        requestedOn: p.requestedOn,
        reminders: p.reminders.slice(-20),
      }));
  }
  if (input.mandate && template !== "unofficial-visit-invitation") {
    const history = earlierHistory(visits, input.mandate, today, t);
    // A pending request of this mandate is listed already when the template has the section.
    const ownPending =
      template === "visit-request"
        ? pending
            .filter((p) => p.mandate === input.mandate)
            .map((p) => ({
              date: p.requestedOn,
              text: t("advocacy.draft.pending", { reminders: p.reminders.length }),
            }))
        : [];
    const lines = [...history, ...ownPending].sort((a, b) => a.date.localeCompare(b.date)).slice(-10);
    if (lines.length) data.earlierCommunications = lines;
  }
  if (template === "unofficial-visit-invitation" && input.unofficial) {
    const u = input.unofficial;
    // The record allows longer text than a printed letter: the writer shortens what was cut.
    data.event = {
      title: u.event.slice(0, 200),
      host: u.host.slice(0, 200),
      ...(u.city ? { place: u.city.slice(0, 200) } : {}),
      from: u.from,
      to: u.to,
    };
  }
  return data;
}
