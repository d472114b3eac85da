CREATE TABLE "meeting_assignments" (
	"programme_id" text NOT NULL,
	"request_id" text NOT NULL,
	"slot_id" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	CONSTRAINT "meeting_assignments_request_id_slot_id_pk" PRIMARY KEY("request_id","slot_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_placements" (
	"programme_id" text NOT NULL,
	"request_id" text NOT NULL,
	"slot_id" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_placements_request_id_slot_id_pk" PRIMARY KEY("request_id","slot_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_programmes" (
	"id" text PRIMARY KEY NOT NULL,
	"visit_id" text NOT NULL,
	"title" text NOT NULL,
	"coalition_id" text,
	"owner_org_id" text,
	"time_zone" text NOT NULL,
	"max_meetings_per_request" integer DEFAULT 1 NOT NULL,
	"link_hash" text,
	"link_open" boolean DEFAULT false NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"run_state" text DEFAULT 'idle' NOT NULL,
	"run_started_at" timestamp with time zone,
	"run_error" text,
	"result" jsonb,
	"published_at" timestamp with time zone,
	"published_revision" integer,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_programmes_link_hash_unique" UNIQUE("link_hash"),
	CONSTRAINT "meeting_programmes_one_runner" CHECK (("meeting_programmes"."coalition_id" IS NULL) <> ("meeting_programmes"."owner_org_id" IS NULL)),
	CONSTRAINT "meeting_programmes_max_meetings" CHECK ("meeting_programmes"."max_meetings_per_request" BETWEEN 1 AND 50)
);
--> statement-breakpoint
CREATE TABLE "meeting_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"programme_id" text NOT NULL,
	"org_id" text,
	"organisation" text NOT NULL,
	"confidential" text NOT NULL,
	"needs_private" boolean DEFAULT false NOT NULL,
	"themes" jsonb NOT NULL,
	"cities" jsonb NOT NULL,
	"available" jsonb NOT NULL,
	"people" integer NOT NULL,
	"priority_facts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"priority" integer,
	"share_name" boolean DEFAULT false NOT NULL,
	"locale" text DEFAULT 'en' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"participant_token_hash" text,
	"submitted_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_requests_participant_token_hash_unique" UNIQUE("participant_token_hash"),
	CONSTRAINT "meeting_requests_priority" CHECK ("meeting_requests"."priority" IS NULL OR "meeting_requests"."priority" BETWEEN 0 AND 3),
	CONSTRAINT "meeting_requests_people" CHECK ("meeting_requests"."people" BETWEEN 1 AND 100)
);
--> statement-breakpoint
CREATE TABLE "meeting_slots" (
	"id" text PRIMARY KEY NOT NULL,
	"programme_id" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"city" text NOT NULL,
	"place" text,
	"capacity" integer NOT NULL,
	"theme" text,
	"private" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_slots_ends_after_start" CHECK ("meeting_slots"."ends_at" > "meeting_slots"."starts_at"),
	CONSTRAINT "meeting_slots_capacity" CHECK ("meeting_slots"."capacity" BETWEEN 1 AND 1000)
);
--> statement-breakpoint
ALTER TABLE "meeting_assignments" ADD CONSTRAINT "meeting_assignments_programme_id_meeting_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."meeting_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_assignments" ADD CONSTRAINT "meeting_assignments_request_id_meeting_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."meeting_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_assignments" ADD CONSTRAINT "meeting_assignments_slot_id_meeting_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."meeting_slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_placements" ADD CONSTRAINT "meeting_placements_programme_id_meeting_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."meeting_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_placements" ADD CONSTRAINT "meeting_placements_request_id_meeting_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."meeting_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_placements" ADD CONSTRAINT "meeting_placements_slot_id_meeting_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."meeting_slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_programmes" ADD CONSTRAINT "meeting_programmes_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_programmes" ADD CONSTRAINT "meeting_programmes_coalition_id_coalitions_id_fk" FOREIGN KEY ("coalition_id") REFERENCES "public"."coalitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_programmes" ADD CONSTRAINT "meeting_programmes_owner_org_id_organisations_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_programmes" ADD CONSTRAINT "meeting_programmes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_programme_id_meeting_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."meeting_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_slots" ADD CONSTRAINT "meeting_slots_programme_id_meeting_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."meeting_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_assignments_slot_idx" ON "meeting_assignments" USING btree ("slot_id");--> statement-breakpoint
CREATE INDEX "meeting_assignments_programme_idx" ON "meeting_assignments" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "meeting_placements_programme_idx" ON "meeting_placements" USING btree ("programme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_programmes_visit_idx" ON "meeting_programmes" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "meeting_programmes_coalition_idx" ON "meeting_programmes" USING btree ("coalition_id");--> statement-breakpoint
CREATE INDEX "meeting_programmes_owner_idx" ON "meeting_programmes" USING btree ("owner_org_id");--> statement-breakpoint
CREATE INDEX "meeting_requests_programme_idx" ON "meeting_requests" USING btree ("programme_id","created_at");--> statement-breakpoint
CREATE INDEX "meeting_requests_org_idx" ON "meeting_requests" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "meeting_slots_programme_idx" ON "meeting_slots" USING btree ("programme_id","starts_at");