import { z } from "zod";
import type { Api } from "../platform/http/api";
import type { AppContext } from "../platform/http/context";
import { reasonText } from "./allocation/explain";
import { allocationOutput } from "./cli";
import { csvHeader, csvRows } from "./exports";
import { meetingDeps, noStore } from "./http";
import {
  effectivePriority,
  ProgrammeInput,
  ProgrammeSettings,
  priorityFacts,
  RequestInput,
  SlotInput,
  suggestedPriority,
} from "./programme";
import * as service from "./service";
import * as store from "./store";
import { isoInZone } from "./zone";

/** The programme's JSON API: the same operations as its pages, for scripts and other tools. */

const VisitParams = z.object({ id: z.string().uuid("Not a visit id") });
const SlotParams = VisitParams.extend({ slotId: z.string().uuid("Not a slot id") });
const RequestParams = VisitParams.extend({ requestId: z.string().uuid("Not a request id") });
const LinkParams = z.object({ token: z.string().min(20, "Not a request link").max(100) });
const Ok = z.object({ ok: z.literal(true) });
const ok = { ok: true as const };
const TAG = "Meetings";

const Programme = z.object({
  id: z.string(),
  visitId: z.string(),
  title: z.string(),
  coalitionId: z.string().nullable(),
  organisationId: z.string().nullable(),
  timeZone: z.string(),
  maxMeetingsPerRequest: z.number().int(),
  linkOpen: z.boolean(),
  revision: z.number().int().describe("Bumped by every change the allocation reads"),
  runState: z.enum(["idle", "running", "failed"]),
  runError: z.string().nullable(),
  allocationCurrent: z.boolean().describe("The last allocation was computed from the programme as it is now"),
  publishedAt: z.string().nullable(),
});

const programmeToApi = (p: store.ProgrammeRow): z.infer<typeof Programme> => ({
  id: p.id,
  visitId: p.visitId,
  title: p.title,
  coalitionId: p.coalitionId,
  organisationId: p.ownerOrgId,
  timeZone: p.timeZone,
  maxMeetingsPerRequest: p.maxMeetingsPerRequest,
  linkOpen: p.linkOpen,
  revision: p.revision,
  runState: p.runState,
  runError: p.runError,
  allocationCurrent: p.result?.revision === p.revision,
  publishedAt: p.publishedAt?.toISOString() ?? null,
});

const Slot = z.object({
  id: z.string(),
  start: z.string().describe("ISO 8601 in the slot's own time zone"),
  end: z.string(),
  timeZone: z.string(),
  city: z.string(),
  place: z.string().nullable(),
  capacity: z.number().int(),
  theme: z.string().nullable(),
  private: z.boolean(),
});

const slotToApi = (s: store.SlotRow): z.infer<typeof Slot> => ({
  id: s.id,
  start: isoInZone(s.startsAt.getTime(), s.timeZone),
  end: isoInZone(s.endsAt.getTime(), s.timeZone),
  timeZone: s.timeZone,
  city: s.city,
  place: s.place,
  capacity: s.capacity,
  theme: s.theme,
  private: s.private,
});

const Request = z.object({
  id: z.string(),
  organisation: z.string(),
  organisationId: z.string().nullable(),
  status: z.enum(["active", "withdrawn"]),
  contact: z.object({ name: z.string(), email: z.string(), phone: z.string().nullable() }),
  themes: z.array(z.string()),
  cities: z.array(z.string()),
  available: z.array(z.object({ start: z.string(), end: z.string() })),
  people: z.number().int(),
  interpretation: z.string().nullable(),
  accessibility: z.string().nullable(),
  needsPrivate: z.boolean(),
  privateReason: z.string().nullable(),
  priorityFacts: z.array(z.string()),
  otherFacts: z.string().nullable(),
  priority: z.number().int().nullable().describe("Set by the coordinator"),
  suggestedPriority: z.number().int().describe("From the priority facts, until the coordinator sets one"),
  effectivePriority: z.number().int(),
  shareName: z.boolean(),
  createdAt: z.string(),
});

const requestToApi = (r: service.RequestView): z.infer<typeof Request> => ({
  id: r.id,
  organisation: r.organisation,
  organisationId: r.orgId,
  status: r.status,
  contact: {
    name: r.confidentialOpen.contactName,
    email: r.confidentialOpen.contactEmail,
    phone: r.confidentialOpen.contactPhone,
  },
  themes: r.themes,
  cities: r.cities,
  available: r.available,
  people: r.people,
  interpretation: r.confidentialOpen.interpretation,
  accessibility: r.confidentialOpen.accessibility,
  needsPrivate: r.needsPrivate,
  privateReason: r.confidentialOpen.privateReason,
  priorityFacts: r.priorityFacts,
  otherFacts: r.confidentialOpen.otherFacts,
  priority: r.priority,
  suggestedPriority: suggestedPriority(r.priorityFacts),
  effectivePriority: effectivePriority(r),
  shareName: r.shareName,
  createdAt: r.createdAt.toISOString(),
});

const Placement = z.object({ request: z.string(), slot: z.string() });
const AllocationResult = z.object({
  assignments: z.array(Placement),
  unassigned: z.array(
    z
      .object({ request: z.string(), reason: z.string(), reasonCode: z.string() })
      .describe("Why, in the reader's language"),
  ),
  pinIssues: z.array(
    z.object({ request: z.string(), slot: z.string(), reason: z.string(), reasonCode: z.string() }),
  ),
  heard: z.number().int(),
  priorityHeard: z.number().int(),
  meetings: z.number().int(),
  optimal: z.boolean(),
  revision: z.number().int(),
  ranAt: z.string(),
  seconds: z.number(),
  current: z.boolean().describe("Computed from the programme as it is now"),
});

function runToApi(c: AppContext, run: NonNullable<store.ProgrammeRow["result"]>, revision: number) {
  return {
    ...allocationOutput(run.allocation, c.get("i18n").t),
    revision: run.revision,
    ranAt: run.ranAt,
    seconds: run.seconds,
    current: run.revision === revision,
  };
}

const MeetingOut = z.object({
  slot: z.string(),
  start: z.string(),
  end: z.string(),
  timeZone: z.string(),
  city: z.string(),
  place: z.string().nullable(),
  theme: z.string().nullable(),
  private: z.boolean(),
  coParticipants: z.array(z.string()).describe("Other organisations of the meeting that agreed to be named"),
  otherParticipants: z.number().int().describe("How many other organisations did not agree to be named"),
});

const actor = (c: AppContext) => c.get("auth").actor;

export function meetingsApi(api: Api) {
  api.add({
    method: "post",
    path: "/visits/{id}/programme",
    operationId: "createProgramme",
    summary:
      "Start the civil-society programme of a visit (a coalition's coordinator, or an organisation's admin)",
    tag: TAG,
    auth: "session",
    status: 201,
    params: VisitParams,
    body: ProgrammeInput,
    response: Programme,
    errors: {
      403: "You do not run this coalition or organisation",
      404: "No such visit",
      409: "The visit already has a programme",
    },
    handler: async ({ params, body }, c) =>
      programmeToApi(await service.createProgramme(meetingDeps(c), actor(c), params.id, body)),
  });

  api.add({
    method: "get",
    path: "/visits/{id}/programme",
    operationId: "getProgramme",
    summary: "The programme of a visit (its coordinators)",
    tag: TAG,
    auth: "session",
    params: VisitParams,
    response: Programme,
    errors: { 404: "No programme, or not one you coordinate" },
    handler: async ({ params }, c) => {
      noStore(c);
      return programmeToApi(
        await service.coordinated(meetingDeps(c), actor(c), params.id, "programme.viewRequests"),
      );
    },
  });

  api.add({
    method: "patch",
    path: "/visits/{id}/programme",
    operationId: "changeProgramme",
    summary: "Change the programme's title, time zone or the number of meetings a request may get",
    tag: TAG,
    auth: "session",
    params: VisitParams,
    body: ProgrammeSettings,
    response: Ok,
    errors: { 404: "No programme, or not one you coordinate" },
    handler: async ({ params, body }, c) => {
      await service.changeSettings(meetingDeps(c), actor(c), params.id, body);
      return ok;
    },
  });

  api.add({
    method: "post",
    path: "/visits/{id}/programme/link",
    operationId: "openRequestLink",
    summary: "A new request link for organisations (any older link stops working); shown this once",
    tag: TAG,
    auth: "session",
    params: VisitParams,
    response: z.object({ url: z.string(), token: z.string() }),
    errors: { 404: "No programme, or not one you coordinate" },
    handler: async ({ params }, c) => {
      noStore(c);
      const token = await service.openRequestLink(meetingDeps(c), actor(c), params.id);
      return { url: service.linkUrl(c.get("deps").config.baseUrl, token), token };
    },
  });

  api.add({
    method: "delete",
    path: "/visits/{id}/programme/link",
    operationId: "closeRequestLink",
    summary: "Close the request link: no more requests are taken",
    tag: TAG,
    auth: "session",
    params: VisitParams,
    response: Ok,
    errors: { 404: "No programme, or not one you coordinate" },
    handler: async ({ params }, c) => {
      await service.closeRequestLink(meetingDeps(c), actor(c), params.id);
      return ok;
    },
  });

  api.add({
    method: "get",
    path: "/visits/{id}/programme/slots",
    operationId: "listSlots",
    summary: "The programme's meeting slots, in time order",
    tag: TAG,
    auth: "session",
    params: VisitParams,
    response: z.object({ items: z.array(Slot), total: z.number().int() }),
    errors: { 404: "No programme, or not one you coordinate" },
    handler: async ({ params }, c) => {
      noStore(c);
      const p = await service.coordinated(meetingDeps(c), actor(c), params.id, "programme.editSlots");
      const items = (await store.listSlots(c.get("deps").db, p.id)).map(slotToApi);
      return { items, total: items.length };
    },
  });

  api.add({
    method: "post",
    path: "/visits/{id}/programme/slots",
    operationId: "addSlot",
    summary: "Add a meeting slot",
    tag: TAG,
    auth: "session",
    status: 201,
    params: VisitParams,
    body: SlotInput,
    response: Slot,
    errors: { 404: "No programme, or not one you coordinate" },
    handler: async ({ params, body }, c) =>
      slotToApi(await service.addSlot(meetingDeps(c), actor(c), params.id, body)),
  });

  api.add({
    method: "put",
    path: "/visits/{id}/programme/slots/{slotId}",
    operationId: "changeSlot",
    summary: "Change a meeting slot",
    tag: TAG,
    auth: "session",
    params: SlotParams,
    body: SlotInput,
    response: Slot,
    errors: { 404: "No such slot", 409: "Organisations were told they meet in it" },
    handler: async ({ params, body }, c) =>
      slotToApi(await service.changeSlot(meetingDeps(c), actor(c), params.id, params.slotId, body)),
  });

  api.add({
    method: "delete",
    path: "/visits/{id}/programme/slots/{slotId}",
    operationId: "removeSlot",
    summary: "Remove a meeting slot",
    tag: TAG,
    auth: "session",
    params: SlotParams,
    response: Ok,
    errors: { 404: "No such slot", 409: "Organisations were told they meet in it" },
    handler: async ({ params }, c) => {
      await service.removeSlot(meetingDeps(c), actor(c), params.id, params.slotId);
      return ok;
    },
  });

  api.add({
    method: "get",
    path: "/programme-links/{token}",
    operationId: "getRequestLink",
    summary: "What the request form of a programme link asks about: the visit, its cities, themes and days",
    tag: TAG,
    params: LinkParams,
    response: z.object({
      visit: z.string(),
      title: z.string(),
      timeZone: z.string(),
      cities: z.array(z.string()),
      themes: z.array(z.string()),
      priorityFacts: z.array(z.string()),
    }),
    errors: { 404: "No such link", 410: "The link was closed" },
    handler: async ({ params }, c) => {
      const { programme, visit, slots } = await service.programmeOfLink(meetingDeps(c), params.token);
      const { t, locale } = c.get("i18n");
      return {
        visit: service.visitTitle(t, locale, visit),
        title: programme.title,
        timeZone: programme.timeZone,
        cities: [...new Set(slots.map((s) => s.city))].sort(),
        themes: [...new Set(slots.flatMap((s) => (s.theme ? [s.theme] : [])))].sort(),
        priorityFacts: [...priorityFacts],
      };
    },
  });

  api.add({
    method: "post",
    path: "/programme-links/{token}/requests",
    operationId: "submitMeetingRequest",
    summary: "Send a meeting request through the programme's link (no account needed)",
    tag: TAG,
    status: 201,
    params: LinkParams,
    body: RequestInput,
    response: z.object({ id: z.string() }),
    errors: {
      403: "organisationId is not one of your organisations",
      404: "No such link",
      410: "The link was closed",
    },
    handler: async ({ params, body }, c) => {
      const r = await service.submitRequest(
        meetingDeps(c),
        actor(c),
        params.token,
        body,
        c.get("i18n").locale,
      );
      return { id: r.id };
    },
  });

  api.add({
    method: "get",
    path: "/visits/{id}/programme/requests",
    operationId: "listMeetingRequests",
    summary: "Every meeting request, with its confidential fields (the programme's coordinators only)",
    tag: TAG,
    auth: "session",
    params: VisitParams,
    response: z.object({ items: z.array(Request), total: z.number().int() }),
    errors: { 404: "No programme, or not one you coordinate" },
    handler: async ({ params }, c) => {
      noStore(c);
      const items = (await service.programmeRequests(meetingDeps(c), actor(c), params.id)).map(requestToApi);
      return { items, total: items.length };
    },
  });

  api.add({
    method: "patch",
    path: "/visits/{id}/programme/requests/{requestId}",
    operationId: "setMeetingRequestPriority",
    summary: "Set a request's priority (0–3), or null to go back to the one its facts suggest",
    tag: TAG,
    auth: "session",
    params: RequestParams,
    body: z.object({ priority: z.number().int().min(0).max(3).nullable() }),
    response: Ok,
    errors: { 404: "No such request" },
    handler: async ({ params, body }, c) => {
      await service.setRequestPriority(meetingDeps(c), actor(c), params.id, params.requestId, body.priority);
      return ok;
    },
  });

  api.add({
    method: "post",
    path: "/visits/{id}/programme/requests/{requestId}/withdraw",
    operationId: "withdrawMeetingRequest",
    summary:
      "Withdraw a request; once published, its places go to the waitlist and those placed are e-mailed",
    tag: TAG,
    auth: "session",
    params: RequestParams,
    response: z.object({ filled: z.array(Placement) }),
    errors: { 404: "No such request" },
    handler: async ({ params }, c) =>
      service.withdrawAsCoordinator(meetingDeps(c), actor(c), params.id, params.requestId),
  });

  api.add({
    method: "get",
    path: "/visits/{id}/programme/placements",
    operationId: "listPlacements",
    summary: "The coordinator's pins and forbidden placements",
    tag: TAG,
    auth: "session",
    params: VisitParams,
    response: z.object({ items: z.array(Placement.extend({ kind: z.enum(["pin", "forbid"]) })) }),
    errors: { 404: "No programme, or not one you coordinate" },
    handler: async ({ params }, c) => {
      const p = await service.coordinated(meetingDeps(c), actor(c), params.id, "programme.runAllocation");
      const items = (await store.listPlacements(c.get("deps").db, p.id)).map((x) => ({
        request: x.requestId,
        slot: x.slotId,
        kind: x.kind,
      }));
      return { items };
    },
  });

  api.add({
    method: "put",
    path: "/visits/{id}/programme/placements",
    operationId: "setPlacement",
    summary: "Pin a request to a slot, forbid it there, or (none) leave it to the allocation",
    tag: TAG,
    auth: "session",
    params: VisitParams,
    body: z.object({
      request: z.string().uuid("Not a request id"),
      slot: z.string().uuid("Not a slot id"),
      kind: z.enum(["pin", "forbid", "none"]),
    }),
    response: Ok,
    errors: {
      404: "No programme, or not one you coordinate",
      422: "The request or slot is not in this programme",
    },
    handler: async ({ params, body }, c) => {
      await service.setPlacement(meetingDeps(c), actor(c), params.id, body);
      return ok;
    },
  });

  api.add({
    method: "post",
    path: "/visits/{id}/programme/allocate",
    operationId: "allocateMeetings",
    summary:
      "Allocate the slots to the requests (optimal, explained, deterministic), keeping pins; answers when done",
    tag: TAG,
    auth: "session",
    params: VisitParams,
    response: AllocationResult,
    errors: { 404: "No programme, or not one you coordinate", 409: "An allocation is already running" },
    handler: async ({ params }, c) => {
      noStore(c);
      const run = await service.runAllocation(meetingDeps(c), actor(c), params.id);
      return runToApi(c, run, run.revision);
    },
  });

  api.add({
    method: "get",
    path: "/visits/{id}/programme/allocation",
    operationId: "getAllocation",
    summary: "The last allocation, with each unplaced request's reason and the pins that could not hold",
    tag: TAG,
    auth: "session",
    params: VisitParams,
    response: z.object({
      runState: z.enum(["idle", "running", "failed"]),
      runError: z.string().nullable(),
      result: AllocationResult.nullable(),
    }),
    errors: { 404: "No programme, or not one you coordinate" },
    handler: async ({ params }, c) => {
      noStore(c);
      const p = await service.coordinated(meetingDeps(c), actor(c), params.id, "programme.runAllocation");
      return {
        runState: p.runState,
        runError: p.runError,
        result: p.result ? runToApi(c, p.result, p.revision) : null,
      };
    },
  });

  api.add({
    method: "post",
    path: "/visits/{id}/programme/publish",
    operationId: "publishProgramme",
    summary:
      "Publish the last allocation: each organisation is e-mailed its own meetings, with a calendar link",
    tag: TAG,
    auth: "session",
    params: VisitParams,
    response: z.object({ meetings: z.number().int(), mailed: z.number().int() }),
    errors: {
      404: "No programme, or not one you coordinate",
      409: "No allocation yet, or it is out of date",
    },
    handler: async ({ params }, c) => service.publish(meetingDeps(c), actor(c), params.id),
  });

  api.add({
    method: "get",
    path: "/me/meetings",
    operationId: "myMeetings",
    summary: "The meeting requests of your organisations and, once published, their meetings",
    tag: TAG,
    auth: "session",
    response: z.object({
      items: z.array(
        z.object({
          request: z.string(),
          organisation: z.string(),
          status: z.enum(["active", "withdrawn"]),
          visitId: z.string(),
          visit: z.string(),
          published: z.boolean(),
          meetings: z.array(MeetingOut),
          reason: z.string().nullable().describe("Why the request has no meeting, once published"),
        }),
      ),
    }),
    handler: async (_i, c) => {
      noStore(c);
      const { t, locale } = c.get("i18n");
      const views = await service.myMeetings(meetingDeps(c), actor(c), locale);
      return {
        items: views.map((v) => ({
          request: v.request.id,
          organisation: v.request.organisation,
          status: v.request.status,
          visitId: v.programme.visitId,
          visit: service.visitTitle(t, locale, v.visit),
          published: v.published,
          meetings: v.meetings.map(({ slot, line }) => ({
            slot: slot.id,
            start: isoInZone(slot.startsAt.getTime(), slot.timeZone),
            end: isoInZone(slot.endsAt.getTime(), slot.timeZone),
            timeZone: slot.timeZone,
            city: slot.city,
            place: slot.place,
            theme: slot.theme,
            private: slot.private,
            coParticipants: line.names,
            otherParticipants: line.unnamed,
          })),
          reason: v.reason ? reasonText(t, v.reason) : null,
        })),
      };
    },
  });

  api.add({
    method: "get",
    path: "/visits/{id}/programme/export",
    operationId: "exportProgramme",
    summary: "The programme for the OHCHR desk officer, as rows (the DOCX, PDF and CSV files are linked)",
    tag: TAG,
    auth: "session",
    params: VisitParams,
    query: z.object({
      contacts: z.enum(["0", "1"]).default("0").describe("1: include each organisation's contact person"),
    }),
    response: z.object({
      draft: z.boolean().describe("Not yet published: the latest allocation"),
      files: z.object({ docx: z.string(), pdf: z.string(), csv: z.string() }),
      header: z.array(z.string()),
      rows: z.array(z.array(z.union([z.string(), z.number(), z.boolean(), z.null()]))),
    }),
    errors: { 404: "No programme, or not one you coordinate" },
    handler: async ({ params, query }, c) => {
      noStore(c);
      const withContacts = query.contacts === "1";
      const { sheet, draft } = await service.exportSheet(meetingDeps(c), actor(c), params.id, withContacts);
      const base = `${c.get("deps").config.baseUrl}/visits/${params.id}/programme/export`;
      const q = withContacts ? "?contacts=1" : "";
      return {
        draft,
        files: { docx: `${base}.docx${q}`, pdf: `${base}.pdf${q}`, csv: `${base}.csv${q}` },
        header: csvHeader(withContacts),
        rows: csvRows(sheet, withContacts) as (string | number | boolean | null)[][],
      };
    },
  });
}
