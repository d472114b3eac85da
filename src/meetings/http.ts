import type { AppContext } from "../platform/http/context";
import type { MeetingDeps } from "./service";

/** The programme area's dependencies, from the app's. */
export function meetingDeps(c: AppContext): MeetingDeps {
  const d = c.get("deps");
  return { db: d.db, keyring: d.keyring, clock: d.clock, baseUrl: d.config.baseUrl, log: d.log };
}

/** Pages and answers about a programme are someone's work in progress: never cached on the way. */
export const noStore = (c: AppContext) => c.header("Cache-Control", "private, no-store");
