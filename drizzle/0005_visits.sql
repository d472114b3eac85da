CREATE TABLE "visit_events" (
	"id" text PRIMARY KEY NOT NULL,
	"visit_id" text NOT NULL,
	"type" text NOT NULL,
	"date" date NOT NULL,
	"precision" text DEFAULT 'day' NOT NULL,
	"date_from" date,
	"date_to" date,
	"symbol" text,
	"session" integer,
	"source" text,
	"note" text,
	"recorded_by" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visits" (
	"id" text PRIMARY KEY NOT NULL,
	"import_key" text,
	"country_iso3" text NOT NULL,
	"mandate_id" text NOT NULL,
	"mandate_as_published" text,
	"mandate_holder" text,
	"status" text NOT NULL,
	"requested_on" date,
	"visit_from" date,
	"visit_to" date,
	"last_event_on" date,
	"reminders" integer DEFAULT 0 NOT NULL,
	"report_symbol" text,
	"inconsistencies" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"provenance" jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "visit_events" ADD CONSTRAINT "visit_events_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_country_iso3_countries_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."countries"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_mandate_id_mandates_id_fk" FOREIGN KEY ("mandate_id") REFERENCES "public"."mandates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "visit_events_visit_idx" ON "visit_events" USING btree ("visit_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "visit_events_unique_idx" ON "visit_events" USING btree ("visit_id","type","date",coalesce("symbol", ''));--> statement-breakpoint
CREATE UNIQUE INDEX "visits_import_key_idx" ON "visits" USING btree ("import_key");--> statement-breakpoint
CREATE INDEX "visits_country_idx" ON "visits" USING btree ("country_iso3","last_event_on");--> statement-breakpoint
CREATE INDEX "visits_mandate_idx" ON "visits" USING btree ("mandate_id","last_event_on");--> statement-breakpoint
CREATE INDEX "visits_status_idx" ON "visits" USING btree ("status","last_event_on");