import config from '@payload-config'
import { getPayload } from 'payload'
import type { Locale } from '../lib/languages'

/** The local API, shared by every data fetcher. */
export const payloadClient = () => getPayload({ config })

/**
 * Public reads run as an anonymous visitor (`overrideAccess: false`, no user), so
 * the same access rules that guard the REST API guard the pages: drafts never leak.
 */
export const publicRead = (locale: Locale) => ({ locale, fallbackLocale: 'en' as const, overrideAccess: false, draft: false })
