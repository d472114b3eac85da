import { test } from "vitest";
import { launchBrowser, newContext, startServer } from "./support";
import { readFileSync } from "node:fs";

test("probe", async () => {
  const server = await startServer();
  const browser = await launchBrowser();
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  const src = readFileSync("node_modules/axe-core/axe.min.js", "utf8");
  for (const p of ["/", "/countries/KOR", "/?lang=ar"]) {
    await page.goto(server.url + p);
    await page.addScriptTag({ content: src });
    const r = await page.evaluate(async () => { const a = (globalThis as any).axe; const r = await a.run({ runOnly: { type: "tag", values: ["wcag2a","wcag2aa","wcag21a","wcag21aa","wcag22aa"] } }); return { passes: r.passes.map((x: any) => x.id), incomplete: r.incomplete.map((x: any) => [x.id, x.nodes.map((n:any)=>n.target.join(" "))]), v: r.violations.length }; });
    console.log(p, JSON.stringify(r));
  }
  const api = async (p: string) => (await (await fetch(server.url + p)).json()) as any;
  const k = await api("/api/v1/countries/KOR");
  console.log(JSON.stringify(k.names), JSON.stringify(k.provenance));
  const s = await api("/api/v1/search?q=torture");
  console.log(JSON.stringify(s));
  await ctx.close(); await browser.close(); await server.close();
}, 120000);
