import { z } from "zod";
import { requireUser } from "../accounts/http";
import { orgsOf } from "../accounts/organisations";
import type { Api } from "../platform/http/api";
import type { AppContext } from "../platform/http/context";
import { notFound } from "../platform/http/errors";
import { paging } from "../platform/http/query";
import type { visitEvents } from "../visits/schema";
import { ActionBody, IsoDate, limitSigning, SignBody } from "./inputs";
import { linkOfficialRequest } from "./invite-store";
import {
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
import { letterLanguages, templateIds } from "./letters/templates";
import { actionKinds, logVisibilities } from "./log";
import { type ActionSummary, listActions, visitTimeline } from "./log-store";
import { canOnLetter } from "./policy";
import { recordFrom, today } from "./routes";
import {
  listSignatures,
  reorderSignatures,
  type SignatureRow,
  signLetter,
  signOnError,
  useLink,
} from "./signature-store";
import { deadlineOfDay, signOnState } from "./signon";

const Id = z.string().uuid("Not an id");
const TAG = "Advocacy";

const SignOn = z.object({
  state: z.enum(["not_open", "open", "closed"]),
  deadline: z.string().nullable().describe("Signatures are taken until this moment (ISO 8601)"),
  publicLink: z
    .boolean()
    .describe("Whether a public sign-on link exists (its address is shown only when made)"),
});

const LetterSummary = z.object({
  id: z.string(),
  template: z.enum(templateIds),
  title: z.string(),
  language: z.string(),
  country: z.string(),
  mandate: z.string().nullable(),
  visit: z.string().nullable().describe("The visit (request) in the registry the letter is about"),
  unofficialVisit: z.string().nullable().describe("The unofficial visit an invitation invites to"),
  organisation: z.string().describe("The id of the organisation that owns it"),
  visibility: z.enum(["organisation", "coalition"]),
  coalition: z.string().nullable(),
  signOn: SignOn,
  createdAt: z.string(),
  updatedAt: z.string(),
});
const Letter = LetterSummary.extend({
  data: z
    .record(z.string(), z.unknown())
    .describe("The template's fields, as in the command line's data file"),
  downloads: z.object({ docx: z.string(), pdf: z.string() }),
});

function letterSummary(c: AppContext, r: LetterRow): z.infer<typeof LetterSummary> {
  return {
    id: r.id,
    template: r.template as z.infer<typeof LetterSummary>["template"],
    title: r.title,
    language: r.language,
    country: r.countryIso3,
    mandate: r.mandateId,
    visit: r.visitId,
    unofficialVisit: r.unofficialVisitId,
    organisation: r.ownerOrgId,
    visibility: r.visibility,
    coalition: r.coalitionId,
    signOn: {
      state: signOnState(r.signOnDeadline, c.get("deps").clock()),
      deadline: r.signOnDeadline?.toISOString() ?? null,
      publicLink: r.signOnLinkHash !== null,
    },
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

function letterOut(c: AppContext, r: LetterRow): z.infer<typeof Letter> {
  const base = `${c.get("deps").config.baseUrl}/api/v1/advocacy/letters/${r.id}/download?format=`;
  return { ...letterSummary(c, r), data: r.data, downloads: { docx: `${base}docx`, pdf: `${base}pdf` } };
}

const Signatory = z.object({
  id: z.string(),
  organisation: z.string(),
  country: z.string().nullable(),
  status: z.enum(["pending", "confirmed", "withdrawn"]),
  listPublicly: z.boolean(),
  position: z.number().int().nullable().describe("Place in the letter's list, for confirmed signatories"),
  confirmedAt: z.string().nullable(),
  contactEmail: z.string().optional().describe("Only in the owner organisation's own export (contacts=true)"),
});

function signatoriesOut(list: SignatureRow[], contacts: boolean): z.infer<typeof Signatory>[] {
  const confirmed = list.filter((s) => s.status === "confirmed");
  return list.map((s) => ({
    id: s.id,
    organisation: s.orgName,
    country: s.countryIso3,
    status: s.status,
    listPublicly: s.listPublicly,
    position: s.status === "confirmed" ? confirmed.indexOf(s) + 1 : null,
    confirmedAt: s.confirmedAt?.toISOString() ?? null,
    ...(contacts ? { contactEmail: s.contactEmail } : {}),
  }));
}

const Action = z.object({
  id: z.string(),
  kind: z.enum(actionKinds),
  date: z.string(),
  target: z.string(),
  channel: z.string().nullable(),
  response: z.string().nullable(),
  country: z.string(),
  visit: z.string().nullable(),
  letter: z.string().nullable(),
  organisation: z.object({ id: z.string(), name: z.string() }),
  visibility: z.enum(logVisibilities),
  coalition: z.string().nullable(),
});

const actionOut = (a: ActionSummary): z.infer<typeof Action> => ({
  id: a.id,
  kind: a.kind,
  date: a.date,
  target: a.target,
  channel: a.channel,
  response: a.response,
  country: a.countryIso3,
  visit: a.visitId,
  letter: a.letterId,
  organisation: { id: a.ownerOrgId, name: a.orgName },
  visibility: a.visibility,
  coalition: a.coalitionId,
});

const Gap = z.object({
  days: z.number().int(),
  months: z.number().int(),
  unit: z.enum(["day", "month", "year"]),
  count: z.number().int(),
});
const Event = z.object({ id: z.string(), type: z.string(), date: z.string(), symbol: z.string().nullable() });
type EventRow = typeof visitEvents.$inferSelect;
const eventOut = (e: EventRow) => ({ id: e.id, type: e.type, date: e.date, symbol: e.symbol });

const SignedUp = z.object({
  status: z.literal("pending"),
  message: z.string(),
});
const signedUp = (email: string): z.infer<typeof SignedUp> => ({
  status: "pending",
  message: `A link to confirm the signature was sent to ${email}.`,
});

export function advocacyApi(api: Api) {
  api.add({
    method: "get",
    path: "/advocacy/letters",
    operationId: "listLetters",
    summary:
      "Letters the caller may read: their organisations' drafts and those shared with their coalitions",
    tag: TAG,
    auth: "session",
    query: z.object({ template: z.enum(templateIds).optional(), ...paging(20, 100) }),
    response: z.object({ items: z.array(LetterSummary), total: z.number().int() }),
    handler: async ({ query }, c) => {
      requireUser(c);
      const { items, total } = await listLetters(c.get("deps").db, c.get("auth").actor, query);
      return { items: items.map((r) => letterSummary(c, r)), total };
    },
  });

  api.add({
    method: "post",
    path: "/advocacy/letters",
    operationId: "createLetter",
    summary:
      "Draft a letter for one of the caller's organisations, first filled from the registry (pending requests with their age and reminders, earlier visits, the unofficial visit), then from `data`",
    tag: TAG,
    auth: "session",
    status: 201,
    body: z.object({
      template: z.enum(templateIds),
      org: z.string().max(80).describe("The organisation the letter is from"),
      language: z.enum(letterLanguages),
      country: z
        .string()
        .regex(/^[A-Z]{3}$/, "Use an ISO 3166-1 alpha-3 code, e.g. KEN")
        .optional()
        .describe("Required unless a visit or unofficial visit gives it"),
      mandate: z.string().max(80).nullable().optional(),
      visit: Id.nullable().optional(),
      unofficialVisit: Id.nullable().optional(),
      title: z.string().trim().max(200).nullable().optional(),
      data: z
        .record(z.string(), z.unknown())
        .optional()
        .describe("Template fields, as in the CLI's data file"),
    }),
    response: Letter,
    errors: {
      403: "Not a member of that organisation",
      422: "A field the template refuses (each one named in `details`)",
    },
    handler: async ({ body }, c) => {
      const { db } = c.get("deps");
      const actor = c.get("auth").actor;
      requireUser(c);
      const id = await createLetter(
        db,
        actor,
        {
          template: body.template,
          orgId: body.org,
          language: body.language,
          country: body.country ?? "",
          mandate: body.mandate,
          visitId: body.visit,
          unofficialVisitId: body.unofficialVisit,
          title: body.title,
          data: body.data,
        },
        today(c),
      );
      return letterOut(c, await findLetter(db, actor, id));
    },
  });

  const LetterParams = z.object({ id: Id });

  api.add({
    method: "get",
    path: "/advocacy/letters/{id}",
    operationId: "getLetter",
    summary: "One letter with its template fields",
    tag: TAG,
    auth: "session",
    params: LetterParams,
    response: Letter,
    errors: { 404: "No such letter, or not one the caller may read" },
    handler: async ({ params }, c) =>
      letterOut(c, await findLetter(c.get("deps").db, c.get("auth").actor, params.id)),
  });

  api.add({
    method: "put",
    path: "/advocacy/letters/{id}",
    operationId: "updateLetter",
    summary: "Replace a letter's template fields (and title); nothing is saved unless all of it is valid",
    tag: TAG,
    auth: "session",
    params: LetterParams,
    body: z.object({
      title: z.string().max(200).optional(),
      data: z.record(z.string(), z.unknown()),
    }),
    response: Letter,
    errors: {
      403: "Not a member of the organisation that owns it",
      404: "No such letter, or not one the caller may read",
      422: "A field the template refuses (each one named in `details`)",
    },
    handler: async ({ params, body }, c) => {
      const { db, clock } = c.get("deps");
      const actor = c.get("auth").actor;
      await updateLetter(db, actor, params.id, body, clock());
      return letterOut(c, await findLetter(db, actor, params.id));
    },
  });

  api.add({
    method: "get",
    path: "/advocacy/letters/{id}/download",
    operationId: "downloadLetter",
    summary:
      "The letter as DOCX or PDF, with the organisation's name and logo and the confirmed signatories, base64-encoded in JSON (the page /advocacy/letters/{id}/download?format= serves the file itself, with a session or an API token)",
    tag: TAG,
    auth: "session",
    params: LetterParams,
    query: z.object({ format: z.enum(["docx", "pdf"]) }),
    response: z.object({
      filename: z.string(),
      mediaType: z.string(),
      encoding: z.literal("base64"),
      data: z.string(),
    }),
    errors: {
      404: "No such letter, or not one the caller may read",
      413: "The organisation's logo is too large to print",
      415: "The organisation's logo is not a usable PNG or JPEG image",
    },
    handler: async ({ params, query }, c) => {
      const { db, files } = c.get("deps");
      const row = await findLetter(db, c.get("auth").actor, params.id);
      const file = await renderStored(db, files, row, query.format, today(c));
      return {
        filename: file.filename,
        mediaType: file.mediaType,
        encoding: "base64" as const,
        data: Buffer.from(file.bytes).toString("base64"),
      };
    },
  });

  api.add({
    method: "post",
    path: "/advocacy/letters/{id}/sign-on",
    operationId: "openSignOn",
    summary:
      "Open a sign-on until a deadline, share the draft with a coalition, and make (or drop) a public sign-on link; a new link's address is answered once",
    tag: TAG,
    auth: "session",
    params: LetterParams,
    body: z.object({
      deadline: IsoDate.describe("Signatures are taken until the end of this day (UTC)"),
      link: z.enum(["keep", "new", "remove"]).default("keep"),
      coalition: z
        .string()
        .max(80)
        .nullable()
        .optional()
        .describe(
          "Share with this coalition of the owner's (its members read and may sign), or null to stop sharing",
        ),
    }),
    response: LetterSummary.extend({
      signOnUrl: z.string().nullable().describe("Only when a new link was made"),
    }),
    errors: {
      403: "Not a member of the organisation that owns it",
      404: "No such letter, or not one the caller may read",
      422: "A deadline in the past or more than a year ahead, or a coalition not the owner's",
    },
    handler: async ({ params, body }, c) => {
      const { db, clock, config } = c.get("deps");
      const actor = c.get("auth").actor;
      if (body.coalition !== undefined) await shareLetter(db, actor, params.id, body.coalition, clock());
      const { token } = await openSignOn(
        db,
        actor,
        params.id,
        { deadline: deadlineOfDay(body.deadline), link: body.link },
        clock(),
      );
      return {
        ...letterSummary(c, await findLetter(db, actor, params.id)),
        signOnUrl: token ? `${config.baseUrl}/advocacy/sign/${token}` : null,
      };
    },
  });

  api.add({
    method: "get",
    path: "/advocacy/letters/{id}/signatories",
    operationId: "listSignatories",
    summary:
      "The letter's signatories, confirmed ones in the letter's order. Its readers see the confirmed organisations that agreed to be listed; the owner sees all, and their contact addresses with contacts=true",
    tag: TAG,
    auth: "session",
    params: LetterParams,
    query: z.object({ contacts: z.enum(["true", "false"]).default("false") }),
    response: z.object({ items: z.array(Signatory), total: z.number().int() }),
    errors: {
      403: "Contact addresses are for the owner organisation only",
      404: "No such letter, or not one the caller may read",
    },
    handler: async ({ params, query }, c) => {
      const { db } = c.get("deps");
      const actor = c.get("auth").actor;
      const contacts = query.contacts === "true";
      const row = await findLetter(
        db,
        actor,
        params.id,
        contacts ? "letter.viewContacts" : "letter.viewSignatories",
      );
      const owner = canOnLetter(actor, "letter.viewContacts", ownedLetter(row));
      const all = await listSignatures(db, row.id, owner && contacts ? c.get("deps").keyring : undefined);
      const items = signatoriesOut(
        owner ? all : all.filter((s) => s.status === "confirmed" && s.listPublicly),
        contacts,
      );
      return { items, total: items.length };
    },
  });

  api.add({
    method: "put",
    path: "/advocacy/letters/{id}/signatories/order",
    operationId: "orderSignatories",
    summary: "Put the confirmed signatories in the order the letter lists them (each named once)",
    tag: TAG,
    auth: "session",
    params: LetterParams,
    body: z.object({ ids: z.array(Id).max(300) }),
    response: z.object({ items: z.array(Signatory), total: z.number().int() }),
    errors: {
      403: "Not a member of the organisation that owns it",
      404: "No such letter, or not one the caller may read",
      422: "An order that leaves out, repeats or adds a signatory",
    },
    handler: async ({ params, body }, c) => {
      const { db } = c.get("deps");
      await reorderSignatures(db, c.get("auth").actor, params.id, body.ids);
      const items = signatoriesOut(await listSignatures(db, params.id), false);
      return { items, total: items.length };
    },
  });

  const signErrors = {
    409: "The sign-on is not open yet, or the letter is full",
    410: "The sign-on has closed: its deadline has passed",
    422: "An unknown country",
    429: "Too many signatures from this address",
  } as const;

  api.add({
    method: "post",
    path: "/advocacy/letters/{id}/signatures",
    operationId: "signLetter",
    summary:
      "Sign a letter shared with the caller's coalition, in the name of an organisation; the signature counts once confirmed by the link mailed to the contact",
    tag: TAG,
    auth: "session",
    status: 201,
    params: LetterParams,
    body: SignBody,
    response: SignedUp,
    errors: {
      ...signErrors,
      403: "The owner organisation does not sign its own letter",
      404: "No such letter",
    },
    handler: async ({ params, body }, c) => {
      const deps = c.get("deps");
      const user = requireUser(c);
      const row = await findLetter(deps.db, c.get("auth").actor, params.id, "letter.sign");
      await limitSigning(c);
      const mine = await orgsOf(deps.db, user.id);
      await signLetter(
        { db: deps.db, now: deps.clock(), baseUrl: deps.config.baseUrl, keyring: deps.keyring },
        row,
        body,
        {
          orgId: mine.find((o) => o.org.name === body.orgName)?.org.id ?? null,
          locale: c.get("i18n").locale,
        },
      );
      return signedUp(body.email);
    },
  });

  api.add({
    method: "post",
    path: "/advocacy/sign-on/{token}/signatures",
    operationId: "signByLink",
    summary:
      "Sign a letter through its public sign-on link (no account needed); the signature counts once confirmed by the link mailed to the contact",
    tag: TAG,
    status: 201,
    params: z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, "Not a sign-on link") }),
    body: SignBody,
    response: SignedUp,
    errors: { ...signErrors, 404: "No letter has this sign-on link (any more)" },
    handler: async ({ params, body }, c) => {
      const deps = c.get("deps");
      const row = await letterByLink(deps.db, params.token);
      if (!row) throw signOnError(404, "link_invalid");
      await limitSigning(c);
      await signLetter(
        { db: deps.db, now: deps.clock(), baseUrl: deps.config.baseUrl, keyring: deps.keyring },
        row,
        body,
        {
          locale: c.get("i18n").locale,
        },
      );
      return signedUp(body.email);
    },
  });

  for (const use of ["confirm", "withdraw"] as const) {
    api.add({
      method: "post",
      path: `/advocacy/signatures/${use}`,
      operationId: use === "confirm" ? "confirmSignature" : "withdrawSignature",
      summary:
        use === "confirm"
          ? "Confirm a signature with the token of the link mailed to its contact (once, before the deadline)"
          : "Withdraw a signature with the token of its withdrawal link (once, before the deadline)",
      tag: TAG,
      body: z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, "Not a link token") }),
      response: z.object({ status: z.enum(["confirmed", "withdrawn"]), letter: z.string() }),
      errors: {
        404: "No signature has this link",
        409: "The link was used already",
        410: "The sign-on has closed: its deadline has passed",
      },
      handler: async ({ body }, c) => {
        const { signature, letter } = await useLink(c.get("deps").db, use, body.token, c.get("deps").clock());
        return { status: signature.status as "confirmed" | "withdrawn", letter: letter.title };
      },
    });
  }

  api.add({
    method: "get",
    path: "/advocacy/log",
    operationId: "listAdvocacyActions",
    summary:
      "Advocacy actions the caller may read (their organisations', their coalitions', public ones), newest first",
    tag: TAG,
    query: z.object({
      visit: Id.optional(),
      letter: Id.optional(),
      country: z
        .string()
        .regex(/^[A-Z]{3}$/, "Use an ISO 3166-1 alpha-3 code")
        .optional(),
      ...paging(50, 200),
    }),
    response: z.object({ items: z.array(Action), total: z.number().int() }),
    handler: async ({ query }, c) => {
      const { items, total } = await listActions(c.get("deps").db, c.get("auth").actor, {
        visitId: query.visit,
        letterId: query.letter,
        country: query.country,
        limit: query.limit,
        offset: query.offset,
      });
      return { items: items.map(actionOut), total };
    },
  });

  api.add({
    method: "post",
    path: "/advocacy/log",
    operationId: "recordAdvocacyAction",
    summary:
      "Record an advocacy action for one of the caller's organisations, linked to a visit and a letter",
    tag: TAG,
    auth: "session",
    status: 201,
    body: ActionBody,
    response: z.object({ id: z.string() }),
    errors: {
      403: "Not a member of that organisation",
      422: "An unknown visit, letter or country, a date ahead, or a coalition not the organisation's",
    },
    handler: async ({ body }, c) => {
      requireUser(c);
      return { id: await recordFrom(c, body) };
    },
  });

  api.add({
    method: "get",
    path: "/advocacy/visits/{id}/timeline",
    operationId: "visitAdvocacyTimeline",
    summary:
      "One visit's registry events and the advocacy actions the caller may read, oldest first; each event says how long after the latest action it came",
    tag: TAG,
    params: z.object({ id: Id }),
    response: z.object({
      items: z.array(
        z.object({
          kind: z.enum(["action", "event"]),
          date: z.string(),
          action: Action.optional(),
          event: Event.optional(),
          after: z.object({ action: z.string(), gap: Gap }).nullable().optional(),
          followedBy: z.array(z.object({ event: z.string(), gap: Gap })).optional(),
        }),
      ),
    }),
    errors: { 404: "No such visit" },
    handler: async ({ params }, c) => {
      const found = await visitTimeline(c.get("deps").db, c.get("auth").actor, params.id);
      if (!found) throw notFound("This visit");
      return {
        items: found.timeline.map((i) =>
          i.kind === "action"
            ? {
                kind: "action" as const,
                date: i.date,
                action: actionOut(i.action),
                followedBy: i.followedBy.map((f) => ({ event: f.event.id, gap: f.gap })),
              }
            : {
                kind: "event" as const,
                date: i.date,
                event: eventOut(i.event),
                after: i.after ? { action: i.after.action.id, gap: i.after.gap } : null,
              },
        ),
      };
    },
  });

  api.add({
    method: "put",
    path: "/advocacy/unofficial-visits/{id}/official-visit",
    operationId: "linkUnofficialVisit",
    summary:
      "Link an unofficial visit to the official visit request that followed it (or unlink it with null)",
    tag: TAG,
    auth: "session",
    params: z.object({ id: Id }),
    body: z.object({ visit: Id.nullable() }),
    response: z.object({ id: z.string(), visit: z.string().nullable() }),
    errors: {
      403: "Only those who recorded the unofficial visit may link it",
      404: "No such unofficial visit, or not one the caller may read",
      422: "No such official visit, or one to another country",
    },
    handler: async ({ params, body }, c) => {
      requireUser(c);
      await linkOfficialRequest(
        c.get("deps").db,
        c.get("auth").actor,
        params.id,
        body.visit,
        c.get("deps").clock(),
      );
      return { id: params.id, visit: body.visit };
    },
  });
}
