/**
 * What a row refers to, loaded once per import: topics and sources by slug (or exact name), and the
 * links already in the hub, normalised as suggestions are (src/submissions/normalise.ts), drafts included.
 */
import type { Payload } from 'payload'
import { normaliseUrl } from '../submissions/normalise'

export type Existing = { id: number; title: string }
export type Lookups = {
  topics: Map<string, number>
  sources: Map<string, number>
  /** normalised URL → the resource that has it */
  urls: Map<string, Existing>
}

const key = (value: string) => value.trim().toLowerCase()

export async function loadLookups(payload: Payload): Promise<Lookups> {
  const common = { depth: 0, pagination: false, overrideAccess: true } as const
  const [topics, sources, published, latest] = await Promise.all([
    payload.find({ ...common, collection: 'topics', draft: true, select: { slug: true, title: true } }),
    payload.find({ ...common, collection: 'sources', select: { slug: true, title: true } }),
    // the main documents (published or not) and the latest drafts: a link waiting in a draft is on its way
    payload.find({ ...common, collection: 'resources', select: { url: true, title: true } }),
    payload.find({ ...common, collection: 'resources', draft: true, select: { url: true, title: true } }),
  ])
  const byName = (docs: { id: number; slug?: string | null; title?: string | null }[]) => {
    const map = new Map<string, number>()
    for (const doc of docs) if (doc.title) map.set(key(doc.title), doc.id)
    for (const doc of docs) if (doc.slug) map.set(key(doc.slug), doc.id)
    return map
  }
  const urls = new Map<string, Existing>()
  for (const doc of [...published.docs, ...latest.docs]) {
    const normalised = typeof doc.url === 'string' ? normaliseUrl(doc.url) : null
    if (normalised && !urls.has(normalised)) urls.set(normalised, { id: doc.id, title: doc.title ?? '' })
  }
  return { topics: byName(topics.docs), sources: byName(sources.docs), urls }
}

export const lookup = (map: Map<string, number>, name: string): number | undefined => map.get(key(name))
