import type { SiteSetting } from '@/payload-types'
import { WRITE_CONTEXT } from '../context'
import * as fx from '../fixtures'
import type { Step } from './step'

/** Filled once (while they have no tagline), never overwritten. */
export const siteSettings: Step = {
  name: 'site-settings',
  size: 1,
  async run({ payload }) {
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
    if (settings.tagline) return { counts: { created: 0, kept: 1 }, line: 'site settings' }
    const s = fx.siteSettings
    const write = (locale: 'en' | 'fr', data: Partial<Omit<SiteSetting, 'id'>>) =>
      payload.updateGlobal({ slug: 'site-settings', locale, context: WRITE_CONTEXT, data })
    await write('en', {
      siteName: s.siteName.en,
      tagline: s.tagline.en,
      landAcknowledgement: s.landAcknowledgement.en,
      footer: s.footer.en,
      contactUrl: s.contactUrl,
      navigation: s.navigation.map((n) => ({ label: n.label.en, href: n.href })),
    })
    // the French labels go on the rows the English pass created, by their ids
    const saved = await payload.findGlobal({ slug: 'site-settings', depth: 0, locale: 'en' })
    await write('fr', {
      siteName: s.siteName.fr,
      tagline: s.tagline.fr,
      landAcknowledgement: s.landAcknowledgement.fr,
      footer: s.footer.fr,
      navigation: (saved.navigation ?? []).map((row, i) => ({
        id: row.id,
        href: row.href,
        label: s.navigation[i]?.label.fr ?? row.label,
      })),
    })
    return { counts: { created: 1, kept: 0 }, line: 'site settings' }
  },
}
