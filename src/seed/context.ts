/**
 * What the seed's steps share: the Payload instance, the ids of what earlier steps wrote (fixtures
 * refer to each other by slug), and the converters from fixture values to field values.
 */
import type { Payload } from 'payload'
import { markdownConverter } from './markdown'
import type { Credit, Localized } from './types'

type Id = number | string
type RichText = ReturnType<Awaited<ReturnType<typeof markdownConverter>>>
type CreditRow = { source: Id; role: Credit['role']; note: string | undefined }

export type SeedContext = {
  payload: Payload
  /** `${collection}:${slug}` → id, filled by each step for the steps after it */
  ids: Map<string, Id>
  id: (collection: string, slug: string) => Id
  refs: (collection: string, slugs: string[] | undefined) => Id[]
  /** Markdown → Lexical rich text, in one locale */
  rich: (v: Localized | undefined, locale: 'en' | 'fr') => RichText | undefined
  credits: (list: Credit[]) => CreditRow[]
  /** the French notes, the English ones where there is none */
  frCredits: (list: Credit[]) => CreditRow[]
}

/** How everything seeded is written: published and approved. */
export const PUBLISHED = { _status: 'published', workflowStatus: 'approved' }

/** The `context` of every write, so hooks can tell the seed's writes apart. */
export const WRITE_CONTEXT = { disableRevalidate: true, seeding: true }

export const en = (v: Localized | undefined) => v?.en

export async function createSeedContext(payload: Payload): Promise<SeedContext> {
  const md = await markdownConverter(payload.config)
  const ids = new Map<string, Id>()
  const id = (collection: string, slug: string) => {
    const found = ids.get(`${collection}:${slug}`)
    if (found === undefined) throw new Error(`Seed fixture refers to missing ${collection} "${slug}".`)
    return found
  }
  return {
    payload,
    ids,
    id,
    refs: (collection, slugs) => (slugs ?? []).map((s) => id(collection, s)),
    rich: (v, locale) => (v?.[locale] ? md(v[locale]!) : undefined),
    credits: (list) => list.map((c) => ({ source: id('sources', c.source), role: c.role, note: c.note?.en })),
    frCredits: (list) =>
      list.map((c) => ({ source: id('sources', c.source), role: c.role, note: c.note?.fr ?? c.note?.en })),
  }
}
