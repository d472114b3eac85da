import type { Child } from "hono/jsx";
import type { AppContext } from "./context";
import { Layout, type PageMeta } from "./layout";

/** Renders a full page in the reader's language. */
export function page(
  c: AppContext,
  meta: Omit<PageMeta, "path">,
  body: Child,
  status: 200 | 201 | 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429 | 500 = 200,
) {
  const url = new URL(c.req.url);
  const i18n = c.get("i18n");
  return c.html(
    <Layout i18n={i18n} auth={c.get("auth")} meta={{ ...meta, path: `${url.pathname}${url.search}` }}>
      {body}
    </Layout>,
    status,
  );
}
