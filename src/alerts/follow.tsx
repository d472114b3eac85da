import type { AppContext } from "../platform/http/context";
import type { FollowKind } from "./alerts";
import { isFollowing } from "./store";
import { FollowButton } from "./views";

/** The follow button for a page, in the state the reader is in (signed out: a link to sign in). */
export async function followControl(c: AppContext, kind: FollowKind, target: string) {
  const auth = c.get("auth");
  const returnTo = new URL(c.req.url).pathname;
  const following = auth.user ? await isFollowing(c.get("deps").db, auth.user.id, kind, target) : false;
  return (
    <FollowButton
      i18n={c.get("i18n")}
      csrf={auth.csrf}
      kind={kind}
      target={target}
      following={following}
      returnTo={returnTo}
      signedIn={auth.user !== null}
    />
  );
}
