import { createOrg } from "../../src/accounts/organisations";
import { type AccountDeps, createUser, loadActor } from "../../src/accounts/service";
import type { Actor } from "../../src/platform/access";
import type { TestApp } from "./app";
import { fastHasher, TEST_NOW } from "./app";

export const PASSWORD = "correct horse battery staple";

export function accountDepsFor(t: TestApp): AccountDeps {
  return {
    db: t.database.db,
    hasher: fastHasher,
    keyring: t.deps.keyring,
    clock: () => TEST_NOW,
    baseUrl: "http://localhost:3000",
    wait: t.deps.wait,
  };
}

let n = 0;
/** A user with a unique address; with `org`, also a new organisation they administer. */
export async function makeUser(
  t: TestApp,
  opts: { org?: string; name?: string; platformAdmin?: boolean } = {},
) {
  n++;
  const deps = accountDepsFor(t);
  const user = await createUser(deps, {
    email: `user${n}-${Date.now()}@example.org`,
    displayName: opts.name ?? `User ${n}`,
    password: PASSWORD,
    platformAdmin: opts.platformAdmin,
  });
  let actor: Actor = await loadActor(deps.db, user);
  const org = opts.org ? await createOrg(deps, actor, { name: opts.org, kind: "ngo" }) : undefined;
  actor = await loadActor(deps.db, user);
  return { user, org, actor };
}
