/**
 * Snippets: the SQL that cuts them from a row's text (`ts_headline` around the hits for full text,
 * the text's start for similar titles) and their decoding into plain `SnippetSegment`s.
 */
import { sql } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import { rowConfig, rowQuery } from './sql'

export type SnippetSegment = { text: string; hit: boolean }
/** how the hits were found: by full text (snippets mark the hits) or by similar titles */
export type SnippetMode = 'fulltext' | 'similar'

/**
 * Private-use characters mark the hits in ts_headline's output (stripped from the text first).
 * Control characters stand in for `<` and `>` while it runs (its parser would drop `<word>` as an
 * HTML tag; the snippet shows the text exactly as written). Not private-use ones for these: under
 * the C locale (the embedded server's) the parser takes any non-ASCII character for a letter.
 */
const START = '\uE000'
const STOP = '\uE001'
const LT = '\u0001'
const GT = '\u0002'
const HEADLINE = `StartSel="${START}", StopSel="${STOP}", MaxWords=35, MinWords=15`
/** a short text whole, a long one as its best two passages */
const HEADLINE_SHORT = `${HEADLINE}, MaxFragments=0`
const HEADLINE_LONG = `${HEADLINE}, MaxFragments=2, FragmentDelimiter=" … "`
const SHORT_TEXT_CHARS = 320
const SIMILAR_SNIPPET_CHARS = 220

/** The snippet of a row whose text is `t.text`, as SQL (decode it with `snippetOf`). */
export const snippetSql = (mode: SnippetMode, q: string): SQL =>
  mode === 'fulltext'
    ? sql`ts_headline(${rowConfig}, translate(t.text, ${`<>${LT}${GT}${START}${STOP}`}, ${LT + GT}), ${rowQuery(q, ['fr', 'en'])},
                CASE WHEN length(t.text) <= ${SHORT_TEXT_CHARS} THEN ${HEADLINE_SHORT} ELSE ${HEADLINE_LONG} END)`
    : sql`left(t.text, ${SIMILAR_SNIPPET_CHARS + 1})`

/** What `snippetSql` gave, as segments. */
export const snippetOf = (mode: SnippetMode, text: string): SnippetSegment[] =>
  mode === 'fulltext' ? toSegments(text) : plainSnippet(text)

/** ts_headline's output (hits between START and STOP) as plain text segments. */
export function toSegments(headline: string): SnippetSegment[] {
  const segments: SnippetSegment[] = []
  let hit = false
  const text = headline.replaceAll(LT, '<').replaceAll(GT, '>').replace(/\s+/g, ' ').trim()
  for (const part of text.split(/([\uE000\uE001])/)) {
    if (part === START) hit = true
    else if (part === STOP) hit = false
    else if (part) {
      const last = segments[segments.length - 1]
      if (last && last.hit === hit) last.text += part
      else segments.push({ text: part, hit })
    }
  }
  return segments
}

function plainSnippet(text: string): SnippetSegment[] {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (!flat) return []
  if (flat.length <= SIMILAR_SNIPPET_CHARS) return [{ text: flat, hit: false }]
  const cut = flat.slice(0, SIMILAR_SNIPPET_CHARS)
  const space = cut.lastIndexOf(' ')
  return [{ text: `${(space > SIMILAR_SNIPPET_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`, hit: false }]
}
