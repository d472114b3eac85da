import type { Hono } from "hono";
import type { Child } from "hono/jsx";
import { z } from "zod";
import type { Actor } from "../../platform/access";
import type { Api } from "../../platform/http/api";
import type { AppContext, AppEnv } from "../../platform/http/context";
import { AppError } from "../../platform/http/errors";
import { page } from "../../platform/http/render";
import { canOnVisits } from "../policy";
import { EventType } from "../status";
import { applyImport, type ImportFile, type ImportOptions, type ImportOutcome, previewImport } from "./apply";
import { importFields, parseMapping } from "./columns";
import { ImportFileError } from "./decode";
import { dropPending, keepPending, loadPending, PENDING_MINUTES, repackPending } from "./pending";
import { importFormats, MAX_BYTES } from "./read";
import { templateCsv, templateXlsx } from "./template";
import { ExpiredPage, PreviewPage, ResultPage, UploadPage } from "./views";

/** Importing adds to the public registry in bulk: see `visit.import` in the visits policy. */
function importer(c: AppContext): { actor: Actor; userId: string } {
  const { actor, user } = c.get("auth");
  if (!user) throw new AppError(401, "unauthenticated", "Sign in to import visits.");
  if (!canOnVisits(actor, "visit.import"))
    throw new AppError(
      403,
      "forbidden",
      "Only members of an organisation may import visits into the registry.",
    );
  return { actor, userId: user.id };
}

const today = (c: AppContext) => c.get("deps").clock().toISOString().slice(0, 10);

const Options = z.object({
  format: z.enum(importFormats).or(z.literal("")).optional(),
  encoding: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{0,40}$/, "Give an encoding name such as windows-1252")
    .optional(),
  sheet: z.string().trim().max(100).optional(),
});

/** Reading options from a form or a query, without empty values. */
function optionsOf(input: Record<string, unknown>, mapping?: Record<string, string>): ImportOptions {
  const o = Options.parse(input);
  return {
    ...(o.format ? { format: o.format } : {}),
    ...(o.encoding ? { encoding: o.encoding } : {}),
    ...(o.sheet ? { sheet: o.sheet } : {}),
    ...(mapping && Object.keys(mapping).length ? { mapping } : {}),
  };
}

/** A file problem for programs: a too large file is 413, anything else 422, naming the column or line. */
function asAppError(err: ImportFileError): AppError {
  const path = err.details.column ?? (err.details.line ? `line ${err.details.line}` : "file");
  return new AppError(err.code === "too_large" ? 413 : 422, err.code, err.message, [
    { path, message: err.message },
  ]);
}

const noStore = (c: AppContext) => c.header("Cache-Control", "no-store");

export function visitImportPages(app: Hono<AppEnv>) {
  app.get(
    "/visits/import/template.csv",
    () =>
      new Response(templateCsv(), {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": 'attachment; filename="visitdesk-visits-template.csv"',
        },
      }),
  );
  app.get(
    "/visits/import/template.xlsx",
    async () =>
      new Response(await templateXlsx(), {
        headers: {
          "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "Content-Disposition": 'attachment; filename="visitdesk-visits-template.xlsx"',
        },
      }),
  );

  const uploadPage = (c: AppContext, problem?: string, status: Parameters<typeof page>[3] = 200) => {
    noStore(c);
    return page(
      c,
      { title: c.get("i18n").t("visitImport.title") },
      <UploadPage i18n={c.get("i18n")} csrf={c.get("auth").csrf} problem={problem} />,
      status,
    );
  };

  app.get("/visits/import", (c) => {
    importer(c);
    return uploadPage(c);
  });

  app.post("/visits/import", async (c) => {
    const { userId } = importer(c);
    const { t } = c.get("i18n");
    // A stated size over the limit is refused before the form is parsed here (a browser's form
    // post has had its fields read once already, by the CSRF check).
    if (Number(c.req.header("content-length") ?? 0) > MAX_BYTES + 64 * 1024)
      return uploadPage(c, t("visitImport.tooLarge"), 413);
    const form = await c.req.parseBody();
    const file = form.file;
    if (!(file instanceof File) || file.size === 0) return uploadPage(c, t("visitImport.chooseFile"), 400);
    if (file.size > MAX_BYTES) return uploadPage(c, t("visitImport.tooLarge"), 413);
    const parsed = Options.safeParse(form);
    const token = await keepPending(c.get("deps").files, {
      userId,
      name: file.name.slice(0, 200) || "upload",
      options: parsed.success ? optionsOf(form) : {},
      bytes: new Uint8Array(await file.arrayBuffer()),
      now: c.get("deps").clock(),
    });
    return c.redirect(`/visits/import/${token}`, 303);
  });

  const pending = async (c: AppContext, userId: string) =>
    loadPending(c.get("deps").files, c.req.param("token") ?? "", userId, c.get("deps").clock());

  const expired = (c: AppContext) => {
    noStore(c);
    return page(
      c,
      { title: c.get("i18n").t("visitImport.expired.title") },
      <ExpiredPage i18n={c.get("i18n")} minutes={PENDING_MINUTES} />,
      410,
    );
  };

  const preview = async (
    c: AppContext,
    token: string,
    p: NonNullable<Awaited<ReturnType<typeof pending>>>,
    extra: { outcome?: ImportOutcome; notice?: string; status?: Parameters<typeof page>[3] } = {},
  ) => {
    const file: ImportFile = { bytes: p.bytes, name: p.meta.name, options: p.meta.options };
    let body: Child;
    let status = extra.status ?? 200;
    const common = {
      i18n: c.get("i18n"),
      csrf: c.get("auth").csrf,
      token,
      name: p.meta.name,
      options: file.options,
    };
    try {
      const outcome = extra.outcome ?? (await previewImport(c.get("deps").db, file, today(c)));
      body = <PreviewPage {...common} outcome={outcome} notice={extra.notice} />;
    } catch (err) {
      if (!(err instanceof ImportFileError)) throw err;
      status = err.code === "too_large" ? 413 : 422;
      body = <PreviewPage {...common} fileProblem={err.message} headers={err.details.headers} />;
    }
    noStore(c);
    return page(c, { title: c.get("i18n").t("visitImport.preview.title") }, body, status);
  };

  app.get("/visits/import/:token{[a-f0-9]{64}}", async (c) => {
    const { userId } = importer(c);
    const p = await pending(c, userId);
    return p ? preview(c, c.req.param("token"), p) : expired(c);
  });

  app.post("/visits/import/:token{[a-f0-9]{64}}/options", async (c) => {
    const { userId } = importer(c);
    const token = c.req.param("token");
    const p = await pending(c, userId);
    if (!p) return expired(c);
    const form = await c.req.parseBody();
    const mapping: Record<string, string> = {};
    for (const [k, v] of Object.entries(form)) {
      const i = k.match(/^header\.(\d{1,4})$/)?.[1];
      const field = form[`map.${i}`];
      if (i !== undefined && typeof v === "string" && typeof field === "string")
        mapping[v] = (importFields as readonly string[]).includes(field) ? field : "";
    }
    const parsed = Options.safeParse(form);
    const next = await repackPending(
      c.get("deps").files,
      token,
      p,
      parsed.success ? optionsOf(form, mapping) : { ...p.meta.options, mapping },
      c.get("deps").clock(),
    );
    return c.redirect(`/visits/import/${next}`, 303);
  });

  app.post("/visits/import/:token{[a-f0-9]{64}}/confirm", async (c) => {
    const { userId } = importer(c);
    const token = c.req.param("token");
    const p = await pending(c, userId);
    if (!p) return expired(c);
    const form = await c.req.parseBody();
    const i18n = c.get("i18n");
    let outcome: ImportOutcome;
    try {
      outcome = await applyImport(
        c.get("deps").db,
        { bytes: p.bytes, name: p.meta.name, options: p.meta.options },
        { validOnly: form.validOnly === "1", actorId: userId, via: "web" },
        today(c),
      );
    } catch (err) {
      if (err instanceof ImportFileError) return preview(c, token, p);
      throw err;
    }
    if (!outcome.applied)
      return preview(c, token, p, { outcome, notice: i18n.t("visitImport.done.nothing"), status: 422 });
    await dropPending(c.get("deps").files, token);
    noStore(c);
    return page(c, { title: i18n.t("visitImport.done.title") }, <ResultPage i18n={i18n} outcome={outcome} />);
  });
}

const flag = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1")
  .optional();

const ImportedEvent = z.object({
  type: EventType,
  date: z.string(),
  precision: z.enum(["day", "month", "year"]),
  from: z.string().nullable(),
  to: z.string().nullable(),
  symbol: z.string().nullable(),
  session: z.number().nullable(),
});

const ImportResult = z.object({
  applied: z.boolean().describe("False for a dry run, or when rows were rejected and nothing was imported"),
  file: z.object({
    name: z.string(),
    sha256: z.string(),
    format: z.enum(importFormats),
    encoding: z.string().nullable(),
    sheet: z.string().nullable(),
    unit: z.enum(["line", "row"]).describe("What `line` counts in this format: text lines or rows"),
  }),
  columns: z.array(z.object({ header: z.string(), field: z.string().nullable() })),
  counts: z.object({
    rows: z.number().int(),
    newVisits: z.number().int(),
    updatedVisits: z.number().int(),
    newEvents: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.number().int(),
  }),
  rows: z.array(
    z.object({
      line: z.number().int(),
      country: z.string().nullable(),
      mandate: z.string().nullable(),
      outcome: z.enum(["new_visit", "add_events", "unchanged", "rejected"]),
      visitId: z.string().nullable().describe("The visit the row goes to; null for a new visit in a dry run"),
      events: z.array(ImportedEvent).describe("Letters and events the row adds"),
      known: z.number().int().describe("Letters and events of the row already recorded"),
      problems: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })),
    }),
  ),
});

function toApi(o: ImportOutcome): z.infer<typeof ImportResult> {
  return {
    applied: o.applied,
    file: o.file,
    columns: o.columns,
    counts: o.plan.counts,
    rows: o.plan.rows.map((r) => {
      const v = r.visit === null ? null : o.plan.visits[r.visit];
      return {
        line: r.line,
        country: r.country,
        mandate: r.mandate,
        outcome: r.outcome,
        visitId: v?.id ?? v?.createdId ?? null,
        events: r.added.map((e) => ({
          type: e.type,
          date: e.date,
          precision: e.precision ?? "day",
          from: e.from ?? null,
          to: e.to ?? null,
          symbol: e.symbol ?? null,
          session: e.session ?? null,
        })),
        known: r.known,
        problems: r.problems,
      };
    }),
  };
}

export function visitImportApi(api: Api) {
  api.add({
    method: "post",
    path: "/visits/import",
    operationId: "importVisits",
    summary:
      "Import visits from a CSV, XLSX, JSON or HTML file (signed in). With dryRun=true, only says what would change; otherwise imports in one transaction, and a file with a rejected row changes nothing unless validOnly=true",
    tag: "Visits",
    auth: "session",
    query: z.object({
      dryRun: flag.describe("Preview only: nothing is written"),
      validOnly: flag.describe("Import the valid rows even when others are rejected"),
      format: z.enum(importFormats).optional().describe("Otherwise detected from the content"),
      encoding: Options.shape.encoding.describe("Of a text file without byte-order mark; UTF-8 by default"),
      sheet: Options.shape.sheet.describe("Of an XLSX file; the first by default"),
      map: z
        .string()
        .max(5000)
        .optional()
        .describe("Column mapping, Header=field pairs separated by commas, e.g. Pays=country,Mandat=mandate"),
      name: z.string().trim().max(200).optional().describe("The file's name, kept in the audit log"),
    }),
    upload: {
      field: "file",
      maxBytes: MAX_BYTES,
      description: "The file, in the form field `file` (at most 25 MB, 50,000 rows)",
    },
    response: ImportResult,
    errors: {
      403: "Not allowed to add visits",
      413: "The file is larger than 25 MB",
      422: "The file cannot be read (encoding, missing column…), or rows were rejected and nothing was imported",
    },
    handler: async ({ query, file }, c) => {
      const { userId } = importer(c);
      let mapping: Record<string, string>;
      try {
        mapping = parseMapping(query.map ?? "");
      } catch (err) {
        throw new AppError(400, "invalid_request", (err as Error).message, [
          { path: "map", message: (err as Error).message },
        ]);
      }
      const input: ImportFile = {
        bytes: file,
        name: query.name ?? "upload",
        options: optionsOf(query, mapping),
      };
      let outcome: ImportOutcome;
      try {
        outcome = query.dryRun
          ? await previewImport(c.get("deps").db, input, today(c))
          : await applyImport(
              c.get("deps").db,
              input,
              { validOnly: query.validOnly, actorId: userId, via: "api" },
              today(c),
            );
      } catch (err) {
        throw err instanceof ImportFileError ? asAppError(err) : err;
      }
      if (!query.dryRun && !outcome.applied) {
        const rejected = outcome.plan.rows.filter((r) => r.outcome === "rejected");
        throw new AppError(
          422,
          "rows_rejected",
          `${rejected.length} of ${outcome.plan.counts.rows} rows were rejected, so nothing was imported. Correct them, or import only the valid rows with validOnly=true.`,
          rejected.flatMap((r) =>
            r.problems.map((p) => ({
              path: `${outcome.file.unit} ${r.line}${p.field ? `.${p.field}` : ""}`,
              line: r.line,
              field: p.field,
              message: p.message,
            })),
          ),
        );
      }
      return toApi(outcome);
    },
  });
}
