import type { Hono } from "hono";
import { z } from "zod";
import { countryName } from "../countries/country";
import { renderDocx } from "../platform/documents/docx";
import type { AppContext, AppEnv } from "../platform/http/context";
import { AppError, notFound } from "../platform/http/errors";
import type { FormProblem } from "../platform/http/fields";
import { see, signInFirst } from "../platform/http/forms";
import { page } from "../platform/http/render";
import { type Locale, localeNames } from "../platform/i18n";
import { atomFeed } from "../visits/feeds";
import { getVisit, type VisitEventRow, type VisitSummary } from "../visits/store";
import { mandateTitleIn, statusKey } from "../visits/views";
import { documentModel, type Format, formatTypes, renderDocument } from "./exports";
import {
  actorOf,
  list,
  problemOf,
  render,
  type Status,
  subId,
  submissionDeps,
  visitOr404,
  visitTitle,
} from "./http";
import { CallInput, PublicityInput } from "./inputs";
import { canEditVisitPublicity } from "./policy";
import {
  CallEditPage,
  PosterDocument,
  PublicSubmissionPage,
  type PublicVisitData,
  posterCss,
  VisitPublicPage,
} from "./public-views";
import { pressRelease, qrSvg, shareLocales, shareText, type VisitPublicFacts } from "./publicity";
import { callSummary, documentI18n, saveCallForInput } from "./service";
import { type CallRow, getCall, getPublicity, publishedVersions } from "./store";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const SUB = `/submissions/:id{${UUID}}`;
const VISIT = `/visits/:vid{${UUID}}`;

/**
 * The public side: the visit's public page, poster, press release and call for input, the public
 * versions of submissions and their feed. Only what a submission published (its public version)
 * appears here.
 */
export function publicPages(app: Hono<AppEnv>) {
  app.get("/submissions/poster.css", (c) =>
    c.body(posterCss, 200, {
      "Content-Type": "text/css; charset=utf-8",
      "Cache-Control": "public, max-age=3600",
    }),
  );

  // The public version as published

  async function published(c: AppContext) {
    const [p] = await publishedVersions(c.get("deps").db, { id: subId(c) });
    if (!p) throw notFound("This public version");
    return p;
  }

  app.get(`${SUB}/public`, async (c) => {
    const p = await published(c);
    const i18n = c.get("i18n");
    const v = await getVisit(c.get("deps").db, p.visitId);
    return page(
      c,
      { title: p.document.title, description: i18n.t("submissions.public.versionOf", { org: p.orgName }) },
      <PublicSubmissionPage
        i18n={i18n}
        id={p.id}
        doc={p.document}
        org={p.orgName}
        visit={{ id: p.visitId, title: v ? visitTitle(v, i18n) : "" }}
        publishedAt={p.publishedAt}
      />,
    );
  });

  app.get(`${SUB}/:file{public\\.(docx|pdf)}`, async (c) => {
    const p = await published(c);
    const format = (c.req.param("file") as string).split(".")[1] as Format;
    const i18n = documentI18n({ language: p.document.language }, c.get("i18n"));
    const v = await getVisit(c.get("deps").db, p.visitId);
    const meta = [
      p.orgName,
      ...(v
        ? [
            i18n.t("submissions.doc.visit", {
              mandate: mandateTitleIn(v, i18n.locale),
              country: countryName({ names: v.countryNames }, i18n.locale),
            }),
          ]
        : []),
    ];
    const bytes = await renderDocument(documentModel(p.document, i18n, meta), format);
    return c.body(new Uint8Array(bytes), 200, {
      "Content-Type": formatTypes[format],
      "Content-Disposition": `attachment; filename="public-version.${format}"`,
    });
  });

  // The visit's public page, its poster, its press release, its call for input

  async function publicData(c: AppContext): Promise<PublicVisitData> {
    const v = await visitOr404(c);
    const { db, clock, config } = c.get("deps");
    const i18n = c.get("i18n");
    const [call, pub, versions] = await Promise.all([
      getCall(db, v.id),
      getPublicity(db, v.id),
      publishedVersions(db, { visitId: v.id }),
    ]);
    const facts = publicFacts(v, call, pub, `${config.baseUrl}/visits/${v.id}/public`);
    return {
      id: v.id,
      title: i18n.t("submissions.public.title", {
        mandate: facts.mandate(i18n.locale),
        country: facts.country(i18n.locale),
      }),
      country: facts.country(i18n.locale),
      mandate: facts.mandate(i18n.locale),
      holder: v.mandateHolder,
      status: i18n.t(statusKey(v.status)),
      when:
        v.visitFrom && v.visitTo
          ? i18n.t("submissions.share.dates", {
              from: i18n.formatDate(v.visitFrom),
              to: i18n.formatDate(v.visitTo),
            })
          : i18n.t("submissions.public.noDates"),
      cities: pub?.cities ?? [],
      contact: pub?.contact ?? null,
      call: callSummary(call, i18n, clock()),
      published: versions.map((p) => ({
        id: p.id,
        title: p.document.title,
        org: p.orgName,
        date: p.publishedAt,
      })),
      statements: v.events
        .filter((e: VisitEventRow) => e.type === "end_of_visit_statement")
        .map((e) => ({ date: e.date, source: e.source, note: e.note })),
      shares: shareLocales.map((l) => ({ locale: l, language: localeNames[l], text: shareText(l, facts) })),
      url: facts.url,
      canEdit: canEditVisitPublicity(actorOf(c)),
    };
  }

  app.get(`${VISIT}/public`, async (c) => {
    const data = await publicData(c);
    const i18n = c.get("i18n");
    // What people see when the page is shared: the share text in the reader's language.
    const description = data.shares.find((s) => s.locale === i18n.locale)?.text ?? data.title;
    return page(
      c,
      { title: data.title, description, openGraph: { title: data.title, description, url: data.url } },
      <VisitPublicPage i18n={i18n} data={data} />,
    );
  });

  app.get(`${VISIT}/poster`, async (c) => {
    const data = await publicData(c);
    return c.html(<PosterDocument i18n={c.get("i18n")} data={data} qr={await qrSvg(data.url)} />);
  });

  app.get(`${VISIT}/press-release.docx`, async (c) => {
    const v = await visitOr404(c);
    const i18n = c.get("i18n");
    const facts = publicFacts(
      v,
      ...(await callAndPublicity(c)),
      `${c.get("deps").config.baseUrl}/visits/${v.id}/public`,
    );
    const bytes = await renderDocx(pressRelease(i18n, facts));
    return c.body(new Uint8Array(bytes), 200, {
      "Content-Type": formatTypes.docx,
      "Content-Disposition": 'attachment; filename="press-release.docx"',
    });
  });

  async function callPage(
    c: AppContext,
    values?: Record<string, string | undefined>,
    problem?: FormProblem,
    status?: Status,
  ) {
    const v = await visitOr404(c);
    const i18n = c.get("i18n");
    if (!canEditVisitPublicity(actorOf(c)))
      throw new AppError(403, "forbidden", i18n.t("submissions.callEdit.notAllowed"));
    const [call, pub] = await callAndPublicity(c);
    const stored: Record<string, string | undefined> = {
      deadline: call?.deadline.toISOString().slice(0, 10),
      address: call?.address ?? undefined,
      portalUrl: call?.portalUrl ?? undefined,
      maxWords: call?.maxWords?.toString(),
      maxPages: call?.maxPages?.toString(),
      languages: call?.languages.join(", "),
      formats: call?.formats.join(","),
      source: call?.source ?? undefined,
      cities: pub?.cities.join(", "),
      contact: pub?.contact ?? undefined,
      hashtag: pub?.hashtag ?? undefined,
    };
    return render(
      c,
      i18n.t("submissions.callEdit.title"),
      <CallEditPage
        i18n={i18n}
        csrf={c.get("auth").csrf}
        visit={{ id: v.id, title: visitTitle(v, i18n) }}
        values={values ?? stored}
        problem={problem}
      />,
      status,
    );
  }

  app.get(`${VISIT}/call`, async (c) => {
    if (!c.get("auth").user) return signInFirst(c, c.req.path);
    return callPage(c);
  });

  app.post(`${VISIT}/call`, async (c) => {
    if (!c.get("auth").user) return signInFirst(c, c.req.path);
    const body = await c.req.parseBody({ all: true });
    const one = (n: string) => (typeof body[n] === "string" ? (body[n] as string) : "");
    const values = Object.fromEntries(
      [
        "deadline",
        "address",
        "portalUrl",
        "maxWords",
        "maxPages",
        "languages",
        "source",
        "cities",
        "contact",
        "hashtag",
      ].map((n) => [n, one(n)]),
    );
    const formats = list(body.formats as string | string[] | undefined);
    try {
      const { call, publicity } = parseCallForm(values, formats);
      await saveCallForInput(submissionDeps(c), actorOf(c), c.req.param("vid") as string, call, publicity);
      return see(c, `/visits/${c.req.param("vid")}/public?done=call`);
    } catch (err) {
      if (err instanceof z.ZodError)
        return callPage(c, { ...values, formats: formats.join(",") }, problemOf("call", err), 400);
      throw err;
    }
  });

  app.get(`/feeds/visits/:vid{${UUID}}/submissions.atom`, async (c) => {
    const v = await visitOr404(c);
    const { db, config, clock } = c.get("deps");
    const base = config.baseUrl;
    const versions = await publishedVersions(db, { visitId: v.id });
    const title = `${countryName({ names: v.countryNames }, "en")}: ${v.mandateTitle}`;
    const body = atomFeed(
      {
        id: `urn:visitdesk:visit-submissions:${v.id}`,
        title: `Public submissions — ${title}`,
        self: `${base}/feeds/visits/${v.id}/submissions.atom`,
        alternate: `${base}/visits/${v.id}/public`,
        entries: versions.map((p) => ({
          id: `urn:visitdesk:submission:${p.id}:${p.publishedAt.toISOString()}`,
          title: `${p.document.title} — ${p.orgName}`,
          updated: p.publishedAt,
          link: `${base}/submissions/${p.id}/public`,
          summary: p.document.subtitle,
        })),
      },
      clock(),
    );
    return c.body(body, 200, { "Content-Type": "application/atom+xml; charset=utf-8" });
  });
}

async function callAndPublicity(c: AppContext) {
  const db = c.get("deps").db;
  const vid = c.req.param("vid") as string;
  return Promise.all([getCall(db, vid), getPublicity(db, vid)]);
}

export function publicFacts(
  v: VisitSummary,
  call: CallRow | undefined,
  pub: { cities: string[]; contact: string | null; hashtag: string | null } | undefined,
  url: string,
): VisitPublicFacts {
  return {
    mandate: (l: Locale) => mandateTitleIn(v, l),
    country: (l: Locale) => countryName({ names: v.countryNames }, l),
    holder: v.mandateHolder,
    from: v.visitFrom,
    to: v.visitTo,
    cities: pub?.cities ?? [],
    deadline: call?.deadline ?? null,
    where: call ? [call.address, call.portalUrl].filter(Boolean).join(" · ") || null : null,
    contact: pub?.contact ?? null,
    hashtag: pub?.hashtag ?? null,
    url,
  };
}

/** The call form's fields as a call and the public page's facts; a date deadline means its last minute, UTC. */
export function parseCallForm(values: Record<string, string>, formats: string[]) {
  const split = (s: string) =>
    s
      .split(/[,;\n]/)
      .map((x) => x.trim())
      .filter(Boolean);
  const deadline = /^\d{4}-\d{2}-\d{2}$/.test(values.deadline ?? "")
    ? `${values.deadline}T23:59:00Z`
    : values.deadline;
  return {
    call: CallInput.parse({
      deadline,
      address: values.address,
      portalUrl: values.portalUrl,
      maxWords: values.maxWords,
      maxPages: values.maxPages,
      languages: split(values.languages ?? ""),
      formats,
      source: values.source,
    }),
    publicity: PublicityInput.parse({
      cities: split(values.cities ?? ""),
      contact: values.contact,
      hashtag: values.hashtag,
    }),
  };
}
