/**
 * The resources list's query string (`?q=&topic=&kind=&language=&page=`), parsed
 * leniently (unknown values are ignored, never an error page) and rebuilt for links,
 * so every filtered list is a plain bookmarkable URL.
 */
import { RESOURCE_KINDS } from '../collections/Resources'
import { RESOURCE_LANGUAGES } from './languages'

export type ResourceQuery = { q: string; topic: string; kind: string; language: string; page: number }

const first = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim()

export function parseResourceQuery(params: Record<string, string | string[] | undefined>): ResourceQuery {
  const kind = first(params.kind)
  const language = first(params.language)
  const page = Number.parseInt(first(params.page), 10)
  return {
    q: first(params.q).slice(0, 200),
    topic: /^[a-z0-9-]{1,120}$/.test(first(params.topic)) ? first(params.topic) : '',
    kind: RESOURCE_KINDS.some((k) => k.value === kind) ? kind : '',
    language: RESOURCE_LANGUAGES.some((l) => l.value === language) ? language : '',
    page: Number.isFinite(page) && page > 0 && page < 100_000 ? page : 1,
  }
}

/** The list URL for a query; empty values and page 1 are left out. */
export function resourceQueryString(query: Partial<ResourceQuery>): string {
  const params = new URLSearchParams()
  for (const key of ['q', 'topic', 'kind', 'language'] as const) if (query[key]) params.set(key, String(query[key]))
  if (query.page && query.page > 1) params.set('page', String(query.page))
  const s = params.toString()
  return s ? `?${s}` : ''
}
