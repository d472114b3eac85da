ALTER TABLE "organisations" ADD COLUMN "logo_key" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "logo_type" text;