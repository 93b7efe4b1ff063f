import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_principles_credits_role" AS ENUM('author', 'adapted-from', 'compiled-by', 'translated-by', 'reviewed-by', 'publisher');
  CREATE TYPE "public"."enum_principles_licence" AS ENUM('cc-by-4.0', 'cc-by-sa-4.0', 'cc-by-nc-4.0', 'cc-by-nc-sa-4.0', 'cc0-1.0', 'public-domain', 'all-rights-reserved-permission', 'all-rights-reserved', 'unknown');
  CREATE TYPE "public"."enum_principles_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum_principles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__principles_v_version_credits_role" AS ENUM('author', 'adapted-from', 'compiled-by', 'translated-by', 'reviewed-by', 'publisher');
  CREATE TYPE "public"."enum__principles_v_version_licence" AS ENUM('cc-by-4.0', 'cc-by-sa-4.0', 'cc-by-nc-4.0', 'cc-by-nc-sa-4.0', 'cc0-1.0', 'public-domain', 'all-rights-reserved-permission', 'all-rights-reserved', 'unknown');
  CREATE TYPE "public"."enum__principles_v_version_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum__principles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__principles_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_themes_licence" AS ENUM('cc-by-4.0', 'cc-by-sa-4.0', 'cc-by-nc-4.0', 'cc-by-nc-sa-4.0', 'cc0-1.0', 'public-domain', 'all-rights-reserved-permission', 'all-rights-reserved', 'unknown');
  CREATE TYPE "public"."enum_themes_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum_themes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__themes_v_version_licence" AS ENUM('cc-by-4.0', 'cc-by-sa-4.0', 'cc-by-nc-4.0', 'cc-by-nc-sa-4.0', 'cc0-1.0', 'public-domain', 'all-rights-reserved-permission', 'all-rights-reserved', 'unknown');
  CREATE TYPE "public"."enum__themes_v_version_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum__themes_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__themes_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_topics_credits_role" AS ENUM('author', 'adapted-from', 'compiled-by', 'translated-by', 'reviewed-by', 'publisher');
  CREATE TYPE "public"."enum_topics_licence" AS ENUM('cc-by-4.0', 'cc-by-sa-4.0', 'cc-by-nc-4.0', 'cc-by-nc-sa-4.0', 'cc0-1.0', 'public-domain', 'all-rights-reserved-permission', 'all-rights-reserved', 'unknown');
  CREATE TYPE "public"."enum_topics_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum_topics_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__topics_v_version_credits_role" AS ENUM('author', 'adapted-from', 'compiled-by', 'translated-by', 'reviewed-by', 'publisher');
  CREATE TYPE "public"."enum__topics_v_version_licence" AS ENUM('cc-by-4.0', 'cc-by-sa-4.0', 'cc-by-nc-4.0', 'cc-by-nc-sa-4.0', 'cc0-1.0', 'public-domain', 'all-rights-reserved-permission', 'all-rights-reserved', 'unknown');
  CREATE TYPE "public"."enum__topics_v_version_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum__topics_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__topics_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_resources_credits_role" AS ENUM('author', 'adapted-from', 'compiled-by', 'translated-by', 'reviewed-by', 'publisher');
  CREATE TYPE "public"."enum_resources_kind" AS ENUM('article', 'guide', 'glossary', 'book', 'video', 'podcast', 'toolkit', 'organisation', 'website');
  CREATE TYPE "public"."enum_resources_language" AS ENUM('en', 'fr', 'es', 'de', 'pt', 'ko', 'iu', 'cr', 'other');
  CREATE TYPE "public"."enum_resources_link_health_status" AS ENUM('unchecked', 'ok', 'redirected', 'broken', 'error');
  CREATE TYPE "public"."enum_resources_licence" AS ENUM('cc-by-4.0', 'cc-by-sa-4.0', 'cc-by-nc-4.0', 'cc-by-nc-sa-4.0', 'cc0-1.0', 'public-domain', 'all-rights-reserved-permission', 'all-rights-reserved', 'unknown');
  CREATE TYPE "public"."enum_resources_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum_resources_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__resources_v_version_credits_role" AS ENUM('author', 'adapted-from', 'compiled-by', 'translated-by', 'reviewed-by', 'publisher');
  CREATE TYPE "public"."enum__resources_v_version_kind" AS ENUM('article', 'guide', 'glossary', 'book', 'video', 'podcast', 'toolkit', 'organisation', 'website');
  CREATE TYPE "public"."enum__resources_v_version_language" AS ENUM('en', 'fr', 'es', 'de', 'pt', 'ko', 'iu', 'cr', 'other');
  CREATE TYPE "public"."enum__resources_v_version_link_health_status" AS ENUM('unchecked', 'ok', 'redirected', 'broken', 'error');
  CREATE TYPE "public"."enum__resources_v_version_licence" AS ENUM('cc-by-4.0', 'cc-by-sa-4.0', 'cc-by-nc-4.0', 'cc-by-nc-sa-4.0', 'cc0-1.0', 'public-domain', 'all-rights-reserved-permission', 'all-rights-reserved', 'unknown');
  CREATE TYPE "public"."enum__resources_v_version_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum__resources_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__resources_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_glossary_terms_credits_role" AS ENUM('author', 'adapted-from', 'compiled-by', 'translated-by', 'reviewed-by', 'publisher');
  CREATE TYPE "public"."enum_glossary_terms_licence" AS ENUM('cc-by-4.0', 'cc-by-sa-4.0', 'cc-by-nc-4.0', 'cc-by-nc-sa-4.0', 'cc0-1.0', 'public-domain', 'all-rights-reserved-permission', 'all-rights-reserved', 'unknown');
  CREATE TYPE "public"."enum_glossary_terms_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum_glossary_terms_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__glossary_terms_v_version_credits_role" AS ENUM('author', 'adapted-from', 'compiled-by', 'translated-by', 'reviewed-by', 'publisher');
  CREATE TYPE "public"."enum__glossary_terms_v_version_licence" AS ENUM('cc-by-4.0', 'cc-by-sa-4.0', 'cc-by-nc-4.0', 'cc-by-nc-sa-4.0', 'cc0-1.0', 'public-domain', 'all-rights-reserved-permission', 'all-rights-reserved', 'unknown');
  CREATE TYPE "public"."enum__glossary_terms_v_version_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum__glossary_terms_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__glossary_terms_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_practices_credits_role" AS ENUM('author', 'adapted-from', 'compiled-by', 'translated-by', 'reviewed-by', 'publisher');
  CREATE TYPE "public"."enum_practices_kind" AS ENUM('reflection-question', 'action-tip', 'in-practice');
  CREATE TYPE "public"."enum_practices_licence" AS ENUM('cc-by-4.0', 'cc-by-sa-4.0', 'cc-by-nc-4.0', 'cc-by-nc-sa-4.0', 'cc0-1.0', 'public-domain', 'all-rights-reserved-permission', 'all-rights-reserved', 'unknown');
  CREATE TYPE "public"."enum_practices_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum_practices_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__practices_v_version_credits_role" AS ENUM('author', 'adapted-from', 'compiled-by', 'translated-by', 'reviewed-by', 'publisher');
  CREATE TYPE "public"."enum__practices_v_version_kind" AS ENUM('reflection-question', 'action-tip', 'in-practice');
  CREATE TYPE "public"."enum__practices_v_version_licence" AS ENUM('cc-by-4.0', 'cc-by-sa-4.0', 'cc-by-nc-4.0', 'cc-by-nc-sa-4.0', 'cc0-1.0', 'public-domain', 'all-rights-reserved-permission', 'all-rights-reserved', 'unknown');
  CREATE TYPE "public"."enum__practices_v_version_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum__practices_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__practices_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_faqs_credits_role" AS ENUM('author', 'adapted-from', 'compiled-by', 'translated-by', 'reviewed-by', 'publisher');
  CREATE TYPE "public"."enum_faqs_licence" AS ENUM('cc-by-4.0', 'cc-by-sa-4.0', 'cc-by-nc-4.0', 'cc-by-nc-sa-4.0', 'cc0-1.0', 'public-domain', 'all-rights-reserved-permission', 'all-rights-reserved', 'unknown');
  CREATE TYPE "public"."enum_faqs_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum_faqs_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__faqs_v_version_credits_role" AS ENUM('author', 'adapted-from', 'compiled-by', 'translated-by', 'reviewed-by', 'publisher');
  CREATE TYPE "public"."enum__faqs_v_version_licence" AS ENUM('cc-by-4.0', 'cc-by-sa-4.0', 'cc-by-nc-4.0', 'cc-by-nc-sa-4.0', 'cc0-1.0', 'public-domain', 'all-rights-reserved-permission', 'all-rights-reserved', 'unknown');
  CREATE TYPE "public"."enum__faqs_v_version_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum__faqs_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__faqs_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_events_credits_role" AS ENUM('author', 'adapted-from', 'compiled-by', 'translated-by', 'reviewed-by', 'publisher');
  CREATE TYPE "public"."enum_events_kind" AS ENUM('observance', 'gathering');
  CREATE TYPE "public"."enum_events_recurrence" AS ENUM('none', 'yearly');
  CREATE TYPE "public"."enum_events_licence" AS ENUM('cc-by-4.0', 'cc-by-sa-4.0', 'cc-by-nc-4.0', 'cc-by-nc-sa-4.0', 'cc0-1.0', 'public-domain', 'all-rights-reserved-permission', 'all-rights-reserved', 'unknown');
  CREATE TYPE "public"."enum_events_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_credits_role" AS ENUM('author', 'adapted-from', 'compiled-by', 'translated-by', 'reviewed-by', 'publisher');
  CREATE TYPE "public"."enum__events_v_version_kind" AS ENUM('observance', 'gathering');
  CREATE TYPE "public"."enum__events_v_version_recurrence" AS ENUM('none', 'yearly');
  CREATE TYPE "public"."enum__events_v_version_licence" AS ENUM('cc-by-4.0', 'cc-by-sa-4.0', 'cc-by-nc-4.0', 'cc-by-nc-sa-4.0', 'cc0-1.0', 'public-domain', 'all-rights-reserved-permission', 'all-rights-reserved', 'unknown');
  CREATE TYPE "public"."enum__events_v_version_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_pages_credits_role" AS ENUM('author', 'adapted-from', 'compiled-by', 'translated-by', 'reviewed-by', 'publisher');
  CREATE TYPE "public"."enum_pages_licence" AS ENUM('cc-by-4.0', 'cc-by-sa-4.0', 'cc-by-nc-4.0', 'cc-by-nc-sa-4.0', 'cc0-1.0', 'public-domain', 'all-rights-reserved-permission', 'all-rights-reserved', 'unknown');
  CREATE TYPE "public"."enum_pages_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_version_credits_role" AS ENUM('author', 'adapted-from', 'compiled-by', 'translated-by', 'reviewed-by', 'publisher');
  CREATE TYPE "public"."enum__pages_v_version_licence" AS ENUM('cc-by-4.0', 'cc-by-sa-4.0', 'cc-by-nc-4.0', 'cc-by-nc-sa-4.0', 'cc0-1.0', 'public-domain', 'all-rights-reserved-permission', 'all-rights-reserved', 'unknown');
  CREATE TYPE "public"."enum__pages_v_version_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_sources_kind" AS ENUM('person', 'organisation', 'community-group', 'publication', 'website');
  CREATE TYPE "public"."enum_sources_licence" AS ENUM('cc-by-4.0', 'cc-by-sa-4.0', 'cc-by-nc-4.0', 'cc-by-nc-sa-4.0', 'cc0-1.0', 'public-domain', 'all-rights-reserved-permission', 'all-rights-reserved', 'unknown');
  CREATE TYPE "public"."enum_sources_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum_sources_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__sources_v_version_kind" AS ENUM('person', 'organisation', 'community-group', 'publication', 'website');
  CREATE TYPE "public"."enum__sources_v_version_licence" AS ENUM('cc-by-4.0', 'cc-by-sa-4.0', 'cc-by-nc-4.0', 'cc-by-nc-sa-4.0', 'cc0-1.0', 'public-domain', 'all-rights-reserved-permission', 'all-rights-reserved', 'unknown');
  CREATE TYPE "public"."enum__sources_v_version_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum__sources_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__sources_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_media_licence" AS ENUM('cc-by-4.0', 'cc-by-sa-4.0', 'cc-by-nc-4.0', 'cc-by-nc-sa-4.0', 'cc0-1.0', 'public-domain', 'all-rights-reserved-permission', 'all-rights-reserved', 'unknown');
  CREATE TYPE "public"."enum_submissions_kind" AS ENUM('feedback', 'suggestion', 'correction');
  CREATE TYPE "public"."enum_submissions_status" AS ENUM('new', 'spam', 'declined', 'accepted', 'added');
  CREATE TYPE "public"."enum_submissions_helpful" AS ENUM('yes', 'no');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'reviewer');
  CREATE TABLE "principles_credits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"role" "enum_principles_credits_role" DEFAULT 'adapted-from'
  );
  
  CREATE TABLE "principles_credits_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "principles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"theme_id" integer,
  	"order" numeric DEFAULT 0,
  	"licence" "enum_principles_licence" DEFAULT 'cc-by-sa-4.0',
  	"workflow_status" "enum_principles_workflow_status" DEFAULT 'draft',
  	"created_by_id" integer,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_principles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "principles_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"explanation" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "principles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "_principles_v_version_credits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"role" "enum__principles_v_version_credits_role" DEFAULT 'adapted-from',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_principles_v_version_credits_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_principles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_theme_id" integer,
  	"version_order" numeric DEFAULT 0,
  	"version_licence" "enum__principles_v_version_licence" DEFAULT 'cc-by-sa-4.0',
  	"version_workflow_status" "enum__principles_v_version_workflow_status" DEFAULT 'draft',
  	"version_created_by_id" integer,
  	"version_reviewed_by_id" integer,
  	"version_reviewed_at" timestamp(3) with time zone,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__principles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__principles_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_principles_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_explanation" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_principles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "themes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"order" numeric DEFAULT 0,
  	"licence" "enum_themes_licence" DEFAULT 'cc-by-sa-4.0',
  	"workflow_status" "enum_themes_workflow_status" DEFAULT 'draft',
  	"created_by_id" integer,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_themes_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "themes_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_themes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_order" numeric DEFAULT 0,
  	"version_licence" "enum__themes_v_version_licence" DEFAULT 'cc-by-sa-4.0',
  	"version_workflow_status" "enum__themes_v_version_workflow_status" DEFAULT 'draft',
  	"version_created_by_id" integer,
  	"version_reviewed_by_id" integer,
  	"version_reviewed_at" timestamp(3) with time zone,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__themes_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__themes_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_themes_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "topics_credits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"role" "enum_topics_credits_role" DEFAULT 'adapted-from'
  );
  
  CREATE TABLE "topics_credits_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"featured" boolean DEFAULT false,
  	"order" numeric DEFAULT 0,
  	"licence" "enum_topics_licence" DEFAULT 'cc-by-sa-4.0',
  	"workflow_status" "enum_topics_workflow_status" DEFAULT 'draft',
  	"created_by_id" integer,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_topics_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "topics_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_topics_v_version_credits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"role" "enum__topics_v_version_credits_role" DEFAULT 'adapted-from',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_topics_v_version_credits_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_topics_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_featured" boolean DEFAULT false,
  	"version_order" numeric DEFAULT 0,
  	"version_licence" "enum__topics_v_version_licence" DEFAULT 'cc-by-sa-4.0',
  	"version_workflow_status" "enum__topics_v_version_workflow_status" DEFAULT 'draft',
  	"version_created_by_id" integer,
  	"version_reviewed_by_id" integer,
  	"version_reviewed_at" timestamp(3) with time zone,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__topics_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__topics_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_topics_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "resources_credits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"role" "enum_resources_credits_role" DEFAULT 'adapted-from'
  );
  
  CREATE TABLE "resources_credits_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "resources" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"url" varchar,
  	"kind" "enum_resources_kind",
  	"language" "enum_resources_language" DEFAULT 'en',
  	"year" numeric,
  	"publisher_id" integer,
  	"featured" boolean DEFAULT false,
  	"link_health_status" "enum_resources_link_health_status" DEFAULT 'unchecked',
  	"link_health_http_status" numeric,
  	"link_health_checked_at" timestamp(3) with time zone,
  	"link_health_final_url" varchar,
  	"licence" "enum_resources_licence" DEFAULT 'unknown',
  	"workflow_status" "enum_resources_workflow_status" DEFAULT 'draft',
  	"created_by_id" integer,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_resources_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "resources_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"notes" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "resources_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "_resources_v_version_credits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"role" "enum__resources_v_version_credits_role" DEFAULT 'adapted-from',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_resources_v_version_credits_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_resources_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_url" varchar,
  	"version_kind" "enum__resources_v_version_kind",
  	"version_language" "enum__resources_v_version_language" DEFAULT 'en',
  	"version_year" numeric,
  	"version_publisher_id" integer,
  	"version_featured" boolean DEFAULT false,
  	"version_link_health_status" "enum__resources_v_version_link_health_status" DEFAULT 'unchecked',
  	"version_link_health_http_status" numeric,
  	"version_link_health_checked_at" timestamp(3) with time zone,
  	"version_link_health_final_url" varchar,
  	"version_licence" "enum__resources_v_version_licence" DEFAULT 'unknown',
  	"version_workflow_status" "enum__resources_v_version_workflow_status" DEFAULT 'draft',
  	"version_created_by_id" integer,
  	"version_reviewed_by_id" integer,
  	"version_reviewed_at" timestamp(3) with time zone,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__resources_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__resources_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_resources_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_notes" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_resources_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "glossary_terms_credits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"role" "enum_glossary_terms_credits_role" DEFAULT 'adapted-from'
  );
  
  CREATE TABLE "glossary_terms_credits_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "glossary_terms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"licence" "enum_glossary_terms_licence" DEFAULT 'cc-by-sa-4.0',
  	"workflow_status" "enum_glossary_terms_workflow_status" DEFAULT 'draft',
  	"created_by_id" integer,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_glossary_terms_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "glossary_terms_locales" (
  	"term" varchar,
  	"summary" varchar,
  	"definition" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "glossary_terms_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"glossary_terms_id" integer,
  	"resources_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "_glossary_terms_v_version_credits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"role" "enum__glossary_terms_v_version_credits_role" DEFAULT 'adapted-from',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_glossary_terms_v_version_credits_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_glossary_terms_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_licence" "enum__glossary_terms_v_version_licence" DEFAULT 'cc-by-sa-4.0',
  	"version_workflow_status" "enum__glossary_terms_v_version_workflow_status" DEFAULT 'draft',
  	"version_created_by_id" integer,
  	"version_reviewed_by_id" integer,
  	"version_reviewed_at" timestamp(3) with time zone,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__glossary_terms_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__glossary_terms_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_glossary_terms_v_locales" (
  	"version_term" varchar,
  	"version_summary" varchar,
  	"version_definition" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_glossary_terms_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"glossary_terms_id" integer,
  	"resources_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "practices_credits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"role" "enum_practices_credits_role" DEFAULT 'adapted-from'
  );
  
  CREATE TABLE "practices_credits_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "practices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"kind" "enum_practices_kind",
  	"order" numeric DEFAULT 0,
  	"licence" "enum_practices_licence" DEFAULT 'cc-by-sa-4.0',
  	"workflow_status" "enum_practices_workflow_status" DEFAULT 'draft',
  	"created_by_id" integer,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_practices_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "practices_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "practices_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"principles_id" integer
  );
  
  CREATE TABLE "_practices_v_version_credits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"role" "enum__practices_v_version_credits_role" DEFAULT 'adapted-from',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_practices_v_version_credits_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_practices_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_kind" "enum__practices_v_version_kind",
  	"version_order" numeric DEFAULT 0,
  	"version_licence" "enum__practices_v_version_licence" DEFAULT 'cc-by-sa-4.0',
  	"version_workflow_status" "enum__practices_v_version_workflow_status" DEFAULT 'draft',
  	"version_created_by_id" integer,
  	"version_reviewed_by_id" integer,
  	"version_reviewed_at" timestamp(3) with time zone,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__practices_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__practices_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_practices_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_practices_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"principles_id" integer
  );
  
  CREATE TABLE "faqs_credits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"role" "enum_faqs_credits_role" DEFAULT 'adapted-from'
  );
  
  CREATE TABLE "faqs_credits_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "faqs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"order" numeric DEFAULT 0,
  	"licence" "enum_faqs_licence" DEFAULT 'cc-by-sa-4.0',
  	"workflow_status" "enum_faqs_workflow_status" DEFAULT 'draft',
  	"created_by_id" integer,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_faqs_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "faqs_locales" (
  	"question" varchar,
  	"answer" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "faqs_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "_faqs_v_version_credits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"role" "enum__faqs_v_version_credits_role" DEFAULT 'adapted-from',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_faqs_v_version_credits_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_faqs_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_order" numeric DEFAULT 0,
  	"version_licence" "enum__faqs_v_version_licence" DEFAULT 'cc-by-sa-4.0',
  	"version_workflow_status" "enum__faqs_v_version_workflow_status" DEFAULT 'draft',
  	"version_created_by_id" integer,
  	"version_reviewed_by_id" integer,
  	"version_reviewed_at" timestamp(3) with time zone,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__faqs_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__faqs_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_faqs_v_locales" (
  	"version_question" varchar,
  	"version_answer" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_faqs_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "events_credits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"role" "enum_events_credits_role" DEFAULT 'adapted-from'
  );
  
  CREATE TABLE "events_credits_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"kind" "enum_events_kind",
  	"recurrence" "enum_events_recurrence" DEFAULT 'none',
  	"start_date" timestamp(3) with time zone,
  	"end_date" timestamp(3) with time zone,
  	"url" varchar,
  	"licence" "enum_events_licence" DEFAULT 'cc-by-sa-4.0',
  	"workflow_status" "enum_events_workflow_status" DEFAULT 'draft',
  	"created_by_id" integer,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "events_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"location" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v_version_credits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"role" "enum__events_v_version_credits_role" DEFAULT 'adapted-from',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_v_version_credits_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_kind" "enum__events_v_version_kind",
  	"version_recurrence" "enum__events_v_version_recurrence" DEFAULT 'none',
  	"version_start_date" timestamp(3) with time zone,
  	"version_end_date" timestamp(3) with time zone,
  	"version_url" varchar,
  	"version_licence" "enum__events_v_version_licence" DEFAULT 'cc-by-sa-4.0',
  	"version_workflow_status" "enum__events_v_version_workflow_status" DEFAULT 'draft',
  	"version_created_by_id" integer,
  	"version_reviewed_by_id" integer,
  	"version_reviewed_at" timestamp(3) with time zone,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__events_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_events_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_location" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "pages_credits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"role" "enum_pages_credits_role" DEFAULT 'adapted-from'
  );
  
  CREATE TABLE "pages_credits_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"licence" "enum_pages_licence" DEFAULT 'cc-by-sa-4.0',
  	"workflow_status" "enum_pages_workflow_status" DEFAULT 'draft',
  	"created_by_id" integer,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pages_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_version_credits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"source_id" integer,
  	"role" "enum__pages_v_version_credits_role" DEFAULT 'adapted-from',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_version_credits_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_licence" "enum__pages_v_version_licence" DEFAULT 'cc-by-sa-4.0',
  	"version_workflow_status" "enum__pages_v_version_workflow_status" DEFAULT 'draft',
  	"version_created_by_id" integer,
  	"version_reviewed_by_id" integer,
  	"version_reviewed_at" timestamp(3) with time zone,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__pages_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_pages_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "sources" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"kind" "enum_sources_kind",
  	"website" varchar,
  	"licence" "enum_sources_licence" DEFAULT 'unknown',
  	"workflow_status" "enum_sources_workflow_status" DEFAULT 'draft',
  	"created_by_id" integer,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_sources_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "sources_locales" (
  	"description" varchar,
  	"reuse_notes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_sources_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_kind" "enum__sources_v_version_kind",
  	"version_website" varchar,
  	"version_licence" "enum__sources_v_version_licence" DEFAULT 'unknown',
  	"version_workflow_status" "enum__sources_v_version_workflow_status" DEFAULT 'draft',
  	"version_created_by_id" integer,
  	"version_reviewed_by_id" integer,
  	"version_reviewed_at" timestamp(3) with time zone,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__sources_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__sources_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_sources_v_locales" (
  	"version_description" varchar,
  	"version_reuse_notes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar,
  	"source_id" integer,
  	"licence" "enum_media_licence" DEFAULT 'unknown' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "submissions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_submissions_kind" NOT NULL,
  	"status" "enum_submissions_status" DEFAULT 'new' NOT NULL,
  	"message" varchar,
  	"page" varchar,
  	"helpful" "enum_submissions_helpful",
  	"url" varchar,
  	"title" varchar,
  	"name" varchar,
  	"email" varchar,
  	"credit" boolean DEFAULT false,
  	"public_reason" varchar,
  	"moderator_notes" varchar,
  	"token_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"principles_id" integer,
  	"themes_id" integer,
  	"topics_id" integer,
  	"resources_id" integer,
  	"glossary_terms_id" integer,
  	"practices_id" integer,
  	"faqs_id" integer,
  	"events_id" integer,
  	"pages_id" integer,
  	"sources_id" integer,
  	"media_id" integer,
  	"submissions_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings_navigation" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"href" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_navigation_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"contact_email" varchar,
  	"contact_url" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_settings_locales" (
  	"site_name" varchar DEFAULT 'Allyship Hub' NOT NULL,
  	"tagline" varchar,
  	"land_acknowledgement" varchar,
  	"footer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "principles_credits" ADD CONSTRAINT "principles_credits_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "principles_credits" ADD CONSTRAINT "principles_credits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."principles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "principles_credits_locales" ADD CONSTRAINT "principles_credits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."principles_credits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "principles" ADD CONSTRAINT "principles_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "principles" ADD CONSTRAINT "principles_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "principles" ADD CONSTRAINT "principles_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "principles_locales" ADD CONSTRAINT "principles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."principles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "principles_rels" ADD CONSTRAINT "principles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."principles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "principles_rels" ADD CONSTRAINT "principles_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_principles_v_version_credits" ADD CONSTRAINT "_principles_v_version_credits_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_principles_v_version_credits" ADD CONSTRAINT "_principles_v_version_credits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_principles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_principles_v_version_credits_locales" ADD CONSTRAINT "_principles_v_version_credits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_principles_v_version_credits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_principles_v" ADD CONSTRAINT "_principles_v_parent_id_principles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."principles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_principles_v" ADD CONSTRAINT "_principles_v_version_theme_id_themes_id_fk" FOREIGN KEY ("version_theme_id") REFERENCES "public"."themes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_principles_v" ADD CONSTRAINT "_principles_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_principles_v" ADD CONSTRAINT "_principles_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_principles_v_locales" ADD CONSTRAINT "_principles_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_principles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_principles_v_rels" ADD CONSTRAINT "_principles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_principles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_principles_v_rels" ADD CONSTRAINT "_principles_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "themes" ADD CONSTRAINT "themes_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "themes" ADD CONSTRAINT "themes_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "themes_locales" ADD CONSTRAINT "themes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_themes_v" ADD CONSTRAINT "_themes_v_parent_id_themes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."themes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_themes_v" ADD CONSTRAINT "_themes_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_themes_v" ADD CONSTRAINT "_themes_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_themes_v_locales" ADD CONSTRAINT "_themes_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_themes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_credits" ADD CONSTRAINT "topics_credits_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_credits" ADD CONSTRAINT "topics_credits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_credits_locales" ADD CONSTRAINT "topics_credits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics_credits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_locales" ADD CONSTRAINT "topics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_version_credits" ADD CONSTRAINT "_topics_v_version_credits_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v_version_credits" ADD CONSTRAINT "_topics_v_version_credits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_version_credits_locales" ADD CONSTRAINT "_topics_v_version_credits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v_version_credits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_parent_id_topics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v_locales" ADD CONSTRAINT "_topics_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resources_credits" ADD CONSTRAINT "resources_credits_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "resources_credits" ADD CONSTRAINT "resources_credits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resources_credits_locales" ADD CONSTRAINT "resources_credits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."resources_credits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resources" ADD CONSTRAINT "resources_publisher_id_sources_id_fk" FOREIGN KEY ("publisher_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "resources" ADD CONSTRAINT "resources_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "resources" ADD CONSTRAINT "resources_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "resources_locales" ADD CONSTRAINT "resources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resources_rels" ADD CONSTRAINT "resources_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resources_rels" ADD CONSTRAINT "resources_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v_version_credits" ADD CONSTRAINT "_resources_v_version_credits_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_resources_v_version_credits" ADD CONSTRAINT "_resources_v_version_credits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_resources_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v_version_credits_locales" ADD CONSTRAINT "_resources_v_version_credits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_resources_v_version_credits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v" ADD CONSTRAINT "_resources_v_parent_id_resources_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."resources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_resources_v" ADD CONSTRAINT "_resources_v_version_publisher_id_sources_id_fk" FOREIGN KEY ("version_publisher_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_resources_v" ADD CONSTRAINT "_resources_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_resources_v" ADD CONSTRAINT "_resources_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_resources_v_locales" ADD CONSTRAINT "_resources_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_resources_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v_rels" ADD CONSTRAINT "_resources_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_resources_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v_rels" ADD CONSTRAINT "_resources_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_terms_credits" ADD CONSTRAINT "glossary_terms_credits_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "glossary_terms_credits" ADD CONSTRAINT "glossary_terms_credits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_terms_credits_locales" ADD CONSTRAINT "glossary_terms_credits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."glossary_terms_credits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_terms" ADD CONSTRAINT "glossary_terms_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "glossary_terms" ADD CONSTRAINT "glossary_terms_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "glossary_terms_locales" ADD CONSTRAINT "glossary_terms_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_terms_rels" ADD CONSTRAINT "glossary_terms_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_terms_rels" ADD CONSTRAINT "glossary_terms_rels_glossary_terms_fk" FOREIGN KEY ("glossary_terms_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_terms_rels" ADD CONSTRAINT "glossary_terms_rels_resources_fk" FOREIGN KEY ("resources_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_terms_rels" ADD CONSTRAINT "glossary_terms_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v_version_credits" ADD CONSTRAINT "_glossary_terms_v_version_credits_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v_version_credits" ADD CONSTRAINT "_glossary_terms_v_version_credits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_glossary_terms_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v_version_credits_locales" ADD CONSTRAINT "_glossary_terms_v_version_credits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_glossary_terms_v_version_credits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v" ADD CONSTRAINT "_glossary_terms_v_parent_id_glossary_terms_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."glossary_terms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v" ADD CONSTRAINT "_glossary_terms_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v" ADD CONSTRAINT "_glossary_terms_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v_locales" ADD CONSTRAINT "_glossary_terms_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_glossary_terms_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v_rels" ADD CONSTRAINT "_glossary_terms_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_glossary_terms_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v_rels" ADD CONSTRAINT "_glossary_terms_v_rels_glossary_terms_fk" FOREIGN KEY ("glossary_terms_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v_rels" ADD CONSTRAINT "_glossary_terms_v_rels_resources_fk" FOREIGN KEY ("resources_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v_rels" ADD CONSTRAINT "_glossary_terms_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_credits" ADD CONSTRAINT "practices_credits_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practices_credits" ADD CONSTRAINT "practices_credits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_credits_locales" ADD CONSTRAINT "practices_credits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices_credits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices" ADD CONSTRAINT "practices_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practices" ADD CONSTRAINT "practices_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practices_locales" ADD CONSTRAINT "practices_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_rels" ADD CONSTRAINT "practices_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_rels" ADD CONSTRAINT "practices_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_rels" ADD CONSTRAINT "practices_rels_principles_fk" FOREIGN KEY ("principles_id") REFERENCES "public"."principles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_credits" ADD CONSTRAINT "_practices_v_version_credits_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v_version_credits" ADD CONSTRAINT "_practices_v_version_credits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_credits_locales" ADD CONSTRAINT "_practices_v_version_credits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v_version_credits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v" ADD CONSTRAINT "_practices_v_parent_id_practices_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v" ADD CONSTRAINT "_practices_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v" ADD CONSTRAINT "_practices_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v_locales" ADD CONSTRAINT "_practices_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_rels" ADD CONSTRAINT "_practices_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_rels" ADD CONSTRAINT "_practices_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_rels" ADD CONSTRAINT "_practices_v_rels_principles_fk" FOREIGN KEY ("principles_id") REFERENCES "public"."principles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_credits" ADD CONSTRAINT "faqs_credits_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs_credits" ADD CONSTRAINT "faqs_credits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_credits_locales" ADD CONSTRAINT "faqs_credits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."faqs_credits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs" ADD CONSTRAINT "faqs_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs" ADD CONSTRAINT "faqs_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs_locales" ADD CONSTRAINT "faqs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_version_credits" ADD CONSTRAINT "_faqs_v_version_credits_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v_version_credits" ADD CONSTRAINT "_faqs_v_version_credits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_faqs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_version_credits_locales" ADD CONSTRAINT "_faqs_v_version_credits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_faqs_v_version_credits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_parent_id_faqs_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v_locales" ADD CONSTRAINT "_faqs_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_faqs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_faqs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_credits" ADD CONSTRAINT "events_credits_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_credits" ADD CONSTRAINT "events_credits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_credits_locales" ADD CONSTRAINT "events_credits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events_credits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_credits" ADD CONSTRAINT "_events_v_version_credits_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_version_credits" ADD CONSTRAINT "_events_v_version_credits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_credits_locales" ADD CONSTRAINT "_events_v_version_credits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v_version_credits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_credits" ADD CONSTRAINT "pages_credits_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_credits" ADD CONSTRAINT "pages_credits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_credits_locales" ADD CONSTRAINT "pages_credits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_credits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_version_credits" ADD CONSTRAINT "_pages_v_version_credits_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_version_credits" ADD CONSTRAINT "_pages_v_version_credits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_version_credits_locales" ADD CONSTRAINT "_pages_v_version_credits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_version_credits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sources" ADD CONSTRAINT "sources_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sources" ADD CONSTRAINT "sources_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sources_locales" ADD CONSTRAINT "sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sources_v" ADD CONSTRAINT "_sources_v_parent_id_sources_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sources_v" ADD CONSTRAINT "_sources_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sources_v" ADD CONSTRAINT "_sources_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sources_v_locales" ADD CONSTRAINT "_sources_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sources_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_principles_fk" FOREIGN KEY ("principles_id") REFERENCES "public"."principles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_resources_fk" FOREIGN KEY ("resources_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_glossary_terms_fk" FOREIGN KEY ("glossary_terms_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sources_fk" FOREIGN KEY ("sources_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_submissions_fk" FOREIGN KEY ("submissions_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_navigation" ADD CONSTRAINT "site_settings_navigation_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_navigation_locales" ADD CONSTRAINT "site_settings_navigation_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings_navigation"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_locales" ADD CONSTRAINT "site_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "principles_credits_order_idx" ON "principles_credits" USING btree ("_order");
  CREATE INDEX "principles_credits_parent_id_idx" ON "principles_credits" USING btree ("_parent_id");
  CREATE INDEX "principles_credits_source_idx" ON "principles_credits" USING btree ("source_id");
  CREATE UNIQUE INDEX "principles_credits_locales_locale_parent_id_unique" ON "principles_credits_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "principles_slug_idx" ON "principles" USING btree ("slug");
  CREATE INDEX "principles_theme_idx" ON "principles" USING btree ("theme_id");
  CREATE INDEX "principles_workflow_status_idx" ON "principles" USING btree ("workflow_status");
  CREATE INDEX "principles_created_by_idx" ON "principles" USING btree ("created_by_id");
  CREATE INDEX "principles_reviewed_by_idx" ON "principles" USING btree ("reviewed_by_id");
  CREATE INDEX "principles_last_reviewed_at_idx" ON "principles" USING btree ("last_reviewed_at");
  CREATE INDEX "principles_updated_at_idx" ON "principles" USING btree ("updated_at");
  CREATE INDEX "principles_created_at_idx" ON "principles" USING btree ("created_at");
  CREATE INDEX "principles__status_idx" ON "principles" USING btree ("_status");
  CREATE UNIQUE INDEX "principles_locales_locale_parent_id_unique" ON "principles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "principles_rels_order_idx" ON "principles_rels" USING btree ("order");
  CREATE INDEX "principles_rels_parent_idx" ON "principles_rels" USING btree ("parent_id");
  CREATE INDEX "principles_rels_path_idx" ON "principles_rels" USING btree ("path");
  CREATE INDEX "principles_rels_topics_id_idx" ON "principles_rels" USING btree ("topics_id");
  CREATE INDEX "_principles_v_version_credits_order_idx" ON "_principles_v_version_credits" USING btree ("_order");
  CREATE INDEX "_principles_v_version_credits_parent_id_idx" ON "_principles_v_version_credits" USING btree ("_parent_id");
  CREATE INDEX "_principles_v_version_credits_source_idx" ON "_principles_v_version_credits" USING btree ("source_id");
  CREATE UNIQUE INDEX "_principles_v_version_credits_locales_locale_parent_id_uniqu" ON "_principles_v_version_credits_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_principles_v_parent_idx" ON "_principles_v" USING btree ("parent_id");
  CREATE INDEX "_principles_v_version_version_slug_idx" ON "_principles_v" USING btree ("version_slug");
  CREATE INDEX "_principles_v_version_version_theme_idx" ON "_principles_v" USING btree ("version_theme_id");
  CREATE INDEX "_principles_v_version_version_workflow_status_idx" ON "_principles_v" USING btree ("version_workflow_status");
  CREATE INDEX "_principles_v_version_version_created_by_idx" ON "_principles_v" USING btree ("version_created_by_id");
  CREATE INDEX "_principles_v_version_version_reviewed_by_idx" ON "_principles_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_principles_v_version_version_last_reviewed_at_idx" ON "_principles_v" USING btree ("version_last_reviewed_at");
  CREATE INDEX "_principles_v_version_version_updated_at_idx" ON "_principles_v" USING btree ("version_updated_at");
  CREATE INDEX "_principles_v_version_version_created_at_idx" ON "_principles_v" USING btree ("version_created_at");
  CREATE INDEX "_principles_v_version_version__status_idx" ON "_principles_v" USING btree ("version__status");
  CREATE INDEX "_principles_v_created_at_idx" ON "_principles_v" USING btree ("created_at");
  CREATE INDEX "_principles_v_updated_at_idx" ON "_principles_v" USING btree ("updated_at");
  CREATE INDEX "_principles_v_snapshot_idx" ON "_principles_v" USING btree ("snapshot");
  CREATE INDEX "_principles_v_published_locale_idx" ON "_principles_v" USING btree ("published_locale");
  CREATE INDEX "_principles_v_latest_idx" ON "_principles_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_principles_v_locales_locale_parent_id_unique" ON "_principles_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_principles_v_rels_order_idx" ON "_principles_v_rels" USING btree ("order");
  CREATE INDEX "_principles_v_rels_parent_idx" ON "_principles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_principles_v_rels_path_idx" ON "_principles_v_rels" USING btree ("path");
  CREATE INDEX "_principles_v_rels_topics_id_idx" ON "_principles_v_rels" USING btree ("topics_id");
  CREATE UNIQUE INDEX "themes_slug_idx" ON "themes" USING btree ("slug");
  CREATE INDEX "themes_workflow_status_idx" ON "themes" USING btree ("workflow_status");
  CREATE INDEX "themes_created_by_idx" ON "themes" USING btree ("created_by_id");
  CREATE INDEX "themes_reviewed_by_idx" ON "themes" USING btree ("reviewed_by_id");
  CREATE INDEX "themes_last_reviewed_at_idx" ON "themes" USING btree ("last_reviewed_at");
  CREATE INDEX "themes_updated_at_idx" ON "themes" USING btree ("updated_at");
  CREATE INDEX "themes_created_at_idx" ON "themes" USING btree ("created_at");
  CREATE INDEX "themes__status_idx" ON "themes" USING btree ("_status");
  CREATE UNIQUE INDEX "themes_locales_locale_parent_id_unique" ON "themes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_themes_v_parent_idx" ON "_themes_v" USING btree ("parent_id");
  CREATE INDEX "_themes_v_version_version_slug_idx" ON "_themes_v" USING btree ("version_slug");
  CREATE INDEX "_themes_v_version_version_workflow_status_idx" ON "_themes_v" USING btree ("version_workflow_status");
  CREATE INDEX "_themes_v_version_version_created_by_idx" ON "_themes_v" USING btree ("version_created_by_id");
  CREATE INDEX "_themes_v_version_version_reviewed_by_idx" ON "_themes_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_themes_v_version_version_last_reviewed_at_idx" ON "_themes_v" USING btree ("version_last_reviewed_at");
  CREATE INDEX "_themes_v_version_version_updated_at_idx" ON "_themes_v" USING btree ("version_updated_at");
  CREATE INDEX "_themes_v_version_version_created_at_idx" ON "_themes_v" USING btree ("version_created_at");
  CREATE INDEX "_themes_v_version_version__status_idx" ON "_themes_v" USING btree ("version__status");
  CREATE INDEX "_themes_v_created_at_idx" ON "_themes_v" USING btree ("created_at");
  CREATE INDEX "_themes_v_updated_at_idx" ON "_themes_v" USING btree ("updated_at");
  CREATE INDEX "_themes_v_snapshot_idx" ON "_themes_v" USING btree ("snapshot");
  CREATE INDEX "_themes_v_published_locale_idx" ON "_themes_v" USING btree ("published_locale");
  CREATE INDEX "_themes_v_latest_idx" ON "_themes_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_themes_v_locales_locale_parent_id_unique" ON "_themes_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "topics_credits_order_idx" ON "topics_credits" USING btree ("_order");
  CREATE INDEX "topics_credits_parent_id_idx" ON "topics_credits" USING btree ("_parent_id");
  CREATE INDEX "topics_credits_source_idx" ON "topics_credits" USING btree ("source_id");
  CREATE UNIQUE INDEX "topics_credits_locales_locale_parent_id_unique" ON "topics_credits_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "topics_slug_idx" ON "topics" USING btree ("slug");
  CREATE INDEX "topics_workflow_status_idx" ON "topics" USING btree ("workflow_status");
  CREATE INDEX "topics_created_by_idx" ON "topics" USING btree ("created_by_id");
  CREATE INDEX "topics_reviewed_by_idx" ON "topics" USING btree ("reviewed_by_id");
  CREATE INDEX "topics_last_reviewed_at_idx" ON "topics" USING btree ("last_reviewed_at");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE INDEX "topics__status_idx" ON "topics" USING btree ("_status");
  CREATE UNIQUE INDEX "topics_locales_locale_parent_id_unique" ON "topics_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_topics_v_version_credits_order_idx" ON "_topics_v_version_credits" USING btree ("_order");
  CREATE INDEX "_topics_v_version_credits_parent_id_idx" ON "_topics_v_version_credits" USING btree ("_parent_id");
  CREATE INDEX "_topics_v_version_credits_source_idx" ON "_topics_v_version_credits" USING btree ("source_id");
  CREATE UNIQUE INDEX "_topics_v_version_credits_locales_locale_parent_id_unique" ON "_topics_v_version_credits_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_topics_v_parent_idx" ON "_topics_v" USING btree ("parent_id");
  CREATE INDEX "_topics_v_version_version_slug_idx" ON "_topics_v" USING btree ("version_slug");
  CREATE INDEX "_topics_v_version_version_workflow_status_idx" ON "_topics_v" USING btree ("version_workflow_status");
  CREATE INDEX "_topics_v_version_version_created_by_idx" ON "_topics_v" USING btree ("version_created_by_id");
  CREATE INDEX "_topics_v_version_version_reviewed_by_idx" ON "_topics_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_topics_v_version_version_last_reviewed_at_idx" ON "_topics_v" USING btree ("version_last_reviewed_at");
  CREATE INDEX "_topics_v_version_version_updated_at_idx" ON "_topics_v" USING btree ("version_updated_at");
  CREATE INDEX "_topics_v_version_version_created_at_idx" ON "_topics_v" USING btree ("version_created_at");
  CREATE INDEX "_topics_v_version_version__status_idx" ON "_topics_v" USING btree ("version__status");
  CREATE INDEX "_topics_v_created_at_idx" ON "_topics_v" USING btree ("created_at");
  CREATE INDEX "_topics_v_updated_at_idx" ON "_topics_v" USING btree ("updated_at");
  CREATE INDEX "_topics_v_snapshot_idx" ON "_topics_v" USING btree ("snapshot");
  CREATE INDEX "_topics_v_published_locale_idx" ON "_topics_v" USING btree ("published_locale");
  CREATE INDEX "_topics_v_latest_idx" ON "_topics_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_topics_v_locales_locale_parent_id_unique" ON "_topics_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "resources_credits_order_idx" ON "resources_credits" USING btree ("_order");
  CREATE INDEX "resources_credits_parent_id_idx" ON "resources_credits" USING btree ("_parent_id");
  CREATE INDEX "resources_credits_source_idx" ON "resources_credits" USING btree ("source_id");
  CREATE UNIQUE INDEX "resources_credits_locales_locale_parent_id_unique" ON "resources_credits_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "resources_slug_idx" ON "resources" USING btree ("slug");
  CREATE INDEX "resources_url_idx" ON "resources" USING btree ("url");
  CREATE INDEX "resources_publisher_idx" ON "resources" USING btree ("publisher_id");
  CREATE INDEX "resources_link_health_link_health_status_idx" ON "resources" USING btree ("link_health_status");
  CREATE INDEX "resources_workflow_status_idx" ON "resources" USING btree ("workflow_status");
  CREATE INDEX "resources_created_by_idx" ON "resources" USING btree ("created_by_id");
  CREATE INDEX "resources_reviewed_by_idx" ON "resources" USING btree ("reviewed_by_id");
  CREATE INDEX "resources_last_reviewed_at_idx" ON "resources" USING btree ("last_reviewed_at");
  CREATE INDEX "resources_updated_at_idx" ON "resources" USING btree ("updated_at");
  CREATE INDEX "resources_created_at_idx" ON "resources" USING btree ("created_at");
  CREATE INDEX "resources__status_idx" ON "resources" USING btree ("_status");
  CREATE UNIQUE INDEX "resources_locales_locale_parent_id_unique" ON "resources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "resources_rels_order_idx" ON "resources_rels" USING btree ("order");
  CREATE INDEX "resources_rels_parent_idx" ON "resources_rels" USING btree ("parent_id");
  CREATE INDEX "resources_rels_path_idx" ON "resources_rels" USING btree ("path");
  CREATE INDEX "resources_rels_topics_id_idx" ON "resources_rels" USING btree ("topics_id");
  CREATE INDEX "_resources_v_version_credits_order_idx" ON "_resources_v_version_credits" USING btree ("_order");
  CREATE INDEX "_resources_v_version_credits_parent_id_idx" ON "_resources_v_version_credits" USING btree ("_parent_id");
  CREATE INDEX "_resources_v_version_credits_source_idx" ON "_resources_v_version_credits" USING btree ("source_id");
  CREATE UNIQUE INDEX "_resources_v_version_credits_locales_locale_parent_id_unique" ON "_resources_v_version_credits_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_resources_v_parent_idx" ON "_resources_v" USING btree ("parent_id");
  CREATE INDEX "_resources_v_version_version_slug_idx" ON "_resources_v" USING btree ("version_slug");
  CREATE INDEX "_resources_v_version_version_url_idx" ON "_resources_v" USING btree ("version_url");
  CREATE INDEX "_resources_v_version_version_publisher_idx" ON "_resources_v" USING btree ("version_publisher_id");
  CREATE INDEX "_resources_v_version_link_health_version_link_health_sta_idx" ON "_resources_v" USING btree ("version_link_health_status");
  CREATE INDEX "_resources_v_version_version_workflow_status_idx" ON "_resources_v" USING btree ("version_workflow_status");
  CREATE INDEX "_resources_v_version_version_created_by_idx" ON "_resources_v" USING btree ("version_created_by_id");
  CREATE INDEX "_resources_v_version_version_reviewed_by_idx" ON "_resources_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_resources_v_version_version_last_reviewed_at_idx" ON "_resources_v" USING btree ("version_last_reviewed_at");
  CREATE INDEX "_resources_v_version_version_updated_at_idx" ON "_resources_v" USING btree ("version_updated_at");
  CREATE INDEX "_resources_v_version_version_created_at_idx" ON "_resources_v" USING btree ("version_created_at");
  CREATE INDEX "_resources_v_version_version__status_idx" ON "_resources_v" USING btree ("version__status");
  CREATE INDEX "_resources_v_created_at_idx" ON "_resources_v" USING btree ("created_at");
  CREATE INDEX "_resources_v_updated_at_idx" ON "_resources_v" USING btree ("updated_at");
  CREATE INDEX "_resources_v_snapshot_idx" ON "_resources_v" USING btree ("snapshot");
  CREATE INDEX "_resources_v_published_locale_idx" ON "_resources_v" USING btree ("published_locale");
  CREATE INDEX "_resources_v_latest_idx" ON "_resources_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_resources_v_locales_locale_parent_id_unique" ON "_resources_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_resources_v_rels_order_idx" ON "_resources_v_rels" USING btree ("order");
  CREATE INDEX "_resources_v_rels_parent_idx" ON "_resources_v_rels" USING btree ("parent_id");
  CREATE INDEX "_resources_v_rels_path_idx" ON "_resources_v_rels" USING btree ("path");
  CREATE INDEX "_resources_v_rels_topics_id_idx" ON "_resources_v_rels" USING btree ("topics_id");
  CREATE INDEX "glossary_terms_credits_order_idx" ON "glossary_terms_credits" USING btree ("_order");
  CREATE INDEX "glossary_terms_credits_parent_id_idx" ON "glossary_terms_credits" USING btree ("_parent_id");
  CREATE INDEX "glossary_terms_credits_source_idx" ON "glossary_terms_credits" USING btree ("source_id");
  CREATE UNIQUE INDEX "glossary_terms_credits_locales_locale_parent_id_unique" ON "glossary_terms_credits_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "glossary_terms_slug_idx" ON "glossary_terms" USING btree ("slug");
  CREATE INDEX "glossary_terms_workflow_status_idx" ON "glossary_terms" USING btree ("workflow_status");
  CREATE INDEX "glossary_terms_created_by_idx" ON "glossary_terms" USING btree ("created_by_id");
  CREATE INDEX "glossary_terms_reviewed_by_idx" ON "glossary_terms" USING btree ("reviewed_by_id");
  CREATE INDEX "glossary_terms_last_reviewed_at_idx" ON "glossary_terms" USING btree ("last_reviewed_at");
  CREATE INDEX "glossary_terms_updated_at_idx" ON "glossary_terms" USING btree ("updated_at");
  CREATE INDEX "glossary_terms_created_at_idx" ON "glossary_terms" USING btree ("created_at");
  CREATE INDEX "glossary_terms__status_idx" ON "glossary_terms" USING btree ("_status");
  CREATE UNIQUE INDEX "glossary_terms_locales_locale_parent_id_unique" ON "glossary_terms_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "glossary_terms_rels_order_idx" ON "glossary_terms_rels" USING btree ("order");
  CREATE INDEX "glossary_terms_rels_parent_idx" ON "glossary_terms_rels" USING btree ("parent_id");
  CREATE INDEX "glossary_terms_rels_path_idx" ON "glossary_terms_rels" USING btree ("path");
  CREATE INDEX "glossary_terms_rels_glossary_terms_id_idx" ON "glossary_terms_rels" USING btree ("glossary_terms_id");
  CREATE INDEX "glossary_terms_rels_resources_id_idx" ON "glossary_terms_rels" USING btree ("resources_id");
  CREATE INDEX "glossary_terms_rels_topics_id_idx" ON "glossary_terms_rels" USING btree ("topics_id");
  CREATE INDEX "_glossary_terms_v_version_credits_order_idx" ON "_glossary_terms_v_version_credits" USING btree ("_order");
  CREATE INDEX "_glossary_terms_v_version_credits_parent_id_idx" ON "_glossary_terms_v_version_credits" USING btree ("_parent_id");
  CREATE INDEX "_glossary_terms_v_version_credits_source_idx" ON "_glossary_terms_v_version_credits" USING btree ("source_id");
  CREATE UNIQUE INDEX "_glossary_terms_v_version_credits_locales_locale_parent_id_u" ON "_glossary_terms_v_version_credits_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_glossary_terms_v_parent_idx" ON "_glossary_terms_v" USING btree ("parent_id");
  CREATE INDEX "_glossary_terms_v_version_version_slug_idx" ON "_glossary_terms_v" USING btree ("version_slug");
  CREATE INDEX "_glossary_terms_v_version_version_workflow_status_idx" ON "_glossary_terms_v" USING btree ("version_workflow_status");
  CREATE INDEX "_glossary_terms_v_version_version_created_by_idx" ON "_glossary_terms_v" USING btree ("version_created_by_id");
  CREATE INDEX "_glossary_terms_v_version_version_reviewed_by_idx" ON "_glossary_terms_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_glossary_terms_v_version_version_last_reviewed_at_idx" ON "_glossary_terms_v" USING btree ("version_last_reviewed_at");
  CREATE INDEX "_glossary_terms_v_version_version_updated_at_idx" ON "_glossary_terms_v" USING btree ("version_updated_at");
  CREATE INDEX "_glossary_terms_v_version_version_created_at_idx" ON "_glossary_terms_v" USING btree ("version_created_at");
  CREATE INDEX "_glossary_terms_v_version_version__status_idx" ON "_glossary_terms_v" USING btree ("version__status");
  CREATE INDEX "_glossary_terms_v_created_at_idx" ON "_glossary_terms_v" USING btree ("created_at");
  CREATE INDEX "_glossary_terms_v_updated_at_idx" ON "_glossary_terms_v" USING btree ("updated_at");
  CREATE INDEX "_glossary_terms_v_snapshot_idx" ON "_glossary_terms_v" USING btree ("snapshot");
  CREATE INDEX "_glossary_terms_v_published_locale_idx" ON "_glossary_terms_v" USING btree ("published_locale");
  CREATE INDEX "_glossary_terms_v_latest_idx" ON "_glossary_terms_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_glossary_terms_v_locales_locale_parent_id_unique" ON "_glossary_terms_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_glossary_terms_v_rels_order_idx" ON "_glossary_terms_v_rels" USING btree ("order");
  CREATE INDEX "_glossary_terms_v_rels_parent_idx" ON "_glossary_terms_v_rels" USING btree ("parent_id");
  CREATE INDEX "_glossary_terms_v_rels_path_idx" ON "_glossary_terms_v_rels" USING btree ("path");
  CREATE INDEX "_glossary_terms_v_rels_glossary_terms_id_idx" ON "_glossary_terms_v_rels" USING btree ("glossary_terms_id");
  CREATE INDEX "_glossary_terms_v_rels_resources_id_idx" ON "_glossary_terms_v_rels" USING btree ("resources_id");
  CREATE INDEX "_glossary_terms_v_rels_topics_id_idx" ON "_glossary_terms_v_rels" USING btree ("topics_id");
  CREATE INDEX "practices_credits_order_idx" ON "practices_credits" USING btree ("_order");
  CREATE INDEX "practices_credits_parent_id_idx" ON "practices_credits" USING btree ("_parent_id");
  CREATE INDEX "practices_credits_source_idx" ON "practices_credits" USING btree ("source_id");
  CREATE UNIQUE INDEX "practices_credits_locales_locale_parent_id_unique" ON "practices_credits_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "practices_slug_idx" ON "practices" USING btree ("slug");
  CREATE INDEX "practices_kind_idx" ON "practices" USING btree ("kind");
  CREATE INDEX "practices_workflow_status_idx" ON "practices" USING btree ("workflow_status");
  CREATE INDEX "practices_created_by_idx" ON "practices" USING btree ("created_by_id");
  CREATE INDEX "practices_reviewed_by_idx" ON "practices" USING btree ("reviewed_by_id");
  CREATE INDEX "practices_last_reviewed_at_idx" ON "practices" USING btree ("last_reviewed_at");
  CREATE INDEX "practices_updated_at_idx" ON "practices" USING btree ("updated_at");
  CREATE INDEX "practices_created_at_idx" ON "practices" USING btree ("created_at");
  CREATE INDEX "practices__status_idx" ON "practices" USING btree ("_status");
  CREATE UNIQUE INDEX "practices_locales_locale_parent_id_unique" ON "practices_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "practices_rels_order_idx" ON "practices_rels" USING btree ("order");
  CREATE INDEX "practices_rels_parent_idx" ON "practices_rels" USING btree ("parent_id");
  CREATE INDEX "practices_rels_path_idx" ON "practices_rels" USING btree ("path");
  CREATE INDEX "practices_rels_topics_id_idx" ON "practices_rels" USING btree ("topics_id");
  CREATE INDEX "practices_rels_principles_id_idx" ON "practices_rels" USING btree ("principles_id");
  CREATE INDEX "_practices_v_version_credits_order_idx" ON "_practices_v_version_credits" USING btree ("_order");
  CREATE INDEX "_practices_v_version_credits_parent_id_idx" ON "_practices_v_version_credits" USING btree ("_parent_id");
  CREATE INDEX "_practices_v_version_credits_source_idx" ON "_practices_v_version_credits" USING btree ("source_id");
  CREATE UNIQUE INDEX "_practices_v_version_credits_locales_locale_parent_id_unique" ON "_practices_v_version_credits_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_practices_v_parent_idx" ON "_practices_v" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_version_slug_idx" ON "_practices_v" USING btree ("version_slug");
  CREATE INDEX "_practices_v_version_version_kind_idx" ON "_practices_v" USING btree ("version_kind");
  CREATE INDEX "_practices_v_version_version_workflow_status_idx" ON "_practices_v" USING btree ("version_workflow_status");
  CREATE INDEX "_practices_v_version_version_created_by_idx" ON "_practices_v" USING btree ("version_created_by_id");
  CREATE INDEX "_practices_v_version_version_reviewed_by_idx" ON "_practices_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_practices_v_version_version_last_reviewed_at_idx" ON "_practices_v" USING btree ("version_last_reviewed_at");
  CREATE INDEX "_practices_v_version_version_updated_at_idx" ON "_practices_v" USING btree ("version_updated_at");
  CREATE INDEX "_practices_v_version_version_created_at_idx" ON "_practices_v" USING btree ("version_created_at");
  CREATE INDEX "_practices_v_version_version__status_idx" ON "_practices_v" USING btree ("version__status");
  CREATE INDEX "_practices_v_created_at_idx" ON "_practices_v" USING btree ("created_at");
  CREATE INDEX "_practices_v_updated_at_idx" ON "_practices_v" USING btree ("updated_at");
  CREATE INDEX "_practices_v_snapshot_idx" ON "_practices_v" USING btree ("snapshot");
  CREATE INDEX "_practices_v_published_locale_idx" ON "_practices_v" USING btree ("published_locale");
  CREATE INDEX "_practices_v_latest_idx" ON "_practices_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_practices_v_locales_locale_parent_id_unique" ON "_practices_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_practices_v_rels_order_idx" ON "_practices_v_rels" USING btree ("order");
  CREATE INDEX "_practices_v_rels_parent_idx" ON "_practices_v_rels" USING btree ("parent_id");
  CREATE INDEX "_practices_v_rels_path_idx" ON "_practices_v_rels" USING btree ("path");
  CREATE INDEX "_practices_v_rels_topics_id_idx" ON "_practices_v_rels" USING btree ("topics_id");
  CREATE INDEX "_practices_v_rels_principles_id_idx" ON "_practices_v_rels" USING btree ("principles_id");
  CREATE INDEX "faqs_credits_order_idx" ON "faqs_credits" USING btree ("_order");
  CREATE INDEX "faqs_credits_parent_id_idx" ON "faqs_credits" USING btree ("_parent_id");
  CREATE INDEX "faqs_credits_source_idx" ON "faqs_credits" USING btree ("source_id");
  CREATE UNIQUE INDEX "faqs_credits_locales_locale_parent_id_unique" ON "faqs_credits_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "faqs_slug_idx" ON "faqs" USING btree ("slug");
  CREATE INDEX "faqs_workflow_status_idx" ON "faqs" USING btree ("workflow_status");
  CREATE INDEX "faqs_created_by_idx" ON "faqs" USING btree ("created_by_id");
  CREATE INDEX "faqs_reviewed_by_idx" ON "faqs" USING btree ("reviewed_by_id");
  CREATE INDEX "faqs_last_reviewed_at_idx" ON "faqs" USING btree ("last_reviewed_at");
  CREATE INDEX "faqs_updated_at_idx" ON "faqs" USING btree ("updated_at");
  CREATE INDEX "faqs_created_at_idx" ON "faqs" USING btree ("created_at");
  CREATE INDEX "faqs__status_idx" ON "faqs" USING btree ("_status");
  CREATE UNIQUE INDEX "faqs_locales_locale_parent_id_unique" ON "faqs_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "faqs_rels_order_idx" ON "faqs_rels" USING btree ("order");
  CREATE INDEX "faqs_rels_parent_idx" ON "faqs_rels" USING btree ("parent_id");
  CREATE INDEX "faqs_rels_path_idx" ON "faqs_rels" USING btree ("path");
  CREATE INDEX "faqs_rels_topics_id_idx" ON "faqs_rels" USING btree ("topics_id");
  CREATE INDEX "_faqs_v_version_credits_order_idx" ON "_faqs_v_version_credits" USING btree ("_order");
  CREATE INDEX "_faqs_v_version_credits_parent_id_idx" ON "_faqs_v_version_credits" USING btree ("_parent_id");
  CREATE INDEX "_faqs_v_version_credits_source_idx" ON "_faqs_v_version_credits" USING btree ("source_id");
  CREATE UNIQUE INDEX "_faqs_v_version_credits_locales_locale_parent_id_unique" ON "_faqs_v_version_credits_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_faqs_v_parent_idx" ON "_faqs_v" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_version_version_slug_idx" ON "_faqs_v" USING btree ("version_slug");
  CREATE INDEX "_faqs_v_version_version_workflow_status_idx" ON "_faqs_v" USING btree ("version_workflow_status");
  CREATE INDEX "_faqs_v_version_version_created_by_idx" ON "_faqs_v" USING btree ("version_created_by_id");
  CREATE INDEX "_faqs_v_version_version_reviewed_by_idx" ON "_faqs_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_faqs_v_version_version_last_reviewed_at_idx" ON "_faqs_v" USING btree ("version_last_reviewed_at");
  CREATE INDEX "_faqs_v_version_version_updated_at_idx" ON "_faqs_v" USING btree ("version_updated_at");
  CREATE INDEX "_faqs_v_version_version_created_at_idx" ON "_faqs_v" USING btree ("version_created_at");
  CREATE INDEX "_faqs_v_version_version__status_idx" ON "_faqs_v" USING btree ("version__status");
  CREATE INDEX "_faqs_v_created_at_idx" ON "_faqs_v" USING btree ("created_at");
  CREATE INDEX "_faqs_v_updated_at_idx" ON "_faqs_v" USING btree ("updated_at");
  CREATE INDEX "_faqs_v_snapshot_idx" ON "_faqs_v" USING btree ("snapshot");
  CREATE INDEX "_faqs_v_published_locale_idx" ON "_faqs_v" USING btree ("published_locale");
  CREATE INDEX "_faqs_v_latest_idx" ON "_faqs_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_faqs_v_locales_locale_parent_id_unique" ON "_faqs_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_faqs_v_rels_order_idx" ON "_faqs_v_rels" USING btree ("order");
  CREATE INDEX "_faqs_v_rels_parent_idx" ON "_faqs_v_rels" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_rels_path_idx" ON "_faqs_v_rels" USING btree ("path");
  CREATE INDEX "_faqs_v_rels_topics_id_idx" ON "_faqs_v_rels" USING btree ("topics_id");
  CREATE INDEX "events_credits_order_idx" ON "events_credits" USING btree ("_order");
  CREATE INDEX "events_credits_parent_id_idx" ON "events_credits" USING btree ("_parent_id");
  CREATE INDEX "events_credits_source_idx" ON "events_credits" USING btree ("source_id");
  CREATE UNIQUE INDEX "events_credits_locales_locale_parent_id_unique" ON "events_credits_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "events_slug_idx" ON "events" USING btree ("slug");
  CREATE INDEX "events_start_date_idx" ON "events" USING btree ("start_date");
  CREATE INDEX "events_workflow_status_idx" ON "events" USING btree ("workflow_status");
  CREATE INDEX "events_created_by_idx" ON "events" USING btree ("created_by_id");
  CREATE INDEX "events_reviewed_by_idx" ON "events" USING btree ("reviewed_by_id");
  CREATE INDEX "events_last_reviewed_at_idx" ON "events" USING btree ("last_reviewed_at");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events__status_idx" ON "events" USING btree ("_status");
  CREATE UNIQUE INDEX "events_locales_locale_parent_id_unique" ON "events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_version_credits_order_idx" ON "_events_v_version_credits" USING btree ("_order");
  CREATE INDEX "_events_v_version_credits_parent_id_idx" ON "_events_v_version_credits" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_credits_source_idx" ON "_events_v_version_credits" USING btree ("source_id");
  CREATE UNIQUE INDEX "_events_v_version_credits_locales_locale_parent_id_unique" ON "_events_v_version_credits_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v" USING btree ("version_slug");
  CREATE INDEX "_events_v_version_version_start_date_idx" ON "_events_v" USING btree ("version_start_date");
  CREATE INDEX "_events_v_version_version_workflow_status_idx" ON "_events_v" USING btree ("version_workflow_status");
  CREATE INDEX "_events_v_version_version_created_by_idx" ON "_events_v" USING btree ("version_created_by_id");
  CREATE INDEX "_events_v_version_version_reviewed_by_idx" ON "_events_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_events_v_version_version_last_reviewed_at_idx" ON "_events_v" USING btree ("version_last_reviewed_at");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v" USING btree ("version__status");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_snapshot_idx" ON "_events_v" USING btree ("snapshot");
  CREATE INDEX "_events_v_published_locale_idx" ON "_events_v" USING btree ("published_locale");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_events_v_locales_locale_parent_id_unique" ON "_events_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_credits_order_idx" ON "pages_credits" USING btree ("_order");
  CREATE INDEX "pages_credits_parent_id_idx" ON "pages_credits" USING btree ("_parent_id");
  CREATE INDEX "pages_credits_source_idx" ON "pages_credits" USING btree ("source_id");
  CREATE UNIQUE INDEX "pages_credits_locales_locale_parent_id_unique" ON "pages_credits_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_workflow_status_idx" ON "pages" USING btree ("workflow_status");
  CREATE INDEX "pages_created_by_idx" ON "pages" USING btree ("created_by_id");
  CREATE INDEX "pages_reviewed_by_idx" ON "pages" USING btree ("reviewed_by_id");
  CREATE INDEX "pages_last_reviewed_at_idx" ON "pages" USING btree ("last_reviewed_at");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE UNIQUE INDEX "pages_locales_locale_parent_id_unique" ON "pages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_version_credits_order_idx" ON "_pages_v_version_credits" USING btree ("_order");
  CREATE INDEX "_pages_v_version_credits_parent_id_idx" ON "_pages_v_version_credits" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_version_credits_source_idx" ON "_pages_v_version_credits" USING btree ("source_id");
  CREATE UNIQUE INDEX "_pages_v_version_credits_locales_locale_parent_id_unique" ON "_pages_v_version_credits_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  CREATE INDEX "_pages_v_version_version_workflow_status_idx" ON "_pages_v" USING btree ("version_workflow_status");
  CREATE INDEX "_pages_v_version_version_created_by_idx" ON "_pages_v" USING btree ("version_created_by_id");
  CREATE INDEX "_pages_v_version_version_reviewed_by_idx" ON "_pages_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_pages_v_version_version_last_reviewed_at_idx" ON "_pages_v" USING btree ("version_last_reviewed_at");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_snapshot_idx" ON "_pages_v" USING btree ("snapshot");
  CREATE INDEX "_pages_v_published_locale_idx" ON "_pages_v" USING btree ("published_locale");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_pages_v_locales_locale_parent_id_unique" ON "_pages_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "sources_slug_idx" ON "sources" USING btree ("slug");
  CREATE INDEX "sources_workflow_status_idx" ON "sources" USING btree ("workflow_status");
  CREATE INDEX "sources_created_by_idx" ON "sources" USING btree ("created_by_id");
  CREATE INDEX "sources_reviewed_by_idx" ON "sources" USING btree ("reviewed_by_id");
  CREATE INDEX "sources_last_reviewed_at_idx" ON "sources" USING btree ("last_reviewed_at");
  CREATE INDEX "sources_updated_at_idx" ON "sources" USING btree ("updated_at");
  CREATE INDEX "sources_created_at_idx" ON "sources" USING btree ("created_at");
  CREATE INDEX "sources__status_idx" ON "sources" USING btree ("_status");
  CREATE UNIQUE INDEX "sources_locales_locale_parent_id_unique" ON "sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_sources_v_parent_idx" ON "_sources_v" USING btree ("parent_id");
  CREATE INDEX "_sources_v_version_version_slug_idx" ON "_sources_v" USING btree ("version_slug");
  CREATE INDEX "_sources_v_version_version_workflow_status_idx" ON "_sources_v" USING btree ("version_workflow_status");
  CREATE INDEX "_sources_v_version_version_created_by_idx" ON "_sources_v" USING btree ("version_created_by_id");
  CREATE INDEX "_sources_v_version_version_reviewed_by_idx" ON "_sources_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_sources_v_version_version_last_reviewed_at_idx" ON "_sources_v" USING btree ("version_last_reviewed_at");
  CREATE INDEX "_sources_v_version_version_updated_at_idx" ON "_sources_v" USING btree ("version_updated_at");
  CREATE INDEX "_sources_v_version_version_created_at_idx" ON "_sources_v" USING btree ("version_created_at");
  CREATE INDEX "_sources_v_version_version__status_idx" ON "_sources_v" USING btree ("version__status");
  CREATE INDEX "_sources_v_created_at_idx" ON "_sources_v" USING btree ("created_at");
  CREATE INDEX "_sources_v_updated_at_idx" ON "_sources_v" USING btree ("updated_at");
  CREATE INDEX "_sources_v_snapshot_idx" ON "_sources_v" USING btree ("snapshot");
  CREATE INDEX "_sources_v_published_locale_idx" ON "_sources_v" USING btree ("published_locale");
  CREATE INDEX "_sources_v_latest_idx" ON "_sources_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_sources_v_locales_locale_parent_id_unique" ON "_sources_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_source_idx" ON "media" USING btree ("source_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "submissions_kind_idx" ON "submissions" USING btree ("kind");
  CREATE INDEX "submissions_status_idx" ON "submissions" USING btree ("status");
  CREATE INDEX "submissions_page_idx" ON "submissions" USING btree ("page");
  CREATE INDEX "submissions_token_hash_idx" ON "submissions" USING btree ("token_hash");
  CREATE INDEX "submissions_updated_at_idx" ON "submissions" USING btree ("updated_at");
  CREATE INDEX "submissions_created_at_idx" ON "submissions" USING btree ("created_at");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_principles_id_idx" ON "payload_locked_documents_rels" USING btree ("principles_id");
  CREATE INDEX "payload_locked_documents_rels_themes_id_idx" ON "payload_locked_documents_rels" USING btree ("themes_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_resources_id_idx" ON "payload_locked_documents_rels" USING btree ("resources_id");
  CREATE INDEX "payload_locked_documents_rels_glossary_terms_id_idx" ON "payload_locked_documents_rels" USING btree ("glossary_terms_id");
  CREATE INDEX "payload_locked_documents_rels_practices_id_idx" ON "payload_locked_documents_rels" USING btree ("practices_id");
  CREATE INDEX "payload_locked_documents_rels_faqs_id_idx" ON "payload_locked_documents_rels" USING btree ("faqs_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_sources_id_idx" ON "payload_locked_documents_rels" USING btree ("sources_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_submissions_id_idx" ON "payload_locked_documents_rels" USING btree ("submissions_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "site_settings_navigation_order_idx" ON "site_settings_navigation" USING btree ("_order");
  CREATE INDEX "site_settings_navigation_parent_id_idx" ON "site_settings_navigation" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "site_settings_navigation_locales_locale_parent_id_unique" ON "site_settings_navigation_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "site_settings_locales_locale_parent_id_unique" ON "site_settings_locales" USING btree ("_locale","_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "principles_credits" CASCADE;
  DROP TABLE "principles_credits_locales" CASCADE;
  DROP TABLE "principles" CASCADE;
  DROP TABLE "principles_locales" CASCADE;
  DROP TABLE "principles_rels" CASCADE;
  DROP TABLE "_principles_v_version_credits" CASCADE;
  DROP TABLE "_principles_v_version_credits_locales" CASCADE;
  DROP TABLE "_principles_v" CASCADE;
  DROP TABLE "_principles_v_locales" CASCADE;
  DROP TABLE "_principles_v_rels" CASCADE;
  DROP TABLE "themes" CASCADE;
  DROP TABLE "themes_locales" CASCADE;
  DROP TABLE "_themes_v" CASCADE;
  DROP TABLE "_themes_v_locales" CASCADE;
  DROP TABLE "topics_credits" CASCADE;
  DROP TABLE "topics_credits_locales" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "topics_locales" CASCADE;
  DROP TABLE "_topics_v_version_credits" CASCADE;
  DROP TABLE "_topics_v_version_credits_locales" CASCADE;
  DROP TABLE "_topics_v" CASCADE;
  DROP TABLE "_topics_v_locales" CASCADE;
  DROP TABLE "resources_credits" CASCADE;
  DROP TABLE "resources_credits_locales" CASCADE;
  DROP TABLE "resources" CASCADE;
  DROP TABLE "resources_locales" CASCADE;
  DROP TABLE "resources_rels" CASCADE;
  DROP TABLE "_resources_v_version_credits" CASCADE;
  DROP TABLE "_resources_v_version_credits_locales" CASCADE;
  DROP TABLE "_resources_v" CASCADE;
  DROP TABLE "_resources_v_locales" CASCADE;
  DROP TABLE "_resources_v_rels" CASCADE;
  DROP TABLE "glossary_terms_credits" CASCADE;
  DROP TABLE "glossary_terms_credits_locales" CASCADE;
  DROP TABLE "glossary_terms" CASCADE;
  DROP TABLE "glossary_terms_locales" CASCADE;
  DROP TABLE "glossary_terms_rels" CASCADE;
  DROP TABLE "_glossary_terms_v_version_credits" CASCADE;
  DROP TABLE "_glossary_terms_v_version_credits_locales" CASCADE;
  DROP TABLE "_glossary_terms_v" CASCADE;
  DROP TABLE "_glossary_terms_v_locales" CASCADE;
  DROP TABLE "_glossary_terms_v_rels" CASCADE;
  DROP TABLE "practices_credits" CASCADE;
  DROP TABLE "practices_credits_locales" CASCADE;
  DROP TABLE "practices" CASCADE;
  DROP TABLE "practices_locales" CASCADE;
  DROP TABLE "practices_rels" CASCADE;
  DROP TABLE "_practices_v_version_credits" CASCADE;
  DROP TABLE "_practices_v_version_credits_locales" CASCADE;
  DROP TABLE "_practices_v" CASCADE;
  DROP TABLE "_practices_v_locales" CASCADE;
  DROP TABLE "_practices_v_rels" CASCADE;
  DROP TABLE "faqs_credits" CASCADE;
  DROP TABLE "faqs_credits_locales" CASCADE;
  DROP TABLE "faqs" CASCADE;
  DROP TABLE "faqs_locales" CASCADE;
  DROP TABLE "faqs_rels" CASCADE;
  DROP TABLE "_faqs_v_version_credits" CASCADE;
  DROP TABLE "_faqs_v_version_credits_locales" CASCADE;
  DROP TABLE "_faqs_v" CASCADE;
  DROP TABLE "_faqs_v_locales" CASCADE;
  DROP TABLE "_faqs_v_rels" CASCADE;
  DROP TABLE "events_credits" CASCADE;
  DROP TABLE "events_credits_locales" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_locales" CASCADE;
  DROP TABLE "_events_v_version_credits" CASCADE;
  DROP TABLE "_events_v_version_credits_locales" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "_events_v_locales" CASCADE;
  DROP TABLE "pages_credits" CASCADE;
  DROP TABLE "pages_credits_locales" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "pages_locales" CASCADE;
  DROP TABLE "_pages_v_version_credits" CASCADE;
  DROP TABLE "_pages_v_version_credits_locales" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "_pages_v_locales" CASCADE;
  DROP TABLE "sources" CASCADE;
  DROP TABLE "sources_locales" CASCADE;
  DROP TABLE "_sources_v" CASCADE;
  DROP TABLE "_sources_v_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "submissions" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_settings_navigation" CASCADE;
  DROP TABLE "site_settings_navigation_locales" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "site_settings_locales" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_principles_credits_role";
  DROP TYPE "public"."enum_principles_licence";
  DROP TYPE "public"."enum_principles_workflow_status";
  DROP TYPE "public"."enum_principles_status";
  DROP TYPE "public"."enum__principles_v_version_credits_role";
  DROP TYPE "public"."enum__principles_v_version_licence";
  DROP TYPE "public"."enum__principles_v_version_workflow_status";
  DROP TYPE "public"."enum__principles_v_version_status";
  DROP TYPE "public"."enum__principles_v_published_locale";
  DROP TYPE "public"."enum_themes_licence";
  DROP TYPE "public"."enum_themes_workflow_status";
  DROP TYPE "public"."enum_themes_status";
  DROP TYPE "public"."enum__themes_v_version_licence";
  DROP TYPE "public"."enum__themes_v_version_workflow_status";
  DROP TYPE "public"."enum__themes_v_version_status";
  DROP TYPE "public"."enum__themes_v_published_locale";
  DROP TYPE "public"."enum_topics_credits_role";
  DROP TYPE "public"."enum_topics_licence";
  DROP TYPE "public"."enum_topics_workflow_status";
  DROP TYPE "public"."enum_topics_status";
  DROP TYPE "public"."enum__topics_v_version_credits_role";
  DROP TYPE "public"."enum__topics_v_version_licence";
  DROP TYPE "public"."enum__topics_v_version_workflow_status";
  DROP TYPE "public"."enum__topics_v_version_status";
  DROP TYPE "public"."enum__topics_v_published_locale";
  DROP TYPE "public"."enum_resources_credits_role";
  DROP TYPE "public"."enum_resources_kind";
  DROP TYPE "public"."enum_resources_language";
  DROP TYPE "public"."enum_resources_link_health_status";
  DROP TYPE "public"."enum_resources_licence";
  DROP TYPE "public"."enum_resources_workflow_status";
  DROP TYPE "public"."enum_resources_status";
  DROP TYPE "public"."enum__resources_v_version_credits_role";
  DROP TYPE "public"."enum__resources_v_version_kind";
  DROP TYPE "public"."enum__resources_v_version_language";
  DROP TYPE "public"."enum__resources_v_version_link_health_status";
  DROP TYPE "public"."enum__resources_v_version_licence";
  DROP TYPE "public"."enum__resources_v_version_workflow_status";
  DROP TYPE "public"."enum__resources_v_version_status";
  DROP TYPE "public"."enum__resources_v_published_locale";
  DROP TYPE "public"."enum_glossary_terms_credits_role";
  DROP TYPE "public"."enum_glossary_terms_licence";
  DROP TYPE "public"."enum_glossary_terms_workflow_status";
  DROP TYPE "public"."enum_glossary_terms_status";
  DROP TYPE "public"."enum__glossary_terms_v_version_credits_role";
  DROP TYPE "public"."enum__glossary_terms_v_version_licence";
  DROP TYPE "public"."enum__glossary_terms_v_version_workflow_status";
  DROP TYPE "public"."enum__glossary_terms_v_version_status";
  DROP TYPE "public"."enum__glossary_terms_v_published_locale";
  DROP TYPE "public"."enum_practices_credits_role";
  DROP TYPE "public"."enum_practices_kind";
  DROP TYPE "public"."enum_practices_licence";
  DROP TYPE "public"."enum_practices_workflow_status";
  DROP TYPE "public"."enum_practices_status";
  DROP TYPE "public"."enum__practices_v_version_credits_role";
  DROP TYPE "public"."enum__practices_v_version_kind";
  DROP TYPE "public"."enum__practices_v_version_licence";
  DROP TYPE "public"."enum__practices_v_version_workflow_status";
  DROP TYPE "public"."enum__practices_v_version_status";
  DROP TYPE "public"."enum__practices_v_published_locale";
  DROP TYPE "public"."enum_faqs_credits_role";
  DROP TYPE "public"."enum_faqs_licence";
  DROP TYPE "public"."enum_faqs_workflow_status";
  DROP TYPE "public"."enum_faqs_status";
  DROP TYPE "public"."enum__faqs_v_version_credits_role";
  DROP TYPE "public"."enum__faqs_v_version_licence";
  DROP TYPE "public"."enum__faqs_v_version_workflow_status";
  DROP TYPE "public"."enum__faqs_v_version_status";
  DROP TYPE "public"."enum__faqs_v_published_locale";
  DROP TYPE "public"."enum_events_credits_role";
  DROP TYPE "public"."enum_events_kind";
  DROP TYPE "public"."enum_events_recurrence";
  DROP TYPE "public"."enum_events_licence";
  DROP TYPE "public"."enum_events_workflow_status";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum__events_v_version_credits_role";
  DROP TYPE "public"."enum__events_v_version_kind";
  DROP TYPE "public"."enum__events_v_version_recurrence";
  DROP TYPE "public"."enum__events_v_version_licence";
  DROP TYPE "public"."enum__events_v_version_workflow_status";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum__events_v_published_locale";
  DROP TYPE "public"."enum_pages_credits_role";
  DROP TYPE "public"."enum_pages_licence";
  DROP TYPE "public"."enum_pages_workflow_status";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum__pages_v_version_credits_role";
  DROP TYPE "public"."enum__pages_v_version_licence";
  DROP TYPE "public"."enum__pages_v_version_workflow_status";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum__pages_v_published_locale";
  DROP TYPE "public"."enum_sources_kind";
  DROP TYPE "public"."enum_sources_licence";
  DROP TYPE "public"."enum_sources_workflow_status";
  DROP TYPE "public"."enum_sources_status";
  DROP TYPE "public"."enum__sources_v_version_kind";
  DROP TYPE "public"."enum__sources_v_version_licence";
  DROP TYPE "public"."enum__sources_v_version_workflow_status";
  DROP TYPE "public"."enum__sources_v_version_status";
  DROP TYPE "public"."enum__sources_v_published_locale";
  DROP TYPE "public"."enum_media_licence";
  DROP TYPE "public"."enum_submissions_kind";
  DROP TYPE "public"."enum_submissions_status";
  DROP TYPE "public"."enum_submissions_helpful";
  DROP TYPE "public"."enum_users_roles";`)
}
