CREATE TABLE "advocacy_actions" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"date" date NOT NULL,
	"target" text NOT NULL,
	"channel" text,
	"response" text,
	"country_iso3" text NOT NULL,
	"visit_id" text,
	"letter_id" text,
	"visibility" text NOT NULL,
	"owner_org_id" text NOT NULL,
	"coalition_id" text,
	"named_user_ids" text[] DEFAULT '{}' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "advocacy_letters" (
	"id" text PRIMARY KEY NOT NULL,
	"template" text NOT NULL,
	"title" text NOT NULL,
	"language" text NOT NULL,
	"country_iso3" text NOT NULL,
	"mandate_id" text,
	"visit_id" text,
	"unofficial_visit_id" text,
	"data" jsonb NOT NULL,
	"visibility" text NOT NULL,
	"owner_org_id" text NOT NULL,
	"coalition_id" text,
	"named_user_ids" text[] DEFAULT '{}' NOT NULL,
	"sign_on_deadline" timestamp with time zone,
	"sign_on_link_hash" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "advocacy_letters_sign_on_link_hash_unique" UNIQUE("sign_on_link_hash")
);
--> statement-breakpoint
CREATE TABLE "advocacy_signatures" (
	"id" text PRIMARY KEY NOT NULL,
	"letter_id" text NOT NULL,
	"org_name" text NOT NULL,
	"country_iso3" text,
	"contact_email" text NOT NULL,
	"list_publicly" boolean NOT NULL,
	"org_id" text,
	"status" text NOT NULL,
	"confirm_token_hash" text NOT NULL,
	"withdraw_token_hash" text NOT NULL,
	"position" integer,
	"locale" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "advocacy_signatures_confirm_token_hash_unique" UNIQUE("confirm_token_hash"),
	CONSTRAINT "advocacy_signatures_withdraw_token_hash_unique" UNIQUE("withdraw_token_hash")
);
--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "html_body" text;--> statement-breakpoint
ALTER TABLE "advocacy_actions" ADD CONSTRAINT "advocacy_actions_country_iso3_countries_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."countries"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_actions" ADD CONSTRAINT "advocacy_actions_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_actions" ADD CONSTRAINT "advocacy_actions_letter_id_advocacy_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."advocacy_letters"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_actions" ADD CONSTRAINT "advocacy_actions_owner_org_id_organisations_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_actions" ADD CONSTRAINT "advocacy_actions_coalition_id_coalitions_id_fk" FOREIGN KEY ("coalition_id") REFERENCES "public"."coalitions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_actions" ADD CONSTRAINT "advocacy_actions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_letters" ADD CONSTRAINT "advocacy_letters_country_iso3_countries_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."countries"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_letters" ADD CONSTRAINT "advocacy_letters_mandate_id_mandates_id_fk" FOREIGN KEY ("mandate_id") REFERENCES "public"."mandates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_letters" ADD CONSTRAINT "advocacy_letters_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_letters" ADD CONSTRAINT "advocacy_letters_unofficial_visit_id_unofficial_visits_id_fk" FOREIGN KEY ("unofficial_visit_id") REFERENCES "public"."unofficial_visits"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_letters" ADD CONSTRAINT "advocacy_letters_owner_org_id_organisations_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_letters" ADD CONSTRAINT "advocacy_letters_coalition_id_coalitions_id_fk" FOREIGN KEY ("coalition_id") REFERENCES "public"."coalitions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_letters" ADD CONSTRAINT "advocacy_letters_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_signatures" ADD CONSTRAINT "advocacy_signatures_letter_id_advocacy_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."advocacy_letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_signatures" ADD CONSTRAINT "advocacy_signatures_country_iso3_countries_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."countries"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_signatures" ADD CONSTRAINT "advocacy_signatures_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "advocacy_actions_visit_idx" ON "advocacy_actions" USING btree ("visit_id","date");--> statement-breakpoint
CREATE INDEX "advocacy_actions_owner_idx" ON "advocacy_actions" USING btree ("owner_org_id","date");--> statement-breakpoint
CREATE INDEX "advocacy_actions_country_idx" ON "advocacy_actions" USING btree ("country_iso3","date");--> statement-breakpoint
CREATE INDEX "advocacy_letters_owner_idx" ON "advocacy_letters" USING btree ("owner_org_id","updated_at");--> statement-breakpoint
CREATE INDEX "advocacy_letters_coalition_idx" ON "advocacy_letters" USING btree ("coalition_id");--> statement-breakpoint
CREATE INDEX "advocacy_signatures_letter_idx" ON "advocacy_signatures" USING btree ("letter_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "advocacy_signatures_contact_idx" ON "advocacy_signatures" USING btree ("letter_id","contact_email") WHERE status <> 'withdrawn';--> statement-breakpoint
CREATE INDEX "visit_events_recorded_idx" ON "visit_events" USING btree ("recorded_at","id");--> statement-breakpoint
CREATE INDEX "visits_recent_idx" ON "visits" USING btree ("last_event_on" DESC NULLS LAST,"id");