import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_review_events_action" AS ENUM('created', 'submitted', 'withdrawn', 'changes_requested', 'approved', 'reopened', 'published', 'unpublished');
  CREATE TYPE "public"."enum_review_events_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum_review_events_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TABLE "review_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection_slug" varchar NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"title" varchar,
  	"action" "enum_review_events_action" NOT NULL,
  	"from" "enum_review_events_from",
  	"to" "enum_review_events_to",
  	"note" varchar,
  	"by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "principles" ADD COLUMN "review_note" varchar;
  ALTER TABLE "_principles_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "themes" ADD COLUMN "review_note" varchar;
  ALTER TABLE "_themes_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "topics" ADD COLUMN "review_note" varchar;
  ALTER TABLE "_topics_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "resources" ADD COLUMN "review_note" varchar;
  ALTER TABLE "_resources_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "glossary_terms" ADD COLUMN "review_note" varchar;
  ALTER TABLE "_glossary_terms_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "practices" ADD COLUMN "review_note" varchar;
  ALTER TABLE "_practices_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "faqs" ADD COLUMN "review_note" varchar;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "events" ADD COLUMN "review_note" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "pages" ADD COLUMN "review_note" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "sources" ADD COLUMN "review_note" varchar;
  ALTER TABLE "_sources_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_events_id" integer;
  ALTER TABLE "review_events" ADD CONSTRAINT "review_events_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "review_events_collection_slug_idx" ON "review_events" USING btree ("collection_slug");
  CREATE INDEX "review_events_doc_id_idx" ON "review_events" USING btree ("doc_id");
  CREATE INDEX "review_events_by_idx" ON "review_events" USING btree ("by_id");
  CREATE INDEX "review_events_updated_at_idx" ON "review_events" USING btree ("updated_at");
  CREATE INDEX "review_events_created_at_idx" ON "review_events" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_events_fk" FOREIGN KEY ("review_events_id") REFERENCES "public"."review_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_review_events_id_idx" ON "payload_locked_documents_rels" USING btree ("review_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "review_events" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "review_events" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_events_fk";
  
  DROP INDEX "payload_locked_documents_rels_review_events_id_idx";
  ALTER TABLE "principles" DROP COLUMN "review_note";
  ALTER TABLE "_principles_v" DROP COLUMN "version_review_note";
  ALTER TABLE "themes" DROP COLUMN "review_note";
  ALTER TABLE "_themes_v" DROP COLUMN "version_review_note";
  ALTER TABLE "topics" DROP COLUMN "review_note";
  ALTER TABLE "_topics_v" DROP COLUMN "version_review_note";
  ALTER TABLE "resources" DROP COLUMN "review_note";
  ALTER TABLE "_resources_v" DROP COLUMN "version_review_note";
  ALTER TABLE "glossary_terms" DROP COLUMN "review_note";
  ALTER TABLE "_glossary_terms_v" DROP COLUMN "version_review_note";
  ALTER TABLE "practices" DROP COLUMN "review_note";
  ALTER TABLE "_practices_v" DROP COLUMN "version_review_note";
  ALTER TABLE "faqs" DROP COLUMN "review_note";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_review_note";
  ALTER TABLE "events" DROP COLUMN "review_note";
  ALTER TABLE "_events_v" DROP COLUMN "version_review_note";
  ALTER TABLE "pages" DROP COLUMN "review_note";
  ALTER TABLE "_pages_v" DROP COLUMN "version_review_note";
  ALTER TABLE "sources" DROP COLUMN "review_note";
  ALTER TABLE "_sources_v" DROP COLUMN "version_review_note";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_events_id";
  DROP TYPE "public"."enum_review_events_action";
  DROP TYPE "public"."enum_review_events_from";
  DROP TYPE "public"."enum_review_events_to";`)
}
