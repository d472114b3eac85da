import type { Hono } from "hono";
import { z } from "zod";
import { coalitionsOf } from "../accounts/organisations";
import type { AppContext, AppEnv } from "../platform/http/context";
import { AppError, notFound } from "../platform/http/errors";
import type { FormProblem } from "../platform/http/fields";
import { formOf, see, signInFirst } from "../platform/http/forms";
import { getVisit } from "../visits/store";
import { autosaveJs, submissionsCss } from "./assets";
import { partsFor, viewOf } from "./audience";
import { composeExport, wordLimitLabel, wordTally } from "./compose";
import { activeAt, analyse, describeProblem } from "./consent";
import { documentModel, type Format } from "./exports";
import {
  actorOf,
  doneText,
  formStatus,
  list,
  problemOf,
  render,
  type Status,
  subId,
  submissionDeps,
  today,
  visitOr404,
  visitTitle,
} from "./http";
import { ConsentInput, NewSubmission, PartInput, PersonInput, SendInput, TitleInput } from "./inputs";
import type { Audience } from "./model";
import { canOnSubmission, signOffOrgs } from "./policy";
import { publicPages } from "./public-routes";
import {
  type Access,
  accessIfReadable,
  addAttachment,
  addPart,
  addPerson,
  callSummary,
  composeContext,
  createSubmission,
  deletePart,
  documentI18n,
  ExportBlocked,
  editTitle,
  exportFile,
  grant,
  mayEditPart,
  mergeParts,
  movePart,
  openAttachment,
  publish,
  readSubmission,
  readyComposed,
  recordSend,
  removeAttachment,
  restoreVersion,
  revoke,
  savePart,
  showsAttachment,
  signOffSubmission,
  unpublish,
  workspaceView,
} from "./service";
import { contributors, readyToExport } from "./signoff";
import { findOverlaps } from "./similarity";
import {
  coalitionName,
  getCall,
  getVersion,
  listAttachments,
  listSends,
  listVersions,
  orgNames,
  submissionsOf,
} from "./store";
import {
  AssemblePage,
  BlockedPage,
  type EditorData,
  EditorPage,
  ListPage,
  NewPage,
  PreviewPage,
  VersionsPage,
} from "./views";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const SUB = `/submissions/:id{${UUID}}`;
const VISIT = `/visits/:vid{${UUID}}`;

// The workspace

async function editorData(c: AppContext, access: Access): Promise<EditorData> {
  const deps = submissionDeps(c);
  const i18n = c.get("i18n");
  const actor = actorOf(c);
  const now = deps.clock();
  const s = access.loaded.submission;
  const { analysis, show } = workspaceView(access, i18n, now);
  const owner = canOnSubmission(actor, "manageConsent", access.scope);
  const canExport = canOnSubmission(actor, "export:expert", access.scope);
  const [visit, call, names, files, sent, coalition] = await Promise.all([
    getVisit(deps.db, s.visitId),
    getCall(deps.db, s.visitId),
    orgNames(deps.db, [s.ownerOrgId, ...s.parts.flatMap((p) => p.contributorOrgIds), ...contributors(s)]),
    listAttachments(deps.db, deps.keyring, s.id),
    canExport ? listSends(deps.db, s.id) : Promise.resolve(null),
    s.coalitionId ? coalitionName(deps.db, s.coalitionId) : null,
  ]);
  const name = (id: string) => names.get(id) ?? "";
  const shown = analysis.parts;
  const parts = shown.map(({ part, blocked }) => {
    const editable = !blocked && mayEditPart(access, actor, part, now);
    const sameKind = shown.filter((x) => x.part.kind === part.kind);
    return {
      id: part.id,
      kind: part.kind,
      audience: part.audience,
      heading: editable ? part.heading : show(part.heading),
      body: blocked ? "" : editable ? part.body : show(part.body),
      contributors: part.contributorOrgIds.map(name),
      editable,
      hidden: blocked,
      mentions: owner ? part.mentions : [],
      words: wordTally([part], s.language).total,
      first: sameKind[0]?.part.id === part.id,
      last: sameKind.at(-1)?.part.id === part.id,
    };
  });
  const tally = wordTally(partsFor(s, { audience: "expert" }), s.language, call?.maxWords);
  const ready = s.coalitionId ? readyToExport(s, access.loaded.signoffs) : null;
  return {
    id: s.id,
    title: show(s.title),
    language: s.language,
    visit: { id: s.visitId, title: visit ? visitTitle(visit, i18n) : "" },
    owner: name(s.ownerOrgId),
    coalition,
    parts,
    people: owner
      ? s.people.map((p) => ({
          id: p.id,
          name: p.name,
          contact: p.contact ?? null,
          role: p.role,
          consents: p.consents.map((x) => ({
            id: x.id,
            audiences: x.audiences,
            givenBy: x.givenBy,
            givenOn: x.givenOn,
            revokedOn: x.revokedOn ?? null,
            active: activeAt(x, now),
          })),
        }))
      : null,
    canEditTitle: canOnSubmission(actor, "edit", access.scope),
    canAddPart: canOnSubmission(actor, "addPart", access.scope),
    canAssemble: canOnSubmission(actor, "assemble", access.scope),
    canExport,
    signOffFor: signOffOrgs(actor, access.scope).map(name),
    signoffs: ready
      ? contributors(s).map((org) => ({
          org: name(org),
          state: ready.missing.includes(org) ? "missing" : ready.stale.includes(org) ? "stale" : "signed",
        }))
      : null,
    call: callSummary(call, i18n, now),
    words: { label: wordLimitLabel(tally, i18n), over: tally.over },
    problems: owner
      ? (["public", "expert"] as const).map((audience) => {
          const a = analyse(s, viewOf(audience, s.ownerOrgId), now);
          return {
            audience,
            items: a.problems.map((p) => ({ text: describeProblem(p, a, s, i18n), blocking: p.blocking })),
          };
        })
      : null,
    attachments: files
      .filter((f) => showsAttachment(access.view, f))
      .map((f) => ({
        id: f.id,
        name: show(f.name),
        audience: f.audience,
        size: f.size,
        contributor: name(f.contributorOrgId),
        mayDelete: actor.orgs.has(s.ownerOrgId) || actor.orgs.has(f.contributorOrgId),
      })),
    canAttach: canOnSubmission(actor, "addPart", access.scope),
    sends: sent
      ? sent.map((x) => ({
          audience: x.audience,
          channel: x.channel,
          recipient: x.recipient,
          sentOn: x.sentOn,
        }))
      : null,
    publishedAt: access.loaded.row.publishedAt,
    done: doneText(c),
  };
}

async function editorPage(
  c: AppContext,
  problem?: FormProblem,
  status?: Status,
  posted?: Record<string, string>,
) {
  const access = await readSubmission(submissionDeps(c), actorOf(c), subId(c));
  const data = await editorData(c, access);
  // A failed save shows what was typed, not what is stored.
  if (problem && posted) {
    const part = data.parts.find((p) => `part-${p.id}` === problem.form);
    if (part)
      Object.assign(part, { heading: posted.heading ?? part.heading, body: posted.body ?? part.body });
  }
  return render(
    c,
    data.title,
    <EditorPage
      i18n={c.get("i18n")}
      csrf={c.get("auth").csrf}
      data={data}
      problem={problem}
      today={today(c)}
    />,
    status,
  );
}

/**
 * A workspace form: signed in, parsed, acted on, then back to the editor ("see other"). A refusal
 * is shown on the form with its status; an autosave (the script) gets a short JSON answer instead.
 */
function action(
  app: Hono<AppEnv>,
  path: string,
  form: string | ((c: AppContext) => string),
  run: (
    c: AppContext,
    f: (name: string) => string,
    all: Record<string, string | string[]>,
  ) => Promise<string>,
) {
  app.post(path, async (c) => {
    const back = `/submissions/${subId(c)}`;
    if (!c.get("auth").user) return signInFirst(c, back);
    const body = await c.req.parseBody({ all: true });
    const f = (name: string) => {
      const v = body[name];
      return typeof v === "string" ? v : "";
    };
    const all = Object.fromEntries(
      Object.entries(body).map(([k, v]) => [
        k,
        Array.isArray(v)
          ? v.filter((x): x is string => typeof x === "string")
          : typeof v === "string"
            ? v
            : "",
      ]),
    );
    const autosave = c.req.header("x-autosave") === "1";
    try {
      const to = await run(c, f, all);
      if (autosave) {
        const i18n = c.get("i18n");
        const at = new Intl.DateTimeFormat(i18n.locale, { timeStyle: "short" }).format(c.get("deps").clock());
        return c.json({ saved: true, message: i18n.t("submissions.autosave.saved", { time: at }) });
      }
      return see(c, to);
    } catch (err) {
      const name = typeof form === "string" ? form : form(c);
      if (err instanceof z.ZodError) {
        if (autosave) return c.json({ saved: false, message: err.issues[0]?.message ?? "" }, 400);
        return editorPage(c, problemOf(name, err), 400, { heading: f("heading"), body: f("body") });
      }
      if (err instanceof AppError && err.status !== 404) {
        if (autosave) return c.json({ saved: false, message: err.message }, err.status);
        const posted = { heading: f("heading"), body: f("body") };
        return editorPage(c, problemOf(name, err), formStatus(err), posted);
      }
      throw err;
    }
  });
}

function partInput(f: (n: string) => string, all: Record<string, string | string[]>) {
  return PartInput.parse({
    kind: f("kind") || undefined,
    heading: f("heading"),
    body: f("body"),
    audience: f("audience"),
    mentions: list(all.mentions),
  });
}

export function submissionsPages(app: Hono<AppEnv>) {
  const asset = (body: string, type: string) => (c: AppContext) =>
    c.body(body, 200, { "Content-Type": `${type}; charset=utf-8`, "Cache-Control": "public, max-age=3600" });
  app.get("/submissions/submissions.css", asset(submissionsCss, "text/css"));
  app.get("/submissions/autosave.js", asset(autosaveJs, "text/javascript"));

  app.get("/submissions", async (c) => {
    if (!c.get("auth").user) return signInFirst(c, "/submissions");
    const deps = submissionDeps(c);
    const i18n = c.get("i18n");
    const actor = actorOf(c);
    const now = deps.clock();
    const mine = await submissionsOf(deps.db, deps.keyring, actor);
    const names = await orgNames(
      deps.db,
      mine.map((m) => m.submission.ownerOrgId),
    );
    const visits = new Map<string, string>();
    for (const m of mine)
      if (!visits.has(m.submission.visitId)) {
        const v = await getVisit(deps.db, m.submission.visitId);
        visits.set(m.submission.visitId, v ? visitTitle(v, i18n) : "");
      }
    const items = mine.flatMap((loaded) => {
      const access = accessIfReadable(actor, loaded);
      if (!access) return [];
      return [
        {
          id: loaded.submission.id,
          title: workspaceView(access, i18n, now).show(loaded.submission.title),
          visit: { id: loaded.submission.visitId, title: visits.get(loaded.submission.visitId) ?? "" },
          owner: names.get(loaded.submission.ownerOrgId) ?? "",
          joint: loaded.submission.coalitionId !== null,
          updatedAt: loaded.row.updatedAt,
          published: loaded.row.publishedAt !== null,
        },
      ];
    });
    return render(c, i18n.t("submissions.list.title"), <ListPage i18n={i18n} items={items} />);
  });

  // Starting one, from a visit

  async function newPage(
    c: AppContext,
    values: Record<string, string | undefined> = {},
    problem?: FormProblem,
    status?: Status,
  ) {
    const v = await visitOr404(c);
    const deps = submissionDeps(c);
    const i18n = c.get("i18n");
    const actor = actorOf(c);
    const auth = c.get("auth");
    const orgs = await orgNames(deps.db, [...actor.orgs.keys()]);
    const coalitions = await coalitionsOf(deps.db, { ...actor, coordinates: new Set() });
    return render(
      c,
      i18n.t("submissions.new.title"),
      <NewPage
        i18n={i18n}
        csrf={auth.csrf}
        visit={{ id: v.id, title: visitTitle(v, i18n) }}
        call={callSummary(await getCall(deps.db, v.id), i18n, deps.clock())}
        orgs={[...orgs].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name))}
        coalitions={coalitions.map((x) => ({ id: x.id, name: x.name }))}
        values={values}
        problem={problem}
      />,
      status,
    );
  }

  app.get(`${VISIT}/submissions/new`, async (c) => {
    if (!c.get("auth").user) return signInFirst(c, c.req.path);
    return newPage(c);
  });

  app.post(`${VISIT}/submissions`, async (c) => {
    const back = `/visits/${c.req.param("vid")}/submissions/new`;
    if (!c.get("auth").user) return signInFirst(c, back);
    const f = await formOf(c);
    const values = { title: f("title"), language: f("language"), org: f("org"), coalition: f("coalition") };
    try {
      const id = await createSubmission(
        submissionDeps(c),
        actorOf(c),
        NewSubmission.parse({
          ...values,
          visit: c.req.param("vid"),
          org: values.org || undefined,
          coalition: values.coalition || null,
        }),
      );
      return see(c, `/submissions/${id}?done=created`);
    } catch (err) {
      if (err instanceof z.ZodError) return newPage(c, values, problemOf("new", err), 400);
      if (err instanceof AppError && err.status !== 404)
        return newPage(c, values, problemOf("new", err), formStatus(err));
      throw err;
    }
  });

  // The editor and its forms

  app.get(SUB, async (c) => {
    if (!c.get("auth").user) return signInFirst(c, c.req.path);
    return editorPage(c);
  });

  const autosaving = (c: AppContext) => c.req.header("x-autosave") === "1";

  action(app, `${SUB}/title`, "title", async (c, f) => {
    await editTitle(
      submissionDeps(c),
      actorOf(c),
      subId(c),
      TitleInput.parse({ title: f("title"), language: f("language") || undefined }),
      autosaving(c),
    );
    return `/submissions/${subId(c)}?done=saved`;
  });

  action(app, `${SUB}/parts`, "add-part", async (c, f, all) => {
    const partId = await addPart(submissionDeps(c), actorOf(c), subId(c), partInput(f, all));
    return `/submissions/${subId(c)}?done=added#part-${partId}-title`;
  });

  const partForm = (c: AppContext) => `part-${c.req.param("pid")}`;
  const PART = `${SUB}/parts/:pid{${UUID}}`;
  action(app, PART, partForm, async (c, f, all) => {
    const pid = c.req.param("pid") as string;
    await savePart(submissionDeps(c), actorOf(c), subId(c), pid, partInput(f, all), autosaving(c));
    return `/submissions/${subId(c)}?done=saved#part-${pid}-title`;
  });

  action(app, `${PART}/delete`, partForm, async (c) => {
    await deletePart(submissionDeps(c), actorOf(c), subId(c), c.req.param("pid") as string);
    return `/submissions/${subId(c)}?done=deleted`;
  });

  action(app, `${PART}/move`, partForm, async (c, f) => {
    const pid = c.req.param("pid") as string;
    await movePart(submissionDeps(c), actorOf(c), subId(c), pid, f("direction") === "up" ? "up" : "down");
    return `/submissions/${subId(c)}#part-${pid}-title`;
  });

  action(app, `${SUB}/people`, "person", async (c, f, all) => {
    const audiences = list(all.audiences);
    await addPerson(
      submissionDeps(c),
      actorOf(c),
      subId(c),
      PersonInput.parse({
        name: f("name"),
        contact: f("contact") || null,
        role: f("role") || undefined,
        consent: audiences.length ? { audiences } : undefined,
      }),
    );
    return `/submissions/${subId(c)}?done=person#people-heading`;
  });

  const PERSON = `${SUB}/people/:pid{${UUID}}`;
  action(
    app,
    `${PERSON}/consents`,
    (c) => `consent-${c.req.param("pid")}`,
    async (c, f, all) => {
      await grant(
        submissionDeps(c),
        actorOf(c),
        subId(c),
        c.req.param("pid") as string,
        ConsentInput.parse({ audiences: list(all.audiences), givenBy: f("givenBy") || undefined }),
      );
      return `/submissions/${subId(c)}?done=consent#person-${c.req.param("pid")}`;
    },
  );

  action(app, `${PERSON}/consents/:cid{${UUID}}/revoke`, "people", async (c) => {
    await revoke(submissionDeps(c), actorOf(c), subId(c), c.req.param("pid") as string, c.req.param("cid"));
    return `/submissions/${subId(c)}?done=revoked#person-${c.req.param("pid")}`;
  });

  action(app, `${SUB}/signoff`, "signoff", async (c) => {
    await signOffSubmission(submissionDeps(c), actorOf(c), subId(c));
    return `/submissions/${subId(c)}?done=signed#signoff-heading`;
  });

  action(app, `${SUB}/sends`, "send", async (c, f) => {
    await recordSend(
      submissionDeps(c),
      actorOf(c),
      subId(c),
      SendInput.parse({
        audience: f("audience"),
        channel: f("channel"),
        recipient: f("recipient"),
        sentOn: f("sentOn"),
      }),
    );
    return `/submissions/${subId(c)}?done=sent#sends-heading`;
  });

  action(app, `${SUB}/publish`, "publish", async (c) => {
    await publish(submissionDeps(c), actorOf(c), subId(c), c.get("i18n"));
    return `/submissions/${subId(c)}?done=published`;
  });

  action(app, `${SUB}/unpublish`, "publish", async (c) => {
    await unpublish(submissionDeps(c), actorOf(c), subId(c));
    return `/submissions/${subId(c)}?done=unpublished`;
  });

  action(app, `${SUB}/attachments`, "attach", async (c, f) => {
    const body = await c.req.parseBody();
    const file = body.file;
    if (!(file instanceof File) || file.size === 0)
      throw new AppError(400, "invalid_request", c.get("i18n").t("submissions.file.missing"), [
        { path: "file", message: "Missing" },
      ]);
    const audience = z.enum(["expert", "coalition", "organisation"]).parse(f("audience") || "expert");
    await addAttachment(submissionDeps(c), actorOf(c), subId(c), {
      bytes: new Uint8Array(await file.arrayBuffer()),
      name: file.name,
      audience,
    });
    return `/submissions/${subId(c)}?done=attached#attachments-heading`;
  });

  const ATTACHMENT = `${SUB}/attachments/:aid{${UUID}}`;
  app.get(ATTACHMENT, async (c) => {
    if (!c.get("auth").user) return signInFirst(c, c.req.path);
    const file = await openAttachment(submissionDeps(c), actorOf(c), subId(c), c.req.param("aid") as string);
    return c.body(new Uint8Array(file.bytes), 200, {
      "Content-Type": file.mediaType,
      "Content-Disposition": `attachment; filename="${encodeURIComponent(file.name)}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      "Cache-Control": "private, no-store",
    });
  });
  action(app, `${ATTACHMENT}/delete`, "attach", async (c) => {
    await removeAttachment(submissionDeps(c), actorOf(c), subId(c), c.req.param("aid") as string);
    return `/submissions/${subId(c)}?done=deleted#attachments-heading`;
  });

  // Versions

  async function versionsPage(c: AppContext, versionId?: string) {
    if (!c.get("auth").user) return signInFirst(c, c.req.path);
    const deps = submissionDeps(c);
    const i18n = c.get("i18n");
    const actor = actorOf(c);
    const access = await readSubmission(deps, actor, subId(c));
    const s = access.loaded.submission;
    const canRestore = canOnSubmission(actor, "edit", access.scope);
    const versions = await listVersions(deps.db, s.id);
    // Saved versions hold every part and name: only those who may edit all of it read them.
    const shown =
      versionId && canRestore ? await getVersion(deps.db, deps.keyring, s.id, versionId) : undefined;
    if (versionId && !shown) throw notFound("This version");
    const { show } = workspaceView(access, i18n, deps.clock());
    return render(
      c,
      i18n.t("submissions.versions.title"),
      <VersionsPage
        i18n={i18n}
        csrf={c.get("auth").csrf}
        id={s.id}
        title={show(s.title)}
        versions={versions.map((v) => ({
          id: v.id,
          number: v.number,
          reason: v.reason,
          by: v.savedByName,
          at: v.savedAt,
        }))}
        shown={
          shown ? { number: shown.number, title: shown.snapshot.title, parts: shown.snapshot.parts } : null
        }
        canRestore={canRestore}
        canAssemble={canOnSubmission(actor, "assemble", access.scope)}
        done={doneText(c)}
      />,
    );
  }
  app.get(`${SUB}/versions`, (c) => versionsPage(c));
  app.get(`${SUB}/versions/:vid{${UUID}}`, (c) => versionsPage(c, c.req.param("vid")));
  action(app, `${SUB}/versions/:vid{${UUID}}/restore`, "versions", async (c) => {
    await restoreVersion(submissionDeps(c), actorOf(c), subId(c), c.req.param("vid") as string);
    return `/submissions/${subId(c)}/versions?done=restored`;
  });

  // Assembling a joint submission

  async function assemblePage(c: AppContext, problem?: FormProblem, status?: Status) {
    const deps = submissionDeps(c);
    const i18n = c.get("i18n");
    const actor = actorOf(c);
    const access = await readSubmission(deps, actor, subId(c));
    if (!canOnSubmission(actor, "assemble", access.scope))
      throw new AppError(403, "forbidden", i18n.t("submissions.assemble.notAllowed"));
    const s = access.loaded.submission;
    const { analysis, show } = workspaceView(access, i18n, deps.clock());
    const visible = analysis.parts.filter((p) => !p.blocked).map((p) => p.part);
    const names = await orgNames(
      deps.db,
      visible.flatMap((p) => p.contributorOrgIds),
    );
    const byId = new Map(visible.map((p) => [p.id, p]));
    const side = (id: string) => {
      const p = byId.get(id);
      if (!p) throw new Error("overlap of an unseen part");
      return {
        id,
        heading: show(p.heading),
        body: show(p.body),
        audience: p.audience,
        contributors: p.contributorOrgIds.map((o) => names.get(o) ?? ""),
      };
    };
    const overlaps = findOverlaps(visible, s.language).map((o) => ({
      score: o.score,
      a: side(o.a),
      b: side(o.b),
    }));
    return render(
      c,
      i18n.t("submissions.assemble.title"),
      <AssemblePage
        i18n={i18n}
        csrf={c.get("auth").csrf}
        id={s.id}
        title={show(s.title)}
        overlaps={overlaps}
        done={doneText(c)}
        problem={problem}
      />,
      status,
    );
  }
  app.get(`${SUB}/assemble`, async (c) => {
    if (!c.get("auth").user) return signInFirst(c, c.req.path);
    return assemblePage(c);
  });
  app.post(`${SUB}/merge`, async (c) => {
    if (!c.get("auth").user) return signInFirst(c, `/submissions/${subId(c)}/assemble`);
    const f = await formOf(c);
    try {
      await mergeParts(submissionDeps(c), actorOf(c), subId(c), f("a"), f("b"));
      return see(c, `/submissions/${subId(c)}/assemble?done=merged`);
    } catch (err) {
      if (err instanceof AppError && err.status !== 404)
        return assemblePage(c, problemOf("merge", err), formStatus(err));
      throw err;
    }
  });

  // What each audience gets, and the files

  app.get(`${SUB}/preview`, async (c) => {
    if (!c.get("auth").user) return signInFirst(c, c.req.path + new URL(c.req.url).search);
    const deps = submissionDeps(c);
    const reader = c.get("i18n");
    const actor = actorOf(c);
    const access = await readSubmission(deps, actor, subId(c));
    const s = access.loaded.submission;
    const owner = canOnSubmission(actor, "manageConsent", access.scope);
    const own = access.view.audience === "organisation" ? [access.view.audience] : [];
    const allowed: Audience[] = owner
      ? ["public", "expert", "coalition", "organisation"]
      : ["public", "coalition", ...own];
    const asked = c.req.query("audience") as Audience | undefined;
    const audience: Audience =
      asked && allowed.includes(asked) ? asked : (allowed[owner ? 1 : 0] as Audience);
    const orgId = access.view.audience === "organisation" ? access.view.orgId : s.ownerOrgId;
    const i18n = documentI18n(s, reader);
    const ctx = await composeContext(deps, s, i18n, orgId);
    const composed = composeExport(s, audience, ctx);
    const exportable =
      (audience === "public" || audience === "expert") &&
      canOnSubmission(actor, `export:${audience}`, access.scope);
    let blocked: string | null = null;
    if (exportable)
      try {
        await readyComposed(deps, actor, access, audience, reader, false);
      } catch (err) {
        if (!(err instanceof ExportBlocked)) throw err;
        blocked = err.message;
      }
    const files = await listAttachments(deps.db, deps.keyring, s.id);
    const view = viewOf(audience, orgId);
    const { show } = workspaceView({ ...access, view }, reader, deps.clock());
    return render(
      c,
      reader.t("submissions.preview.title", { view: reader.t(`submissions.view.${audience}`) }),
      <PreviewPage
        i18n={reader}
        data={{
          id: s.id,
          title: workspaceView(access, reader, deps.clock()).show(s.title),
          audience,
          allowed,
          model: documentModel(composed.document, i18n, ctx.meta),
          dir: composed.document.dir,
          problems: composed.problems.map((p, i) => ({
            text: composed.messages[i] ?? "",
            blocking: p.blocking,
          })),
          words: { label: wordLimitLabel(composed.words, reader), over: composed.words.over },
          // Files go only with the expert version (and internal previews): the public version never carries any.
          attachments:
            audience === "public"
              ? []
              : files
                  .filter((f) => showsAttachment(view, f))
                  .map((f) => ({
                    id: f.id,
                    name: show(f.name),
                    audience: f.audience,
                    size: f.size,
                    contributor: "",
                    mayDelete: false,
                  })),
          canExport: exportable,
          blocked,
          canAssemble: canOnSubmission(actor, "assemble", access.scope),
        }}
      />,
    );
  });

  app.get(`${SUB}/:file{export\\.(docx|pdf)}`, async (c) => {
    if (!c.get("auth").user) return signInFirst(c, c.req.path + new URL(c.req.url).search);
    const format = (c.req.param("file") as string).split(".")[1] as Format;
    const audience = z.enum(["public", "expert"]).safeParse(c.req.query("audience"));
    if (!audience.success)
      throw new AppError(400, "invalid_request", c.get("i18n").t("submissions.export.whichAudience"));
    const leaveOut = c.req.query("leaveOut") === "1";
    try {
      const file = await exportFile(submissionDeps(c), actorOf(c), subId(c), {
        audience: audience.data,
        format,
        leaveOut,
        reader: c.get("i18n"),
      });
      return c.body(new Uint8Array(file.bytes), 200, {
        "Content-Type": file.mediaType,
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        "Cache-Control": "private, no-store",
      });
    } catch (err) {
      if (!(err instanceof ExportBlocked)) throw err;
      const retry =
        err.code === "export_blocked"
          ? `/submissions/${subId(c)}/export.${format}?audience=${audience.data}&leaveOut=1`
          : null;
      return render(
        c,
        c.get("i18n").t("submissions.export.blockedTitle"),
        <BlockedPage
          i18n={c.get("i18n")}
          id={subId(c)}
          message={err.message}
          reasons={err.reasons}
          retry={retry}
        />,
        409,
      );
    }
  });
  publicPages(app);
}
