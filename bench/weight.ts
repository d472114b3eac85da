import { gzipSync } from "node:zlib";
import { createApp } from "../src/platform/http/app";
import { testDeps } from "../test/support/app";
import { createTestDb } from "./db";

/** The home page and every resource it links to (stylesheet, icon), as a browser without cache loads them. */
export async function weightOfHomePage() {
  const database = await createTestDb("pglite");
  try {
    const app = createApp(testDeps(database));
    const html = await (await app.request("/")).text();
    const linked = [...html.matchAll(/<link[^>]+href="(\/[^"]+)"/g)].map((m) => m[1] as string);
    const resources = [];
    for (const p of ["/", ...linked]) {
      const body = Buffer.from(await (await app.request(p)).arrayBuffer());
      resources.push({ path: p, bytes: body.length, gzip: gzipSync(body).length });
    }
    return {
      resources,
      total: resources.reduce((s, r) => s + r.bytes, 0),
      totalGzip: resources.reduce((s, r) => s + r.gzip, 0),
    };
  } finally {
    await database.close();
  }
}
