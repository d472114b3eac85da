import type { AppContext } from "./context";

/** The fields of a posted form, as strings ("" when missing or a file). */
export async function formOf(c: AppContext) {
  const body = await c.req.parseBody();
  return (name: string) => {
    const v = body[name];
    return typeof v === "string" ? v : "";
  };
}

/** After a form: "see other" so a reload does not post it again. */
export const see = (c: AppContext, location: string) => c.redirect(location, 303);

/** A form posted by someone not (or no longer) signed in: sign in, then come back. */
export const signInFirst = (c: AppContext, back: string) =>
  see(c, `/signin?next=${encodeURIComponent(back)}`);
