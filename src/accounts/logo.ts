import type { Hono } from "hono";
import type { AppEnv } from "../platform/http/context";
import { notFound } from "../platform/http/errors";
import { getOrgBySlug } from "./organisations";

/** Serves an organisation's logo (public, like its name) with the type its bytes were checked to be. */
export function logoRoutes(app: Hono<AppEnv>) {
  app.get("/orgs/:slug/logo", async (c) => {
    const { db, files } = c.get("deps");
    const org = await getOrgBySlug(db, c.req.param("slug"));
    const bytes = org?.logoKey ? await files.get(org.logoKey) : null;
    if (!org || !bytes || !org.logoType) throw notFound("This logo");
    return c.body(new Uint8Array(bytes), 200, {
      "Content-Type": org.logoType,
      "Cache-Control": "public, max-age=300",
      "Content-Disposition": "inline",
    });
  });
}
