import type { Context } from "hono";
import type { PasswordHasher } from "../../accounts/password";
import type { Actor } from "../access";
import type { Config } from "../config";
import type { Keyring } from "../crypto/keyring";
import type { Db } from "../db/client";
import type { FileStore } from "../files/store";
import type { I18n } from "../i18n";
import type { Logger } from "../log";

/** What every route may use; side effects come in here, never through imports of globals. */
export interface AppDeps {
  db: Db;
  engine: "pglite" | "postgres";
  config: Pick<Config, "baseUrl" | "secureCookies" | "trustProxy">;
  log: Logger;
  clock: () => Date;
  hasher: PasswordHasher;
  keyring: Keyring;
  files: FileStore;
  /** Pauses a response (slowing repeated failed sign-ins); tests pass one that only records. */
  wait: (ms: number) => Promise<void>;
}

export interface Auth {
  actor: Actor;
  /** The signed-in user's id, e-mail and name; null for an anonymous visitor. */
  user: { id: string; email: string; displayName: string } | null;
  /** How the request proved who it is: a session cookie, an API token, or not at all. */
  via: "cookie" | "token" | null;
  /** The token forms and cookie-authenticated API calls must echo back. */
  csrf: string;
  /** The raw session token, to end this session. */
  sessionToken: string | null;
  /** An organisation or coalition this user helps run requires two-factor sign-in, not yet set up. */
  mustEnrolTwoFactor: boolean;
}

export type AppEnv = { Variables: { i18n: I18n; deps: AppDeps; auth: Auth } };
export type AppContext = Context<AppEnv>;
