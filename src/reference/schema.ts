import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** One row per reference dataset: the content hash tells a restart that nothing needs re-importing. */
export const referenceImports = pgTable("reference_imports", {
  dataset: text("dataset").primaryKey(),
  hash: text("hash").notNull(),
  records: integer("records").notNull(),
  importedAt: timestamp("imported_at", { withTimezone: true }).notNull().defaultNow(),
});
