DROP INDEX "advocacy_signatures_contact_idx";--> statement-breakpoint
ALTER TABLE "advocacy_signatures" ADD COLUMN "contact_hash" text;--> statement-breakpoint
-- Signatures made before contacts were sealed: the same hash as signature-store.ts computes.
UPDATE "advocacy_signatures" SET "contact_hash" = encode(sha256(convert_to("letter_id" || E'\n' || "contact_email", 'UTF8')), 'hex');--> statement-breakpoint
ALTER TABLE "advocacy_signatures" ALTER COLUMN "contact_hash" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "advocacy_signatures_contact_idx" ON "advocacy_signatures" USING btree ("letter_id","contact_hash") WHERE status <> 'withdrawn';
