/**
 * Site-wide full-text search (src/search), outside Payload's schema, so there is no JSON snapshot:
 * `migrate:check` keeps comparing the config with the previous snapshot, which this leaves as it is.
 *
 * - `search_lexical_text(jsonb)`: the plain text of a Lexical rich text value (immutable).
 * - `<table>_locales.search_vector`: a STORED generated tsvector per localized row, kept current by
 *   PostgreSQL on every insert and update whoever writes the row: title (weight A, in `simple` so
 *   names match unstemmed, and in the row's language), summary (B), rich text body (C); the language
 *   is `french` for `fr` rows and `english` otherwise; `<` and `>` count as punctuation (the default
 *   parser would skip `<word>` as an HTML tag). GIN-indexed.
 * - a trigram GIN index on each title, for the typo-tolerant fallback and "did you mean".
 * - the `pg_trgm` extension, when the database does not have it yet (and only then removed by `down`).
 */
import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/** table → [title column, summary column or null, rich text column] */
const TABLES: [table: string, title: string, summary: string | null, body: string][] = [
  ['resources_locales', 'title', 'summary', 'notes'],
  ['principles_locales', 'title', 'summary', 'explanation'],
  ['topics_locales', 'title', 'summary', 'body'],
  ['glossary_terms_locales', 'term', 'summary', 'definition'],
  ['faqs_locales', 'question', null, 'answer'],
  ['practices_locales', 'title', 'summary', 'body'],
]

const EXTENSION_MARK = 'trigram matching: created by the search migration (20261123_190900_search)'

const language = `(CASE WHEN "_locale" = 'fr' THEN 'french'::regconfig ELSE 'english'::regconfig END)`

/** Text as the parser should see it: `<` and `>` are punctuation here, never HTML tags to skip. */
const plain = (expression: string) => `translate(coalesce(${expression}, ''), '<>', '  ')`

function vector(title: string, summary: string | null, body: string): string {
  const parts = [
    `setweight(to_tsvector('simple'::regconfig, ${plain(`"${title}"`)}), 'A')`,
    `setweight(to_tsvector(${language}, ${plain(`"${title}"`)}), 'A')`,
    ...(summary ? [`setweight(to_tsvector(${language}, ${plain(`"${summary}"`)}), 'B')`] : []),
    `setweight(to_tsvector(${language}, ${plain(`public.search_lexical_text("${body}")`)}), 'C')`,
  ]
  return parts.join('\n      || ')
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  DO $$
  BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
      CREATE EXTENSION pg_trgm;
      COMMENT ON EXTENSION pg_trgm IS ${sql.raw(`'${EXTENSION_MARK}'`)};
    END IF;
  END
  $$;

  CREATE FUNCTION public.search_lexical_text(node jsonb) RETURNS text
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, public
  AS $fn$
  DECLARE
    result text := '';
    child jsonb;
  BEGIN
    IF jsonb_typeof(node) <> 'object' THEN RETURN ''; END IF;
    IF node ? 'root' THEN RETURN btrim(public.search_lexical_text(node -> 'root'), E' \\n'); END IF;
    IF jsonb_typeof(node -> 'text') = 'string' THEN RETURN node ->> 'text'; END IF;
    IF node ->> 'type' IN ('linebreak', 'tab') THEN RETURN ' '; END IF;
    IF jsonb_typeof(node -> 'children') = 'array' THEN
      FOR child IN SELECT value FROM jsonb_array_elements(node -> 'children') LOOP
        result := result || public.search_lexical_text(child);
        -- a block (paragraph, heading, list item...) ends its line; inline links do not
        IF jsonb_typeof(child -> 'children') = 'array' AND coalesce(child ->> 'type', '') NOT IN ('link', 'autolink') THEN
          result := result || E'\\n';
        END IF;
      END LOOP;
    END IF;
    RETURN result;
  END
  $fn$;
  COMMENT ON FUNCTION public.search_lexical_text(jsonb) IS 'Plain text of a Lexical rich text value, one line per block (search).';
  `)
  for (const [table, title, summary, body] of TABLES) {
    await db.execute(
      sql.raw(`
  ALTER TABLE "${table}" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
      ${vector(title, summary, body)}
    ) STORED;
  CREATE INDEX "${table}_search_vector_idx" ON "${table}" USING gin ("search_vector");
  CREATE INDEX "${table}_${title}_trgm_idx" ON "${table}" USING gin ("${title}" gin_trgm_ops);
  `),
    )
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const [table, title] of TABLES) {
    await db.execute(
      sql.raw(`
  DROP INDEX IF EXISTS "${table}_${title}_trgm_idx";
  DROP INDEX IF EXISTS "${table}_search_vector_idx";
  ALTER TABLE "${table}" DROP COLUMN IF EXISTS "search_vector";
  `),
    )
  }
  await db.execute(sql`
  DROP FUNCTION IF EXISTS public.search_lexical_text(jsonb);
  DO $$
  BEGIN
    IF EXISTS (
      SELECT 1 FROM pg_extension e
      WHERE e.extname = 'pg_trgm' AND obj_description(e.oid, 'pg_extension') = ${sql.raw(`'${EXTENSION_MARK}'`)}
    ) THEN
      DROP EXTENSION pg_trgm;
    END IF;
  END
  $$;
  `)
}
