import { getTranslations } from 'next-intl/server'
import { populated } from '../data/payload'
import { getSiteSettings } from '../data/site'
import { formatCitation, pageItem, workItem, type CitedName, type FormattedCitation } from '../lib/citation'
import type { Locale } from '../lib/languages'
import { licenceInfo } from '../lib/licences'
import { absoluteUrl } from '../lib/routes'
import type { Source } from '../payload-types'
import './cite.css'

type Credit = { source?: number | Source | null; role: string }

/** The work a resource page is about. */
type Work = {
  title: string
  url: string
  year?: number | null
  kind?: string | null
  language?: string | null
  publisher?: Source | null
  /** the resource's credits: its `author` sources are the work's authors */
  credits?: Credit[] | null
}

type Props = {
  locale: Locale
  /** the page's title, as shown in its <h1> */
  title: string
  /** the page's path (routes / documentPath); made absolute on the public origin */
  path: string
  /** the page's credits: its `author` sources are the citation's authors */
  credits?: Credit[] | null
  /** the page's licence (a page gathering several items, like the FAQ, may list each one) */
  licence?: string | null | (string | null | undefined)[]
  /** when the page was first published (else created) */
  issued?: string | null
  /** the page falls back to English in another locale */
  fallback?: boolean
  /** resources: also cite the original work */
  work?: Work
  /** more sources whose reuse notes apply (e.g. a resource's publisher) */
  sources?: (Source | null | undefined)[]
  /** heading id prefix, unique on the page */
  id?: string
}

const sourcesOf = (credits: Credit[] | null | undefined): Source[] =>
  populated((credits ?? []).map((c) => c.source ?? null))

const authorsOf = (credits: Credit[] | null | undefined): CitedName[] =>
  populated((credits ?? []).filter((c) => c.role === 'author').map((c) => c.source ?? null)).map((s) => ({
    name: s.title,
    person: s.kind === 'person',
  }))

/**
 * "How to cite / reuse this": citations of the hub page (and, for a resource, of the
 * original work) in plain text and APA, built by citation-js from the data, as text to
 * select and copy (no script), and one line on reuse: the licence's meaning and what
 * the credited sources say about reuse.
 */
export async function CiteBlock({
  locale,
  title,
  path,
  credits,
  licence,
  issued,
  fallback = false,
  work,
  sources = [],
  id = 'cite',
}: Props) {
  const [t, tl, settings] = await Promise.all([
    getTranslations('Cite'),
    getTranslations('Licences'),
    getSiteSettings(locale),
  ])
  const siteName = settings.siteName
  const today = new Date()
  const page = formatCitation(
    pageItem({
      title,
      // a resource's `author` credits wrote the original work, not the hub's summary of it
      authors: work ? [] : authorsOf(credits),
      siteName,
      url: absoluteUrl(path),
      issued,
      accessed: today,
      language: fallback ? 'en' : locale,
    }),
    locale,
  )
  const original = work
    ? formatCitation(
        workItem({
          title: work.title,
          authors: authorsOf(work.credits),
          publisher: work.publisher?.title,
          year: work.year,
          url: work.url,
          kind: work.kind,
          language: work.language,
          accessed: today,
        }),
        locale,
      )
    : null
  // message keys cannot contain dots (next-intl reads them as nesting): cc-by-4.0 → cc-by-4_0
  const licences = [...new Set((Array.isArray(licence) ? licence : [licence]).map((l) => licenceInfo(l).value))].map(
    (value) => value.replace(/\./g, '_') as 'cc-by-4_0',
  )
  const seen = new Set<number>()
  const notes = [...sourcesOf(credits), ...sourcesOf(work?.credits), ...populated(sources)].filter((s) => {
    if (seen.has(s.id) || !s.reuseNotes?.trim()) return false
    seen.add(s.id)
    return true
  })
  const styles = (cited: FormattedCitation) =>
    (['plain', 'apa'] as const).map((style) => (
      <figure key={style} className="citation">
        <figcaption>{t(style)}</figcaption>
        <pre className={`citation-${style}`}>{cited[style]}</pre>
      </figure>
    ))
  return (
    <section className="cite" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('title')}</h2>
      <p className="muted small">{t('hint')}</p>
      <h3 id={`${id}-page`}>{t('thisPage')}</h3>
      {styles(page)}
      {original ? (
        <>
          <h3 id={`${id}-work`}>{t('originalWork')}</h3>
          {styles(original)}
        </>
      ) : null}
      <h3 id={`${id}-reuse`}>{t('reuse')}</h3>
      <p className="reuse">
        {licences.map((key, i) => (
          <span key={key}>
            {i ? ' ' : null}
            <strong>{tl(`${key}.label`)}</strong> — {tl(`${key}.meaning`)}
          </span>
        ))}
        {notes.map((s) => (
          <span key={s.id}>
            {' '}
            {t('sourceNotes', { source: s.title })} {s.reuseNotes}
          </span>
        ))}
      </p>
    </section>
  )
}
