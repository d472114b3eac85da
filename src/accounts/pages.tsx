import type { Hono } from "hono";
import type { AppEnv } from "../platform/http/context";

/** Account pages (sign-in, sign-up, account, organisations, coalitions). */
export function accountsPages(_app: Hono<AppEnv>) {}
