CREATE TABLE "submission_attachments" (
	"id" text PRIMARY KEY NOT NULL,
	"submission_id" text NOT NULL,
	"audience" text NOT NULL,
	"secret" text NOT NULL,
	"file_key" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"contributor_org_id" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "submission_calls" (
	"id" text PRIMARY KEY NOT NULL,
	"visit_id" text NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"address" text,
	"portal_url" text,
	"max_words" integer,
	"max_pages" integer,
	"languages" text[] NOT NULL,
	"formats" text[] NOT NULL,
	"source" text,
	"reminders_sent" integer[] DEFAULT '{}' NOT NULL,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "submission_consents" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"audiences" text[] NOT NULL,
	"given_by" text NOT NULL,
	"given_on" timestamp with time zone NOT NULL,
	"recorded_by" text NOT NULL,
	"revoked_on" timestamp with time zone,
	"revoked_by" text
);
--> statement-breakpoint
CREATE TABLE "submission_parts" (
	"id" text PRIMARY KEY NOT NULL,
	"submission_id" text NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"audience" text NOT NULL,
	"content" text NOT NULL,
	"mentions" text[] DEFAULT '{}' NOT NULL,
	"contributor_org_ids" text[] NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "submission_people" (
	"id" text PRIMARY KEY NOT NULL,
	"submission_id" text NOT NULL,
	"role" text NOT NULL,
	"identity" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "submission_visit_publicity" (
	"visit_id" text PRIMARY KEY NOT NULL,
	"cities" text[] DEFAULT '{}' NOT NULL,
	"contact" text,
	"hashtag" text,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "submission_sends" (
	"id" text PRIMARY KEY NOT NULL,
	"submission_id" text NOT NULL,
	"audience" text NOT NULL,
	"channel" text NOT NULL,
	"recipient" text NOT NULL,
	"sent_on" date NOT NULL,
	"recorded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "submission_signoffs" (
	"id" text PRIMARY KEY NOT NULL,
	"submission_id" text NOT NULL,
	"org_id" text NOT NULL,
	"content_hash" text NOT NULL,
	"signed_by" text NOT NULL,
	"signed_on" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "submissions" (
	"id" text PRIMARY KEY NOT NULL,
	"visit_id" text NOT NULL,
	"owner_org_id" text NOT NULL,
	"coalition_id" text,
	"title" text NOT NULL,
	"language" text NOT NULL,
	"public_document" jsonb,
	"published_at" timestamp with time zone,
	"published_by" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "submission_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"submission_id" text NOT NULL,
	"number" integer NOT NULL,
	"snapshot" text NOT NULL,
	"reason" text NOT NULL,
	"saved_by" text,
	"saved_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "submission_attachments" ADD CONSTRAINT "submission_attachments_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_attachments" ADD CONSTRAINT "submission_attachments_contributor_org_id_organisations_id_fk" FOREIGN KEY ("contributor_org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_attachments" ADD CONSTRAINT "submission_attachments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_calls" ADD CONSTRAINT "submission_calls_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_calls" ADD CONSTRAINT "submission_calls_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_consents" ADD CONSTRAINT "submission_consents_person_id_submission_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."submission_people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_parts" ADD CONSTRAINT "submission_parts_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_parts" ADD CONSTRAINT "submission_parts_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_people" ADD CONSTRAINT "submission_people_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_visit_publicity" ADD CONSTRAINT "submission_visit_publicity_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_visit_publicity" ADD CONSTRAINT "submission_visit_publicity_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_sends" ADD CONSTRAINT "submission_sends_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_sends" ADD CONSTRAINT "submission_sends_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_signoffs" ADD CONSTRAINT "submission_signoffs_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_signoffs" ADD CONSTRAINT "submission_signoffs_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_owner_org_id_organisations_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_coalition_id_coalitions_id_fk" FOREIGN KEY ("coalition_id") REFERENCES "public"."coalitions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_versions" ADD CONSTRAINT "submission_versions_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_versions" ADD CONSTRAINT "submission_versions_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "submission_attachments_submission_idx" ON "submission_attachments" USING btree ("submission_id");--> statement-breakpoint
CREATE UNIQUE INDEX "submission_calls_visit_idx" ON "submission_calls" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "submission_calls_deadline_idx" ON "submission_calls" USING btree ("deadline");--> statement-breakpoint
CREATE INDEX "submission_consents_person_idx" ON "submission_consents" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "submission_parts_submission_idx" ON "submission_parts" USING btree ("submission_id","position");--> statement-breakpoint
CREATE INDEX "submission_people_submission_idx" ON "submission_people" USING btree ("submission_id");--> statement-breakpoint
CREATE INDEX "submission_sends_submission_idx" ON "submission_sends" USING btree ("submission_id","sent_on");--> statement-breakpoint
CREATE INDEX "submission_signoffs_submission_idx" ON "submission_signoffs" USING btree ("submission_id");--> statement-breakpoint
CREATE INDEX "submissions_visit_idx" ON "submissions" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "submissions_owner_idx" ON "submissions" USING btree ("owner_org_id");--> statement-breakpoint
CREATE INDEX "submissions_coalition_idx" ON "submissions" USING btree ("coalition_id");--> statement-breakpoint
CREATE INDEX "submissions_published_idx" ON "submissions" USING btree ("visit_id","published_at") WHERE published_at IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "submission_versions_number_idx" ON "submission_versions" USING btree ("submission_id","number");