import type { Hono } from "hono";
import { z } from "zod";
import { orgsOf } from "../accounts/organisations";
import { toCsv } from "../platform/csv";
import type { AppContext, AppEnv } from "../platform/http/context";
import { AppError, notFound } from "../platform/http/errors";
import type { FormProblem } from "../platform/http/fields";
import { formOf, see, signInFirst } from "../platform/http/forms";
import { paging, parsePageQuery } from "../platform/http/query";
import { page } from "../platform/http/render";
import { en, type MessageKey } from "../platform/i18n";
import { toXlsx } from "../platform/xlsx";
import { registryChoices } from "../visits/choices";
import { PREFIX, parseRecommendationPath, recommendationPath } from "./address";
import { RecommendationQuery, recommendationToApi, reportDeps } from "./api";
import { draftProblems, isAddressee, nextRef } from "./draft";
import { submissionOf } from "./http";
import {
  acceptReport,
  deleteDraft,
  ingestReport,
  mayReview,
  originalFile,
  type ReviewOperation,
  reportFor,
  reportView,
  reviewRecommendations,
  updateMetadata,
} from "./service";
import {
  countRecordsOfSymbol,
  getRecommendation,
  listRecommendations,
  listReports,
  type RecommendationFilter,
  type ReportRow,
  visitCandidates,
} from "./store";
import {
  RecommendationList,
  RecommendationPage,
  ReportList,
  ReportPage,
  type ReviewState,
  SplitPage,
  UploadPage,
} from "./views";

const REPORT = "/reports/:id{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}";
const ITEM = `${REPORT}/recommendations/:key{[0-9a-f]{8}}`;

type Status = Parameters<typeof page>[3];

/** A service error shown on the form that caused it, in the reader's language when its code is known. */
function problemOf(c: AppContext, form: string, err: AppError): FormProblem {
  const key = `reports.error.${err.code}` as MessageKey;
  const details = Array.isArray(err.details) ? (err.details as { path?: unknown }[]) : [];
  const path = typeof details[0]?.path === "string" ? details[0].path.split(".").at(-1) : undefined;
  return { form, message: key in en ? c.get("i18n").t(key) : err.message, field: path };
}

/** Errors the form that caused them shows; the others (404, 403…) go to the error pages. */
const onForm = (err: unknown): err is AppError =>
  err instanceof AppError && [400, 409, 413, 415, 422].includes(err.status);

const revisionOf = (f: (name: string) => string) => {
  const n = Number(f("revision"));
  return f("revision") !== "" && Number.isInteger(n) ? n : undefined;
};

const orNull = (s: string) => (s.trim() ? s.trim() : null);

async function choicesFor(c: AppContext) {
  return registryChoices(c.get("deps").db, c.get("i18n").locale);
}

async function reviewPage(c: AppContext, row: ReportRow, state: ReviewState = {}, status: Status = 200) {
  const db = c.get("deps").db;
  const actor = c.get("auth").actor;
  const reviewer = mayReview(actor, row);
  const view = reportView(row, reviewer);
  const [choices, candidates, existing] = await Promise.all([
    choicesFor(c),
    reviewer && view.countryIso3 && view.mandateId
      ? visitCandidates(db, view.countryIso3, view.mandateId)
      : [],
    reviewer && view.symbol ? countRecordsOfSymbol(db, view.symbol) : 0,
  ]);
  if (reviewer || !view.accepted) c.header("Cache-Control", "private, no-store");
  const i18n = c.get("i18n");
  return page(
    c,
    { title: view.symbol ?? view.fileName ?? i18n.t("reports.untitled") },
    <ReportPage
      i18n={i18n}
      csrf={c.get("auth").csrf}
      view={view}
      choices={choices}
      candidates={candidates}
      problems={reviewer && view.yieldsRecommendations ? draftProblems(view.recommendations) : []}
      existingRecords={existing}
      state={state}
    />,
    status,
  );
}

const EXPORT_MAX = 20_000;
const exportHeader = [
  "symbol",
  "ref",
  "country_iso3",
  "country",
  "mandate_id",
  "mandate",
  "addressee",
  "addressee_as_written",
  "heading",
  "text",
  "language",
  "document_type",
  "visit_id",
  "report_id",
  "accepted_at",
  "url",
];

/** Every recommendation matching the list's filters (up to EXPORT_MAX), page by page. */
async function exportItems(c: AppContext) {
  const filter = parsePageQuery(RecommendationQuery, c.req.query()) as RecommendationFilter;
  const db = c.get("deps").db;
  const all: Awaited<ReturnType<typeof listRecommendations>>["items"] = [];
  for (let offset = 0; offset < EXPORT_MAX; offset += 1000) {
    const { items } = await listRecommendations(db, { ...filter, limit: 1000, offset });
    all.push(...items);
    if (items.length < 1000) break;
  }
  return all;
}

async function exportRows(c: AppContext): Promise<unknown[][]> {
  const base = c.get("deps").config.baseUrl;
  return (await exportItems(c)).map((r) => [
    r.symbol,
    r.ref,
    r.countryIso3,
    r.countryNames.en,
    r.mandateId,
    r.mandateTitle,
    r.addressee,
    r.addresseeAsWritten,
    r.heading,
    r.text,
    r.language,
    r.documentType,
    r.visitId,
    r.reportId,
    r.acceptedAt.toISOString(),
    `${base}${recommendationPath(r.symbol, r.ref)}`,
  ]);
}

export function reportsPages(app: Hono<AppEnv>) {
  app.get("/recommendations.csv", async (c) => {
    return new Response(toCsv(exportHeader, await exportRows(c)), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="visitdesk-recommendations.csv"',
      },
    });
  });

  app.get("/recommendations.xlsx", async (c) => {
    const body = await toXlsx("Recommendations", exportHeader, await exportRows(c));
    return new Response(body, {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": 'attachment; filename="visitdesk-recommendations.xlsx"',
      },
    });
  });

  app.get("/recommendations.json", async (c) => {
    const base = c.get("deps").config.baseUrl;
    const items = (await exportItems(c)).map((r) => recommendationToApi(base, r));
    c.header("Content-Disposition", 'attachment; filename="visitdesk-recommendations.json"');
    return c.json({ items, total: items.length });
  });

  app.get("/recommendations", async (c) => {
    const query = parsePageQuery(RecommendationQuery, c.req.query());
    const db = c.get("deps").db;
    const [{ items, total }, choices] = await Promise.all([listRecommendations(db, query), choicesFor(c)]);
    const i18n = c.get("i18n");
    return page(
      c,
      { title: i18n.t("reports.recommendations.listTitle") },
      <RecommendationList
        i18n={i18n}
        items={items}
        total={total}
        choices={choices}
        params={{
          q: query.q,
          country: query.country,
          mandate: query.mandate,
          addressee: query.addressee,
          symbol: query.symbol,
          visit: query.visit,
        }}
        limit={query.limit}
        offset={query.offset}
      />,
    );
  });

  // The stable address: the symbol's slashes are part of the path (see address.ts).
  app.get(`${PREFIX}*`, async (c) => {
    const rest = new URL(c.req.url).pathname.slice(PREFIX.length);
    const found = parseRecommendationPath(rest);
    const rec = found && (await getRecommendation(c.get("deps").db, found.symbol, found.ref));
    if (!rec) throw notFound("This recommendation");
    const base = c.get("deps").config.baseUrl;
    if ((c.req.header("accept") ?? "").includes("application/json"))
      return c.json(recommendationToApi(base, rec));
    const i18n = c.get("i18n");
    return page(
      c,
      { title: i18n.t("reports.recommendation.title", { ref: rec.ref, symbol: rec.symbol }) },
      <RecommendationPage
        i18n={i18n}
        rec={rec}
        address={`${base}${recommendationPath(rec.symbol, rec.ref)}`}
      />,
    );
  });

  app.get("/reports", async (c) => {
    const query = parsePageQuery(z.object({ ...paging(50) }), c.req.query());
    const auth = c.get("auth");
    const [{ items, total }, choices] = await Promise.all([
      listReports(c.get("deps").db, auth.actor, query),
      choicesFor(c),
    ]);
    if (auth.user) c.header("Cache-Control", "private, no-store");
    const i18n = c.get("i18n");
    return page(
      c,
      { title: i18n.t("reports.list.title") },
      <ReportList
        i18n={i18n}
        items={items}
        total={total}
        limit={query.limit}
        offset={query.offset}
        choices={choices}
        signedIn={auth.user !== null}
        deleted={c.req.query("done") === "draftDeleted"}
      />,
    );
  });

  async function uploadForm(
    c: AppContext,
    values: Record<string, string | undefined>,
    problem?: FormProblem,
    status?: Status,
  ) {
    const auth = c.get("auth");
    const orgs = auth.user ? await orgsOf(c.get("deps").db, auth.user.id) : [];
    c.header("Cache-Control", "no-store");
    return page(
      c,
      { title: c.get("i18n").t("reports.upload.title") },
      <UploadPage
        i18n={c.get("i18n")}
        csrf={auth.csrf}
        orgs={orgs.map((o) => ({ value: o.org.id, label: o.org.name }))}
        values={values}
        problem={problem}
      />,
      status,
    );
  }

  app.get("/reports/new", (c) => {
    if (!c.get("auth").user) return signInFirst(c, "/reports/new");
    return uploadForm(c, {});
  });

  app.post("/reports", async (c) => {
    if (!c.get("auth").user) return signInFirst(c, "/reports/new");
    let pasted: string | undefined;
    try {
      const { submission, organisation } = await submissionOf(c);
      if (submission.kind === "text") pasted = submission.text;
      const row = await ingestReport(reportDeps(c), c.get("auth").actor, submission, { organisation });
      return see(c, `/reports/${row.id}?done=uploaded`);
    } catch (err) {
      if (onForm(err))
        return uploadForm(c, { text: pasted }, problemOf(c, "upload", err), err.status as Status);
      throw err;
    }
  });

  app.get(REPORT, async (c) => {
    const actor = c.get("auth").actor;
    const row = await reportFor(c.get("deps").db, actor, c.req.param("id"));
    const done = c.req.query("done");
    return reviewPage(c, row, {
      done: done && /^[a-z]{2,20}$/.test(done) && `reports.done.${done}` in en ? done : undefined,
    });
  });

  app.get(`${REPORT}/original`, async (c) => {
    const file = await originalFile(reportDeps(c), c.get("auth").actor, c.req.param("id"));
    // Always a download: an uploaded web page must never run as one of ours.
    return c.body(new Uint8Array(file.bytes), 200, {
      "Content-Type": file.type,
      "Content-Disposition": `attachment; filename="${file.name.replace(/[^\w.-]+/g, "_")}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      "Cache-Control": "private, no-store",
    });
  });

  /**
   * A review form's POST: signed out, sign in and come back; a problem the reviewer can fix, the
   * page again with the form as it was sent; otherwise back to the report.
   */
  function reviewPost(
    path: string,
    form: (c: AppContext) => string,
    act: (c: AppContext, f: (name: string) => string) => Promise<string>,
  ) {
    app.post(path, async (c) => {
      const id = c.req.param("id") as string;
      if (!c.get("auth").user) return signInFirst(c, `/reports/${id}`);
      const f = await formOf(c);
      try {
        return see(c, await act(c, f));
      } catch (err) {
        if (!onForm(err)) throw err;
        const row = await reportFor(c.get("deps").db, c.get("auth").actor, id);
        const body = await c.req.parseBody();
        const values = Object.fromEntries(
          Object.entries(body).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])),
        );
        return reviewPage(c, row, { values, problem: problemOf(c, form(c), err) }, err.status as Status);
      }
    });
  }

  reviewPost(
    `${REPORT}/metadata`,
    () => "metadata",
    async (c, f) => {
      const id = c.req.param("id") as string;
      const session = f("hrcSession").trim();
      await updateMetadata(
        reportDeps(c),
        c.get("auth").actor,
        id,
        {
          documentType: f("documentType") as ReportRow["documentType"],
          symbol: orNull(f("symbol")),
          country: orNull(f("country")),
          mandate: orNull(f("mandate")),
          visitFrom: orNull(f("visitFrom")),
          visitTo: orNull(f("visitTo")),
          hrcSession: session ? Math.trunc(Number(session)) || null : null,
          visit: f("visit") || "auto",
        },
        revisionOf(f),
      );
      return `/reports/${id}?done=saved#about`;
    },
  );

  const review = async (c: AppContext, f: (name: string) => string, op: ReviewOperation) => {
    const id = c.req.param("id") as string;
    await reviewRecommendations(reportDeps(c), c.get("auth").actor, id, op, revisionOf(f));
    return id;
  };

  const itemFields = (f: (name: string) => string) => {
    const addressee = f("addressee");
    return {
      ref: f("ref"),
      addressee: isAddressee(addressee) ? addressee : null,
      addresseeAsWritten: orNull(f("addresseeAsWritten")),
      heading: orNull(f("heading")),
      text: f("text").trim(),
    };
  };

  reviewPost(
    ITEM,
    (c) => `rec-${c.req.param("key")}`,
    async (c, f) => {
      const key = c.req.param("key") as string;
      const action = f("do");
      const op: ReviewOperation =
        action === "delete"
          ? { op: "delete", key }
          : action === "merge"
            ? { op: "merge", key }
            : { op: "edit", key, edit: itemFields(f) };
      const id = await review(c, f, op);
      return `/reports/${id}?done=${op.op === "edit" ? "saved" : op.op === "delete" ? "deleted" : "merged"}#${op.op === "delete" ? "recommendations" : `r-${key}`}`;
    },
  );

  reviewPost(
    `${REPORT}/recommendations`,
    () => "add",
    async (c, f) => {
      const after = f("after");
      const id = await review(c, f, {
        op: "add",
        after: after === "start" ? null : after || undefined,
        item: itemFields(f),
      });
      return `/reports/${id}?done=added#recommendations`;
    },
  );

  reviewPost(
    `${REPORT}/extract-again`,
    () => "extract",
    async (c, f) => `/reports/${await review(c, f, { op: "extractAgain" })}?done=extracted#recommendations`,
  );

  reviewPost(
    `${REPORT}/accept`,
    () => "accept",
    async (c, f) => {
      const id = c.req.param("id") as string;
      await acceptReport(reportDeps(c), c.get("auth").actor, id, revisionOf(f));
      return `/reports/${id}?done=accepted`;
    },
  );

  app.post(`${REPORT}/delete`, async (c) => {
    const id = c.req.param("id");
    if (!c.get("auth").user) return signInFirst(c, `/reports/${id}`);
    await deleteDraft(reportDeps(c), c.get("auth").actor, id);
    return see(c, "/reports?done=draftDeleted");
  });

  async function splitPage(
    c: AppContext,
    values?: Record<string, string>,
    problem?: FormProblem,
    status?: Status,
  ) {
    const row = await reportFor(
      c.get("deps").db,
      c.get("auth").actor,
      c.req.param("id") as string,
      "report.review",
    );
    const item = row.draft.find((r) => r.key === c.req.param("key"));
    if (!item) throw notFound("This recommendation");
    c.header("Cache-Control", "private, no-store");
    const i18n = c.get("i18n");
    return page(
      c,
      { title: i18n.t("reports.split.title", { ref: item.ref }) },
      <SplitPage
        i18n={i18n}
        csrf={c.get("auth").csrf}
        view={reportView(row, true)}
        item={item}
        suggestedRef={nextRef(item.ref)}
        values={values}
        problem={problem}
      />,
      status,
    );
  }

  app.get(`${ITEM}/split`, (c) => {
    if (!c.get("auth").user) return signInFirst(c, c.req.path);
    return splitPage(c);
  });

  app.post(`${ITEM}/split`, async (c) => {
    const key = c.req.param("key");
    if (!c.get("auth").user) return signInFirst(c, `/reports/${c.req.param("id")}`);
    const f = await formOf(c);
    try {
      const id = await review(c, f, { op: "split", key, text: f("text"), newRef: f("newRef") });
      return see(c, `/reports/${id}?done=split#r-${key}`);
    } catch (err) {
      if (!onForm(err)) throw err;
      return splitPage(
        c,
        { text: f("text"), newRef: f("newRef") },
        problemOf(c, "split", err),
        err.status as Status,
      );
    }
  });
}
