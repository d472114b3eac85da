import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountDepsFor, makeUser, PASSWORD } from "../../test/support/accounts";
import { createTestApp, TEST_NOW, type TestApp } from "../../test/support/app";
import { Client } from "../../test/support/client";
import { totp } from "../platform/crypto/totp";
import { rows } from "../platform/db/client";
import { createOrg, inviteToOrg, updateOrg } from "./organisations";
import { safeNext } from "./pages";
import { loadActor } from "./service";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

let ip = 0;
/** A fresh browser-like client from its own address, so sign-in limits of one test never touch another. */
const browser = () => new Client(t, `198.18.${Math.floor(++ip / 250)}.${ip % 250}`);

const csrfOf = (html: string) => html.match(/name="_csrf" value="([^"]+)"/)?.[1] as string;

/** Opens `path`, then posts its form fields with the page's `_csrf`, as a browser would. */
async function submit(c: Client, from: string, action: string, fields: Record<string, string>) {
  const page = await c.request("GET", from);
  const html = await page.text();
  const csrf = csrfOf(html);
  expect(csrf, `no form on ${from} (status ${page.status})`).toBeTruthy();
  return c.request("POST", action, { form: { _csrf: csrf, ...fields } });
}

async function signInByForm(c: Client, email: string, password = PASSWORD, next?: string) {
  const from = next ? `/signin?next=${encodeURIComponent(next)}` : "/signin";
  return submit(c, from, "/signin", { email, password, ...(next ? { next } : {}) });
}

const outbox = (to: string) =>
  rows<{ subject: string; text_body: string }>(
    t.database.db,
    sql`SELECT subject, text_body FROM mail_outbox WHERE to_address = ${to} ORDER BY id`,
  );
const linkToken = (text: string, path: string) =>
  text.match(new RegExp(`${path}/([A-Za-z0-9_-]+)`))?.[1] as string;

describe("signing in and out with the forms", () => {
  it("sets the session cookie and redirects to the account, whose header names the user", async () => {
    const { user } = await makeUser(t, { name: "Rosa Header" });
    const c = browser();
    const res = await signInByForm(c, user.email);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/account");
    expect(res.headers.get("set-cookie")).toMatch(/vd_session=[^;]+;.*HttpOnly.*SameSite=Lax/i);
    const account = await c.request("GET", "/account");
    expect(account.status).toBe(200);
    expect(account.headers.get("cache-control")).toBe("no-store");
    const html = await account.text();
    expect(html).toMatch(/<a href="\/account" aria-current="page">Rosa Header<\/a>/);
    expect(html).toContain('href="/orgs"');
    expect(html).toContain('action="/signout"');

    const out = await c.request("POST", "/signout", { form: { _csrf: csrfOf(html) } });
    expect(out.status).toBe(303);
    expect(out.headers.get("location")).toBe("/");
    const after = await c.request("GET", "/account");
    expect(after.status).toBe(302);
    expect(after.headers.get("location")).toBe("/signin?next=%2Faccount");
    expect(await (await c.request("GET", "/")).text()).toContain('href="/signin"');
  });

  it("re-renders the form with 401 for a wrong password, keeping the e-mail address", async () => {
    const { user } = await makeUser(t);
    const c = browser();
    const res = await signInByForm(c, user.email, "not the password at all");
    expect(res.status).toBe(401);
    const html = await res.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain("The e-mail address or the password is not right.");
    expect(html).toContain(`value="${user.email}"`);
    // The error is linked to the fields it is about.
    expect(html).toMatch(/id="signin-password"[^>]*aria-describedby="signin-error"/);
    expect(c.cookies.has("vd_session")).toBe(false);
  });

  it("answers 429 on the form once an account has failed too often", async () => {
    const { user } = await makeUser(t);
    for (let i = 0; i < 10; i++)
      expect((await signInByForm(browser(), user.email, `wrong guess ${i}`)).status).toBe(401);
    const res = await signInByForm(browser(), user.email);
    expect(res.status).toBe(429);
    const html = await res.text();
    expect(html).toContain("Too many failed sign-ins");
    expect(html).toContain(`value="${user.email}"`);
  });

  it("refuses a form post without its _csrf field with 403", async () => {
    const anonymous = browser();
    await anonymous.request("GET", "/signin");
    const { user } = await makeUser(t);
    const noToken = await anonymous.request("POST", "/signin", {
      form: { email: user.email, password: PASSWORD },
    });
    expect(noToken.status).toBe(403);
    expect(anonymous.cookies.has("vd_session")).toBe(false);

    const signedIn = browser();
    await signInByForm(signedIn, user.email);
    const refused = await signedIn.request("POST", "/orgs", { form: { name: "No token here", kind: "ngo" } });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("Reload the page and try again");
    const wrong = await signedIn.request("POST", "/orgs", {
      form: { _csrf: "x".repeat(43), name: "Wrong token", kind: "ngo" },
    });
    expect(wrong.status).toBe(403);
  });

  it("asks for the code when two-factor sign-in is on, and signs in with it", async () => {
    const { beginTotp, confirmTotp } = await import("./service");
    const deps = accountDepsFor(t);
    const { user } = await makeUser(t);
    const secret = await beginTotp(deps, user.id);
    await confirmTotp(deps, user.id, totp(secret, new Date(TEST_NOW.getTime() - 30_000)));
    const c = browser();
    const first = await signInByForm(c, user.email);
    expect(first.status).toBe(401);
    const html = await first.text();
    expect(html).toContain('autocomplete="one-time-code"');
    expect(html).toContain("6-digit code");
    const second = await c.request("POST", "/signin", {
      form: { _csrf: csrfOf(html), email: user.email, password: PASSWORD, totp: totp(secret, TEST_NOW) },
    });
    expect(second.status).toBe(303);
    expect(c.cookies.has("vd_session")).toBe(true);
  });

  it("follows a same-site next, and never one to another site", async () => {
    const { user } = await makeUser(t);
    for (const evil of [
      "//evil.example",
      "//evil.example/orgs",
      "/\\evil.example",
      "https://evil.example/",
      "/\t/evil.example",
    ]) {
      const c = browser();
      const res = await signInByForm(c, user.email, PASSWORD, evil);
      expect(res.status, evil).toBe(303);
      expect(res.headers.get("location"), evil).toBe("/account");
    }
    const viaQuery = browser();
    const page = await viaQuery.request("GET", "/signin?next=//evil.example");
    const html = await page.text();
    // The form does not carry the refused address on (the footer's language links keep the query as it is).
    expect(html).not.toContain('name="next"');
    const res = await viaQuery.request("POST", "/signin?next=//evil.example", {
      form: { _csrf: csrfOf(html), email: user.email, password: PASSWORD },
    });
    expect(res.headers.get("location")).toBe("/account");

    const good = browser();
    const ok = await signInByForm(good, user.email, PASSWORD, "/orgs?x=1");
    expect(ok.headers.get("location")).toBe("/orgs?x=1");
    expect(safeNext("/orgs/a")).toBe("/orgs/a");
    expect(safeNext("//x")).toBeUndefined();
    expect(safeNext("/\\x")).toBeUndefined();
    expect(safeNext("/ok\n/x")).toBeUndefined();
    expect(safeNext("orgs")).toBeUndefined();
  });
});

describe("escaping", () => {
  it("shows hostile names as text on /orgs, /orgs/:slug, /account and in the header", async () => {
    const scriptName = "<script>alert(1)</script>";
    const attrName = `"><img src=x onerror=alert(1)>`;
    const { user } = await makeUser(t, { name: attrName });
    const c = browser();
    await signInByForm(c, user.email);
    const created = await submit(c, "/orgs", "/orgs", { name: scriptName, kind: "ngo", country: "" });
    expect(created.status).toBe(303);
    const orgPath = (created.headers.get("location") as string).split("?")[0] as string;
    expect(orgPath).toBe("/orgs/script-alert-1-script");
    for (const path of ["/orgs", orgPath, "/account", `${orgPath}/audit`]) {
      const html = await (await c.request("GET", path)).text();
      expect(html, path).not.toContain(scriptName);
      expect(html, path).not.toContain("<img src=x");
      expect(html, path).toContain("&lt;img src=x onerror=alert(1)&gt;");
      if (path !== "/account") expect(html, path).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
    // The header names the user, escaped.
    const home = await (await c.request("GET", "/")).text();
    expect(home).toContain('<a href="/account">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</a>');
    expect(home).not.toMatch(/<img src=x/);
  });
});

describe("organisations keep their people to themselves", () => {
  it("shows a member of B only A's public profile, no admin forms, and 404 for A's audit log", async () => {
    const a = await makeUser(t, { org: "Alpha Rights Watch", name: "Alice Zyxwv" });
    const deps = accountDepsFor(t);
    const { user: amember } = await makeUser(t, { name: "Bruno Qwerty" });
    const invite = await inviteToOrg(deps, a.actor, a.org?.id as string, {
      email: amember.email,
      role: "member",
    });
    const { acceptInvitation } = await import("./organisations");
    await acceptInvitation(deps, await loadActor(deps.db, amember), invite.token);
    const b = await makeUser(t, { org: "Beta Collective", name: "Carla Outsider" });

    const c = browser();
    await signInByForm(c, b.user.email);
    const res = await c.request("GET", `/orgs/${a.org?.slug}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Alpha Rights Watch");
    expect(html).toContain("Non-governmental organisation");
    for (const secret of ["Alice Zyxwv", "Bruno Qwerty", a.user.email, amember.email])
      expect(html).not.toContain(secret);
    for (const form of ["/invite", "/delete", "/settings", "/audit", "/export", "/leave", "/members/"])
      expect(html).not.toContain(`${a.org?.slug}${form}`);
    // The one thing an outsider may do: ask to join.
    expect(html).toContain(`action="/orgs/${a.org?.slug}/join"`);

    expect((await c.request("GET", `/orgs/${a.org?.slug}/audit`)).status).toBe(404);
    const csrf = csrfOf(html);
    const invite2 = await c.request("POST", `/orgs/${a.org?.slug}/invite`, {
      form: { _csrf: csrf, email: "x@example.org", role: "admin" },
    });
    expect(invite2.status).toBe(404);
    expect((await c.request("GET", `/coalitions/nope-${Date.now()}`)).status).toBe(404);

    const anonymous = await (await browser().request("GET", `/orgs/${a.org?.slug}`)).text();
    expect(anonymous).toContain("Alpha Rights Watch");
    expect(anonymous).not.toContain("Alice Zyxwv");
    expect(anonymous).toContain("/signin?next=");
  });

  it("shows members the member list but no admin forms", async () => {
    const a = await makeUser(t, { org: "Gamma Network", name: "Admin Gamma" });
    const deps = accountDepsFor(t);
    const { user: m } = await makeUser(t, { name: "Member Gamma" });
    const inv = await inviteToOrg(deps, a.actor, a.org?.id as string, { email: m.email, role: "member" });
    const { acceptInvitation } = await import("./organisations");
    await acceptInvitation(deps, await loadActor(deps.db, m), inv.token);
    const c = browser();
    await signInByForm(c, m.email);
    const html = await (await c.request("GET", `/orgs/${a.org?.slug}`)).text();
    expect(html).toContain("Admin Gamma");
    expect(html).toContain(`action="/orgs/${a.org?.slug}/leave"`);
    expect(html).not.toContain(`action="/orgs/${a.org?.slug}/invite"`);
    expect(html).not.toContain(`action="/orgs/${a.org?.slug}/delete"`);
    expect((await c.request("GET", `/orgs/${a.org?.slug}/audit`)).status).toBe(403);
  });
});

describe("running an organisation through its page", () => {
  it("invites by e-mail, the invitee accepts, the admin sees the log, and the name confirms deletion", async () => {
    const admin = await makeUser(t, { name: "Dora Admin" });
    const c = browser();
    await signInByForm(c, admin.user.email);
    const created = await submit(c, "/orgs", "/orgs", {
      name: "Delta Defenders",
      kind: "nhri",
      country: "KEN",
    });
    const orgUrl = created.headers.get("location") as string;
    expect(orgUrl).toMatch(/^\/orgs\/delta-defenders(-\d+)?\?done=created$/);
    const slug = (orgUrl.split("?")[0] as string).slice("/orgs/".length);
    const orgPage = await (await c.request("GET", orgUrl)).text();
    expect(orgPage).toContain("The organisation was created.");
    expect(orgPage).toContain("Kenya");
    expect(orgPage).toContain("National human rights institution");

    const { user: invitee } = await makeUser(t, { name: "Eli Invited" });
    const sent = await submit(c, `/orgs/${slug}`, `/orgs/${slug}/invite`, {
      email: invitee.email,
      role: "member",
    });
    expect(sent.headers.get("location")).toBe(`/orgs/${slug}?done=invited`);
    const [mail] = await outbox(invitee.email);
    expect(mail?.subject).toContain("Delta Defenders");
    const token = linkToken(mail?.text_body ?? "", "/invitations");

    // Signed out: the page says what it is and where to sign in.
    const stranger = browser();
    const invPage = await (await stranger.request("GET", `/invitations/${token}`)).text();
    expect(invPage).toContain("Delta Defenders");
    expect(invPage).toContain(`/signin?next=${encodeURIComponent(`/invitations/${token}`)}`);

    // Another account cannot use it.
    const other = await makeUser(t);
    await signInByForm(stranger, other.user.email);
    const wrong = await submit(stranger, `/invitations/${token}`, `/invitations/${token}/accept`, {});
    expect(wrong.status).toBe(403);
    expect(await wrong.text()).toContain("sent to another e-mail address");

    const d = browser();
    await signInByForm(d, invitee.email, PASSWORD, `/invitations/${token}`);
    const accepted = await submit(d, `/invitations/${token}`, `/invitations/${token}/accept`, {});
    expect(accepted.headers.get("location")).toBe(`/orgs/${slug}?done=joined`);
    expect(await (await d.request("GET", `/invitations/${token}`)).text()).toContain(
      "This invitation no longer works",
    );
    expect((await d.request("GET", `/invitations/${token}`)).status).toBe(410);

    const members = await (await c.request("GET", `/orgs/${slug}`)).text();
    expect(members).toContain("Eli Invited");
    const audit = await c.request("GET", `/orgs/${slug}/audit`);
    expect(audit.status).toBe(200);
    const log = await audit.text();
    expect(log).toContain("Invited someone");
    expect(log).toContain("Joined by invitation");

    // The last admin cannot leave while others are members.
    const leave = await submit(c, `/orgs/${slug}`, `/orgs/${slug}/leave`, {});
    expect(leave.status).toBe(409);
    expect(await leave.text()).toContain("at least one admin");

    const mismatch = await submit(c, `/orgs/${slug}`, `/orgs/${slug}/delete`, { confirm: "delta" });
    expect(mismatch.status).toBe(422);
    expect(await mismatch.text()).toMatch(/id="delete-confirm"[^>]*aria-describedby="[^"]*delete-error"/);
    const deleted = await submit(c, `/orgs/${slug}`, `/orgs/${slug}/delete`, { confirm: "Delta Defenders" });
    expect(deleted.headers.get("location")).toBe("/orgs?done=orgDeleted");
    expect((await c.request("GET", `/orgs/${slug}`)).status).toBe(404);
  });

  it("lets a signed-in outsider ask to join and an admin accept from the page", async () => {
    const a = await makeUser(t, { org: "Epsilon Group", name: "Eve Admin" });
    const { user: asker } = await makeUser(t, { name: "Finn Asker" });
    const q = browser();
    await signInByForm(q, asker.email);
    const slug = a.org?.slug as string;
    const asked = await submit(q, `/orgs/${slug}`, `/orgs/${slug}/join`, {
      message: "From the Nairobi office",
    });
    expect(asked.headers.get("location")).toBe(`/orgs/${slug}?done=requested`);
    const again = await submit(q, `/orgs/${slug}`, `/orgs/${slug}/join`, { message: "" });
    expect(again.status).toBe(409);

    const c = browser();
    await signInByForm(c, a.user.email);
    const page = await (await c.request("GET", `/orgs/${slug}`)).text();
    expect(page).toContain("Finn Asker");
    expect(page).toContain("From the Nairobi office");
    const id = page.match(new RegExp(`/orgs/${slug}/requests/([0-9a-f-]{36})`))?.[1] as string;
    const ok = await c.request("POST", `/orgs/${slug}/requests/${id}`, {
      form: { _csrf: csrfOf(page), decision: "accept" },
    });
    expect(ok.headers.get("location")).toBe(`/orgs/${slug}?done=accepted`);
    expect(await (await q.request("GET", `/orgs/${slug}`)).text()).toContain("Eve Admin");
  });

  it("creates a coalition, and a coordinator invites an organisation by its address", async () => {
    const a = await makeUser(t, { org: "Zeta Org", name: "Zed Coordinator" });
    const b = await makeUser(t, { org: "Eta Org", name: "Eta Admin" });
    const c = browser();
    await signInByForm(c, a.user.email);
    const made = await submit(c, "/orgs", "/coalitions", {
      name: "Visit Coalition",
      organisation: a.org?.slug as string,
    });
    const url = made.headers.get("location") as string;
    expect(url).toMatch(/^\/coalitions\/visit-coalition(-\d+)?\?done=created$/);
    const path = url.split("?")[0] as string;
    const page = await (await c.request("GET", path)).text();
    expect(page).toContain("Zeta Org");
    expect(page).toContain("Zed Coordinator");
    const unknown = await submit(c, path, `${path}/invite`, { organisation: "no-such-org-here" });
    expect(unknown.status).toBe(422);
    expect(await unknown.text()).toContain('role="alert"');
    const invited = await submit(c, path, `${path}/invite`, { organisation: b.org?.slug as string });
    expect(invited.headers.get("location")).toBe(`${path}?done=invited`);
    expect((await outbox(b.user.email)).at(-1)?.subject).toContain("Visit Coalition");
    expect((await c.request("GET", "/orgs")).status).toBe(200);
    expect(await (await c.request("GET", "/orgs")).text()).toContain("Visit Coalition");

    const outsider = browser();
    await signInByForm(outsider, b.user.email);
    expect((await outsider.request("GET", path)).status).toBe(404);
  });
});

describe("the account page", () => {
  it("creates an API token shown once, lists it, and revokes it", async () => {
    const { user } = await makeUser(t);
    const c = browser();
    await signInByForm(c, user.email);
    const res = await submit(c, "/account", "/account/tokens", { name: "weekly export" });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const html = await res.text();
    const token = html.match(/value="(vdt_[A-Za-z0-9_-]+)"/)?.[1] as string;
    expect(token).toBeTruthy();
    expect(html).toContain("It will not be shown again");
    const me = await t.app.request("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    const account = await (await c.request("GET", "/account")).text();
    expect(account).toContain("weekly export");
    expect(account).not.toContain(token);
    const id = account.match(/\/account\/tokens\/([0-9a-f-]{36})\/revoke/)?.[1] as string;
    const revoked = await c.request("POST", `/account/tokens/${id}/revoke`, {
      form: { _csrf: csrfOf(account) },
    });
    expect(revoked.headers.get("location")).toBe("/account?done=tokenRevoked");
    const after = await t.app.request("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
    expect(after.status).toBe(401);
  });

  it("changes the password, and refuses a wrong current password on the form", async () => {
    const { user } = await makeUser(t);
    const c = browser();
    await signInByForm(c, user.email);
    const wrong = await submit(c, "/account", "/account/password", {
      current: "not it at all",
      password: "a brand new passphrase here",
    });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toMatch(/id="pw-current"[^>]*aria-invalid="true"/);
    const ok = await submit(c, "/account", "/account/password", {
      current: PASSWORD,
      password: "a brand new passphrase here",
    });
    expect(ok.headers.get("location")).toBe("/account?done=password");
    expect((await signInByForm(browser(), user.email, "a brand new passphrase here")).status).toBe(303);
  });

  it("signs out everywhere", async () => {
    const { user } = await makeUser(t);
    const laptop = browser();
    const phone = browser();
    await signInByForm(laptop, user.email);
    await signInByForm(phone, user.email);
    const res = await submit(laptop, "/account", "/account/sessions/end", {});
    expect(res.headers.get("location")).toBe("/signin?done=everywhere");
    expect((await phone.request("GET", "/account")).status).toBe(302);
  });

  it("refuses to delete the last admin of an organisation with members, then deletes a lone account", async () => {
    const a = await makeUser(t, { org: "Theta Org" });
    const deps = accountDepsFor(t);
    const { user: m } = await makeUser(t);
    const inv = await inviteToOrg(deps, a.actor, a.org?.id as string, { email: m.email, role: "member" });
    const { acceptInvitation } = await import("./organisations");
    await acceptInvitation(deps, await loadActor(deps.db, m), inv.token);
    const c = browser();
    await signInByForm(c, a.user.email);
    const refused = await submit(c, "/account", "/account/delete", { password: PASSWORD });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain("at least one admin");

    const lone = await makeUser(t);
    const d = browser();
    await signInByForm(d, lone.user.email);
    const gone = await submit(d, "/account", "/account/delete", { password: PASSWORD });
    expect(gone.headers.get("location")).toBe("/account/deleted");
    expect(await (await d.request("GET", "/account/deleted")).text()).toContain("Your account was deleted");
    expect((await signInByForm(browser(), lone.user.email)).status).toBe(401);
  });
});

describe("two-factor sign-in through the pages", () => {
  it("sends an admin of an organisation that requires it to set-up first, then lets them in", async () => {
    const a = await makeUser(t, { org: "Iota Org" });
    await updateOrg(accountDepsFor(t), a.actor, a.org?.id as string, { requireTwoFactor: true });
    const c = browser();
    await signInByForm(c, a.user.email);
    const orgs = await c.request("GET", "/orgs");
    expect(orgs.status).toBe(303);
    expect(orgs.headers.get("location")).toBe("/account/two-factor");
    const setup = await (await c.request("GET", "/account/two-factor")).text();
    expect(setup).toContain("requires two-factor sign-in");
    const started = await submit(c, "/account/two-factor", "/account/two-factor/start", {});
    expect(started.headers.get("location")).toBe("/account/two-factor");
    const pending = await (await c.request("GET", "/account/two-factor")).text();
    const uri = pending.match(/otpauth:\/\/totp\/[^<]+/)?.[0] as string;
    const secret = new URL(uri.replaceAll("&amp;", "&")).searchParams.get("secret") as string;
    expect(pending).toContain(secret.match(/.{1,4}/g)?.join(" "));
    const bad = await c.request("POST", "/account/two-factor/confirm", {
      form: { _csrf: csrfOf(pending), code: "000000" },
    });
    expect(bad.status).toBe(422);
    const codes = await c.request("POST", "/account/two-factor/confirm", {
      form: { _csrf: csrfOf(pending), code: totp(secret, TEST_NOW) },
    });
    expect(codes.status).toBe(200);
    const list = (await codes.text()).match(/<code>[0-9a-f]{5}-[0-9a-f]{5}<\/code>/g) ?? [];
    expect(list).toHaveLength(10);
    expect((await c.request("GET", "/orgs")).status).toBe(200);
    // Starting again while it is on does not switch it off.
    await submit(c, "/account/two-factor", "/account/two-factor/start", {});
    expect(await (await c.request("GET", "/account/two-factor")).text()).toContain("Switch off");
  });
});

describe("signing up and resetting a password", () => {
  it("answers the same for a new and a known address, and finishes sign-up from the e-mailed link", async () => {
    const known = await makeUser(t);
    const email = `new-${Date.now()}@example.org`;
    const a = await submit(browser(), "/signup", "/signup", { email });
    const b = await submit(browser(), "/signup", "/signup", { email: known.user.email });
    const strip = (s: string) => s.replace(/value="[^"]+"/g, "");
    expect(a.status).toBe(200);
    expect(strip(await a.text())).toBe(strip(await b.text()));
    const token = linkToken((await outbox(email))[0]?.text_body ?? "", "/signup/complete");
    const c = browser();
    const done = await submit(c, `/signup/complete/${token}`, `/signup/complete/${token}`, {
      displayName: "Gita New",
      password: "a long enough passphrase",
    });
    expect(done.headers.get("location")).toBe("/account?done=welcome");
    const account = await (await c.request("GET", "/account?done=welcome")).text();
    expect(account).toContain("Gita New");
    expect(account).toContain("Welcome to Visitdesk");
    const used = await browser().request("GET", `/signup/complete/${token}`);
    expect(used.status).toBe(410);
    expect(await used.text()).toContain('href="/signup"');
  });

  it("resets a password from the e-mailed link, then the new one signs in", async () => {
    const { user } = await makeUser(t);
    const sent = await submit(browser(), "/password/forgot", "/password/forgot", { email: user.email });
    expect(await sent.text()).toContain("Check your e-mail");
    const token = linkToken((await outbox(user.email)).at(-1)?.text_body ?? "", "/password/reset");
    const c = browser();
    const weak = await submit(c, `/password/reset/${token}`, `/password/reset/${token}`, {
      password: "short",
    });
    expect(weak.status).toBe(422);
    const ok = await submit(c, `/password/reset/${token}`, `/password/reset/${token}`, {
      password: "another long passphrase",
    });
    expect(ok.headers.get("location")).toBe("/signin?done=reset");
    expect(await (await c.request("GET", "/signin?done=reset")).text()).toContain(
      "Your password was changed",
    );
    expect((await signInByForm(browser(), user.email, "another long passphrase")).status).toBe(303);
  });
});

describe("pages in other languages", () => {
  it("renders the account pages in French and Arabic", async () => {
    const { user } = await makeUser(t);
    const deps = accountDepsFor(t);
    await createOrg(deps, await loadActor(deps.db, user), { name: "Kappa", kind: "victims_group" });
    const c = browser();
    await signInByForm(c, user.email);
    for (const lang of ["fr", "es", "ar"]) {
      for (const path of ["/account", "/orgs", "/account/two-factor", "/orgs/kappa"]) {
        const res = await c.request("GET", `${path}?lang=${lang}`);
        expect(res.status, `${path} ${lang}`).toBe(200);
        expect(await res.text()).toContain(`<html lang="${lang}"`);
      }
    }
  });
});
