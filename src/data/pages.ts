/** Free pages (about, code of conduct...), one by slug. */
import type { Locale } from '../lib/languages'
import type { Page } from '../payload-types'
import { cached } from './cache'
import type { Editorial } from './editorial'
import { payloadClient } from './payload'
import { findDocument, type Localised } from './query'

export type PageView = Localised<Page> & Editorial

export const getPage = cached(
  'page',
  ['pages', 'sources', 'users'],
  async (locale: Locale, slug: string, draft: boolean = false): Promise<PageView | null> =>
    findDocument<Page>(await payloadClient(), 'pages', slug, locale, draft),
)
