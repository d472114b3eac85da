import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser, PASSWORD } from "../../test/support/accounts";
import { createTestApp, type TestApp, waits } from "../../test/support/app";
import { Client } from "../../test/support/client";
import { totp } from "../platform/crypto/totp";
import { rows } from "../platform/db/client";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const outbox = async (to: string) =>
  rows<{ subject: string; text_body: string }>(
    t.database.db,
    sql`SELECT subject, text_body FROM mail_outbox WHERE to_address = ${to} ORDER BY id`,
  );
const linkToken = (text: string, path: string) =>
  text.match(new RegExp(`${path}/([A-Za-z0-9_-]+)`))?.[1] as string;

describe("sessions", () => {
  it("signs in, answers /me, signs out, and the old cookie no longer works", async () => {
    const { user } = await makeUser(t);
    const c = new Client(t);
    expect((await c.json("GET", "/api/v1/me")).status).toBe(401);
    const signedIn = await c.signIn(user.email, PASSWORD);
    expect(signedIn.status).toBe(200);
    expect(signedIn.res.headers.get("set-cookie")).toMatch(/vd_session=[^;]+;.*HttpOnly.*SameSite=Lax/i);
    const oldCookies = new Map(c.cookies);
    expect((await c.json<{ email: string }>("GET", "/api/v1/me")).body.email).toBe(user.email);
    expect((await c.json("DELETE", "/api/v1/session")).status).toBe(200);
    expect((await c.json("GET", "/api/v1/me")).status).toBe(401);
    const replay = new Client(t);
    for (const [k, v] of oldCookies) replay.cookies.set(k, v);
    expect((await replay.json("GET", "/api/v1/me")).status).toBe(401);
  });

  it("refuses a wrong password without saying which part was wrong", async () => {
    const { user } = await makeUser(t);
    const wrong = await new Client(t, "198.51.100.1").json<{ error: { code: string; message: string } }>(
      "POST",
      "/api/v1/session",
      {
        json: { email: user.email, password: "not the password at all" },
      },
    );
    const unknown = await new Client(t, "198.51.100.1").json<{ error: { code: string; message: string } }>(
      "POST",
      "/api/v1/session",
      {
        json: { email: "nobody@example.org", password: "not the password at all" },
      },
    );
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
  });

  it("signs out everywhere", async () => {
    const { user } = await makeUser(t);
    const laptop = new Client(t);
    const phone = new Client(t);
    await laptop.signIn(user.email, PASSWORD);
    await phone.signIn(user.email, PASSWORD);
    const r = await laptop.json<{ ended: number }>("DELETE", "/api/v1/me/sessions");
    expect(r.body.ended).toBe(2);
    expect((await phone.json("GET", "/api/v1/me")).status).toBe(401);
  });

  it("slows repeated failures, then refuses them with 429 per account", async () => {
    const { user } = await makeUser(t);
    const c = new Client(t, "192.0.2.10");
    waits.length = 0;
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++)
      statuses.push(
        (
          await c.json("POST", "/api/v1/session", {
            json: { email: user.email, password: `wrong guess ${i}` },
          })
        ).status,
      );
    expect(statuses).toEqual(Array(10).fill(401));
    expect(waits).toEqual([500, 1000, 2000, 4000, 5000]);
    const locked = await new Client(t, "192.0.2.99").json<{ error: { code: string } }>(
      "POST",
      "/api/v1/session",
      { json: { email: user.email, password: PASSWORD } },
    );
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe("too_many_attempts");
  });

  it("refuses a network address that fails across many accounts", async () => {
    const c = new Client(t, "192.0.2.66");
    for (let i = 0; i < 50; i++)
      await c.json("POST", "/api/v1/session", {
        json: { email: `spray${i}@example.org`, password: "Winter2026!!" },
      });
    const { user } = await makeUser(t);
    expect(
      (await c.json("POST", "/api/v1/session", { json: { email: user.email, password: PASSWORD } })).status,
    ).toBe(429);
    expect((await new Client(t, "192.0.2.67").signIn(user.email, PASSWORD)).status).toBe(200);
  });
});

describe("CSRF", () => {
  it("refuses a state-changing call with the session cookie but without the token", async () => {
    const { user } = await makeUser(t);
    const c = new Client(t);
    await c.signIn(user.email, PASSWORD);
    const refused = await c.json<{ error: { code: string } }>("POST", "/api/v1/organisations", {
      json: { name: "No token", kind: "ngo" },
      csrf: false,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("csrf");
    const wrong = await c.json("POST", "/api/v1/organisations", {
      json: { name: "Bad token", kind: "ngo" },
      csrf: false,
      headers: { "x-csrf-token": "x".repeat(43) },
    });
    expect(wrong.status).toBe(403);
    expect(
      (await c.json("POST", "/api/v1/organisations", { json: { name: "With token", kind: "ngo" } })).status,
    ).toBe(201);
  });

  it("refuses a request from another site's page", async () => {
    const { user } = await makeUser(t);
    const c = new Client(t);
    await c.signIn(user.email, PASSWORD);
    const r = await c.json("POST", "/api/v1/organisations", {
      json: { name: "Cross", kind: "ngo" },
      headers: { origin: "https://evil.example" },
    });
    expect(r.status).toBe(403);
  });

  it("refuses an anonymous form post without the form's token", async () => {
    const r = await new Client(t).request("POST", "/api/v1/signup", { form: { email: "a@example.org" } });
    expect(r.status).toBe(403);
  });
});

describe("organisations keep their people to themselves", () => {
  it("answers every private URL of organisation A with 404 to a member of B", async () => {
    const a = await makeUser(t, { org: "Alpha Rights Watch" });
    const b = await makeUser(t, { org: "Beta Defenders" });
    const slug = a.org?.slug as string;
    const c = new Client(t);
    await c.signIn(b.user.email, PASSWORD);
    const probes: [string, string, unknown?][] = [
      ["GET", `/api/v1/organisations/${slug}/members`],
      ["GET", `/api/v1/organisations/${slug}/audit`],
      ["GET", `/api/v1/organisations/${slug}/export`],
      ["GET", `/api/v1/organisations/${slug}/join-requests`],
      ["POST", `/api/v1/organisations/${slug}/invitations`, { email: "x@example.org" }],
      ["PATCH", `/api/v1/organisations/${slug}/members/${a.user.id}`, { role: "member" }],
      ["DELETE", `/api/v1/organisations/${slug}/members/${a.user.id}`],
      ["PATCH", `/api/v1/organisations/${slug}`, { requireTwoFactor: true }],
      ["DELETE", `/api/v1/organisations/${slug}`, { confirm: "Alpha Rights Watch" }],
    ];
    for (const [method, path, json] of probes) {
      const r = await c.json(method, path, json === undefined ? {} : { json });
      expect({ method, path, status: r.status }).toEqual({ method, path, status: 404 });
      expect(JSON.stringify(r.body)).not.toContain(a.user.email);
    }
    const anon = new Client(t);
    for (const [method, path, json] of probes) {
      const r = await anon.json(method, path, json === undefined ? {} : { json });
      expect([401, 403, 404]).toContain(r.status);
    }
    // The organisation is untouched.
    const admin = new Client(t);
    await admin.signIn(a.user.email, PASSWORD);
    expect(
      (await admin.json<{ items: unknown[] }>("GET", `/api/v1/organisations/${slug}/members`)).body.items,
    ).toHaveLength(1);
  });

  it("lets a member see the members but not act as an admin", async () => {
    const a = await makeUser(t, { org: "Gamma Collective" });
    const member = await makeUser(t);
    await t.database.db.execute(
      sql`INSERT INTO memberships (org_id, user_id, role) VALUES (${a.org?.id}, ${member.user.id}, 'member')`,
    );
    const c = new Client(t);
    await c.signIn(member.user.email, PASSWORD);
    const slug = a.org?.slug as string;
    expect((await c.json("GET", `/api/v1/organisations/${slug}/members`)).status).toBe(200);
    expect((await c.json("GET", `/api/v1/organisations/${slug}/audit`)).status).toBe(403);
    expect(
      (
        await c.json("POST", `/api/v1/organisations/${slug}/invitations`, {
          json: { email: "y@example.org" },
        })
      ).status,
    ).toBe(403);
  });

  it("treats SQL metacharacters in addresses as text", async () => {
    const { user } = await makeUser(t);
    const c = new Client(t);
    await c.signIn(user.email, PASSWORD);
    const r = await c.json("GET", `/api/v1/organisations/${encodeURIComponent("x' OR '1'='1")}/members`);
    expect(r.status).toBe(400);
  });
});

describe("invitations and join requests", () => {
  it("invites by e-mail link: single use, only for the invited address", async () => {
    const a = await makeUser(t, { org: "Delta Network" });
    const invitee = await makeUser(t);
    const stranger = await makeUser(t);
    const admin = new Client(t);
    await admin.signIn(a.user.email, PASSWORD);
    const slug = a.org?.slug as string;
    expect(
      (
        await admin.json("POST", `/api/v1/organisations/${slug}/invitations`, {
          json: { email: invitee.user.email, role: "member" },
        })
      ).status,
    ).toBe(201);
    const [mail] = await outbox(invitee.user.email);
    expect(mail?.subject).toContain("Delta Network");
    const token = linkToken(mail?.text_body ?? "", "/invitations");
    const wrong = new Client(t);
    await wrong.signIn(stranger.user.email, PASSWORD);
    expect((await wrong.json("POST", `/api/v1/invitations/${token}/accept`)).status).toBe(403);
    const right = new Client(t);
    await right.signIn(invitee.user.email, PASSWORD);
    expect((await right.json("POST", `/api/v1/invitations/${token}/accept`)).status).toBe(200);
    expect((await right.json("GET", `/api/v1/organisations/${slug}/members`)).status).toBe(200);
    expect((await right.json("POST", `/api/v1/invitations/${token}/accept`)).status).toBe(410);
  });

  it("lets a user ask to join and an admin accept", async () => {
    const a = await makeUser(t, { org: "Epsilon Aid" });
    const asker = await makeUser(t);
    const slug = a.org?.slug as string;
    const c = new Client(t);
    await c.signIn(asker.user.email, PASSWORD);
    const { body } = await c.json<{ id: string }>("POST", `/api/v1/organisations/${slug}/join-requests`, {
      json: { message: "We work in the north" },
    });
    expect((await c.json("POST", `/api/v1/organisations/${slug}/join-requests`, { json: {} })).status).toBe(
      409,
    );
    const admin = new Client(t);
    await admin.signIn(a.user.email, PASSWORD);
    const pending = await admin.json<{ items: { id: string }[] }>(
      "GET",
      `/api/v1/organisations/${slug}/join-requests`,
    );
    expect(pending.body.items.map((r) => r.id)).toEqual([body.id]);
    expect(
      (
        await admin.json("POST", `/api/v1/organisations/${slug}/join-requests/${body.id}`, {
          json: { decision: "accept" },
        })
      ).status,
    ).toBe(200);
    expect((await c.json("GET", `/api/v1/organisations/${slug}/members`)).status).toBe(200);
  });

  it("keeps at least one admin", async () => {
    const a = await makeUser(t, { org: "Zeta Watch" });
    const c = new Client(t);
    await c.signIn(a.user.email, PASSWORD);
    const r = await c.json<{ error: { code: string } }>(
      "DELETE",
      `/api/v1/organisations/${a.org?.slug}/members/${a.user.id}`,
    );
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe("last_admin");
  });
});

describe("two-factor sign-in", () => {
  it("requires the code once enabled, refuses a replayed code, and accepts a recovery code once", async () => {
    const { beginTotp, confirmTotp } = await import("./service");
    const { accountDepsFor } = await import("../../test/support/accounts");
    const { user } = await makeUser(t);
    const deps = accountDepsFor(t);
    const secret = await beginTotp(deps, user.id);
    const now = new Date("2026-11-28T12:00:00Z");
    const codes = await confirmTotp(deps, user.id, totp(secret, now));
    expect(codes).toHaveLength(10);
    // The secret is sealed in the database, never stored in clear.
    const [raw] = await rows<{ totp_secret: string }>(
      t.database.db,
      sql`SELECT totp_secret FROM users WHERE id = ${user.id}`,
    );
    expect(raw?.totp_secret).not.toContain(secret);
    expect(raw?.totp_secret).toMatch(/^vd1\./);

    const c = new Client(t, "192.0.2.200");
    const needsCode = await c.json<{ error: { code: string } }>("POST", "/api/v1/session", {
      json: { email: user.email, password: PASSWORD },
    });
    expect(needsCode.body.error.code).toBe("totp_required");
    // The code that confirmed set-up was used already: replaying it fails.
    expect((await c.signIn(user.email, PASSWORD, totp(secret, now))).status).toBe(401);
    expect(
      (await c.signIn(user.email, PASSWORD, totp(secret, new Date(now.getTime() + 30_000)))).status,
    ).toBe(200);
    const d = new Client(t, "192.0.2.201");
    expect((await d.signIn(user.email, PASSWORD, codes[0])).status).toBe(200);
    expect((await new Client(t, "192.0.2.202").signIn(user.email, PASSWORD, codes[0])).status).toBe(401);
  });
});

describe("API tokens", () => {
  it("work as a bearer token without CSRF, and stop working when revoked", async () => {
    const { user } = await makeUser(t);
    const c = new Client(t);
    await c.signIn(user.email, PASSWORD);
    const created = await c.json<{ id: string; token: string }>("POST", "/api/v1/me/tokens", {
      json: { name: "monthly report script" },
    });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^vdt_/);
    const [stored] = await rows<{ token_hash: string }>(
      t.database.db,
      sql`SELECT token_hash FROM api_tokens WHERE id = ${created.body.id}`,
    );
    expect(stored?.token_hash).not.toContain(created.body.token);
    const script = new Client(t);
    const auth = { authorization: `Bearer ${created.body.token}` };
    expect((await script.json("GET", "/api/v1/me", { headers: auth })).status).toBe(200);
    expect(
      (
        await script.json("POST", "/api/v1/organisations", {
          json: { name: "Scripted", kind: "ngo" },
          headers: auth,
        })
      ).status,
    ).toBe(201);
    expect((await c.json("DELETE", `/api/v1/me/tokens/${created.body.id}`)).status).toBe(200);
    expect((await script.json("GET", "/api/v1/me", { headers: auth })).status).toBe(401);
  });
});

describe("audit log, export and deletion", () => {
  it("records who did what, is append-only, and never holds a password", async () => {
    const a = await makeUser(t, { org: "Eta Forum" });
    const c = new Client(t);
    await c.signIn(a.user.email, PASSWORD);
    await c.json("POST", `/api/v1/organisations/${a.org?.slug}/invitations`, {
      json: { email: "new@example.org" },
    });
    const log = await c.json<{ items: { action: string; actorId: string }[] }>(
      "GET",
      `/api/v1/organisations/${a.org?.slug}/audit`,
    );
    expect(log.body.items.map((e) => e.action)).toEqual(["org.invite", "org.create"]);
    expect(log.body.items[0]?.actorId).toBe(a.user.id);
    const refusal = (q: ReturnType<typeof sql>) =>
      t.database.db.execute(q).then(
        () => "allowed",
        (e: Error) => String((e.cause as Error | undefined)?.message ?? e.message),
      );
    expect(await refusal(sql`UPDATE audit_log SET action = 'x'`)).toMatch(/append-only/);
    expect(await refusal(sql`DELETE FROM audit_log`)).toMatch(/append-only/);
    const [dump] = await rows<{ all: string }>(
      t.database.db,
      sql`SELECT string_agg(details::text || action, ' ') AS all FROM audit_log`,
    );
    expect(dump?.all).not.toContain(PASSWORD);
  });

  it("exports everything the organisation owns, then deletes it after confirmation", async () => {
    const a = await makeUser(t, { org: "Theta Alliance" });
    const c = new Client(t);
    await c.signIn(a.user.email, PASSWORD);
    const slug = a.org?.slug as string;
    const exported = await c.json<{ organisation: { name: string }; members: { email: string }[] }>(
      "GET",
      `/api/v1/organisations/${slug}/export`,
    );
    expect(exported.res.headers.get("content-disposition")).toContain(`visitdesk-${slug}.json`);
    expect(exported.body.organisation.name).toBe("Theta Alliance");
    expect(exported.body.members.map((m) => m.email)).toEqual([a.user.email]);
    expect(
      (await c.json("DELETE", `/api/v1/organisations/${slug}`, { json: { confirm: "Theta" } })).status,
    ).toBe(422);
    expect(
      (await c.json("DELETE", `/api/v1/organisations/${slug}`, { json: { confirm: "Theta Alliance" } }))
        .status,
    ).toBe(200);
    expect((await c.json("GET", `/api/v1/organisations/${slug}`)).status).toBe(404);
  });

  it("deletes an account with its password", async () => {
    const { user } = await makeUser(t);
    const c = new Client(t);
    await c.signIn(user.email, PASSWORD);
    expect((await c.json("DELETE", "/api/v1/me", { json: { password: "wrong password here" } })).status).toBe(
      422,
    );
    expect((await c.json("DELETE", "/api/v1/me", { json: { password: PASSWORD } })).status).toBe(200);
    expect((await new Client(t).signIn(user.email, PASSWORD)).status).toBe(401);
  });
});

describe("sign-up and password reset by e-mail link", () => {
  it("answers the same for a new and a known address, and the link creates the account", async () => {
    const known = await makeUser(t);
    const c = new Client(t);
    const fresh = `fresh-${Date.now()}@example.org`;
    const a = await c.json("POST", "/api/v1/signup", { json: { email: fresh } });
    const b = await c.json("POST", "/api/v1/signup", { json: { email: known.user.email } });
    expect([a.status, a.body]).toEqual([b.status, b.body]);
    expect((await outbox(known.user.email)).at(-1)?.text_body).toContain("you already have one");
    const reset = await c.json("POST", "/api/v1/password-reset", { json: { email: known.user.email } });
    expect(reset.status).toBe(201);
    const token = linkToken((await outbox(known.user.email)).at(-1)?.text_body ?? "", "/password/reset");
    expect(
      (await c.json("POST", `/api/v1/password-reset/${token}`, { json: { password: "short" } })).status,
    ).toBe(422);
    expect(
      (
        await c.json("POST", `/api/v1/password-reset/${token}`, {
          json: { password: "a brand new long passphrase" },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await c.json("POST", `/api/v1/password-reset/${token}`, {
          json: { password: "another brand new passphrase" },
        })
      ).status,
    ).toBe(410);
    expect((await new Client(t).signIn(known.user.email, "a brand new long passphrase")).status).toBe(200);
  });
});

describe("coalitions", () => {
  it("a coordinator invites an organisation, an admin of it accepts, and members then see the coalition", async () => {
    const coordinator = await makeUser(t, { org: "Iota Coalition Secretariat" });
    const partner = await makeUser(t, { org: "Kappa Rights" });
    const outsider = await makeUser(t, { org: "Lambda Group" });
    const c = new Client(t);
    await c.signIn(coordinator.user.email, PASSWORD);
    const created = await c.json<{ slug: string }>("POST", "/api/v1/coalitions", {
      json: { name: "Coalition for a Visit", organisation: coordinator.org?.slug },
    });
    expect(created.status).toBe(201);
    const slug = created.body.slug;
    expect(
      (
        await c.json<{ invited: number }>("POST", `/api/v1/coalitions/${slug}/invitations`, {
          json: { organisation: partner.org?.slug },
        })
      ).body.invited,
    ).toBe(1);
    const token = linkToken((await outbox(partner.user.email)).at(-1)?.text_body ?? "", "/invitations");
    const p = new Client(t);
    await p.signIn(partner.user.email, PASSWORD);
    expect((await p.json("GET", `/api/v1/coalitions/${slug}`)).status).toBe(404);
    expect((await p.json("POST", `/api/v1/invitations/${token}/accept`)).status).toBe(200);
    const seen = await p.json<{ organisations: { slug: string }[] }>("GET", `/api/v1/coalitions/${slug}`);
    expect(seen.body.organisations.map((o) => o.slug).sort()).toEqual(
      [coordinator.org?.slug, partner.org?.slug].sort(),
    );
    // A partner may look but not run the coalition; an outsider may not even look.
    expect(
      (
        await p.json("POST", `/api/v1/coalitions/${slug}/coordinators`, {
          json: { email: partner.user.email },
        })
      ).status,
    ).toBe(403);
    const o = new Client(t);
    await o.signIn(outsider.user.email, PASSWORD);
    expect((await o.json("GET", `/api/v1/coalitions/${slug}`)).status).toBe(404);
    // The partner's admin can take their organisation out again.
    expect(
      (await p.json("DELETE", `/api/v1/coalitions/${slug}/organisations/${partner.org?.slug}`)).status,
    ).toBe(200);
    expect((await p.json("GET", `/api/v1/coalitions/${slug}`)).status).toBe(404);
  });

  it("can require two-factor sign-in of coordinators, who must then set it up before anything else", async () => {
    const { user } = await makeUser(t);
    const c = new Client(t);
    await c.signIn(user.email, PASSWORD);
    const { body } = await c.json<{ slug: string }>("POST", "/api/v1/coalitions", {
      json: { name: "Strict coalition" },
    });
    expect(
      (await c.json("PATCH", `/api/v1/coalitions/${body.slug}`, { json: { requireTwoFactor: true } })).status,
    ).toBe(200);
    expect((await c.json<{ mustEnrolTwoFactor: boolean }>("GET", "/api/v1/me")).body.mustEnrolTwoFactor).toBe(
      true,
    );
    const blocked = await c.json<{ error: { code: string } }>("POST", "/api/v1/organisations", {
      json: { name: "Blocked", kind: "ngo" },
    });
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe("two_factor_required");
    const setup = await c.json<{ secret: string; otpauthUri: string }>("POST", "/api/v1/me/two-factor");
    expect(setup.body.otpauthUri).toContain(`secret=${setup.body.secret}`);
    const confirmed = await c.json<{ recoveryCodes: string[] }>("POST", "/api/v1/me/two-factor/confirm", {
      json: { code: totp(setup.body.secret, new Date("2026-11-28T12:00:00Z")) },
    });
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    expect(
      (await c.json("POST", "/api/v1/organisations", { json: { name: "Now allowed", kind: "ngo" } })).status,
    ).toBe(201);
    expect(
      (
        await c.json<{ error: { code: string } }>("DELETE", "/api/v1/me/two-factor", {
          json: { password: PASSWORD },
        })
      ).body.error.code,
    ).toBe("two_factor_required");
  });
});

describe("platform administration", () => {
  it("lists accounts to platform admins only", async () => {
    const admin = await makeUser(t, { platformAdmin: true });
    const orgAdmin = await makeUser(t, { org: "Mu Org" });
    const a = new Client(t);
    await a.signIn(admin.user.email, PASSWORD);
    const list = await a.json<{ items: { email: string }[]; total: number }>(
      "GET",
      "/api/v1/admin/users?limit=200",
    );
    expect(list.status).toBe(200);
    expect(list.body.items.map((u) => u.email)).toContain(orgAdmin.user.email);
    const o = new Client(t);
    await o.signIn(orgAdmin.user.email, PASSWORD);
    expect((await o.json("GET", "/api/v1/admin/users")).status).toBe(404);
    // Running the platform gives no access to an organisation's members.
    expect((await a.json("GET", `/api/v1/organisations/${orgAdmin.org?.slug}/members`)).status).toBe(404);
  });
});

describe("uploads", () => {
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.alloc(200, 1),
  ]);
  const logo = (bytes: Uint8Array, name: string, type: string) => {
    const f = new FormData();
    f.set("logo", new File([bytes], name, { type }));
    return f;
  };

  it("takes a PNG logo from an admin and serves it with its checked type", async () => {
    const a = await makeUser(t, { org: "Nu Observatory" });
    const c = new Client(t);
    await c.signIn(a.user.email, PASSWORD);
    const slug = a.org?.slug as string;
    const r = await c.json("PUT", `/api/v1/organisations/${slug}/logo`, {
      multipart: logo(png, "logo.png", "image/png"),
    });
    expect(r.status).toBe(200);
    const exported = await c.json<{ attachments: { name: string; mediaType: string; data: string }[] }>(
      "GET",
      `/api/v1/organisations/${slug}/export`,
    );
    expect(exported.body.attachments).toEqual([
      { name: "logo", mediaType: "image/png", encoding: "base64", data: png.toString("base64") },
    ]);
    const served = await new Client(t).request("GET", `/orgs/${slug}/logo`);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
    // Deleting the organisation deletes its file too.
    const key = (
      await rows<{ logo_key: string }>(
        t.database.db,
        sql`SELECT logo_key FROM organisations WHERE slug = ${slug}`,
      )
    )[0]?.logo_key as string;
    expect(await t.deps.files.get(key)).not.toBeNull();
    await c.json("DELETE", `/api/v1/organisations/${slug}`, { json: { confirm: "Nu Observatory" } });
    expect(await t.deps.files.get(key)).toBeNull();
  });

  it("refuses a file that is not an image whatever its name, one that is too large, and a non-admin", async () => {
    const a = await makeUser(t, { org: "Xi Monitor" });
    const c = new Client(t);
    await c.signIn(a.user.email, PASSWORD);
    const slug = a.org?.slug as string;
    const fake = await c.json<{ error: { code: string } }>("PUT", `/api/v1/organisations/${slug}/logo`, {
      multipart: logo(Buffer.from("<svg onload=alert(1)>"), "logo.png", "image/png"),
    });
    expect(fake.status).toBe(415);
    expect(fake.body.error.code).toBe("unsupported_file_type");
    const huge = await c.json<{ error: { code: string } }>("PUT", `/api/v1/organisations/${slug}/logo`, {
      multipart: logo(Buffer.concat([png, Buffer.alloc(2 * 1024 * 1024)]), "big.png", "image/png"),
    });
    expect(huge.status).toBe(413);
    const json = await c.json("PUT", `/api/v1/organisations/${slug}/logo`, { json: { logo: "x" } });
    expect(json.status).toBe(415);
    expect((await new Client(t).request("GET", `/orgs/${slug}/logo`)).status).toBe(404);
    const other = await makeUser(t, { org: "Omicron" });
    const o = new Client(t);
    await o.signIn(other.user.email, PASSWORD);
    expect(
      (
        await o.json("PUT", `/api/v1/organisations/${slug}/logo`, {
          multipart: logo(png, "l.png", "image/png"),
        })
      ).status,
    ).toBe(404);
  });
});

describe("two-factor gate on pages", () => {
  it("sends an admin who must set up two-factor sign-in to the set-up page from any page", async () => {
    const a = await makeUser(t, { org: "Pi Watch" });
    await t.database.db.execute(
      sql`UPDATE organisations SET require_two_factor = true WHERE id = ${a.org?.id}`,
    );
    const c = new Client(t);
    await c.signIn(a.user.email, PASSWORD);
    for (const path of ["/", "/mandates", "/countries/KEN", "/visits", "/orgs"]) {
      const r = await c.request("GET", path);
      expect({ path, status: r.status, to: r.headers.get("location") }).toEqual({
        path,
        status: 303,
        to: "/account/two-factor",
      });
    }
    expect((await c.request("GET", "/account/two-factor")).status).toBe(200);
  });
});

describe("abuse limits and session hygiene", () => {
  it("refuses a fourth e-mail link to one address within the hour", async () => {
    const c = new Client(t, "198.51.100.77");
    const email = `flood-${Date.now()}@example.org`;
    for (let i = 0; i < 3; i++)
      expect((await c.json("POST", "/api/v1/password-reset", { json: { email } })).status).toBe(201);
    const r = await c.json<{ error: { code: string } }>("POST", "/api/v1/signup", { json: { email } });
    expect(r.status).toBe(429);
    expect(r.body.error.code).toBe("too_many_requests");
  });

  it("ends the other sessions when the password changes, and keeps this one", async () => {
    const { changePassword } = await import("./service");
    const { accountDepsFor } = await import("../../test/support/accounts");
    const { user } = await makeUser(t);
    const here = new Client(t);
    const there = new Client(t);
    await here.signIn(user.email, PASSWORD);
    await there.signIn(user.email, PASSWORD);
    const token = here.cookies.get("vd_session") ?? null;
    await changePassword(accountDepsFor(t), user.id, PASSWORD, "a completely new passphrase", token);
    expect((await here.json("GET", "/api/v1/me")).status).toBe(200);
    expect((await there.json("GET", "/api/v1/me")).status).toBe(401);
  });

  it("does not restart two-factor set-up while it is on", async () => {
    const { user } = await makeUser(t);
    const c = new Client(t);
    await c.signIn(user.email, PASSWORD);
    const setup = await c.json<{ secret: string }>("POST", "/api/v1/me/two-factor");
    await c.json("POST", "/api/v1/me/two-factor/confirm", {
      json: { code: totp(setup.body.secret, new Date("2026-11-28T12:00:00Z")) },
    });
    const again = await c.json<{ error: { code: string } }>("POST", "/api/v1/me/two-factor");
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("two_factor_on");
  });
});
