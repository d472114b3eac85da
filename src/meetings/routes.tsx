import { inArray } from "drizzle-orm";
import type { Hono } from "hono";
import type { z } from "zod";
import { coalitions, organisations } from "../accounts/schema";
import { toCsv } from "../platform/csv";
import { renderDocx } from "../platform/documents/docx";
import { renderPdf } from "../platform/documents/pdf";
import type { AppContext, AppEnv } from "../platform/http/context";
import { AppError } from "../platform/http/errors";
import type { FormProblem } from "../platform/http/fields";
import { see, signInFirst } from "../platform/http/forms";
import { page } from "../platform/http/render";
import type { MessageKey } from "../platform/i18n";
import { reasonText } from "./allocation/explain";
import { DayPlanDocument, printCss } from "./dayplan";
import { csvHeader, csvRows, programmeDocument } from "./exports";
import { meetingDeps, noStore } from "./http";
import {
  dayPlans,
  formDays,
  formWindows,
  ProgrammeInput,
  ProgrammeSettings,
  RequestInput,
  SlotInput,
} from "./programme";
import * as service from "./service";
import * as store from "./store";
import {
  AllocationPage,
  CreateProgrammePage,
  MyMeetingsPage,
  OverviewPage,
  type OwnRequest,
  ParticipantPage,
  RequestFormPage,
  RequestPage,
  RequestSentPage,
  RequestsPage,
  type Runner,
  SlotsPage,
} from "./views";
import { fromZoned, isoInZone, timeZones } from "./zone";

/** The programme's pages: the coordinator's, the request form behind the link, and the participants'. */

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const P = `/visits/:id{${UUID}}/programme`;
const TOKEN = "[A-Za-z0-9_-]{20,100}";

const done: Record<string, MessageKey> = {
  created: "meetings.done.created",
  settings: "meetings.done.settings",
  linkClosed: "meetings.done.linkClosed",
  slotAdded: "meetings.done.slotAdded",
  slotDeleted: "meetings.done.slotDeleted",
  priority: "meetings.done.priority",
  withdrawn: "meetings.done.withdrawn",
  placement: "meetings.done.placement",
  published: "meetings.done.published",
  started: "meetings.done.started",
};

const doneMessage = (c: AppContext) => {
  const key = done[c.req.query("done") ?? ""];
  return key ? c.get("i18n").t(key) : undefined;
};

const visitIdOf = (c: AppContext) => c.req.param("id") ?? "";
const actorOf = (c: AppContext) => c.get("auth").actor;
const csrfOf = (c: AppContext) => c.get("auth").csrf;

/** The first problem of a failed validation, on the form field it names (`fields` maps paths to fields). */
function zodProblem(form: string, error: z.ZodError, fields: Record<string, string> = {}): FormProblem {
  const issue = error.issues[0];
  const path = issue?.path.join(".") ?? "";
  return {
    form,
    message: issue?.message ?? "",
    field: fields[path] ?? fields[String(issue?.path[0])] ?? String(issue?.path[0] ?? ""),
  };
}

function appProblem(form: string, err: unknown): FormProblem {
  if (!(err instanceof AppError) || err.status === 404 || err.status === 401) throw err;
  const details = Array.isArray(err.details) ? (err.details as { path?: unknown }[]) : [];
  return {
    form,
    message: err.message,
    field: typeof details[0]?.path === "string" ? details[0].path : undefined,
  };
}

/** All the fields of a posted form: single ones as strings, repeated ones (checkboxes) as lists. */
async function postedForm(c: AppContext) {
  const body = await c.req.parseBody({ all: true });
  const all = (name: string) =>
    ([] as unknown[]).concat(body[name] ?? []).filter((v): v is string => typeof v === "string");
  const one = (name: string) => all(name).at(-1)?.trim() ?? "";
  /** The ticked boxes of a name (a box sends nothing when unticked; blanks are dropped). */
  const list = (name: string) =>
    all(name)
      .map((v) => v.trim())
      .filter(Boolean);
  return { one, list };
}

const commaList = (s: string) =>
  s
    .split(/[,;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

async function runnersOf(c: AppContext): Promise<Runner[]> {
  const actor = actorOf(c);
  const db = c.get("deps").db;
  const coalitionIds = [...actor.coordinates];
  const orgIds = [...actor.orgs].filter(([, role]) => role === "admin").map(([id]) => id);
  const [cs, os] = await Promise.all([
    coalitionIds.length ? db.select().from(coalitions).where(inArray(coalitions.id, coalitionIds)) : [],
    orgIds.length ? db.select().from(organisations).where(inArray(organisations.id, orgIds)) : [],
  ]);
  return [
    ...cs.map((x) => ({ kind: "coalition" as const, id: x.id, name: x.name })),
    ...os.map((x) => ({ kind: "organisation" as const, id: x.id, name: x.name })),
  ].sort((a, b) => a.name.localeCompare(b.name));
}

async function visitTitleOf(c: AppContext, visitId: string) {
  const { t, locale } = c.get("i18n");
  return service.visitTitle(t, locale, await service.visitOf(meetingDeps(c), visitId));
}

export function meetingsPages(app: Hono<AppEnv>) {
  app.get("/meetings/print.css", (c) =>
    c.body(printCss, 200, {
      "Content-Type": "text/css; charset=utf-8",
      "Cache-Control": "public, max-age=3600",
    }),
  );

  // Starting a programme, and its overview

  async function createForm(
    c: AppContext,
    values: Record<string, string | undefined>,
    problem?: FormProblem,
  ) {
    const visitId = visitIdOf(c);
    const i18n = c.get("i18n");
    noStore(c);
    return page(
      c,
      { title: i18n.t("meetings.create.title") },
      <CreateProgrammePage
        i18n={i18n}
        csrf={csrfOf(c)}
        visitId={visitId}
        visit={await visitTitleOf(c, visitId)}
        runners={await runnersOf(c)}
        timeZones={timeZones()}
        values={values}
        problem={problem}
      />,
      problem ? 422 : 200,
    );
  }

  async function overview(
    c: AppContext,
    opts: {
      newLink?: string;
      problem?: FormProblem;
      values?: Record<string, string | undefined>;
      status?: 200 | 409 | 422;
    } = {},
  ) {
    const visitId = visitIdOf(c);
    const deps = meetingDeps(c);
    const p = await service.coordinated(deps, actorOf(c), visitId, "programme.viewRequests");
    const [slots, requests, meetings, runner, visit] = await Promise.all([
      store.listSlots(deps.db, p.id),
      store.listRequests(deps.db, p.id),
      store.publishedMeetings(deps.db, p.id),
      service.runnerName(deps.db, p),
      visitTitleOf(c, visitId),
    ]);
    const i18n = c.get("i18n");
    noStore(c);
    return page(
      c,
      { title: p.title },
      <OverviewPage
        i18n={i18n}
        csrf={csrfOf(c)}
        visitId={visitId}
        visit={visit}
        programme={p}
        running={service.runInProgress(deps, p)}
        runner={runner}
        counts={{
          slots: slots.length,
          requests: requests.filter((r) => r.status === "active").length,
          withdrawn: requests.filter((r) => r.status === "withdrawn").length,
          meetings: meetings.length,
        }}
        newLink={opts.newLink}
        days={dayPlans(slots)}
        timeZones={timeZones()}
        done={opts.problem ? undefined : doneMessage(c)}
        problem={opts.problem}
        values={opts.values}
      />,
      opts.status,
    );
  }

  app.get(P, async (c) => {
    const deps = meetingDeps(c);
    if (!c.get("auth").user) return signInFirst(c, c.req.path);
    const visitId = visitIdOf(c);
    await service.visitOf(deps, visitId);
    const existing = await store.programmeOfVisit(deps.db, visitId);
    if (!existing) return createForm(c, {});
    return overview(c);
  });

  app.post(P, async (c) => {
    if (!c.get("auth").user) return signInFirst(c, c.req.path);
    const { one } = await postedForm(c);
    const values = {
      title: one("title"),
      runner: one("runner"),
      timeZone: one("timeZone"),
      maxMeetings: one("maxMeetings"),
    };
    const [kind, id] = values.runner.split(":");
    const parsed = ProgrammeInput.safeParse({
      title: values.title,
      coalition: kind === "coalition" ? id : undefined,
      organisation: kind === "organisation" ? id : undefined,
      timeZone: values.timeZone,
      maxMeetingsPerRequest: Number(values.maxMeetings || "1"),
    });
    if (!parsed.success)
      return createForm(
        c,
        values,
        zodProblem("programme", parsed.error, { coalition: "runner", maxMeetingsPerRequest: "maxMeetings" }),
      );
    try {
      await service.createProgramme(meetingDeps(c), actorOf(c), visitIdOf(c), parsed.data);
    } catch (err) {
      return createForm(c, values, appProblem("programme", err));
    }
    return see(c, `/visits/${visitIdOf(c)}/programme?done=created`);
  });

  app.post(`${P}/settings`, async (c) => {
    if (!c.get("auth").user) return signInFirst(c, c.req.path);
    const { one } = await postedForm(c);
    const values = { title: one("title"), timeZone: one("timeZone"), maxMeetings: one("maxMeetings") };
    const parsed = ProgrammeSettings.safeParse({
      title: values.title,
      timeZone: values.timeZone,
      maxMeetingsPerRequest: Number(values.maxMeetings),
    });
    if (!parsed.success)
      return overview(c, {
        problem: zodProblem("settings", parsed.error, { maxMeetingsPerRequest: "maxMeetings" }),
        values,
        status: 422,
      });
    await service.changeSettings(meetingDeps(c), actorOf(c), visitIdOf(c), parsed.data);
    return see(c, `/visits/${visitIdOf(c)}/programme?done=settings`);
  });

  app.post(`${P}/link`, async (c) => {
    if (!c.get("auth").user) return signInFirst(c, c.req.path);
    const token = await service.openRequestLink(meetingDeps(c), actorOf(c), visitIdOf(c));
    // Shown once, in this answer: only its hash is kept.
    return overview(c, { newLink: service.linkUrl(c.get("deps").config.baseUrl, token) });
  });

  app.post(`${P}/link/close`, async (c) => {
    if (!c.get("auth").user) return signInFirst(c, c.req.path);
    await service.closeRequestLink(meetingDeps(c), actorOf(c), visitIdOf(c));
    return see(c, `/visits/${visitIdOf(c)}/programme?done=linkClosed`);
  });

  // Slots

  async function slotsPage(
    c: AppContext,
    values: Record<string, string | undefined> = {},
    problem?: FormProblem,
    status?: 409 | 422,
  ) {
    const visitId = visitIdOf(c);
    const deps = meetingDeps(c);
    const p = await service.coordinated(deps, actorOf(c), visitId, "programme.editSlots");
    const i18n = c.get("i18n");
    noStore(c);
    return page(
      c,
      { title: `${i18n.t("meetings.slots.title")} · ${p.title}` },
      <SlotsPage
        i18n={i18n}
        csrf={csrfOf(c)}
        visitId={visitId}
        visit={await visitTitleOf(c, visitId)}
        programme={p}
        slots={await store.listSlots(deps.db, p.id)}
        timeZones={timeZones()}
        done={problem ? undefined : doneMessage(c)}
        problem={problem}
        values={values}
      />,
      status,
    );
  }

  app.get(`${P}/slots`, async (c) => {
    if (!c.get("auth").user) return signInFirst(c, c.req.path);
    return slotsPage(c);
  });

  app.post(`${P}/slots`, async (c) => {
    if (!c.get("auth").user) return signInFirst(c, c.req.path);
    const { one } = await postedForm(c);
    const values = Object.fromEntries(
      ["date", "start", "end", "timeZone", "city", "place", "capacity", "theme", "private"].map((n) => [
        n,
        one(n),
      ]),
    );
    const { t } = c.get("i18n");
    const zone = values.timeZone ?? "UTC";
    const when = (time: string) =>
      /^\d{4}-\d{2}-\d{2}$/.test(values.date ?? "") &&
      /^\d{2}:\d{2}$/.test(time) &&
      timeZones().includes(zone)
        ? isoInZone(fromZoned(values.date ?? "", time, zone), zone)
        : "";
    if (!when(values.start ?? "") || !when(values.end ?? ""))
      return slotsPage(
        c,
        values,
        { form: "slot", message: t("meetings.slots.badTime"), field: values.date ? "start" : "date" },
        422,
      );
    const parsed = SlotInput.safeParse({
      start: when(values.start ?? ""),
      end: when(values.end ?? ""),
      timeZone: zone,
      city: values.city,
      place: values.place,
      capacity: Number(values.capacity),
      theme: values.theme,
      private: values.private === "1",
    });
    if (!parsed.success) return slotsPage(c, values, zodProblem("slot", parsed.error), 422);
    await service.addSlot(meetingDeps(c), actorOf(c), visitIdOf(c), parsed.data);
    return see(c, `/visits/${visitIdOf(c)}/programme/slots?done=slotAdded`);
  });

  app.post(`${P}/slots/:slotId{${UUID}}/delete`, async (c) => {
    if (!c.get("auth").user) return signInFirst(c, c.req.path);
    try {
      await service.removeSlot(meetingDeps(c), actorOf(c), visitIdOf(c), c.req.param("slotId"));
    } catch (err) {
      return slotsPage(c, {}, appProblem("slot", err), 409);
    }
    return see(c, `/visits/${visitIdOf(c)}/programme/slots?done=slotDeleted`);
  });

  // Requests

  app.get(`${P}/requests`, async (c) => {
    if (!c.get("auth").user) return signInFirst(c, c.req.path);
    const visitId = visitIdOf(c);
    const p = await service.coordinated(meetingDeps(c), actorOf(c), visitId, "programme.viewRequests");
    const i18n = c.get("i18n");
    noStore(c);
    return page(
      c,
      { title: `${i18n.t("meetings.requests.title")} · ${p.title}` },
      <RequestsPage
        i18n={i18n}
        csrf={csrfOf(c)}
        visitId={visitId}
        visit={await visitTitleOf(c, visitId)}
        requests={await store.listRequests(c.get("deps").db, p.id)}
        done={doneMessage(c)}
      />,
    );
  });

  app.get(`${P}/requests/:rid{${UUID}}`, async (c) => {
    if (!c.get("auth").user) return signInFirst(c, c.req.path);
    const visitId = visitIdOf(c);
    const deps = meetingDeps(c);
    const p = await service.coordinated(deps, actorOf(c), visitId, "programme.viewRequests");
    const r = await store.getRequest(deps.db, p.id, c.req.param("rid"));
    if (!r) throw new AppError(404, "not_found", "This request was not found.");
    const i18n = c.get("i18n");
    noStore(c);
    return page(
      c,
      { title: r.organisation },
      <RequestPage
        i18n={i18n}
        csrf={csrfOf(c)}
        visitId={visitId}
        visit={await visitTitleOf(c, visitId)}
        request={r}
        confidential={store.openConfidential(deps.keyring, r)}
        done={doneMessage(c)}
      />,
    );
  });

  app.post(`${P}/requests/:rid{${UUID}}/priority`, async (c) => {
    if (!c.get("auth").user) return signInFirst(c, c.req.path);
    const { one } = await postedForm(c);
    const raw = one("priority");
    if (raw !== "" && !/^[0-3]$/.test(raw))
      throw new AppError(400, "invalid_request", "Choose a priority from 0 to 3.");
    await service.setRequestPriority(
      meetingDeps(c),
      actorOf(c),
      visitIdOf(c),
      c.req.param("rid"),
      raw === "" ? null : Number(raw),
    );
    return see(c, `/visits/${visitIdOf(c)}/programme/requests?done=priority`);
  });

  app.post(`${P}/requests/:rid{${UUID}}/withdraw`, async (c) => {
    if (!c.get("auth").user) return signInFirst(c, c.req.path);
    await service.withdrawAsCoordinator(meetingDeps(c), actorOf(c), visitIdOf(c), c.req.param("rid"));
    return see(c, `/visits/${visitIdOf(c)}/programme/requests?done=withdrawn`);
  });

  // Allocation and publication

  async function allocationPage(c: AppContext, problem?: FormProblem, status?: 409) {
    const visitId = visitIdOf(c);
    const deps = meetingDeps(c);
    const p = await service.coordinated(deps, actorOf(c), visitId, "programme.runAllocation");
    const [slots, requests, placements] = await Promise.all([
      store.listSlots(deps.db, p.id),
      store.listRequests(deps.db, p.id),
      store.listPlacements(deps.db, p.id),
    ]);
    const i18n = c.get("i18n");
    noStore(c);
    // Without JavaScript, the browser asks again until the run is done.
    const running = service.runInProgress(deps, p);
    if (running) c.header("Refresh", "2");
    return page(
      c,
      { title: `${i18n.t("meetings.allocation.title")} · ${p.title}` },
      <AllocationPage
        i18n={i18n}
        csrf={csrfOf(c)}
        visitId={visitId}
        visit={await visitTitleOf(c, visitId)}
        view={{ programme: p, slots, requests, placements, running }}
        done={problem ? undefined : doneMessage(c)}
        problem={problem}
      />,
      status,
    );
  }

  app.get(`${P}/allocation`, async (c) => {
    if (!c.get("auth").user) return signInFirst(c, c.req.path);
    return allocationPage(c);
  });

  app.post(`${P}/allocate`, async (c) => {
    if (!c.get("auth").user) return signInFirst(c, c.req.path);
    try {
      await service.startAllocation(meetingDeps(c), actorOf(c), visitIdOf(c));
    } catch (err) {
      return allocationPage(c, appProblem("allocation", err), 409);
    }
    return see(c, `/visits/${visitIdOf(c)}/programme/allocation?done=started`);
  });

  app.post(`${P}/placements`, async (c) => {
    if (!c.get("auth").user) return signInFirst(c, c.req.path);
    const { one } = await postedForm(c);
    const kind = one("kind");
    if (kind !== "pin" && kind !== "forbid" && kind !== "none")
      throw new AppError(400, "invalid_request", "Choose to pin, forbid or clear the placement.");
    try {
      await service.setPlacement(meetingDeps(c), actorOf(c), visitIdOf(c), {
        request: one("request"),
        slot: one("slot"),
        kind,
      });
    } catch (err) {
      return allocationPage(c, appProblem("allocation", err), 409);
    }
    return see(c, `/visits/${visitIdOf(c)}/programme/allocation?done=placement`);
  });

  app.post(`${P}/publish`, async (c) => {
    if (!c.get("auth").user) return signInFirst(c, c.req.path);
    try {
      await service.publish(meetingDeps(c), actorOf(c), visitIdOf(c));
    } catch (err) {
      return overview(c, { problem: appProblem("publish", err), status: 409 });
    }
    return see(c, `/visits/${visitIdOf(c)}/programme?done=published`);
  });

  // Exports, day plans, and the instance for the command line

  app.get(`${P}/export`, async (c) => {
    if (!c.get("auth").user) return signInFirst(c, c.req.path);
    await service.coordinated(meetingDeps(c), actorOf(c), visitIdOf(c), "programme.export");
    const format = c.req.query("format");
    if (format !== "docx" && format !== "pdf" && format !== "csv")
      throw new AppError(400, "invalid_request", "Choose DOCX, PDF or CSV.");
    return see(
      c,
      `/visits/${visitIdOf(c)}/programme/export.${format}${c.req.query("contacts") === "1" ? "?contacts=1" : ""}`,
    );
  });

  async function exported(c: AppContext) {
    const contacts = c.req.query("contacts") === "1";
    const data = await service.exportSheet(meetingDeps(c), actorOf(c), visitIdOf(c), contacts);
    const i18n = c.get("i18n");
    const visit = service.visitTitle(i18n.t, i18n.locale, data.visit);
    const model = programmeDocument(i18n.t, data.sheet, {
      title: data.programme.title,
      visit,
      coordinator: data.runner,
      draft: data.draft,
      generatedOn: i18n.formatDate(c.get("deps").clock()),
      locale: i18n.locale,
      withContacts: contacts,
    });
    noStore(c);
    return { ...data, model, contacts };
  }

  const download = (body: Uint8Array | string, type: string, name: string) =>
    new Response(body, {
      headers: {
        "Content-Type": type,
        "Content-Disposition": `attachment; filename="${name}"`,
        "Cache-Control": "private, no-store",
      },
    });

  app.get(`${P}/export.docx`, async (c) => {
    const { model } = await exported(c);
    return download(
      await renderDocx(model),
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "programme.docx",
    );
  });

  app.get(`${P}/export.pdf`, async (c) => {
    const { model } = await exported(c);
    return download(await renderPdf(model), "application/pdf", "programme.pdf");
  });

  app.get(`${P}/export.csv`, async (c) => {
    const { sheet, contacts } = await exported(c);
    return download(
      toCsv(csvHeader(contacts), csvRows(sheet, contacts)),
      "text/csv; charset=utf-8",
      "programme.csv",
    );
  });

  app.get(`${P}/instance.json`, async (c) => {
    const deps = meetingDeps(c);
    const p = await service.coordinated(deps, actorOf(c), visitIdOf(c), "programme.runAllocation");
    return download(
      JSON.stringify(await store.loadInstance(deps.db, p), null, 2),
      "application/json",
      "instance.json",
    );
  });

  app.get(`${P}/day/:date{\\d{4}-\\d{2}-\\d{2}}/:city`, async (c) => {
    if (!c.get("auth").user) return signInFirst(c, c.req.path);
    const { programme, sheet, draft, visit } = await service.exportSheet(
      meetingDeps(c),
      actorOf(c),
      visitIdOf(c),
      false,
    );
    const date = c.req.param("date");
    const city = c.req.param("city");
    const day = sheet.days.find((d) => d.date === date)?.slots.filter((s) => s.slot.city === city) ?? [];
    if (!day.length) throw new AppError(404, "not_found", "There are no slots in this city on this day.");
    const i18n = c.get("i18n");
    noStore(c);
    return c.html(
      <DayPlanDocument
        i18n={i18n}
        title={programme.title}
        visit={service.visitTitle(i18n.t, i18n.locale, visit)}
        date={date}
        city={city}
        slots={day}
        draft={draft}
        back={`/visits/${visitIdOf(c)}/programme`}
      />,
    );
  });

  // The request form behind the link

  async function requestForm(
    c: AppContext,
    token: string,
    values: Record<string, string | undefined>,
    lists: Record<string, string[]>,
    problem?: FormProblem,
  ) {
    const deps = meetingDeps(c);
    const { programme, visit, slots } = await service.programmeOfLink(deps, token);
    const i18n = c.get("i18n");
    const actor = actorOf(c);
    const own = actor.orgs.size
      ? await deps.db
          .select({ id: organisations.id, name: organisations.name })
          .from(organisations)
          .where(inArray(organisations.id, [...actor.orgs.keys()]))
      : [];
    noStore(c);
    return page(
      c,
      { title: i18n.t("meetings.form.title") },
      <RequestFormPage
        i18n={i18n}
        csrf={csrfOf(c)}
        token={token}
        facts={{
          visit: service.visitTitle(i18n.t, i18n.locale, visit),
          title: programme.title,
          timeZone: programme.timeZone,
          cities: [...new Set(slots.map((s) => s.city))].sort(),
          themes: [...new Set(slots.flatMap((s) => (s.theme ? [s.theme] : [])))].sort(),
          days: formDays(slots, { from: visit.visitFrom, to: visit.visitTo }),
          organisations: own,
        }}
        values={values}
        lists={lists}
        problem={problem}
      />,
      problem ? 422 : 200,
    );
  }

  app.get(`/meetings/r/:token{${TOKEN}}`, (c) => requestForm(c, c.req.param("token"), {}, {}));

  app.post(`/meetings/r/:token{${TOKEN}}`, async (c) => {
    const token = c.req.param("token");
    const deps = meetingDeps(c);
    const { programme } = await service.programmeOfLink(deps, token);
    const { one, list } = await postedForm(c);
    const { t } = c.get("i18n");
    const singles = [
      "organisation",
      "organisationId",
      "contactName",
      "contactEmail",
      "contactPhone",
      "people",
      "otherCities",
      "otherThemes",
      "interpretation",
      "accessibility",
      "needsPrivate",
      "privateReason",
      "shareName",
      "otherFacts",
    ];
    const days = list("days");
    const values: Record<string, string> = Object.fromEntries(singles.map((n) => [n, one(n)]));
    for (const d of days) {
      values[`from_${d}`] = one(`from_${d}`);
      values[`to_${d}`] = one(`to_${d}`);
    }
    const lists = {
      cities: list("cities"),
      themes: list("themes"),
      days,
      priorityFacts: list("priorityFacts"),
    };
    const fix = (field: string, label: MessageKey) =>
      requestForm(c, token, values, lists, {
        form: "request",
        message: t("meetings.form.fix", { field: t(label) }),
        field,
      });
    const windows = formWindows(
      days.map((date) => ({ date, ticked: true, from: one(`from_${date}`), to: one(`to_${date}`) })),
      programme.timeZone,
    );
    if (!windows.ok) return fix(`from_${windows.date}`, "meetings.field.available");
    const parsed = RequestInput.safeParse({
      organisation: values.organisation,
      organisationId: values.organisationId || undefined,
      contact: { name: values.contactName, email: values.contactEmail, phone: values.contactPhone },
      themes: [...lists.themes, ...commaList(values.otherThemes ?? "")],
      cities: [...lists.cities, ...commaList(values.otherCities ?? "")],
      available: windows.windows,
      people: Number(values.people),
      interpretation: values.interpretation,
      accessibility: values.accessibility,
      needsPrivate: values.needsPrivate === "1",
      privateReason: values.privateReason,
      priorityFacts: lists.priorityFacts,
      otherFacts: values.otherFacts,
      shareName: values.shareName === "1",
    });
    if (!parsed.success) {
      const [head, sub] = parsed.error.issues[0]?.path ?? [];
      const at: Record<string, [string, MessageKey]> = {
        organisation: ["organisation", "meetings.field.organisation"],
        organisationId: ["organisationId", "meetings.field.account"],
        contact: [
          sub === "email" ? "contactEmail" : sub === "phone" ? "contactPhone" : "contactName",
          sub === "email"
            ? "meetings.field.contactEmail"
            : sub === "phone"
              ? "meetings.field.contactPhone"
              : "meetings.field.contactName",
        ],
        themes: ["otherThemes", "meetings.field.themes"],
        cities: ["otherCities", "meetings.field.cities"],
        available: [`from_${days[0] ?? ""}`, "meetings.field.available"],
        people: ["people", "meetings.field.people"],
        interpretation: ["interpretation", "meetings.field.interpretation"],
        accessibility: ["accessibility", "meetings.field.accessibility"],
        privateReason: ["privateReason", "meetings.field.privateReason"],
        otherFacts: ["otherFacts", "meetings.field.otherFacts"],
      };
      const [field, label] = at[String(head)] ?? ["organisation", "meetings.field.organisation"];
      return fix(field, label);
    }
    try {
      await service.submitRequest(deps, actorOf(c), token, parsed.data, c.get("i18n").locale);
    } catch (err) {
      const problem = appProblem("request", err);
      return requestForm(c, token, values, lists, problem);
    }
    return see(c, `/meetings/r/${token}/sent`);
  });

  app.get(`/meetings/r/:token{${TOKEN}}/sent`, async (c) => {
    const i18n = c.get("i18n");
    const { visit } = await service.programmeOfLink(meetingDeps(c), c.req.param("token"));
    return page(
      c,
      { title: i18n.t("meetings.sent.title") },
      <RequestSentPage i18n={i18n} visit={service.visitTitle(i18n.t, i18n.locale, visit)} />,
    );
  });

  // What participants see

  async function ownRequest(
    c: AppContext,
    view: Awaited<ReturnType<typeof service.participantView>>,
  ): Promise<OwnRequest> {
    const { t, locale } = c.get("i18n");
    return {
      request: view.request,
      visit: service.visitTitle(t, locale, view.visit),
      published: view.published,
      meetings: view.meetings,
      reason: view.reason ? reasonText(t, view.reason) : null,
      confidential: view.confidential,
    };
  }

  app.get(`/meetings/p/:file{[A-Za-z0-9_-]{20,100}\\.ics}`, async (c) => {
    const token = c.req.param("file").slice(0, -4);
    const ics = await service.participantIcs(meetingDeps(c), token);
    return new Response(ics, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": 'attachment; filename="meetings.ics"',
        "Cache-Control": "private, no-store",
      },
    });
  });

  app.get(`/meetings/p/:token{${TOKEN}}`, async (c) => {
    const token = c.req.param("token");
    const deps = meetingDeps(c);
    const r = await service.requestOfParticipantLink(deps, token);
    const view = await service.participantView(deps, r, c.get("i18n").locale);
    const i18n = c.get("i18n");
    noStore(c);
    return page(
      c,
      { title: i18n.t("meetings.own.title", { organisation: r.organisation }) },
      <ParticipantPage
        i18n={i18n}
        csrf={csrfOf(c)}
        token={token}
        own={await ownRequest(c, view)}
        done={doneMessage(c)}
      />,
    );
  });

  app.post(`/meetings/p/:token{${TOKEN}}/withdraw`, async (c) => {
    const token = c.req.param("token");
    await service.withdrawByParticipantLink(meetingDeps(c), token);
    return see(c, `/meetings/p/${token}?done=withdrawn`);
  });

  app.get("/meetings", async (c) => {
    if (!c.get("auth").user) return signInFirst(c, "/meetings");
    const i18n = c.get("i18n");
    const views = await service.myMeetings(meetingDeps(c), actorOf(c), i18n.locale);
    noStore(c);
    return page(
      c,
      { title: i18n.t("meetings.mine.title") },
      <MyMeetingsPage
        i18n={i18n}
        csrf={csrfOf(c)}
        items={await Promise.all(views.map((v) => ownRequest(c, v)))}
        done={doneMessage(c)}
      />,
    );
  });

  app.post(`/meetings/requests/:rid{${UUID}}/withdraw`, async (c) => {
    if (!c.get("auth").user) return signInFirst(c, "/meetings");
    await service.withdrawAsMember(meetingDeps(c), actorOf(c), c.req.param("rid"));
    return see(c, "/meetings?done=withdrawn");
  });
}
