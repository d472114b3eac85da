import { customType, index, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * One row per searchable text and language. `tsv` is computed in SQL with the text search
 * configuration of the row's language; `title_plain` (lower case, no accents) feeds the trigram
 * index that forgives small typos. `visibility` lets later areas index non-public records and
 * filter them with the same policy as everywhere else.
 */
export const searchDocuments = pgTable(
  "search_documents",
  {
    type: text("type").notNull(),
    refId: text("ref_id").notNull(),
    lang: text("lang").notNull(),
    config: text("config").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    url: text("url").notNull(),
    titlePlain: text("title_plain").notNull(),
    visibility: text("visibility")
      .$type<"public" | "coalition" | "organisation" | "named">()
      .notNull()
      .default("public"),
    ownerOrgId: text("owner_org_id"),
    coalitionId: text("coalition_id"),
    namedUserIds: text("named_user_ids").array().notNull().default([]),
    tsv: tsvector("tsv").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.type, t.refId, t.lang] }),
    index("search_documents_tsv_idx").using("gin", t.tsv),
  ],
);
