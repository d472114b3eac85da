import type { Hono } from "hono";
import { z } from "zod";
import type { AppContext, AppEnv } from "./context";
import { AppError, badRequest } from "./errors";

type Method = "get" | "post" | "put" | "patch" | "delete";
type AnyObject = z.ZodObject<z.ZodRawShape>;

export interface ApiRoute<
  Q extends AnyObject,
  P extends AnyObject,
  R extends z.ZodType,
  B extends AnyObject = AnyObject,
> {
  method: Method;
  /** OpenAPI-style path below /api/v1, e.g. `/mandates/{id}`. */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  query?: Q;
  params?: P;
  /** A JSON request body (Content-Type: application/json). */
  body?: B;
  /** Instead of JSON: one file in a multipart/form-data field, at most maxBytes long. */
  upload?: { field: string; maxBytes: number; description: string };
  response: R;
  /** 200 by default; 201 for a creation. */
  status?: 200 | 201;
  /** Who may call it, shown in the document: `session` means a session cookie or an API token. */
  auth?: "session";
  /** Statuses other than 200 the operation may answer, with what they mean. */
  errors?: Partial<Record<400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429, string>>;
  handler: (
    input: { query: z.infer<Q>; params: z.infer<P>; body: z.infer<B>; file: Uint8Array },
    c: AppContext,
  ) => Promise<z.infer<R>>;
}

// biome-ignore lint/suspicious/noExplicitAny: the registry holds routes of every shape.
type AnyRoute = ApiRoute<any, any, any, any>;

const ErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

/**
 * The JSON API: each route is declared once with its zod schemas, which both validate the request
 * (400 with every bad field named) and describe it in the OpenAPI document.
 */
export class Api {
  private readonly routes: AnyRoute[] = [];

  add<Q extends AnyObject, P extends AnyObject, R extends z.ZodType, B extends AnyObject = AnyObject>(
    route: ApiRoute<Q, P, R, B>,
  ): void {
    this.routes.push(route as AnyRoute);
  }

  mount(app: Hono<AppEnv>): void {
    for (const route of this.routes) {
      const honoPath = route.path.replace(/\{(\w+)\}/g, ":$1");
      app.on(route.method.toUpperCase(), honoPath, async (c) => {
        const query = parse(route.query, c.req.query());
        const params = parse(route.params, c.req.param());
        const body = route.body ? parse(route.body, await jsonBody(c as AppContext)) : {};
        const file = route.upload ? await uploadedFile(c as AppContext, route.upload) : new Uint8Array();
        const result = await route.handler({ query, params, body, file }, c as AppContext);
        return c.json(result as object, route.status ?? 200);
      });
    }
  }

  openapi(info: { version: string; serverUrl: string }): object {
    const paths: Record<string, Record<string, unknown>> = {};
    for (const r of this.routes) {
      const parameters = [...describeParameters(r.params, "path"), ...describeParameters(r.query, "query")];
      const responses: Record<string, unknown> = {
        [r.status ?? 200]: {
          description: "OK",
          content: { "application/json": { schema: jsonSchema(r.response, "output") } },
        },
        400: errorResponse("The request is not valid; `details` names each bad field."),
      };
      for (const [status, description] of Object.entries(r.errors ?? {}))
        responses[status] = errorResponse(description);
      paths[r.path] ??= {};
      if (r.auth) responses[401] ??= errorResponse("Not signed in");
      (paths[r.path] as Record<string, unknown>)[r.method] = {
        operationId: r.operationId,
        summary: r.summary,
        tags: [r.tag],
        parameters,
        ...(r.body
          ? {
              requestBody: {
                required: true,
                content: { "application/json": { schema: jsonSchema(r.body, "input") } },
              },
            }
          : {}),
        ...(r.auth ? { security: [{ session: [] }, { bearer: [] }] } : {}),
        responses,
      };
    }
    return {
      openapi: "3.1.0",
      info: {
        title: "Visitdesk API",
        version: info.version,
        description:
          "Civil society's workspace for UN Special Procedures country visits. Errors are answered as `{ error: { code, message, details } }`.",
        license: { name: "MIT", identifier: "MIT" },
      },
      servers: [{ url: info.serverUrl }],
      components: {
        securitySchemes: {
          session: {
            type: "apiKey",
            in: "cookie",
            name: "vd_session",
            description:
              "Set by POST /session. State-changing calls also need the X-CSRF-Token header (the csrfToken of /me).",
          },
          bearer: {
            type: "http",
            scheme: "bearer",
            description: "An API token (vdt_…) created on the account page.",
          },
        },
      },
      paths,
    };
  }
}

async function jsonBody(c: AppContext): Promise<Record<string, unknown>> {
  if (!(c.req.header("content-type") ?? "").toLowerCase().startsWith("application/json")) {
    throw new AppError(
      415,
      "unsupported_media_type",
      "Send the request body as JSON (Content-Type: application/json).",
    );
  }
  try {
    const body = await c.req.json();
    if (body === null || typeof body !== "object" || Array.isArray(body)) throw new Error("not an object");
    return body as Record<string, unknown>;
  } catch {
    throw new AppError(400, "invalid_json", "The request body is not a valid JSON object.");
  }
}

/**
 * Reads one uploaded file. The declared length is checked before anything is read, and the bytes
 * again after, so a huge upload is refused without being held in memory.
 */
async function uploadedFile(c: AppContext, spec: { field: string; maxBytes: number }): Promise<Uint8Array> {
  const tooLarge = () =>
    new AppError(
      413,
      "file_too_large",
      `The file is too large: at most ${Math.round(spec.maxBytes / 1024)} KB.`,
      [{ path: spec.field, message: "Too large" }],
    );
  const declared = Number(c.req.header("content-length") ?? "0");
  if (declared > spec.maxBytes + 64 * 1024) throw tooLarge();
  if (!(c.req.header("content-type") ?? "").startsWith("multipart/form-data")) {
    throw new AppError(
      415,
      "unsupported_media_type",
      `Send the file as multipart/form-data in the field "${spec.field}".`,
    );
  }
  const form = await c.req.parseBody();
  const file = form[spec.field];
  if (!(file instanceof File)) {
    throw new AppError(400, "invalid_request", `Choose a file to upload (field "${spec.field}").`, [
      { path: spec.field, message: "Missing" },
    ]);
  }
  if (file.size > spec.maxBytes) throw tooLarge();
  return new Uint8Array(await file.arrayBuffer());
}

function parse<T extends AnyObject | undefined>(schema: T, input: Record<string, unknown>) {
  if (!schema) return {};
  const result = schema.safeParse(input);
  if (!result.success) throw badRequest(result.error);
  return result.data;
}

function jsonSchema(schema: z.ZodType, io: "input" | "output"): object {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  return rest;
}

function describeParameters(schema: AnyObject | undefined, where: "path" | "query") {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    const f = field as z.ZodType;
    const s = jsonSchema(f, "input") as { description?: string };
    return {
      name,
      in: where,
      required: where === "path" || !f.safeParse(undefined).success,
      ...(s.description ? { description: s.description } : {}),
      schema: s,
    };
  });
}

function errorResponse(description: string) {
  return { description, content: { "application/json": { schema: jsonSchema(ErrorSchema, "output") } } };
}
