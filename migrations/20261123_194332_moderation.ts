import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_principles_contributors_contribution" AS ENUM('suggested', 'corrected');
  CREATE TYPE "public"."enum__principles_v_version_contributors_contribution" AS ENUM('suggested', 'corrected');
  CREATE TYPE "public"."enum_topics_contributors_contribution" AS ENUM('suggested', 'corrected');
  CREATE TYPE "public"."enum__topics_v_version_contributors_contribution" AS ENUM('suggested', 'corrected');
  CREATE TYPE "public"."enum_resources_contributors_contribution" AS ENUM('suggested', 'corrected');
  CREATE TYPE "public"."enum__resources_v_version_contributors_contribution" AS ENUM('suggested', 'corrected');
  CREATE TYPE "public"."enum_glossary_terms_contributors_contribution" AS ENUM('suggested', 'corrected');
  CREATE TYPE "public"."enum__glossary_terms_v_version_contributors_contribution" AS ENUM('suggested', 'corrected');
  CREATE TYPE "public"."enum_practices_contributors_contribution" AS ENUM('suggested', 'corrected');
  CREATE TYPE "public"."enum__practices_v_version_contributors_contribution" AS ENUM('suggested', 'corrected');
  CREATE TYPE "public"."enum_faqs_contributors_contribution" AS ENUM('suggested', 'corrected');
  CREATE TYPE "public"."enum__faqs_v_version_contributors_contribution" AS ENUM('suggested', 'corrected');
  CREATE TYPE "public"."enum_events_contributors_contribution" AS ENUM('suggested', 'corrected');
  CREATE TYPE "public"."enum__events_v_version_contributors_contribution" AS ENUM('suggested', 'corrected');
  CREATE TYPE "public"."enum_pages_contributors_contribution" AS ENUM('suggested', 'corrected');
  CREATE TYPE "public"."enum__pages_v_version_contributors_contribution" AS ENUM('suggested', 'corrected');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'notifyModerators', 'eraseExpiredPersonalData');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'notifyModerators', 'eraseExpiredPersonalData');
  CREATE TABLE "principles_contributors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"contribution" "enum_principles_contributors_contribution" DEFAULT 'suggested',
  	"submission_id" integer
  );
  
  CREATE TABLE "_principles_v_version_contributors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"contribution" "enum__principles_v_version_contributors_contribution" DEFAULT 'suggested',
  	"submission_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "topics_contributors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"contribution" "enum_topics_contributors_contribution" DEFAULT 'suggested',
  	"submission_id" integer
  );
  
  CREATE TABLE "_topics_v_version_contributors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"contribution" "enum__topics_v_version_contributors_contribution" DEFAULT 'suggested',
  	"submission_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "resources_contributors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"contribution" "enum_resources_contributors_contribution" DEFAULT 'suggested',
  	"submission_id" integer
  );
  
  CREATE TABLE "_resources_v_version_contributors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"contribution" "enum__resources_v_version_contributors_contribution" DEFAULT 'suggested',
  	"submission_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "glossary_terms_contributors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"contribution" "enum_glossary_terms_contributors_contribution" DEFAULT 'suggested',
  	"submission_id" integer
  );
  
  CREATE TABLE "_glossary_terms_v_version_contributors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"contribution" "enum__glossary_terms_v_version_contributors_contribution" DEFAULT 'suggested',
  	"submission_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "practices_contributors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"contribution" "enum_practices_contributors_contribution" DEFAULT 'suggested',
  	"submission_id" integer
  );
  
  CREATE TABLE "_practices_v_version_contributors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"contribution" "enum__practices_v_version_contributors_contribution" DEFAULT 'suggested',
  	"submission_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "faqs_contributors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"contribution" "enum_faqs_contributors_contribution" DEFAULT 'suggested',
  	"submission_id" integer
  );
  
  CREATE TABLE "_faqs_v_version_contributors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"contribution" "enum__faqs_v_version_contributors_contribution" DEFAULT 'suggested',
  	"submission_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "events_contributors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"contribution" "enum_events_contributors_contribution" DEFAULT 'suggested',
  	"submission_id" integer
  );
  
  CREATE TABLE "_events_v_version_contributors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"contribution" "enum__events_v_version_contributors_contribution" DEFAULT 'suggested',
  	"submission_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "pages_contributors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"contribution" "enum_pages_contributors_contribution" DEFAULT 'suggested',
  	"submission_id" integer
  );
  
  CREATE TABLE "_pages_v_version_contributors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"contribution" "enum__pages_v_version_contributors_contribution" DEFAULT 'suggested',
  	"submission_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "submissions" ADD COLUMN "decided_at" timestamp(3) with time zone;
  ALTER TABLE "submissions" ADD COLUMN "decided_by_id" integer;
  ALTER TABLE "principles_contributors" ADD CONSTRAINT "principles_contributors_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "principles_contributors" ADD CONSTRAINT "principles_contributors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."principles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_principles_v_version_contributors" ADD CONSTRAINT "_principles_v_version_contributors_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_principles_v_version_contributors" ADD CONSTRAINT "_principles_v_version_contributors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_principles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_contributors" ADD CONSTRAINT "topics_contributors_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_contributors" ADD CONSTRAINT "topics_contributors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_version_contributors" ADD CONSTRAINT "_topics_v_version_contributors_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v_version_contributors" ADD CONSTRAINT "_topics_v_version_contributors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resources_contributors" ADD CONSTRAINT "resources_contributors_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "resources_contributors" ADD CONSTRAINT "resources_contributors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v_version_contributors" ADD CONSTRAINT "_resources_v_version_contributors_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_resources_v_version_contributors" ADD CONSTRAINT "_resources_v_version_contributors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_resources_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_terms_contributors" ADD CONSTRAINT "glossary_terms_contributors_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "glossary_terms_contributors" ADD CONSTRAINT "glossary_terms_contributors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v_version_contributors" ADD CONSTRAINT "_glossary_terms_v_version_contributors_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v_version_contributors" ADD CONSTRAINT "_glossary_terms_v_version_contributors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_glossary_terms_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_contributors" ADD CONSTRAINT "practices_contributors_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practices_contributors" ADD CONSTRAINT "practices_contributors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_contributors" ADD CONSTRAINT "_practices_v_version_contributors_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v_version_contributors" ADD CONSTRAINT "_practices_v_version_contributors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_contributors" ADD CONSTRAINT "faqs_contributors_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs_contributors" ADD CONSTRAINT "faqs_contributors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_version_contributors" ADD CONSTRAINT "_faqs_v_version_contributors_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v_version_contributors" ADD CONSTRAINT "_faqs_v_version_contributors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_faqs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_contributors" ADD CONSTRAINT "events_contributors_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_contributors" ADD CONSTRAINT "events_contributors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_contributors" ADD CONSTRAINT "_events_v_version_contributors_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_version_contributors" ADD CONSTRAINT "_events_v_version_contributors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_contributors" ADD CONSTRAINT "pages_contributors_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_contributors" ADD CONSTRAINT "pages_contributors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_version_contributors" ADD CONSTRAINT "_pages_v_version_contributors_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_version_contributors" ADD CONSTRAINT "_pages_v_version_contributors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "principles_contributors_order_idx" ON "principles_contributors" USING btree ("_order");
  CREATE INDEX "principles_contributors_parent_id_idx" ON "principles_contributors" USING btree ("_parent_id");
  CREATE INDEX "principles_contributors_submission_idx" ON "principles_contributors" USING btree ("submission_id");
  CREATE INDEX "_principles_v_version_contributors_order_idx" ON "_principles_v_version_contributors" USING btree ("_order");
  CREATE INDEX "_principles_v_version_contributors_parent_id_idx" ON "_principles_v_version_contributors" USING btree ("_parent_id");
  CREATE INDEX "_principles_v_version_contributors_submission_idx" ON "_principles_v_version_contributors" USING btree ("submission_id");
  CREATE INDEX "topics_contributors_order_idx" ON "topics_contributors" USING btree ("_order");
  CREATE INDEX "topics_contributors_parent_id_idx" ON "topics_contributors" USING btree ("_parent_id");
  CREATE INDEX "topics_contributors_submission_idx" ON "topics_contributors" USING btree ("submission_id");
  CREATE INDEX "_topics_v_version_contributors_order_idx" ON "_topics_v_version_contributors" USING btree ("_order");
  CREATE INDEX "_topics_v_version_contributors_parent_id_idx" ON "_topics_v_version_contributors" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_version_contributors_submission_idx" ON "_topics_v_version_contributors" USING btree ("submission_id");
  CREATE INDEX "resources_contributors_order_idx" ON "resources_contributors" USING btree ("_order");
  CREATE INDEX "resources_contributors_parent_id_idx" ON "resources_contributors" USING btree ("_parent_id");
  CREATE INDEX "resources_contributors_submission_idx" ON "resources_contributors" USING btree ("submission_id");
  CREATE INDEX "_resources_v_version_contributors_order_idx" ON "_resources_v_version_contributors" USING btree ("_order");
  CREATE INDEX "_resources_v_version_contributors_parent_id_idx" ON "_resources_v_version_contributors" USING btree ("_parent_id");
  CREATE INDEX "_resources_v_version_contributors_submission_idx" ON "_resources_v_version_contributors" USING btree ("submission_id");
  CREATE INDEX "glossary_terms_contributors_order_idx" ON "glossary_terms_contributors" USING btree ("_order");
  CREATE INDEX "glossary_terms_contributors_parent_id_idx" ON "glossary_terms_contributors" USING btree ("_parent_id");
  CREATE INDEX "glossary_terms_contributors_submission_idx" ON "glossary_terms_contributors" USING btree ("submission_id");
  CREATE INDEX "_glossary_terms_v_version_contributors_order_idx" ON "_glossary_terms_v_version_contributors" USING btree ("_order");
  CREATE INDEX "_glossary_terms_v_version_contributors_parent_id_idx" ON "_glossary_terms_v_version_contributors" USING btree ("_parent_id");
  CREATE INDEX "_glossary_terms_v_version_contributors_submission_idx" ON "_glossary_terms_v_version_contributors" USING btree ("submission_id");
  CREATE INDEX "practices_contributors_order_idx" ON "practices_contributors" USING btree ("_order");
  CREATE INDEX "practices_contributors_parent_id_idx" ON "practices_contributors" USING btree ("_parent_id");
  CREATE INDEX "practices_contributors_submission_idx" ON "practices_contributors" USING btree ("submission_id");
  CREATE INDEX "_practices_v_version_contributors_order_idx" ON "_practices_v_version_contributors" USING btree ("_order");
  CREATE INDEX "_practices_v_version_contributors_parent_id_idx" ON "_practices_v_version_contributors" USING btree ("_parent_id");
  CREATE INDEX "_practices_v_version_contributors_submission_idx" ON "_practices_v_version_contributors" USING btree ("submission_id");
  CREATE INDEX "faqs_contributors_order_idx" ON "faqs_contributors" USING btree ("_order");
  CREATE INDEX "faqs_contributors_parent_id_idx" ON "faqs_contributors" USING btree ("_parent_id");
  CREATE INDEX "faqs_contributors_submission_idx" ON "faqs_contributors" USING btree ("submission_id");
  CREATE INDEX "_faqs_v_version_contributors_order_idx" ON "_faqs_v_version_contributors" USING btree ("_order");
  CREATE INDEX "_faqs_v_version_contributors_parent_id_idx" ON "_faqs_v_version_contributors" USING btree ("_parent_id");
  CREATE INDEX "_faqs_v_version_contributors_submission_idx" ON "_faqs_v_version_contributors" USING btree ("submission_id");
  CREATE INDEX "events_contributors_order_idx" ON "events_contributors" USING btree ("_order");
  CREATE INDEX "events_contributors_parent_id_idx" ON "events_contributors" USING btree ("_parent_id");
  CREATE INDEX "events_contributors_submission_idx" ON "events_contributors" USING btree ("submission_id");
  CREATE INDEX "_events_v_version_contributors_order_idx" ON "_events_v_version_contributors" USING btree ("_order");
  CREATE INDEX "_events_v_version_contributors_parent_id_idx" ON "_events_v_version_contributors" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_contributors_submission_idx" ON "_events_v_version_contributors" USING btree ("submission_id");
  CREATE INDEX "pages_contributors_order_idx" ON "pages_contributors" USING btree ("_order");
  CREATE INDEX "pages_contributors_parent_id_idx" ON "pages_contributors" USING btree ("_parent_id");
  CREATE INDEX "pages_contributors_submission_idx" ON "pages_contributors" USING btree ("submission_id");
  CREATE INDEX "_pages_v_version_contributors_order_idx" ON "_pages_v_version_contributors" USING btree ("_order");
  CREATE INDEX "_pages_v_version_contributors_parent_id_idx" ON "_pages_v_version_contributors" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_version_contributors_submission_idx" ON "_pages_v_version_contributors" USING btree ("submission_id");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "submissions" ADD CONSTRAINT "submissions_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "submissions_decided_at_idx" ON "submissions" USING btree ("decided_at");
  CREATE INDEX "submissions_decided_by_idx" ON "submissions" USING btree ("decided_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "principles_contributors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_principles_v_version_contributors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_contributors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topics_v_version_contributors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "resources_contributors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_resources_v_version_contributors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "glossary_terms_contributors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_glossary_terms_v_version_contributors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practices_contributors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_practices_v_version_contributors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "faqs_contributors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_faqs_v_version_contributors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_contributors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_contributors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_contributors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_version_contributors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "principles_contributors" CASCADE;
  DROP TABLE "_principles_v_version_contributors" CASCADE;
  DROP TABLE "topics_contributors" CASCADE;
  DROP TABLE "_topics_v_version_contributors" CASCADE;
  DROP TABLE "resources_contributors" CASCADE;
  DROP TABLE "_resources_v_version_contributors" CASCADE;
  DROP TABLE "glossary_terms_contributors" CASCADE;
  DROP TABLE "_glossary_terms_v_version_contributors" CASCADE;
  DROP TABLE "practices_contributors" CASCADE;
  DROP TABLE "_practices_v_version_contributors" CASCADE;
  DROP TABLE "faqs_contributors" CASCADE;
  DROP TABLE "_faqs_v_version_contributors" CASCADE;
  DROP TABLE "events_contributors" CASCADE;
  DROP TABLE "_events_v_version_contributors" CASCADE;
  DROP TABLE "pages_contributors" CASCADE;
  DROP TABLE "_pages_v_version_contributors" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "submissions" DROP CONSTRAINT "submissions_decided_by_id_users_id_fk";
  
  DROP INDEX "submissions_decided_at_idx";
  DROP INDEX "submissions_decided_by_idx";
  ALTER TABLE "submissions" DROP COLUMN "decided_at";
  ALTER TABLE "submissions" DROP COLUMN "decided_by_id";
  DROP TYPE "public"."enum_principles_contributors_contribution";
  DROP TYPE "public"."enum__principles_v_version_contributors_contribution";
  DROP TYPE "public"."enum_topics_contributors_contribution";
  DROP TYPE "public"."enum__topics_v_version_contributors_contribution";
  DROP TYPE "public"."enum_resources_contributors_contribution";
  DROP TYPE "public"."enum__resources_v_version_contributors_contribution";
  DROP TYPE "public"."enum_glossary_terms_contributors_contribution";
  DROP TYPE "public"."enum__glossary_terms_v_version_contributors_contribution";
  DROP TYPE "public"."enum_practices_contributors_contribution";
  DROP TYPE "public"."enum__practices_v_version_contributors_contribution";
  DROP TYPE "public"."enum_faqs_contributors_contribution";
  DROP TYPE "public"."enum__faqs_v_version_contributors_contribution";
  DROP TYPE "public"."enum_events_contributors_contribution";
  DROP TYPE "public"."enum__events_v_version_contributors_contribution";
  DROP TYPE "public"."enum_pages_contributors_contribution";
  DROP TYPE "public"."enum__pages_v_version_contributors_contribution";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
