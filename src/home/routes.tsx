import { count, eq } from "drizzle-orm";
import type { Hono } from "hono";
import { countries } from "../countries/schema";
import { standingInvitationTotals } from "../countries/store";
import { guideBook, guideSlugs } from "../guide/content";
import { mandates } from "../mandates/schema";
import type { AppEnv } from "../platform/http/context";
import { page } from "../platform/http/render";
import { referenceImports } from "../reference/schema";
import { listVisits } from "../visits/store";
import { VisitTable } from "../visits/views";

export function homePages(app: Hono<AppEnv>) {
  app.get("/", async (c) => {
    const { db } = c.get("deps");
    const i18n = c.get("i18n");
    const { t } = i18n;
    const [[thematic], [countryMandates], [members], si, imports, upcoming, recent] = await Promise.all([
      db.select({ n: count() }).from(mandates).where(eq(mandates.scope, "thematic")),
      db.select({ n: count() }).from(mandates).where(eq(mandates.scope, "country")),
      db.select({ n: count() }).from(countries).where(eq(countries.unStatus, "member")),
      standingInvitationTotals(db),
      db.select().from(referenceImports).orderBy(referenceImports.dataset),
      listVisits(db, { status: ["scheduled", "underway"], sort: "recent", limit: 6, offset: 0 }),
      listVisits(db, { sort: "recent", limit: 6, offset: 0 }),
    ]);
    const { book, lang, fallback } = guideBook(i18n.locale);
    const stages = guideSlugs.filter((s) => s !== "sources");
    return page(
      c,
      { title: t("home.title") },
      <>
        <section class="hero">
          <h1>{t("home.title")}</h1>
          <p class="lead">{t("home.lead")}</p>
        </section>
        <section aria-labelledby="now">
          <h2 id="now">{t("home.now")}</h2>
          <ul class="figures">
            <li>
              <a href="/mandates?scope=thematic">
                <strong>{i18n.formatNumber(thematic?.n ?? 0)}</strong>{" "}
                {t("home.thematicMandates", { count: thematic?.n ?? 0 })}
              </a>
            </li>
            <li>
              <a href="/mandates?scope=country">
                <strong>{i18n.formatNumber(countryMandates?.n ?? 0)}</strong>{" "}
                {t("home.countryMandates", { count: countryMandates?.n ?? 0 })}
              </a>
            </li>
            <li>
              <a href="/countries?si=yes">
                <strong>{i18n.formatNumber(si.yes)}</strong>{" "}
                {t("home.standingInvitations", { count: si.yes })}
              </a>
            </li>
            <li>
              <a href="/countries?un=member">
                <strong>{i18n.formatNumber(members?.n ?? 0)}</strong>{" "}
                {t("home.members", { count: members?.n ?? 0 })}
              </a>
            </li>
          </ul>
          <p class="muted">{t("home.siCaveat", { listed: si.yes })}</p>
        </section>
        <section aria-labelledby="happening">
          <h2 id="happening">{t("home.happening")}</h2>
          {upcoming.total > 0 && <VisitTable i18n={i18n} items={upcoming.items} show="both" />}
          <h3>{t("home.recent")}</h3>
          <VisitTable i18n={i18n} items={recent.items} show="both" />
          <p>
            <a href="/visits">{t("home.allVisits", { count: recent.total })}</a> ·{" "}
            <a href="/visits?status=requested">{t("home.pendingVisits")}</a>
          </p>
        </section>
        <section aria-labelledby="stages">
          <h2 id="stages">{t("home.stages")}</h2>
          <ol class="stages" lang={lang} dir={fallback ? "ltr" : undefined}>
            {stages.map((slug) => (
              <li>
                <h3>
                  <a href={`/guide/${slug}`}>{book[slug].title}</a>
                </h3>
                <p>{book[slug].summary}</p>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="data">
          <h2 id="data">{t("home.data")}</h2>
          <p>{t("home.dataIntro")}</p>
          <ul>
            {imports.map((r) => (
              <li>
                {t(`home.dataset.${r.dataset}` as never)}: {i18n.formatNumber(r.records)} ·{" "}
                {t("home.importedAt", { date: i18n.formatDate(r.importedAt) })}
              </li>
            ))}
          </ul>
          <p>
            <a href="/guide/sources">{t("footer.sources")}</a>
          </p>
        </section>
      </>,
    );
  });
}
