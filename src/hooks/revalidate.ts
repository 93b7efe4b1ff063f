/**
 * On-demand revalidation: when a published document is created, changed, unpublished or
 * deleted (or a global is saved), expire the cache tag of its collection at once, so the
 * next visit to any page showing it renders fresh content. Draft saves of unpublished
 * documents change nothing public and revalidate nothing.
 *
 * Outside a Next server (seed, migrations, integration tests) there is no cache, and
 * revalidateTag's "no store" invariant is expected and ignored.
 */
import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'
import { tagFor, type Taggable } from '../lib/cache-tags'

type Status = { _status?: 'draft' | 'published' | null } | undefined | null

/** True when a change is visible to the public: before, after, or both. */
export function isPublicChange(doc: Status, previousDoc: Status, hasDrafts: boolean): boolean {
  if (!hasDrafts) return true
  return doc?._status === 'published' || previousDoc?._status === 'published'
}

export function expire(slug: Taggable, logger?: { warn: (msg: string) => void }): boolean {
  try {
    revalidateTag(tagFor(slug), { expire: 0 })
    return true
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    // "static generation store missing": not inside a Next request, nothing is cached here
    if (!/store missing|outside a request scope|not supported|Invariant/i.test(message)) {
      logger?.warn(`Could not revalidate ${slug}: ${message}`)
    }
    return false
  }
}

export const revalidateAfterChange: CollectionAfterChangeHook = ({ collection, doc, previousDoc, req, context }) => {
  if (context?.skipRevalidate) return doc
  if (isPublicChange(doc, previousDoc, Boolean(collection.versions?.drafts))) {
    expire(collection.slug, req.payload.logger)
  }
  return doc
}

export const revalidateAfterDelete: CollectionAfterDeleteHook = ({ collection, doc, req, context }) => {
  if (context?.skipRevalidate) return doc
  if (isPublicChange(doc, undefined, Boolean(collection.versions?.drafts))) expire(collection.slug, req.payload.logger)
  return doc
}

export const revalidateGlobal: GlobalAfterChangeHook = ({ global, doc, req }) => {
  expire(global.slug, req.payload.logger)
  return doc
}
