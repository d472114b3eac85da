CREATE TABLE "recommendations" (
	"id" text PRIMARY KEY NOT NULL,
	"symbol" text NOT NULL,
	"ref" text NOT NULL,
	"position" integer NOT NULL,
	"report_id" text NOT NULL,
	"visit_id" text,
	"country_iso3" text NOT NULL,
	"mandate_id" text NOT NULL,
	"document_type" text NOT NULL,
	"addressee" text,
	"addressee_as_written" text,
	"heading" text,
	"text" text NOT NULL,
	"paragraph" text NOT NULL,
	"language" text NOT NULL,
	"accepted_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" text PRIMARY KEY NOT NULL,
	"document_type" text NOT NULL,
	"symbol" text,
	"mandate_id" text,
	"country_iso3" text,
	"visit_from" date,
	"visit_to" date,
	"hrc_session" integer,
	"hrc_session_source" text,
	"language" text NOT NULL,
	"visit_id" text,
	"visit_link" text DEFAULT 'auto' NOT NULL,
	"format" text NOT NULL,
	"file_name" text,
	"file_key" text,
	"file_type" text,
	"file_bytes" integer,
	"text" text NOT NULL,
	"draft" jsonb NOT NULL,
	"extracted_count" integer NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"accepted" jsonb,
	"accepted_revision" integer,
	"accepted_at" timestamp with time zone,
	"accepted_by" text,
	"owner_org_id" text,
	"uploaded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_country_iso3_countries_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."countries"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_mandate_id_mandates_id_fk" FOREIGN KEY ("mandate_id") REFERENCES "public"."mandates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_owner_org_id_organisations_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "recommendations_symbol_ref_idx" ON "recommendations" USING btree ("symbol","ref");--> statement-breakpoint
CREATE INDEX "recommendations_country_idx" ON "recommendations" USING btree ("country_iso3","symbol","position");--> statement-breakpoint
CREATE INDEX "recommendations_mandate_idx" ON "recommendations" USING btree ("mandate_id","symbol","position");--> statement-breakpoint
CREATE INDEX "recommendations_visit_idx" ON "recommendations" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "recommendations_report_idx" ON "recommendations" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "reports_symbol_idx" ON "reports" USING btree ("symbol");--> statement-breakpoint
CREATE INDEX "reports_owner_idx" ON "reports" USING btree ("owner_org_id","updated_at");--> statement-breakpoint
CREATE INDEX "reports_uploader_idx" ON "reports" USING btree ("uploaded_by","updated_at");--> statement-breakpoint
CREATE INDEX "reports_accepted_idx" ON "reports" USING btree ("accepted_at");