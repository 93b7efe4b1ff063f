import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_digest_subscribers_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_digest_subscribers_choice" AS ENUM('weekly', 'term');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendDigest' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendDigest' BEFORE 'schedulePublish';
  CREATE TABLE "digest_subscribers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"locale" "enum_digest_subscribers_locale" NOT NULL,
  	"choice" "enum_digest_subscribers_choice" NOT NULL,
  	"confirmed_at" timestamp(3) with time zone,
  	"last_sent_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "digest_subscribers_id" integer;
  CREATE UNIQUE INDEX "digest_subscribers_email_idx" ON "digest_subscribers" USING btree ("email");
  CREATE INDEX "digest_subscribers_confirmed_at_idx" ON "digest_subscribers" USING btree ("confirmed_at");
  CREATE INDEX "digest_subscribers_updated_at_idx" ON "digest_subscribers" USING btree ("updated_at");
  CREATE INDEX "digest_subscribers_created_at_idx" ON "digest_subscribers" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_digest_subscribers_fk" FOREIGN KEY ("digest_subscribers_id") REFERENCES "public"."digest_subscribers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_digest_subscribers_id_idx" ON "payload_locked_documents_rels" USING btree ("digest_subscribers_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "digest_subscribers" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "digest_subscribers" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_digest_subscribers_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'notifyModerators', 'eraseExpiredPersonalData', 'checkLinks', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'notifyModerators', 'eraseExpiredPersonalData', 'checkLinks', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_digest_subscribers_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "digest_subscribers_id";
  DROP TYPE "public"."enum_digest_subscribers_locale";
  DROP TYPE "public"."enum_digest_subscribers_choice";`)
}
