CREATE TABLE "countries" (
	"iso3" text PRIMARY KEY NOT NULL,
	"iso2" text NOT NULL,
	"m49" text,
	"names" jsonb NOT NULL,
	"region" text NOT NULL,
	"subregion" text,
	"un_regional_group" text,
	"un_status" text NOT NULL,
	"provenance" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "standing_invitations" (
	"country_iso3" text PRIMARY KEY NOT NULL,
	"extended" text NOT NULL,
	"date_extended" date,
	"extended_on_or_before" date,
	"year_recalled" integer,
	"provenance" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mandates" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"titles" jsonb NOT NULL,
	"short_name" text NOT NULL,
	"kind" text NOT NULL,
	"scope" text NOT NULL,
	"country_iso3" text,
	"year_established" integer,
	"establishing_instrument" text,
	"holder" text,
	"holder_as_of" text,
	"email" text,
	"provenance" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reference_imports" (
	"dataset" text PRIMARY KEY NOT NULL,
	"hash" text NOT NULL,
	"records" integer NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_documents" (
	"type" text NOT NULL,
	"ref_id" text NOT NULL,
	"lang" text NOT NULL,
	"config" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"url" text NOT NULL,
	"title_plain" text NOT NULL,
	"visibility" text DEFAULT 'public' NOT NULL,
	"tsv" "tsvector" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_documents_type_ref_id_lang_pk" PRIMARY KEY("type","ref_id","lang")
);
--> statement-breakpoint
ALTER TABLE "standing_invitations" ADD CONSTRAINT "standing_invitations_country_iso3_countries_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."countries"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_documents_tsv_idx" ON "search_documents" USING gin ("tsv");