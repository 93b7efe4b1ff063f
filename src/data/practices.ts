/** One practice (in-practice example, reflection question or action tip) with its principles. */
import type { Locale } from '../lib/languages'
import type { Practice, Principle, Topic } from '../payload-types'
import { cached } from './cache'
import type { Editorial } from './editorial'
import { payloadClient, populated } from './payload'
import { findDocument, type Localised } from './query'

export type PracticeView = Localised<Practice> & Editorial & { principles: Principle[]; topics: Topic[] }

export const getPractice = cached(
  'practice',
  ['practices', 'principles', 'topics', 'sources', 'users'],
  async (locale: Locale, slug: string, draft: boolean = false) => {
    const view = await findDocument<Practice>(await payloadClient(), 'practices', slug, locale, draft)
    if (!view) return null
    return {
      ...view,
      principles: populated(view.doc.principles),
      topics: populated(view.doc.topics),
    } satisfies PracticeView
  },
)
