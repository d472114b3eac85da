import { and, eq } from "drizzle-orm";
import { publicScope } from "../platform/access";
import type { Db } from "../platform/db/client";
import { insertDocuments, type SearchDocument } from "../platform/search";
import { searchDocuments } from "../platform/search/schema";
import type { ExportDocument } from "./compose";
import { blockTexts } from "./text";

/**
 * Quick search holds one text per submission: its public version as published, with a public
 * scope. Nothing else of a submission (its other parts, its people, its drafts) is ever indexed.
 */
export const SEARCH_TYPE = "submission";

export function publicSearchDocument(id: string, doc: ExportDocument, meta: string[]): SearchDocument {
  const parts = [...doc.sections.flatMap((s) => s.parts), ...doc.annexes];
  return {
    type: SEARCH_TYPE,
    refId: id,
    lang: doc.language,
    title: doc.title,
    body: [...meta, ...parts.flatMap((p) => [p.heading, ...p.blocks.flatMap(blockTexts)])]
      .filter(Boolean)
      .join("\n"),
    url: `/submissions/${id}/public`,
    scope: publicScope,
  };
}

export async function indexPublicVersion(
  db: Db,
  id: string,
  doc: ExportDocument,
  meta: string[],
): Promise<void> {
  await deleteDocuments(db, id);
  await insertDocuments(db, [publicSearchDocument(id, doc, meta)]);
}

export async function deleteDocuments(db: Db, id: string): Promise<void> {
  await db
    .delete(searchDocuments)
    .where(and(eq(searchDocuments.type, SEARCH_TYPE), eq(searchDocuments.refId, id)));
}
