import { PUBLIC_COLLECTION_INFO, PUBLIC_COLLECTIONS, type PagedCollection } from '@/lib/collections'

/** Collections whose documents have a page of their own (not an anchor), so a new slug moves a URL. */
export const REDIRECTED_COLLECTIONS = PUBLIC_COLLECTIONS.filter(
  (c): c is PagedCollection => PUBLIC_COLLECTION_INFO[c].placement.kind !== 'anchor',
)
export type Redirected = PagedCollection
