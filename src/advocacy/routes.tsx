import type { Hono } from "hono";
import type { Child } from "hono/jsx";
import { z } from "zod";
import { requireUser } from "../accounts/http";
import { coalitionsOf, getOrg, orgsOf } from "../accounts/organisations";
import { countryName } from "../countries/country";
import { getCountry } from "../countries/store";
import { toCsv } from "../platform/csv";
import type { AppContext, AppEnv } from "../platform/http/context";
import { AppError, badRequest, notFound } from "../platform/http/errors";
import type { FormProblem } from "../platform/http/fields";
import { see } from "../platform/http/forms";
import { paging, parsePageQuery } from "../platform/http/query";
import { page } from "../platform/http/render";
import type { MessageKey } from "../platform/i18n";
import { registryChoices } from "../visits/choices";
import { eventsOf, getVisit, listVisits } from "../visits/store";
import { mandateTitleIn } from "../visits/views";
import { ActionBody, IsoDate, limitSigning, SignBody } from "./inputs";
import { findUnofficial, linkOfficialRequest } from "./invite-store";
import {
  composeStored,
  createLetter,
  findLetter,
  type LetterRow,
  letterByLink,
  listLetters,
  openSignOn,
  ownedLetter,
  renderStored,
  shareLetter,
  updateLetter,
} from "./letter-store";
import { pendingRequests } from "./letters/draft";
import { dataToForm, type FormValues, formToData } from "./letters/form";
import type { FieldIssue, TemplateId } from "./letters/templates";
import { gapBetween } from "./log";
import { listActions, recordAction, visitTimeline } from "./log-store";
import { ActionForm, LogPage, UnofficialInvitePage, VisitAdvocacyPage } from "./log-views";
import { canOnLetter } from "./policy";
import { CheckEmailPage, LinkDonePage, LinkPage, PublicSignPage, SignOnProblemPage } from "./sign-views";
import {
  checkLink,
  isSignOnCode,
  listSignatures,
  moveSignature,
  type SignatureRow,
  signatureCounts,
  signLetter,
  useLink,
} from "./signature-store";
import { deadlineOfDay, signOnState } from "./signon";
import {
  EditLetterPage,
  issueText,
  LetterPage,
  type LetterPageProps,
  LettersPage,
  labelOf,
  NewLetterPage,
  type RegistryFacts,
} from "./views";

const ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const LETTER = `/advocacy/letters/:id{${ID}}`;
const TOKEN = "[A-Za-z0-9_-]{20,100}";

type Status = Parameters<typeof page>[3];

export const today = (c: AppContext) => c.get("deps").clock().toISOString().slice(0, 10);

/** Pages with an organisation's work or someone's secret link: never kept in a shared cache. */
function render(c: AppContext, title: string, body: Child, status?: Status) {
  c.header("Cache-Control", "private, no-store");
  return page(c, { title }, body, status);
}

async function posted(c: AppContext): Promise<FormValues> {
  const body = await c.req.parseBody();
  return Object.fromEntries(
    Object.entries(body).filter((e): e is [string, string] => typeof e[1] === "string"),
  );
}

const signInFirst = (c: AppContext, back: string) => see(c, `/signin?next=${encodeURIComponent(back)}`);

const done: Record<string, MessageKey> = {
  created: "advocacy.done.created",
  saved: "advocacy.done.saved",
  shared: "advocacy.done.shared",
  signOn: "advocacy.done.signOn",
  moved: "advocacy.done.moved",
  recorded: "advocacy.done.recorded",
  linked: "advocacy.done.linked",
};
const doneText = (c: AppContext) => {
  const key = done[c.req.query("done") ?? ""];
  return key ? c.get("i18n").t(key) : undefined;
};

/** A service refusal shown on the form that caused it, naming its first field. */
function problemOf(c: AppContext, form: string, err: AppError, template?: TemplateId): FormProblem {
  const i18n = c.get("i18n");
  const details = Array.isArray(err.details) ? (err.details as FieldIssue[]) : [];
  const field = details[0]?.path;
  const message =
    err.code === "invalid_letter" && template
      ? details.map((d) => `${labelOf(i18n, template, d.path)}: ${issueText(i18n, d)}`).join(" ")
      : err.message;
  return { form, message, field };
}

const isFormError = (err: unknown, statuses = [403, 409, 422]): err is AppError =>
  err instanceof AppError && statuses.includes(err.status);

function signOnProblem(c: AppContext, err: unknown) {
  if (err instanceof AppError && [404, 409, 410].includes(err.status) && isSignOnCode(err.code)) {
    const i18n = c.get("i18n");
    const code = err.code;
    return render(
      c,
      i18n.t(`advocacy.problem.${code}.title` as MessageKey),
      <SignOnProblemPage i18n={i18n} code={code} />,
      err.status as Status,
    );
  }
  throw err;
}

async function registryFacts(
  c: AppContext,
  country: string,
  mandate: string | undefined,
): Promise<RegistryFacts | null> {
  const db = c.get("deps").db;
  const i18n = c.get("i18n");
  const found = await getCountry(db, country);
  if (!found) return null;
  const { items } = await listVisits(db, { country, limit: 200, offset: 0 });
  const logs = await eventsOf(
    db,
    items.map((v) => v.id),
  );
  const byId = new Map(items.map((v) => [v.id, v]));
  const now = today(c);
  const age = (from: string) => {
    const g = gapBetween(from, now);
    return i18n.t("advocacy.new.age", { unit: g.unit, count: g.count });
  };
  const pending = pendingRequests(
    items.map((v) => ({ id: v.id, mandateId: v.mandateId, events: logs.get(v.id) ?? [] })),
    now,
  );
  return {
    countryName: countryName(found, i18n.locale),
    pending: pending.map((p) => ({
      visitId: p.visitId,
      mandate: mandateTitleIn(byId.get(p.visitId) as (typeof items)[number], i18n.locale),
      requestedOn: p.requestedOn,
      age: age(p.requestedOn),
      reminders: p.reminders.length,
    })),
    earlier: items
      .filter((v) => v.mandateId === mandate && !pending.some((p) => p.visitId === v.id))
      .map((v) => ({
        visitId: v.id,
        mandate: mandateTitleIn(v, i18n.locale),
        status: i18n.t(`visit.status.${v.status}` as MessageKey),
        when: i18n.formatDate(v.visitFrom ?? v.requestedOn ?? v.lastEventOn ?? now, "short"),
      })),
  };
}

async function letterPage(
  c: AppContext,
  row: LetterRow,
  extra: Partial<Pick<LetterPageProps, "problem" | "values" | "newLink">> = {},
  status?: Status,
) {
  const { db, files, clock } = c.get("deps");
  const auth = c.get("auth");
  const i18n = c.get("i18n");
  const scope = ownedLetter(row);
  const can = {
    edit: canOnLetter(auth.actor, "letter.edit", scope),
    share: canOnLetter(auth.actor, "letter.share", scope),
    sign: canOnLetter(auth.actor, "letter.sign", scope),
    contacts: canOnLetter(auth.actor, "letter.viewContacts", scope),
  };
  const [org, letter, all, coalitions, choices, mine] = await Promise.all([
    getOrg(db, row.ownerOrgId),
    composeStored(db, files, row, today(c), { logo: false }),
    listSignatures(db, row.id, can.contacts ? c.get("deps").keyring : undefined),
    coalitionsOf(db, auth.actor),
    registryChoices(db, i18n.locale),
    auth.user ? orgsOf(db, auth.user.id) : Promise.resolve([]),
  ]);
  const signatures: SignatureRow[] = can.contacts
    ? all
    : all.filter((s) => s.status === "confirmed" && s.listPublicly);
  const ownOrgs = mine
    .filter((o) => o.org.id === row.ownerOrgId)
    .map((o) => ({ value: o.org.id, label: o.org.name }));
  return render(
    c,
    row.title,
    <LetterPage
      i18n={i18n}
      csrf={auth.csrf}
      row={row}
      orgName={org?.name ?? ""}
      letter={letter}
      logoUrl={org?.logoKey ? `/orgs/${org.slug}/logo` : null}
      can={can}
      signOn={{
        state: signOnState(row.signOnDeadline, clock()),
        deadline: row.signOnDeadline,
        hasLink: row.signOnLinkHash !== null,
      }}
      signatures={signatures}
      coalitions={coalitions.map((k) => ({ value: k.id, label: k.name }))}
      countries={choices.countries}
      done={extra.problem ? undefined : doneText(c)}
      // A partner signs for their own organisation, most often: its name and their address to start with.
      values={
        can.sign && mine[0]
          ? { orgName: mine[0].org.name, country: mine[0].org.countryIso3 ?? "", email: auth.user?.email }
          : undefined
      }
      {...extra}
      after={
        can.edit && (
          <ActionForm
            i18n={i18n}
            csrf={auth.csrf}
            action={`/advocacy/letters/${row.id}/actions`}
            orgs={ownOrgs}
            coalitions={
              row.coalitionId
                ? coalitions
                    .filter((k) => k.id === row.coalitionId)
                    .map((k) => ({ value: k.id, label: k.name }))
                : []
            }
            values={extra.problem?.form === "action" ? extra.values : { kind: "letter_sent", date: today(c) }}
            problem={extra.problem}
          />
        )
      }
    />,
    status,
  );
}

async function editPage(
  c: AppContext,
  row: LetterRow,
  form: { data: Record<string, unknown>; title: string; issues: FieldIssue[] },
) {
  const i18n = c.get("i18n");
  const template = row.template as TemplateId;
  const { values, rows } = dataToForm(template, form.data);
  const choices = await registryChoices(c.get("deps").db, i18n.locale);
  return render(
    c,
    i18n.t("advocacy.edit.title", { template: i18n.t(`advocacy.template.${template}` as MessageKey) }),
    <EditLetterPage
      i18n={i18n}
      csrf={c.get("auth").csrf}
      row={row}
      title={form.title}
      values={values}
      rows={rows}
      issues={form.issues}
      countries={choices.countries}
      mandates={choices.mandates}
      done={doneText(c)}
    />,
    form.issues.length ? 422 : 200,
  );
}

const NewQuery = z.object({
  template: z.string().max(40).optional(),
  visit: z
    .string()
    .regex(new RegExp(`^${ID}$`))
    .optional(),
  unofficial: z
    .string()
    .regex(new RegExp(`^${ID}$`))
    .optional(),
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .transform((s) => s.toUpperCase())
    .optional(),
  mandate: z
    .string()
    .regex(/^[a-z0-9-]{2,80}$/)
    .optional(),
  language: z.string().max(5).optional(),
  org: z.string().max(80).optional(),
  title: z.string().max(200).optional(),
});

async function newPage(
  c: AppContext,
  values: Record<string, string | undefined>,
  problem?: FormProblem,
  status: Status = problem ? 422 : 200,
) {
  const auth = c.get("auth");
  const user = requireUser(c);
  const { db } = c.get("deps");
  const i18n = c.get("i18n");
  let { country, mandate } = values;
  let unofficialName: string | null = null;
  if (values.unofficial) {
    const found = await findUnofficial(db, auth.actor, values.unofficial).catch(() => null);
    if (found) {
      unofficialName = found.visit.event;
      country ??= found.visit.countryIso3;
      mandate ??= found.visit.mandateId;
    }
  }
  const [orgs, choices, registry] = await Promise.all([
    orgsOf(db, user.id),
    registryChoices(db, i18n.locale),
    country ? registryFacts(c, country, mandate) : Promise.resolve(null),
  ]);
  return render(
    c,
    i18n.t("advocacy.new.title"),
    <NewLetterPage
      i18n={i18n}
      csrf={auth.csrf}
      values={{ ...values, country, mandate }}
      orgs={orgs.map((o) => ({ value: o.org.id, label: o.org.name }))}
      countries={choices.countries}
      mandates={choices.mandates}
      registry={registry}
      unofficial={unofficialName}
      problem={problem}
    />,
    status,
  );
}

export function advocacyPages(app: Hono<AppEnv>) {
  app.get("/advocacy/letters", async (c) => {
    requireUser(c);
    const query = parsePageQuery(
      z.object({ template: z.string().max(40).optional(), ...paging(20, 100) }),
      c.req.query(),
    );
    const db = c.get("deps").db;
    const { items, total } = await listLetters(db, c.get("auth").actor, query);
    const counts = await signatureCounts(
      db,
      items.map((l) => l.id),
    );
    const i18n = c.get("i18n");
    return render(
      c,
      i18n.t("advocacy.letters.title"),
      <LettersPage
        i18n={i18n}
        items={items}
        total={total}
        limit={query.limit}
        offset={query.offset}
        signatures={counts}
        template={query.template}
      />,
    );
  });

  app.get("/advocacy/letters/new", async (c) => {
    const query = parsePageQuery(NewQuery, c.req.query());
    if (query.visit) {
      const visit = await getVisit(c.get("deps").db, query.visit);
      if (!visit) throw notFound("This visit");
      query.country ??= visit.countryIso3;
      query.mandate ??= visit.mandateId;
    }
    return newPage(c, query);
  });

  app.post("/advocacy/letters/new", async (c) => {
    if (!c.get("auth").user) return signInFirst(c, "/advocacy/letters/new");
    const v = await posted(c);
    const values = Object.fromEntries(
      ["template", "org", "country", "mandate", "language", "title", "visit", "unofficial"].map((k) => [
        k,
        v[k]?.trim() || undefined,
      ]),
    ) as Record<string, string | undefined>;
    try {
      const id = await createLetter(
        c.get("deps").db,
        c.get("auth").actor,
        {
          template: values.template ?? "",
          orgId: values.org ?? "",
          language: values.language ?? "",
          country: values.country ?? "",
          mandate: values.mandate ?? null,
          visitId: values.visit ?? null,
          unofficialVisitId: values.unofficial ?? null,
          title: values.title ?? null,
        },
        today(c),
      );
      return see(c, `/advocacy/letters/${id}/edit?done=created`);
    } catch (err) {
      if (isFormError(err))
        return newPage(
          c,
          values,
          problemOf(c, "new", err, (values.template ?? "visit-request") as TemplateId),
          err.status as Status,
        );
      throw err;
    }
  });

  app.get(LETTER, async (c) => {
    requireUser(c);
    return letterPage(c, await findLetter(c.get("deps").db, c.get("auth").actor, c.req.param("id")));
  });

  app.get(`${LETTER}/edit`, async (c) => {
    requireUser(c);
    const row = await findLetter(c.get("deps").db, c.get("auth").actor, c.req.param("id"), "letter.edit");
    return editPage(c, row, { data: row.data, title: row.title, issues: [] });
  });

  app.post(`${LETTER}/edit`, async (c) => {
    const id = c.req.param("id");
    if (!c.get("auth").user) return signInFirst(c, `/advocacy/letters/${id}/edit`);
    const { db, clock } = c.get("deps");
    const actor = c.get("auth").actor;
    const row = await findLetter(db, actor, id, "letter.edit");
    const values = await posted(c);
    const data = formToData(row.template as TemplateId, values);
    const title = (values.title ?? "").trim();
    try {
      await updateLetter(db, actor, id, { title, data }, clock());
      return see(c, `/advocacy/letters/${id}?done=saved`);
    } catch (err) {
      if (err instanceof AppError && err.status === 422 && Array.isArray(err.details))
        return editPage(c, row, { data, title, issues: err.details as FieldIssue[] });
      throw err;
    }
  });

  app.get(`${LETTER}/download`, async (c) => {
    requireUser(c);
    const format = z.enum(["docx", "pdf"]).safeParse(c.req.query("format"));
    if (!format.success) throw badRequest(format.error);
    const { db, files } = c.get("deps");
    const row = await findLetter(db, c.get("auth").actor, c.req.param("id"));
    const file = await renderStored(db, files, row, format.data, today(c));
    return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
      "Content-Type": file.mediaType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "private, no-store",
    });
  });

  app.post(`${LETTER}/share`, async (c) => {
    const id = c.req.param("id");
    if (!c.get("auth").user) return signInFirst(c, `/advocacy/letters/${id}`);
    const { db, clock } = c.get("deps");
    const v = await posted(c);
    try {
      await shareLetter(db, c.get("auth").actor, id, v.coalition || null, clock());
      return see(c, `/advocacy/letters/${id}?done=shared`);
    } catch (err) {
      if (isFormError(err, [422]))
        return letterPage(
          c,
          await findLetter(db, c.get("auth").actor, id),
          { problem: problemOf(c, "share", err), values: v },
          422,
        );
      throw err;
    }
  });

  app.post(`${LETTER}/sign-on`, async (c) => {
    const id = c.req.param("id");
    if (!c.get("auth").user) return signInFirst(c, `/advocacy/letters/${id}`);
    const { db, clock, config } = c.get("deps");
    const actor = c.get("auth").actor;
    const v = await posted(c);
    const i18n = c.get("i18n");
    const link = z.enum(["keep", "new", "remove"]).catch("keep").parse(v.link);
    try {
      if (!IsoDate.safeParse(v.deadline).success)
        throw new AppError(422, "invalid", i18n.t("advocacy.signon.deadlineMissing"), [
          { path: "deadline", message: "" },
        ]);
      const { token } = await openSignOn(
        db,
        actor,
        id,
        { deadline: deadlineOfDay(v.deadline as string), link },
        clock(),
      );
      if (!token) return see(c, `/advocacy/letters/${id}?done=signOn`);
      return letterPage(c, await findLetter(db, actor, id), {
        newLink: `${config.baseUrl}/advocacy/sign/${token}`,
      });
    } catch (err) {
      if (isFormError(err, [422]))
        return letterPage(
          c,
          await findLetter(db, actor, id),
          { problem: problemOf(c, "signon", err), values: v },
          422,
        );
      throw err;
    }
  });

  /** Sign-on forms: the coalition member's (signed in) and the public link's share everything after the letter is found. */
  async function sign(
    c: AppContext,
    row: LetterRow,
    again: (values: FormValues, problem: FormProblem) => Promise<Response>,
  ) {
    const deps = c.get("deps");
    const v = await posted(c);
    const values = { ...v, listPublicly: v.listPublicly === "on" ? "on" : "off" };
    const parsed = SignBody.safeParse({
      ...v,
      country: v.country || null,
      listPublicly: v.listPublicly === "on",
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return again(values, {
        form: "sign",
        message: issue?.message ?? "",
        field: String(issue?.path[0] ?? ""),
      });
    }
    try {
      await limitSigning(c);
      const auth = c.get("auth");
      // A member signing in the name of their own organisation links the signature to it.
      const mine = auth.user ? await orgsOf(deps.db, auth.user.id) : [];
      const orgId = mine.find((o) => o.org.name === parsed.data.orgName)?.org.id ?? null;
      await signLetter(
        { db: deps.db, now: deps.clock(), baseUrl: deps.config.baseUrl, keyring: deps.keyring },
        row,
        parsed.data,
        {
          orgId,
          locale: c.get("i18n").locale,
        },
      );
    } catch (err) {
      if (isFormError(err, [422])) return again(values, problemOf(c, "sign", err));
      return signOnProblem(c, err);
    }
    const i18n = c.get("i18n");
    return render(
      c,
      i18n.t("advocacy.sign.checkTitle"),
      <CheckEmailPage i18n={i18n} email={parsed.data.email} />,
    );
  }

  app.post(`${LETTER}/sign`, async (c) => {
    const id = c.req.param("id");
    if (!c.get("auth").user) return signInFirst(c, `/advocacy/letters/${id}`);
    const row = await findLetter(c.get("deps").db, c.get("auth").actor, id, "letter.sign");
    return sign(c, row, (values, problem) => letterPage(c, row, { values, problem }, 422));
  });

  app.post(`${LETTER}/signatories/:sid{${ID}}/move`, async (c) => {
    const id = c.req.param("id");
    if (!c.get("auth").user) return signInFirst(c, `/advocacy/letters/${id}`);
    const v = await posted(c);
    const direction = v.direction === "up" ? "up" : "down";
    await moveSignature(c.get("deps").db, c.get("auth").actor, id, c.req.param("sid"), direction);
    return see(c, `/advocacy/letters/${id}?done=moved#signatories-heading`);
  });

  app.get(`${LETTER}/signatories.csv`, async (c) => {
    const contacts = c.req.query("contacts") === "1";
    const db = c.get("deps").db;
    const row = await findLetter(
      db,
      c.get("auth").actor,
      c.req.param("id"),
      contacts ? "letter.viewContacts" : "letter.viewSignatories",
    );
    const owner = canOnLetter(c.get("auth").actor, "letter.viewContacts", ownedLetter(row));
    const all = await listSignatures(db, row.id, owner && contacts ? c.get("deps").keyring : undefined);
    const shown = owner ? all : all.filter((s) => s.status === "confirmed" && s.listPublicly);
    const header = ["position", "organisation", "country", "status", "listed_publicly", "confirmed_at"];
    const confirmed = shown.filter((s) => s.status === "confirmed");
    const body = toCsv(
      contacts ? [...header, "contact_email"] : header,
      shown.map((s) => {
        const cells: unknown[] = [
          s.status === "confirmed" ? confirmed.indexOf(s) + 1 : "",
          s.orgName,
          s.countryIso3,
          s.status,
          s.listPublicly ? "yes" : "no",
          s.confirmedAt,
        ];
        return contacts ? [...cells, s.contactEmail] : cells;
      }),
    );
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="signatories${contacts ? "-contacts" : ""}.csv"`,
        "Cache-Control": "private, no-store",
      },
    });
  });

  app.post(`${LETTER}/actions`, async (c) => {
    const id = c.req.param("id");
    if (!c.get("auth").user) return signInFirst(c, `/advocacy/letters/${id}`);
    const { db } = c.get("deps");
    const actor = c.get("auth").actor;
    const row = await findLetter(db, actor, id, "letter.edit");
    const v = await posted(c);
    const parsed = ActionBody.safeParse({
      ...v,
      letter: row.id,
      visit: row.visitId,
      country: row.countryIso3,
      coalition: v.coalition || null,
      channel: v.channel || null,
      response: v.response || null,
    });
    try {
      if (!parsed.success) throw badRequestAsForm(parsed.error);
      await recordFrom(c, parsed.data);
      return see(
        c,
        row.visitId ? `/advocacy/visits/${row.visitId}?done=recorded` : `/advocacy/log?done=recorded`,
      );
    } catch (err) {
      if (isFormError(err))
        return letterPage(c, row, { problem: problemOf(c, "action", err), values: v }, 422);
      throw err;
    }
  });

  // Public sign-on link
  async function publicSignPage(c: AppContext, token: string, values?: FormValues, problem?: FormProblem) {
    const { db, files, clock } = c.get("deps");
    const row = await letterByLink(db, token);
    if (!row) return signOnProblem(c, new AppError(404, "link_invalid", ""));
    const state = signOnState(row.signOnDeadline, clock());
    if (state !== "open")
      return signOnProblem(
        c,
        new AppError(
          state === "closed" ? 410 : 409,
          state === "closed" ? "sign_on_closed" : "sign_on_not_open",
          "",
        ),
      );
    const i18n = c.get("i18n");
    const [letter, choices] = await Promise.all([
      composeStored(db, files, row, today(c), { logo: false }),
      registryChoices(db, i18n.locale),
    ]);
    return render(
      c,
      i18n.t("advocacy.sign.title", { title: row.title }),
      <PublicSignPage
        i18n={i18n}
        csrf={c.get("auth").csrf}
        token={token}
        title={row.title}
        deadline={row.signOnDeadline as Date}
        letter={letter}
        countries={choices.countries}
        values={values}
        problem={problem}
      />,
      problem ? 422 : 200,
    );
  }

  app.get(`/advocacy/sign/:token{${TOKEN}}`, (c) => publicSignPage(c, c.req.param("token")));

  app.post(`/advocacy/sign/:token{${TOKEN}}`, async (c) => {
    const token = c.req.param("token");
    const row = await letterByLink(c.get("deps").db, token);
    if (!row) return signOnProblem(c, new AppError(404, "link_invalid", ""));
    return sign(c, row, (values, problem) => publicSignPage(c, token, values, problem));
  });

  for (const use of ["confirm", "withdraw"] as const) {
    const path = `/advocacy/signatures/${use}/:token{${TOKEN}}`;
    app.get(path, async (c) => {
      const token = c.req.param("token") ?? "";
      try {
        const { signature, letter } = await checkLink(c.get("deps").db, use, token, c.get("deps").clock());
        const i18n = c.get("i18n");
        return render(
          c,
          i18n.t(`advocacy.link.${use}.title`),
          <LinkPage
            i18n={i18n}
            csrf={c.get("auth").csrf}
            use={use}
            token={token}
            orgName={signature.orgName}
            title={letter.title}
          />,
        );
      } catch (err) {
        return signOnProblem(c, err);
      }
    });
    app.post(path, async (c) => {
      try {
        const { letter } = await useLink(
          c.get("deps").db,
          use,
          c.req.param("token") ?? "",
          c.get("deps").clock(),
        );
        const i18n = c.get("i18n");
        return render(
          c,
          i18n.t(`advocacy.link.${use}.doneTitle`),
          <LinkDonePage i18n={i18n} use={use} title={letter.title} />,
        );
      } catch (err) {
        return signOnProblem(c, err);
      }
    });
  }

  // The advocacy log and each visit's timeline
  async function visitPage(
    c: AppContext,
    values?: Record<string, string | undefined>,
    problem?: FormProblem,
  ) {
    const { db } = c.get("deps");
    const auth = c.get("auth");
    const found = await visitTimeline(db, auth.actor, c.req.param("id") ?? "");
    if (!found) throw notFound("This visit");
    const i18n = c.get("i18n");
    const [orgs, coalitions] = auth.user
      ? await Promise.all([orgsOf(db, auth.user.id), coalitionsOf(db, auth.actor)])
      : [[], []];
    if (auth.user) c.header("Cache-Control", "private, no-store");
    const country = countryName({ names: found.visit.countryNames }, i18n.locale);
    return page(
      c,
      {
        title: i18n.t("advocacy.timeline.title", {
          country,
          mandate: mandateTitleIn(found.visit, i18n.locale),
        }),
      },
      <VisitAdvocacyPage
        i18n={i18n}
        visit={found.visit}
        items={found.timeline}
        done={problem ? undefined : doneText(c)}
        form={
          auth.user ? (
            <ActionForm
              i18n={i18n}
              csrf={auth.csrf}
              action={`/advocacy/visits/${found.visit.id}/actions`}
              orgs={orgs.map((o) => ({ value: o.org.id, label: o.org.name }))}
              coalitions={coalitions.map((k) => ({ value: k.id, label: k.name }))}
              values={values ?? { date: today(c), letter: c.req.query("letter") }}
              problem={problem}
            />
          ) : (
            <p>
              <a href={`/signin?next=/advocacy/visits/${found.visit.id}`}>
                {i18n.t("advocacy.timeline.signIn")}
              </a>
            </p>
          )
        }
      />,
      problem ? 422 : 200,
    );
  }

  app.get(`/advocacy/visits/:id{${ID}}`, (c) => visitPage(c));

  app.post(`/advocacy/visits/:id{${ID}}/actions`, async (c) => {
    const id = c.req.param("id");
    if (!c.get("auth").user) return signInFirst(c, `/advocacy/visits/${id}`);
    const v = await posted(c);
    const parsed = ActionBody.safeParse({
      ...v,
      visit: id,
      letter: v.letter || null,
      coalition: v.coalition || null,
      channel: v.channel || null,
      response: v.response || null,
    });
    try {
      if (!parsed.success) throw badRequestAsForm(parsed.error);
      await recordFrom(c, parsed.data);
      return see(c, `/advocacy/visits/${id}?done=recorded#timeline-heading`);
    } catch (err) {
      if (isFormError(err)) return visitPage(c, v, problemOf(c, "action", err));
      throw err;
    }
  });

  app.get("/advocacy/log", async (c) => {
    const query = parsePageQuery(
      z.object({
        country: z
          .string()
          .regex(/^[A-Za-z]{3}$/, "Use an ISO 3166-1 alpha-3 code")
          .transform((s) => s.toUpperCase())
          .optional(),
        done: z.string().optional(),
        ...paging(30, 100),
      }),
      c.req.query(),
    );
    const { items, total } = await listActions(c.get("deps").db, c.get("auth").actor, query);
    const i18n = c.get("i18n");
    if (c.get("auth").user) c.header("Cache-Control", "private, no-store");
    return page(
      c,
      { title: i18n.t("advocacy.log.title") },
      <LogPage
        i18n={i18n}
        items={items}
        total={total}
        limit={query.limit}
        offset={query.offset}
        country={query.country}
      />,
    );
  });

  // Unofficial visits: the invitation, and the official request that followed
  async function unofficialPage(c: AppContext, problem?: FormProblem) {
    const { db } = c.get("deps");
    const auth = c.get("auth");
    const { visit, canLink } = await findUnofficial(db, auth.actor, c.req.param("id") ?? "");
    const [letters, official] = await Promise.all([
      auth.user
        ? listLetters(db, auth.actor, { unofficialVisitId: visit.id, limit: 50, offset: 0 })
        : { items: [] },
      canLink ? listVisits(db, { country: visit.countryIso3, limit: 200, offset: 0 }) : { items: [] },
    ]);
    const i18n = c.get("i18n");
    c.header("Cache-Control", "private, no-store");
    return page(
      c,
      { title: visit.event },
      <UnofficialInvitePage
        i18n={i18n}
        csrf={auth.csrf}
        visit={visit}
        letters={letters.items}
        official={official.items}
        canLink={canLink}
        done={problem ? undefined : doneText(c)}
        problem={problem}
      />,
      problem ? 422 : 200,
    );
  }

  app.get(`/advocacy/unofficial/:id{${ID}}`, (c) => unofficialPage(c));

  app.post(`/advocacy/unofficial/:id{${ID}}/link`, async (c) => {
    const id = c.req.param("id");
    if (!c.get("auth").user) return signInFirst(c, `/advocacy/unofficial/${id}`);
    const v = await posted(c);
    try {
      await linkOfficialRequest(
        c.get("deps").db,
        c.get("auth").actor,
        id,
        v.visit || null,
        c.get("deps").clock(),
      );
      return see(c, `/advocacy/unofficial/${id}?done=linked`);
    } catch (err) {
      if (isFormError(err, [422])) return unofficialPage(c, problemOf(c, "link", err));
      throw err;
    }
  });
}

/** A form's first bad field, as a refusal the form shows beside it. */
function badRequestAsForm(error: z.ZodError): AppError {
  const issue = error.issues[0];
  return new AppError(422, "invalid", issue?.message ?? "", [
    { path: String(issue?.path[0] ?? ""), message: issue?.message ?? "" },
  ]);
}

export function recordFrom(c: AppContext, body: z.infer<typeof ActionBody>) {
  return recordAction(
    c.get("deps").db,
    c.get("auth").actor,
    {
      kind: body.kind,
      date: body.date,
      target: body.target,
      channel: body.channel,
      response: body.response,
      country: body.country,
      visitId: body.visit,
      letterId: body.letter,
      orgId: body.org,
      visibility: body.visibility,
      coalitionId: body.coalition,
    },
    today(c),
  );
}
