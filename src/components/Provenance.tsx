import { getFormatter, getTranslations } from 'next-intl/server'
import type { People } from '../data/editorial'
import type { Source } from '../payload-types'
import { licenceInfo } from '../lib/licences'
import { populated } from '../data/payload'
import type { Locale } from '../lib/languages'
import { routes } from '../lib/routes'
import { ExternalLink } from './ExternalLink'

type Credit = { source?: number | Source | null; role: string; note?: string | null; id?: string | null }

type Contributor = { name: string; contribution: 'suggested' | 'corrected'; id?: string | null }

type Props = {
  locale: Locale
  credits?: Credit[] | null
  /** community members credited by the name they chose (src/fields/contributors.ts) */
  contributors?: Contributor[] | null
  licence?: string | null
  updatedAt: string
  /** the public names of who curated and who reviewed it (src/data/editorial.ts) */
  people?: People | null
  /** set by the review workflow: when it was reviewed on publish, and last confirmed current */
  reviewedAt?: string | null
  lastReviewedAt?: string | null
  /** heading id, unique on the page (several items on one page each have their own) */
  id?: string
  /** inside a <details> that already says what this is: no heading */
  nested?: boolean
}

/**
 * Where an item comes from and how it may be reused: its credited sources with their
 * role, who curated and reviewed it (when known), its licence with a one-line meaning,
 * and when it was last reviewed and last changed.
 */
export async function Provenance({
  locale,
  credits,
  contributors,
  licence,
  updatedAt,
  people,
  reviewedAt,
  lastReviewedAt,
  id = 'provenance',
  nested = false,
}: Props) {
  const t = await getTranslations('Provenance')
  const tl = await getTranslations('Licences')
  const ts = await getTranslations('Site')
  const format = await getFormatter()
  const info = licenceInfo(licence)
  // message keys cannot contain dots (next-intl reads them as nesting): cc-by-4.0 → cc-by-4_0
  const key = info.value.replace(/\./g, '_') as 'cc-by-4_0'
  const Wrapper = nested ? 'div' : 'section'
  const lastReviewed = lastReviewedAt || reviewedAt || null
  const date = (iso: string) => <time dateTime={iso}>{format.dateTime(new Date(iso), { dateStyle: 'long' })}</time>
  const rows = (credits ?? []).flatMap((c) => {
    const [source] = populated([c.source ?? null])
    return source ? [{ ...c, source }] : []
  })
  return (
    <Wrapper className="provenance" aria-labelledby={nested ? undefined : `${id}-title`}>
      {nested ? null : <h2 id={`${id}-title`}>{t('title')}</h2>}
      <dl>
        <dt>{t('sources')}</dt>
        <dd>
          {rows.length ? (
            <ul>
              {rows.map((c) => (
                <li key={c.id ?? `${c.source.id}-${c.role}`}>
                  <span className="role">{t(`roles.${c.role as 'author'}`)}:</span>{' '}
                  {c.source.website ? (
                    <ExternalLink href={c.source.website}>{c.source.title}</ExternalLink>
                  ) : (
                    c.source.title
                  )}
                  {c.note ? <span className="muted"> — {c.note}</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            t('noSources')
          )}
          <p className="muted small">
            <a href={routes.credits(locale)}>{ts('credits')}</a>
          </p>
        </dd>
        {contributors?.length ? (
          <>
            <dt>{t('contributors')}</dt>
            <dd>
              <ul>
                {contributors.map((c) => (
                  <li key={c.id ?? `${c.name}-${c.contribution}`}>
                    {c.name} <span className="muted">({t(`contributions.${c.contribution}`)})</span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {people?.curatedBy ? (
          <>
            <dt>{t('curatedBy')}</dt>
            <dd className="curated-by">{people.curatedBy}</dd>
          </>
        ) : null}
        {people?.reviewedBy ? (
          <>
            <dt>{t('reviewedBy')}</dt>
            <dd className="reviewed-by">{people.reviewedBy}</dd>
          </>
        ) : null}
        {lastReviewed ? (
          <>
            <dt>{t('lastReviewed')}</dt>
            <dd className="last-reviewed">{date(lastReviewed)}</dd>
          </>
        ) : null}
        <dt>{t('licence')}</dt>
        <dd>
          {info.url ? <ExternalLink href={info.url}>{tl(`${key}.label`)}</ExternalLink> : tl(`${key}.label`)}
          <span className="muted"> — {tl(`${key}.meaning`)}</span>
        </dd>
        <dt>{t('lastUpdated')}</dt>
        <dd>{date(updatedAt)}</dd>
      </dl>
    </Wrapper>
  )
}
