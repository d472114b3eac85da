-- Full-text search: accents are ignored (unaccent runs before each language's stemmer), so
-- "defenseur" finds "défenseur". Chinese has no stemmer in PostgreSQL: the application segments it
-- into words with Intl.Segmenter and indexes it with vd_simple.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION vd_simple (COPY = simple);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION vd_simple ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION vd_english (COPY = english);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION vd_english ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION vd_french (COPY = french);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION vd_french ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION vd_spanish (COPY = spanish);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION vd_spanish ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION vd_russian (COPY = russian);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION vd_russian ALTER MAPPING FOR hword, hword_part, word WITH unaccent, russian_stem;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION vd_arabic (COPY = arabic);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION vd_arabic ALTER MAPPING FOR hword, hword_part, word WITH unaccent, arabic_stem;--> statement-breakpoint
CREATE INDEX search_documents_title_trgm_idx ON search_documents USING gin (title_plain gin_trgm_ops);
