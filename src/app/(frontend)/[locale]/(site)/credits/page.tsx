import { getTranslations } from 'next-intl/server'
import { ExternalLink } from '@/components/ExternalLink'
import { getCommunityCredits, getCredits, getPeopleCredits } from '@/data/credits'
import { pageLocale, type LocaleParams } from '@/i18n/server'
import { listMetadata } from '@/i18n/metadata'
import { documentPath, type PublicCollection, routes } from '@/lib/routes'
import { PageFeedback } from '@/components/PageFeedback'

export const generateMetadata = listMetadata('Credits', routes.credits)

export default async function CreditsPage({ params }: LocaleParams) {
  const locale = await pageLocale(params)
  const [credits, community, people, t, tp] = await Promise.all([
    getCredits(locale),
    getCommunityCredits(locale),
    getPeopleCredits(locale),
    getTranslations('Credits'),
    getTranslations('Provenance'),
  ])
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      {credits.length === 0 ? <p>{t('empty')}</p> : null}
      <ul className="list credits">
        {credits.map(({ source, items, published }) => (
          <li key={source.id} id={`source-${source.slug}`}>
            <h2 className="list-title">{source.title}</h2>
            <p className="meta">
              {t(`kinds.${source.kind}`)}
              {source.website ? (
                <>
                  {' · '}
                  <ExternalLink href={source.website}>{t('website')}</ExternalLink>
                </>
              ) : null}
            </p>
            {source.description ? <p>{source.description}</p> : null}
            {source.reuseNotes ? (
              <p>
                <strong>{t('reuse')}:</strong> {source.reuseNotes}
              </p>
            ) : null}
            {items.length ? (
              <>
                <h3>{t('drewOn')}</h3>
                <ul>
                  {items.map((item) => (
                    <li key={`${item.collection}-${item.slug}-${item.role}`}>
                      {tp(`roles.${item.role as 'author'}`)}:{' '}
                      <a href={documentPath(item.collection as PublicCollection, item.slug, locale)}>{item.title}</a>
                      {item.note ? <span className="muted"> — {item.note}</span> : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {published.length ? (
              <>
                <h3>{t('published')}</h3>
                <ul>
                  {published.map((r) => (
                    <li key={r.id}>
                      <a href={routes.resource(locale, r.slug)}>{r.title}</a>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <section aria-labelledby="community-title">
        <h2 id="community-title">{t('community')}</h2>
        <p className="muted">{t('communityIntro')}</p>
        {community.length === 0 ? <p>{t('communityNone')}</p> : null}
        <ul className="list">
          {community.map((person) => (
            <li key={person.name}>
              <span className="list-title">{person.name}</span>
              <ul>
                {person.items.map((item) => (
                  <li key={`${item.collection}-${item.slug}-${item.contribution}`}>
                    <a href={documentPath(item.collection, item.slug, locale)}>{item.title}</a>{' '}
                    <span className="muted">({tp(`contributions.${item.contribution}`)})</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="people-title">
        <h2 id="people-title">{t('people')}</h2>
        <p className="muted">{t('peopleIntro')}</p>
        {people.length === 0 ? <p>{t('peopleNone')}</p> : null}
        <ul className="list people">
          {people.map((person, i) => (
            <li key={`${person.name}-${i}`}>
              <span className="list-title">{person.name}</span>
              <ul>
                {person.items.map((item) => (
                  <li key={`${item.collection}-${item.slug}-${item.role}`}>
                    <a href={documentPath(item.collection, item.slug, locale)}>{item.title}</a>{' '}
                    <span className="muted">({t(`roles.${item.role}`)})</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
      <PageFeedback locale={locale} page={routes.credits(locale)} />
    </>
  )
}
