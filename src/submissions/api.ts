import { z } from "zod";
import { requireUser } from "../accounts/http";
import type { Api } from "../platform/http/api";
import type { AppContext } from "../platform/http/context";
import { AppError } from "../platform/http/errors";
import { formats } from "./exports";
import { submissionDeps } from "./http";
import { CallInput, ConsentInput, NewSubmission, PartInput, PersonInput, PublicityInput } from "./inputs";
import { Audience, ConsentAudience, PartKind, PersonRole } from "./model";
import { canOnSubmission } from "./policy";
import {
  type Access,
  accessIfReadable,
  addPart,
  addPerson,
  createSubmission,
  exportFile,
  grant,
  publish,
  readSubmission,
  revoke,
  saveCallForInput,
  signOffSubmission,
  workspaceView,
} from "./service";
import { getCall, getPublicity, submissionsOf } from "./store";

/** The submissions API: the same service as the pages, each route declared once with its schemas. */

const SubmissionView = z.object({
  id: z.string(),
  visit: z.string(),
  title: z.string().describe("As you may read it: names you may not see are withheld"),
  language: z.string(),
  ownerOrg: z.string(),
  coalition: z.string().nullable(),
  view: z.enum(["organisation", "coalition"]).describe("Which reading of the submission you get"),
  parts: z.array(
    z.object({
      id: z.string(),
      kind: PartKind,
      heading: z.string(),
      body: z.string(),
      audience: Audience,
      mentions: z.array(z.string()).describe("People the part is about (only for the owner organisation)"),
      contributors: z.array(z.string()).describe("Organisation ids"),
    }),
  ),
  people: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        contact: z.string().nullable(),
        role: PersonRole,
        consents: z.array(
          z.object({
            id: z.string(),
            audiences: z.array(ConsentAudience),
            givenOn: z.string(),
            revokedOn: z.string().nullable(),
          }),
        ),
      }),
    )
    .nullable()
    .describe("People named and their consents: only for the organisation that holds the submission"),
  publishedAt: z.string().nullable(),
});
type SubmissionView = z.infer<typeof SubmissionView>;

/** A submission as the caller may read it: their view's parts, withheld names, people only for the owner. */
function toView(access: Access, c: AppContext): SubmissionView {
  const actor = c.get("auth").actor;
  const s = access.loaded.submission;
  const { analysis, show } = workspaceView(access, c.get("i18n"), c.get("deps").clock());
  const owner = canOnSubmission(actor, "manageConsent", access.scope);
  return {
    id: s.id,
    visit: s.visitId,
    title: show(s.title),
    language: s.language,
    ownerOrg: s.ownerOrgId,
    coalition: s.coalitionId,
    view: access.view.audience === "organisation" ? "organisation" : "coalition",
    parts: analysis.parts
      .filter((p) => !p.blocked)
      .map(({ part }) => ({
        id: part.id,
        kind: part.kind,
        heading: owner ? part.heading : show(part.heading),
        body: owner ? part.body : show(part.body),
        audience: part.audience,
        mentions: owner ? part.mentions : [],
        contributors: part.contributorOrgIds,
      })),
    people: owner
      ? s.people.map((p) => ({
          id: p.id,
          name: p.name,
          contact: p.contact ?? null,
          role: p.role,
          consents: p.consents.map((x) => ({
            id: x.id,
            audiences: x.audiences,
            givenOn: x.givenOn,
            revokedOn: x.revokedOn ?? null,
          })),
        }))
      : null,
    publishedAt: access.loaded.row.publishedAt?.toISOString() ?? null,
  };
}

const read = async (c: AppContext, id: string) =>
  toView(await readSubmission(submissionDeps(c), c.get("auth").actor, id), c);

const IdParams = z.object({ id: z.string().uuid() });
const PersonParams = IdParams.extend({ personId: z.string().uuid() });
const hiddenError = { 404: "No such submission, or you may not read it" } as const;

const Call = z.object({
  visit: z.string(),
  deadline: z.string(),
  address: z.string().nullable(),
  portalUrl: z.string().nullable(),
  maxWords: z.number().int().nullable(),
  maxPages: z.number().int().nullable(),
  languages: z.array(z.string()),
  formats: z.array(z.string()),
  source: z.string().nullable(),
  cities: z.array(z.string()),
  contact: z.string().nullable(),
  hashtag: z.string().nullable(),
});

async function callOf(c: AppContext, visitId: string): Promise<z.infer<typeof Call>> {
  const db = c.get("deps").db;
  const [call, pub] = await Promise.all([getCall(db, visitId), getPublicity(db, visitId)]);
  if (!call) throw new AppError(404, "not_found", "No call for input is recorded for this visit.");
  return {
    visit: visitId,
    deadline: call.deadline.toISOString(),
    address: call.address,
    portalUrl: call.portalUrl,
    maxWords: call.maxWords,
    maxPages: call.maxPages,
    languages: call.languages,
    formats: call.formats,
    source: call.source,
    cities: pub?.cities ?? [],
    contact: pub?.contact ?? null,
    hashtag: pub?.hashtag ?? null,
  };
}

export function submissionsApi(api: Api) {
  api.add({
    method: "get",
    path: "/submissions",
    operationId: "listSubmissions",
    summary: "Submissions of your organisations and coalitions, latest first",
    tag: "Submissions",
    auth: "session",
    query: z.object({ visit: z.string().uuid().optional() }),
    response: z.object({ items: z.array(SubmissionView), total: z.number().int() }),
    handler: async ({ query }, c) => {
      requireUser(c);
      const actor = c.get("auth").actor;
      const d = submissionDeps(c);
      const items = (await submissionsOf(d.db, d.keyring, actor, query.visit)).flatMap((loaded) => {
        const access = accessIfReadable(actor, loaded);
        return access ? [toView(access, c)] : [];
      });
      return { items, total: items.length };
    },
  });

  api.add({
    method: "post",
    path: "/submissions",
    operationId: "createSubmission",
    summary:
      "Start a submission to the mandate holder of a visit: parts with their audience, people with their consent (names and contacts are encrypted at rest)",
    tag: "Submissions",
    auth: "session",
    body: NewSubmission,
    status: 201,
    errors: {
      403: "Not a member of that organisation",
      404: "No such visit",
      422: "Not a member of that coalition",
    },
    response: SubmissionView,
    handler: async ({ body }, c) => {
      requireUser(c);
      return read(c, await createSubmission(submissionDeps(c), c.get("auth").actor, body));
    },
  });

  api.add({
    method: "get",
    path: "/submissions/{id}",
    operationId: "getSubmission",
    summary: "A submission as you may read it",
    tag: "Submissions",
    auth: "session",
    params: IdParams,
    errors: hiddenError,
    response: SubmissionView,
    handler: async ({ params }, c) => read(c, params.id),
  });

  api.add({
    method: "post",
    path: "/submissions/{id}/parts",
    operationId: "addSubmissionPart",
    summary: "Add a part (the owner organisation, or a partner of a joint submission)",
    tag: "Submissions",
    auth: "session",
    params: IdParams,
    body: PartInput,
    status: 201,
    errors: { ...hiddenError, 403: "Not allowed" },
    response: z.object({ id: z.string() }),
    handler: async ({ params, body }, c) => ({
      id: await addPart(submissionDeps(c), c.get("auth").actor, params.id, body),
    }),
  });

  api.add({
    method: "post",
    path: "/submissions/{id}/people",
    operationId: "addSubmissionPerson",
    summary: "Record a person the submission names, with their consent if given",
    tag: "Submissions",
    auth: "session",
    params: IdParams,
    body: PersonInput,
    status: 201,
    errors: { ...hiddenError, 403: "Only the organisation that holds the submission records people" },
    response: z.object({ id: z.string() }),
    handler: async ({ params, body }, c) => ({
      id: await addPerson(submissionDeps(c), c.get("auth").actor, params.id, body),
    }),
  });

  api.add({
    method: "post",
    path: "/submissions/{id}/people/{personId}/consents",
    operationId: "grantConsent",
    summary: "Record a consent: to whom the person agreed to be named",
    tag: "Submissions",
    auth: "session",
    params: PersonParams,
    body: ConsentInput,
    status: 201,
    errors: { ...hiddenError, 403: "Only the organisation that holds the submission records consent" },
    response: z.object({ id: z.string() }),
    handler: async ({ params, body }, c) => ({
      id: await grant(submissionDeps(c), c.get("auth").actor, params.id, params.personId, body),
    }),
  });

  api.add({
    method: "post",
    path: "/submissions/{id}/people/{personId}/consents/revoke",
    operationId: "revokeConsent",
    summary: "Withdraw a person's consent (one, or all still in force); the next export no longer names them",
    tag: "Submissions",
    auth: "session",
    params: PersonParams,
    body: z.object({ consent: z.string().uuid().optional().describe("One consent; all when left out") }),
    errors: { ...hiddenError, 403: "Only the organisation that holds the submission withdraws consent" },
    response: z.object({ revoked: z.number().int() }),
    handler: async ({ params, body }, c) => ({
      revoked: await revoke(submissionDeps(c), c.get("auth").actor, params.id, params.personId, body.consent),
    }),
  });

  api.add({
    method: "post",
    path: "/submissions/{id}/signoff",
    operationId: "signOffSubmission",
    summary: "Sign off your organisations' parts of a joint submission, as they are now",
    tag: "Submissions",
    auth: "session",
    params: IdParams,
    errors: { ...hiddenError, 403: "Not an admin of a contributing organisation" },
    response: z.object({ signedFor: z.array(z.string()).describe("Organisation ids") }),
    handler: async ({ params }, c) => ({
      signedFor: await signOffSubmission(submissionDeps(c), c.get("auth").actor, params.id),
    }),
  });

  api.add({
    method: "get",
    path: "/submissions/{id}/export",
    operationId: "exportSubmission",
    summary:
      "One audience's version as a file (base64): `expert` (with the cover letter, names with consent) or `public` (public parts, no names)",
    tag: "Submissions",
    auth: "session",
    params: IdParams,
    query: z.object({
      audience: z.enum(["public", "expert"]),
      format: z.enum(formats),
      leaveOut: z
        .enum(["true", "false"])
        .default("false")
        .describe("Export without the parts that name someone who has not agreed to appear in this version"),
    }),
    errors: {
      ...hiddenError,
      403: "Only an admin of the organisation that holds the submission exports it",
      409: "Blocked: a contributor has not signed off, or parts name people without consent (`details` says which)",
    },
    response: z.object({
      filename: z.string(),
      mediaType: z.string(),
      size: z.number().int(),
      content: z.string().describe("The file, base64-encoded"),
      leftOut: z.array(z.string()).describe("Why parts were left out, if any"),
    }),
    handler: async ({ params, query }, c) => {
      const file = await exportFile(submissionDeps(c), c.get("auth").actor, params.id, {
        audience: query.audience,
        format: query.format,
        leaveOut: query.leaveOut === "true",
        reader: c.get("i18n"),
      });
      return {
        filename: file.filename,
        mediaType: file.mediaType,
        size: file.bytes.length,
        content: Buffer.from(file.bytes).toString("base64"),
        leftOut: file.composed.problems.flatMap((p, i) =>
          p.blocking ? [file.composed.messages[i] ?? ""] : [],
        ),
      };
    },
  });

  api.add({
    method: "post",
    path: "/submissions/{id}/publish",
    operationId: "publishSubmission",
    summary: "Publish the public version on the visit's public page, in search and in the feed",
    tag: "Submissions",
    auth: "session",
    params: IdParams,
    errors: { ...hiddenError, 403: "Not an admin of the owner organisation", 409: "Blocked (see export)" },
    response: z.object({ url: z.string() }),
    handler: async ({ params }, c) => {
      await publish(submissionDeps(c), c.get("auth").actor, params.id, c.get("i18n"));
      return { url: `${c.get("deps").config.baseUrl}/submissions/${params.id}/public` };
    },
  });

  api.add({
    method: "get",
    path: "/visits/{id}/call-for-input",
    operationId: "getCallForInput",
    summary: "A visit's call for input, with what its public page says (cities, contact, hashtag)",
    tag: "Submissions",
    params: IdParams,
    errors: { 404: "No call for input is recorded" },
    response: Call,
    handler: async ({ params }, c) => callOf(c, params.id),
  });

  api.add({
    method: "put",
    path: "/visits/{id}/call-for-input",
    operationId: "saveCallForInput",
    summary:
      "Record or correct a visit's call for input (members of an organisation, coalition coordinators)",
    tag: "Submissions",
    auth: "session",
    params: IdParams,
    body: z.object({ call: CallInput, page: PublicityInput.optional() }),
    errors: { 403: "Not allowed", 404: "No such visit" },
    response: Call,
    handler: async ({ params, body }, c) => {
      requireUser(c);
      await saveCallForInput(submissionDeps(c), c.get("auth").actor, params.id, body.call, body.page ?? null);
      return callOf(c, params.id);
    },
  });
}
