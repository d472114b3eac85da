import type { DocumentBlock, DocumentModel } from "../platform/documents/model";
import type { Translate } from "../platform/i18n";
import type { Placement } from "./allocation/instance";
import { dayName, slotTimes } from "./format";
import { type RequestConfidential, type SlotFacts, slotDate } from "./programme";

/**
 * The programme as the OHCHR desk officer and the coordinator's printouts need it: day by day,
 * slot by slot, who comes, how many, and what they need. Contact details only when asked for; the
 * reason a request needs a private meeting never leaves Visitdesk.
 */

export interface SheetParticipant {
  organisation: string;
  people: number;
  interpretation: string | null;
  accessibility: string | null;
  contact: { name: string; email: string; phone: string | null } | null;
}

export interface SheetSlot {
  slot: SlotFacts;
  participants: SheetParticipant[];
}

export interface ProgrammeSheet {
  days: { date: string; slots: SheetSlot[] }[];
  requests: number;
  heard: number;
}

export interface SheetRequest {
  id: string;
  organisation: string;
  people: number;
  status: "active" | "withdrawn";
  confidential: RequestConfidential;
}

export function programmeSheet(
  slots: readonly SlotFacts[],
  requests: readonly SheetRequest[],
  assignments: readonly Placement[],
  opts: { contacts: boolean },
): ProgrammeSheet {
  const byId = new Map(requests.filter((r) => r.status === "active").map((r) => [r.id, r]));
  const bySlot = new Map<string, SheetParticipant[]>();
  const heard = new Set<string>();
  for (const a of assignments) {
    const r = byId.get(a.request);
    if (!r) continue;
    heard.add(r.id);
    bySlot.set(a.slot, [
      ...(bySlot.get(a.slot) ?? []),
      {
        organisation: r.organisation,
        people: r.people,
        interpretation: r.confidential.interpretation,
        accessibility: r.confidential.accessibility,
        contact: opts.contacts
          ? {
              name: r.confidential.contactName,
              email: r.confidential.contactEmail,
              phone: r.confidential.contactPhone,
            }
          : null,
      },
    ]);
  }
  const days = new Map<string, SheetSlot[]>();
  const ordered = [...slots].sort(
    (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.city.localeCompare(b.city),
  );
  for (const slot of ordered) {
    const date = slotDate(slot);
    const participants = (bySlot.get(slot.id) ?? []).sort((a, b) =>
      a.organisation.localeCompare(b.organisation),
    );
    days.set(date, [...(days.get(date) ?? []), { slot, participants }]);
  }
  return {
    days: [...days].map(([date, s]) => ({ date, slots: s })),
    requests: byId.size,
    heard: heard.size,
  };
}

/** "Centre X (3 people)" per line. */
const who = (t: Translate, ps: readonly SheetParticipant[]) =>
  ps.length
    ? ps.map((p) => `${p.organisation} (${t("meetings.people", { count: p.people })})`).join("\n")
    : "—";

const needs = (t: Translate, ps: readonly SheetParticipant[]) =>
  ps
    .flatMap((p) => [
      p.interpretation
        ? `${p.organisation}: ${t("meetings.field.interpretation")}: ${p.interpretation}`
        : null,
      p.accessibility ? `${p.organisation}: ${t("meetings.field.accessibility")}: ${p.accessibility}` : null,
    ])
    .filter(Boolean)
    .join("\n");

const contacts = (ps: readonly SheetParticipant[]) =>
  ps
    .flatMap((p) =>
      p.contact
        ? [`${p.contact.name} <${p.contact.email}>${p.contact.phone ? ` ${p.contact.phone}` : ""}`]
        : [],
    )
    .join("\n");

const theme = (t: Translate, s: SlotFacts) =>
  [s.theme, s.private ? t("meetings.slot.private") : null].filter(Boolean).join(" · ") || "—";

export interface DocumentFacts {
  title: string;
  visit: string;
  coordinator: string;
  /** Not yet published: the coordinator's latest allocation. */
  draft: boolean;
  generatedOn: string;
  locale: string;
  withContacts: boolean;
}

/** The programme as a document (DOCX and PDF render the same model). */
export function programmeDocument(t: Translate, sheet: ProgrammeSheet, f: DocumentFacts): DocumentModel {
  const header = [
    t("meetings.field.time"),
    t("meetings.field.city"),
    t("meetings.field.place"),
    t("meetings.field.theme"),
    t("meetings.export.organisations"),
    t("meetings.export.needs"),
    ...(f.withContacts ? [t("meetings.export.contacts")] : []),
  ];
  const blocks: DocumentBlock[] = [];
  for (const day of sheet.days) {
    blocks.push({ kind: "heading", level: 1, text: dayName(f.locale, day.date) });
    blocks.push({
      kind: "table",
      header,
      widths: f.withContacts ? [9, 9, 13, 11, 22, 18, 18] : [10, 10, 15, 13, 27, 25],
      rows: day.slots.map(({ slot, participants }) => [
        `${slotTimes(slot)}\n${slot.timeZone}`,
        slot.city,
        slot.place ?? "—",
        theme(t, slot),
        who(t, participants),
        needs(t, participants) || "—",
        ...(f.withContacts ? [contacts(participants) || "—"] : []),
      ]),
    });
  }
  if (!sheet.days.length) blocks.push({ kind: "paragraph", text: t("meetings.slots.none") });
  blocks.push({ kind: "heading", level: 2, text: t("meetings.export.summary") });
  blocks.push({
    kind: "list",
    items: [
      t("meetings.export.heard", { heard: sheet.heard, count: sheet.requests }),
      t(f.withContacts ? "meetings.export.withContacts" : "meetings.export.withoutContacts"),
    ],
  });
  return {
    title: f.title,
    subtitle: f.visit,
    meta: [
      t("meetings.export.coordinator", { name: f.coordinator }),
      t(f.draft ? "meetings.export.draft" : "meetings.export.published"),
      t("meetings.export.generated", { date: f.generatedOn }),
    ],
    language: f.locale,
    blocks,
    footer: `${f.title} · ${f.visit}`,
    author: f.coordinator,
  };
}

export const csvHeader = (withContacts: boolean) => [
  "date",
  "start",
  "end",
  "time_zone",
  "city",
  "place",
  "theme",
  "private",
  "capacity",
  "organisation",
  "people",
  "interpretation",
  "accessibility",
  ...(withContacts ? ["contact_name", "contact_email", "contact_phone"] : []),
];

/** One row per organisation per slot (an empty slot gets one row with no organisation). */
export function csvRows(sheet: ProgrammeSheet, withContacts: boolean): unknown[][] {
  return sheet.days.flatMap((day) =>
    day.slots.flatMap(({ slot, participants }) => {
      const [start, end] = slotTimes(slot).split("–");
      const base = [
        day.date,
        start,
        end,
        slot.timeZone,
        slot.city,
        slot.place,
        slot.theme,
        slot.private,
        slot.capacity,
      ];
      const list: (SheetParticipant | null)[] = participants.length ? participants : [null];
      return list.map((p) => [
        ...base,
        p?.organisation ?? "",
        p?.people ?? "",
        p?.interpretation ?? "",
        p?.accessibility ?? "",
        ...(withContacts ? [p?.contact?.name ?? "", p?.contact?.email ?? "", p?.contact?.phone ?? ""] : []),
      ]);
    }),
  );
}
