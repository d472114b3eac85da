import { guideSearchDocuments } from "../src/guide/content";
import { anonymous } from "../src/platform/access";
import { insertDocuments, type SearchDocument, search } from "../src/platform/search";
import { createTestDb } from "./db";

/**
 * Synthetic but realistic texts: sentences drawn from the guide's own vocabulary in English,
 * French and Spanish, so stemming, ranking and snippets do real work.
 */
export function corpus(n: number): SearchDocument[] {
  const words: Record<string, string[]> = {};
  for (const d of guideSearchDocuments()) {
    words[d.lang] ??= [];
    const list = words[d.lang] as string[];
    for (const w of d.body.split(/[^\p{L}]+/u)) if (w.length > 2) list.push(w);
  }
  const langs = Object.keys(words);
  let seed = 42;
  const rand = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = (list: string[], k: number) =>
    Array.from({ length: k }, () => list[Math.floor(rand() * list.length)]).join(" ");
  return Array.from({ length: n }, (_, i) => {
    const lang = langs[i % langs.length] as string;
    const list = words[lang] as string[];
    return {
      type: "bench",
      refId: String(i),
      lang,
      title: pick(list, 6),
      body: pick(list, 60),
      url: `/bench/${i}`,
    };
  });
}

const queries = [
  "torture",
  "reprisals",
  "submission deadline",
  "défenseurs",
  "visita oficial",
  "tortrue",
  "recommendation follow-up",
  "standing invitation",
  "desk officer",
  "consentement",
];

export async function searchLatency(engine: "pglite" | "postgres", n: number, serverUrl: string) {
  const database = await createTestDb(engine, serverUrl);
  try {
    const t0 = performance.now();
    await insertDocuments(database.db, corpus(n));
    const indexSeconds = (performance.now() - t0) / 1000;
    for (const q of queries)
      await search(database.db, { q, actor: anonymous, lang: "en", limit: 20, offset: 0 });
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const q = queries[i % queries.length] as string;
      const t = performance.now();
      await search(database.db, { q, actor: anonymous, lang: "en", limit: 20, offset: 0 });
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] as number;
    return { engine, p50: at(0.5), p95: at(0.95), max: times[times.length - 1] as number, indexSeconds };
  } finally {
    await database.close();
  }
}
