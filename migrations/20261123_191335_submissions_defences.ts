/**
 * Submissions: what the public endpoint and the status page need (generated from
 * src/collections/Submissions.ts), plus, outside Payload's schema, the table of the
 * PostgreSQL-backed rate limit (src/submissions/ratelimit.ts). Its layout is the one
 * rate-limiter-flexible's RateLimiterPostgres expects (key, points, expire in epoch ms);
 * the library runs with `tableCreated: true` and never creates it itself.
 */
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_submissions_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_submissions_spam_signal" AS ENUM('honeypot');
  CREATE TABLE "submissions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"resources_id" integer,
  	"principles_id" integer,
  	"topics_id" integer,
  	"glossary_terms_id" integer,
  	"practices_id" integer,
  	"faqs_id" integer,
  	"events_id" integer,
  	"pages_id" integer
  );
  
  ALTER TABLE "submissions" ADD COLUMN "locale" "enum_submissions_locale" DEFAULT 'en';
  ALTER TABLE "submissions" ADD COLUMN "normalized_url" varchar;
  ALTER TABLE "submissions" ADD COLUMN "spam_signal" "enum_submissions_spam_signal";
  ALTER TABLE "submissions" ADD COLUMN "client_hash" varchar;
  ALTER TABLE "submissions" ADD COLUMN "erased_at" timestamp(3) with time zone;
  ALTER TABLE "submissions_rels" ADD CONSTRAINT "submissions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submissions_rels" ADD CONSTRAINT "submissions_rels_resources_fk" FOREIGN KEY ("resources_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submissions_rels" ADD CONSTRAINT "submissions_rels_principles_fk" FOREIGN KEY ("principles_id") REFERENCES "public"."principles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submissions_rels" ADD CONSTRAINT "submissions_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submissions_rels" ADD CONSTRAINT "submissions_rels_glossary_terms_fk" FOREIGN KEY ("glossary_terms_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submissions_rels" ADD CONSTRAINT "submissions_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submissions_rels" ADD CONSTRAINT "submissions_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submissions_rels" ADD CONSTRAINT "submissions_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submissions_rels" ADD CONSTRAINT "submissions_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "submissions_rels_order_idx" ON "submissions_rels" USING btree ("order");
  CREATE INDEX "submissions_rels_parent_idx" ON "submissions_rels" USING btree ("parent_id");
  CREATE INDEX "submissions_rels_path_idx" ON "submissions_rels" USING btree ("path");
  CREATE INDEX "submissions_rels_resources_id_idx" ON "submissions_rels" USING btree ("resources_id");
  CREATE INDEX "submissions_rels_principles_id_idx" ON "submissions_rels" USING btree ("principles_id");
  CREATE INDEX "submissions_rels_topics_id_idx" ON "submissions_rels" USING btree ("topics_id");
  CREATE INDEX "submissions_rels_glossary_terms_id_idx" ON "submissions_rels" USING btree ("glossary_terms_id");
  CREATE INDEX "submissions_rels_practices_id_idx" ON "submissions_rels" USING btree ("practices_id");
  CREATE INDEX "submissions_rels_faqs_id_idx" ON "submissions_rels" USING btree ("faqs_id");
  CREATE INDEX "submissions_rels_events_id_idx" ON "submissions_rels" USING btree ("events_id");
  CREATE INDEX "submissions_rels_pages_id_idx" ON "submissions_rels" USING btree ("pages_id");
  CREATE INDEX "submissions_normalized_url_idx" ON "submissions" USING btree ("normalized_url");
  CREATE INDEX "submissions_client_hash_idx" ON "submissions" USING btree ("client_hash");`)

  await db.execute(sql`
  CREATE TABLE "submission_rate_limits" (
    "key" varchar(255) PRIMARY KEY,
    "points" integer NOT NULL DEFAULT 0,
    "expire" bigint
  );
  CREATE INDEX "submission_rate_limits_expire_idx" ON "submission_rate_limits" USING btree ("expire");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "submission_rate_limits";`)
  await db.execute(sql`
   ALTER TABLE "submissions_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "submissions_rels" CASCADE;
  DROP INDEX "submissions_normalized_url_idx";
  DROP INDEX "submissions_client_hash_idx";
  ALTER TABLE "submissions" DROP COLUMN "locale";
  ALTER TABLE "submissions" DROP COLUMN "normalized_url";
  ALTER TABLE "submissions" DROP COLUMN "spam_signal";
  ALTER TABLE "submissions" DROP COLUMN "client_hash";
  ALTER TABLE "submissions" DROP COLUMN "erased_at";
  DROP TYPE "public"."enum_submissions_locale";
  DROP TYPE "public"."enum_submissions_spam_signal";`)
}
