CREATE TABLE "unofficial_visits" (
	"id" text PRIMARY KEY NOT NULL,
	"country_iso3" text NOT NULL,
	"mandate_id" text NOT NULL,
	"mandate_holder" text,
	"event" text NOT NULL,
	"host" text NOT NULL,
	"city" text,
	"date_from" date NOT NULL,
	"date_to" date NOT NULL,
	"outcome" text,
	"source" text,
	"visit_id" text,
	"visibility" text NOT NULL,
	"owner_org_id" text,
	"coalition_id" text,
	"named_user_ids" text[] DEFAULT '{}' NOT NULL,
	"cancelled" boolean DEFAULT false NOT NULL,
	"recorded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "answered_on" date;--> statement-breakpoint
ALTER TABLE "unofficial_visits" ADD CONSTRAINT "unofficial_visits_country_iso3_countries_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."countries"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unofficial_visits" ADD CONSTRAINT "unofficial_visits_mandate_id_mandates_id_fk" FOREIGN KEY ("mandate_id") REFERENCES "public"."mandates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unofficial_visits" ADD CONSTRAINT "unofficial_visits_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unofficial_visits" ADD CONSTRAINT "unofficial_visits_owner_org_id_organisations_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unofficial_visits" ADD CONSTRAINT "unofficial_visits_coalition_id_coalitions_id_fk" FOREIGN KEY ("coalition_id") REFERENCES "public"."coalitions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "unofficial_visits_country_idx" ON "unofficial_visits" USING btree ("country_iso3","date_from");--> statement-breakpoint
CREATE INDEX "unofficial_visits_mandate_idx" ON "unofficial_visits" USING btree ("mandate_id","date_from");--> statement-breakpoint
-- Existing visits: the first answer on or after the request, as deriveVisit finds it; the next write of
-- an event derives it again exactly.
UPDATE "visits" v SET "answered_on" = (
  SELECT min(e."date") FROM "visit_events" e
  WHERE e."visit_id" = v."id" AND e."date" >= v."requested_on"
    AND e."type" IN ('acknowledged', 'accepted', 'declined', 'invited', 'dates_proposed', 'dates_agreed')
) WHERE v."requested_on" IS NOT NULL;
