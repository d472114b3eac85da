import type { Context } from "hono";
import type { Config } from "../config";
import type { Db } from "../db/client";
import type { I18n } from "../i18n";
import type { Logger } from "../log";

/** What every route may use; side effects come in here, never through imports of globals. */
export interface AppDeps {
  db: Db;
  engine: "pglite" | "postgres";
  config: Pick<Config, "baseUrl">;
  log: Logger;
  clock: () => Date;
}

export type AppEnv = { Variables: { i18n: I18n; deps: AppDeps } };
export type AppContext = Context<AppEnv>;
