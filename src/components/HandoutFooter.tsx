/**
 * The lines a printed page ends with: its web address, its licence and how to cite it
 * (Cite Them Right Harvard, the plain-text style of the cite block, src/lib/citation.ts).
 * The handout shows it on screen too; other pages pass `printOnly` (src/app/(frontend)/[locale]/print.css).
 */
import { getTranslations } from 'next-intl/server'
import { populated } from '@/data/payload'
import { getSiteSettings } from '@/data/site'
import { formatCitation, pageItem } from '@/lib/citation'
import type { Locale } from '@/lib/languages'
import { licenceInfo } from '@/lib/licences'
import { absoluteUrl } from '@/lib/routes'
import type { Source } from '@/payload-types'

type Credit = { source?: number | Source | null; role: string }

type Props = {
  locale: Locale
  /** the page's title, as in its <h1> */
  title: string
  /** the path the footer names and cites */
  path: string
  /** the licences of what the page shows; none: each item's own page says */
  licences?: (string | null | undefined)[]
  /** `author` credits are the citation's authors; none: the hub itself */
  credits?: Credit[] | null
  issued?: string | null
  /** the text is the English fallback */
  fallback?: boolean
  printOnly?: boolean
}

export async function HandoutFooter({
  locale,
  title,
  path,
  licences = [],
  credits,
  issued,
  fallback = false,
  printOnly = false,
}: Props) {
  const [t, tl, settings] = await Promise.all([
    getTranslations('Handout'),
    getTranslations('Licences'),
    getSiteSettings(locale),
  ])
  const url = absoluteUrl(path)
  const authors = populated((credits ?? []).filter((c) => c.role === 'author').map((c) => c.source ?? null)).map(
    (s) => ({ name: s.title, person: s.kind === 'person' }),
  )
  const { plain } = formatCitation(
    pageItem({
      title,
      authors,
      siteName: settings.siteName,
      url,
      issued,
      accessed: new Date(),
      language: fallback ? 'en' : locale,
    }),
    locale,
  )
  // message keys cannot contain dots (next-intl reads them as nesting): cc-by-4.0 → cc-by-4_0
  const keys = [...new Set(licences.map((l) => licenceInfo(l).value))].map((v) => v.replace(/\./g, '_') as 'cc-by-4_0')
  return (
    <footer className={printOnly ? 'print-footer print-only' : 'print-footer'}>
      <p>
        <strong>{t('url')}</strong> <span className="print-url">{url}</span>
      </p>
      <p>
        <strong>{t('licence')}</strong>{' '}
        {keys.length
          ? keys.map((key, i) => (
              <span key={key}>
                {i ? ' ' : null}
                {tl(`${key}.label`)} — {tl(`${key}.meaning`)}
              </span>
            ))
          : t('licenceVaries')}
      </p>
      <p>
        <strong>{t('cite')}</strong> <span className="print-citation">{plain}</span>
      </p>
    </footer>
  )
}
