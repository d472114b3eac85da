import { Done } from "../accounts/views";
import { countryName } from "../countries/country";
import { EmptyState, Pagination } from "../platform/http/components";
import { Csrf } from "../platform/http/fields";
import type { I18n, MessageKey } from "../platform/i18n";
import { datePrecise, mandateTitleIn } from "../visits/views";
import { type DigestFrequency, digestFrequencies, type FollowKind, type Preferences } from "./alerts";
import { type FollowView, followUrl, type NotificationView } from "./store";

/** A form's failure, shown above the form it belongs to. */
export interface AlertProblem {
  form: "preferences" | "feed";
  message: string;
}

function Problem({ problem, form }: { problem?: AlertProblem; form: AlertProblem["form"] }) {
  if (problem?.form !== form) return null;
  return (
    <p id={`${form}-error`} class="form-error" role="alert">
      {problem.message}
    </p>
  );
}

/**
 * Follow or stop following a country, mandate or visit: a form that posts and comes back to
 * `returnTo`, so it works without JavaScript. Signed-out readers get a link to sign in instead.
 */
export function FollowButton({
  i18n,
  csrf,
  kind,
  target,
  following,
  returnTo,
  signedIn = true,
}: {
  i18n: I18n;
  csrf: string;
  kind: FollowKind;
  target: string;
  following: boolean;
  returnTo: string;
  signedIn?: boolean;
}) {
  const { t } = i18n;
  if (!signedIn) {
    return (
      <p class="follow">
        <a href={`/signin?next=${encodeURIComponent(returnTo)}`}>{t("alerts.follow.signIn")}</a>
      </p>
    );
  }
  return (
    <form
      method="post"
      action={following ? "/following/unfollow" : "/following/follow"}
      class="inline-form follow"
    >
      <Csrf token={csrf} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="returnTo" value={returnTo} />
      {following && <span class="muted">{t("alerts.following")} </span>}
      <button type="submit">{following ? t("alerts.unfollow") : t(`alerts.follow.${kind}`)}</button>
    </form>
  );
}

/** The link to /following with the number of unread notices, for the header. */
export function FollowingNavLink({ i18n, unread }: { i18n: I18n; unread: number }) {
  return (
    <a href="/following">
      {i18n.t("alerts.title")}
      {unread > 0 && (
        <>
          {" "}
          <span class="badge" aria-hidden="true">
            {i18n.formatNumber(unread)}
          </span>
          <span class="visually-hidden">{i18n.t("alerts.unreadBadge", { count: unread })}</span>
        </>
      )}
    </a>
  );
}

function followLabel(i18n: I18n, f: FollowView): string {
  const country = f.countryNames ? countryName({ names: f.countryNames }, i18n.locale) : f.target;
  const mandate =
    f.mandateTitle && f.mandateTitles
      ? mandateTitleIn({ mandateTitle: f.mandateTitle, mandateTitles: f.mandateTitles }, i18n.locale)
      : f.target;
  if (f.kind === "country") return country;
  if (f.kind === "mandate") return mandate;
  return `${country} — ${mandate}${f.visitYear ? ` (${f.visitYear})` : ""}`;
}

function NoticeList({ i18n, items }: { i18n: I18n; items: NotificationView[] }) {
  const { t } = i18n;
  return (
    <ul class="results notices">
      {items.map((n) => (
        <li class={n.readAt ? "notice-read" : "notice-unread"}>
          <p>
            {!n.readAt && <strong class="badge">{t("alerts.notifications.new")}</strong>}{" "}
            <a href={`/visits/${n.visitId}`}>
              {countryName({ names: n.countryNames }, i18n.locale)} — {mandateTitleIn(n, i18n.locale)}
            </a>
          </p>
          <p>
            {datePrecise(i18n, n.eventDate, n.precision)} — {t(`visit.event.${n.eventType}` as MessageKey)}
            {n.symbol ? ` (${n.symbol})` : ""}
          </p>
          <p class="muted">
            {t(`alerts.notifications.via.${n.kind}`)} · {i18n.formatDate(n.createdAt, "short")}
          </p>
        </li>
      ))}
    </ul>
  );
}

const digestKey = (d: DigestFrequency) => `alerts.prefs.email.${d}` as const;

export function FollowingPage({
  i18n,
  csrf,
  follows,
  notices,
  limit,
  offset,
  prefs,
  feed,
  done,
  problem,
}: {
  i18n: I18n;
  csrf: string;
  follows: FollowView[];
  notices: { items: NotificationView[]; total: number; unread: number };
  limit: number;
  offset: number;
  prefs: Preferences;
  feed: { createdAt: Date } | undefined;
  done?: string;
  problem?: AlertProblem;
}) {
  const { t } = i18n;
  return (
    <>
      <h1>{t("alerts.title")}</h1>
      <p class="lead">{t("alerts.intro")}</p>
      <Done message={done} />

      <section aria-labelledby="notices">
        <h2 id="notices">{t("alerts.notifications.title")}</h2>
        <p role="status">{t("alerts.notifications.count", { count: notices.unread })}</p>
        {notices.unread > 0 && (
          <form method="post" action="/following/read" class="inline-form">
            <Csrf token={csrf} />
            <button type="submit">{t("alerts.notifications.markAllRead")}</button>
          </form>
        )}
        {notices.items.length === 0 ? (
          <EmptyState title={t("alerts.notifications.none")} />
        ) : (
          <NoticeList i18n={i18n} items={notices.items} />
        )}
        <Pagination
          i18n={i18n}
          path="/following"
          params={{}}
          total={notices.total}
          limit={limit}
          offset={offset}
        />
      </section>

      <section aria-labelledby="follows">
        <h2 id="follows">{t("alerts.follows.title")}</h2>
        {follows.length === 0 ? (
          <EmptyState title={t("alerts.follows.none")} />
        ) : (
          <div class="table-wrap">
            <table>
              <caption class="visually-hidden">{t("alerts.follows.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("alerts.follows.col.what")}</th>
                  <th scope="col">{t("alerts.follows.col.kind")}</th>
                  <th scope="col">{t("alerts.follows.col.since")}</th>
                  <th scope="col">
                    <span class="visually-hidden">{t("alerts.unfollow")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {follows.map((f) => (
                  <tr>
                    <td>
                      <a href={followUrl(f)}>{followLabel(i18n, f)}</a>
                    </td>
                    <td>{t(`alerts.follows.kind.${f.kind}`)}</td>
                    <td>{i18n.formatDate(f.createdAt, "short")}</td>
                    <td>
                      <form method="post" action="/following/unfollow" class="inline-form">
                        <Csrf token={csrf} />
                        <input type="hidden" name="kind" value={f.kind} />
                        <input type="hidden" name="target" value={f.target} />
                        <input type="hidden" name="returnTo" value="/following?done=unfollowed" />
                        <button type="submit">
                          {t("alerts.unfollow")} <span class="visually-hidden">{followLabel(i18n, f)}</span>
                        </button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="preferences">
        <h2 id="preferences">{t("alerts.prefs.title")}</h2>
        <form method="post" action="/following/preferences" class="stack">
          <Problem problem={problem} form="preferences" />
          <Csrf token={csrf} />
          <div class="check">
            <input id="pref-in-app" name="inApp" type="checkbox" value="on" checked={prefs.inApp} />
            <label for="pref-in-app">{t("alerts.prefs.inApp")}</label>
          </div>
          <fieldset aria-describedby="pref-email-hint">
            <legend>{t("alerts.prefs.email")}</legend>
            <p id="pref-email-hint" class="hint">
              {t("alerts.prefs.hint")}
            </p>
            {digestFrequencies.map((d) => (
              <div class="check">
                <input
                  id={`pref-email-${d}`}
                  name="emailDigest"
                  type="radio"
                  value={d}
                  checked={prefs.emailDigest === d}
                />
                <label for={`pref-email-${d}`}>{t(digestKey(d))}</label>
              </div>
            ))}
          </fieldset>
          <button type="submit">{t("alerts.prefs.submit")}</button>
        </form>
      </section>

      <section aria-labelledby="feed">
        <h2 id="feed">{t("alerts.feed.title")}</h2>
        <p>{t("alerts.feed.intro")}</p>
        <Problem problem={problem} form="feed" />
        {feed ? (
          <>
            <p>{t("alerts.feed.active", { date: i18n.formatDate(feed.createdAt) })}</p>
            <form method="post" action="/following/feed" class="inline-form">
              <Csrf token={csrf} />
              <button type="submit">{t("alerts.feed.replace")}</button>
            </form>
            <form method="post" action="/following/feed/revoke" class="stack danger-zone">
              <Csrf token={csrf} />
              <div class="check">
                <input
                  id="feed-confirm"
                  name="confirm"
                  type="checkbox"
                  value="on"
                  required
                  aria-describedby={problem?.form === "feed" ? "feed-error" : undefined}
                />
                <label for="feed-confirm">{t("alerts.feed.revokeConfirm")}</label>
              </div>
              <button type="submit" class="danger">
                {t("alerts.feed.revoke")}
              </button>
            </form>
          </>
        ) : (
          <>
            <p>{t("alerts.feed.none")}</p>
            <form method="post" action="/following/feed" class="inline-form">
              <Csrf token={csrf} />
              <button type="submit">{t("alerts.feed.create")}</button>
            </form>
          </>
        )}
      </section>
    </>
  );
}

/** The private feed addresses, shown once: only their hash is kept. */
export function NewFeedPage({ i18n, atomUrl, icsUrl }: { i18n: I18n; atomUrl: string; icsUrl: string }) {
  const { t } = i18n;
  return (
    <section class="narrow">
      <h1>{t("alerts.feed.new.title")}</h1>
      <p class="notice" role="status">
        {t("alerts.feed.new.warning")}
      </p>
      <div class="field">
        <label for="feed-atom">{t("alerts.feed.new.atom")}</label>
        <input id="feed-atom" class="secret" type="text" readonly value={atomUrl} spellcheck={false} />
      </div>
      <div class="field">
        <label for="feed-ics">{t("alerts.feed.new.ics")}</label>
        <input id="feed-ics" class="secret" type="text" readonly value={icsUrl} spellcheck={false} />
      </div>
      <p>
        <a href="/following">{t("alerts.back")}</a>
      </p>
    </section>
  );
}
