import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { ExternalLink } from '@/components/ExternalLink'
import { SearchForm } from '@/components/SearchForm'
import { listEvents } from '@/data/events'
import { getPrinciplesByTheme } from '@/data/principles'
import { getNewestResources } from '@/data/resources'
import { listTopics } from '@/data/topics'
import { getSiteSettings } from '@/data/site'
import { pageLocale, type LocaleParams } from '@/i18n/server'
import { formatDay, splitEvents } from '@/lib/events'
import { pageMetadata } from '@/lib/metadata'
import { routes } from '@/lib/routes'
import { JsonLd } from '@/components/JsonLd'
import { webSite } from '@/lib/jsonld'
import { PageFeedback } from '@/components/PageFeedback'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(params)
  const settings = await getSiteSettings(locale)
  return {
    title: { absolute: settings.siteName },
    ...pageMetadata({ locale, path: routes.home, description: settings.tagline, siteName: settings.siteName }),
  }
}

export default async function HomePage({ params }: LocaleParams) {
  const locale = await pageLocale(params)
  const [settings, themes, topics, resources, events, t, tk] = await Promise.all([
    getSiteSettings(locale),
    getPrinciplesByTheme(locale),
    listTopics(locale),
    getNewestResources(locale, 6),
    listEvents(locale),
    getTranslations('Home'),
    getTranslations('Kinds'),
  ])
  const featured = topics.filter((topic) => topic.featured)
  const nextObservance = splitEvents(events, new Date()).upcoming.find((e) => e.event.kind === 'observance')
  return (
    <>
      <JsonLd data={webSite({ name: settings.siteName, description: settings.tagline }, locale)} />
      <section className="intro" aria-labelledby="intro-title">
        <h1 id="intro-title">{settings.siteName}</h1>
        {settings.tagline ? <p className="lede">{settings.tagline}</p> : null}
        <SearchForm locale={locale} id="home-search" large />
      </section>

      <section aria-labelledby="principles-title">
        <h2 id="principles-title">{t('principlesTitle')}</h2>
        <p className="muted">{t('principlesIntro')}</p>
        {themes.length === 0 ? <p>{t('empty')}</p> : null}
        <div className="themes">
          {themes.map((theme) => (
            <section key={theme.id} className="theme" aria-labelledby={`theme-${theme.slug}`}>
              <h3 id={`theme-${theme.slug}`}>{theme.title}</h3>
              <ul>
                {theme.principles.map((p) => (
                  <li key={p.id}>
                    <a href={routes.principle(locale, p.slug)}>{p.title}</a>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
        <p>
          <a href={routes.principles(locale)}>{t('allPrinciples')} →</a>
        </p>
      </section>

      {featured.length ? (
        <section aria-labelledby="topics-title">
          <h2 id="topics-title">{t('topicsTitle')}</h2>
          <ul className="cards">
            {featured.map((topic) => (
              <li key={topic.id} className="card">
                <h3>
                  <a href={routes.topic(locale, topic.slug)}>{topic.title}</a>
                </h3>
                <p>{topic.summary}</p>
              </li>
            ))}
          </ul>
          <p>
            <a href={routes.topics(locale)}>{t('allTopics')} →</a>
          </p>
        </section>
      ) : null}

      {nextObservance ? (
        <section aria-labelledby="events-title">
          <h2 id="events-title">{t('eventsTitle')}</h2>
          <p className="event-next">
            <time dateTime={nextObservance.start} className="date">
              {formatDay(nextObservance.start, locale)}
            </time>{' '}
            <a href={routes.event(locale, nextObservance.event.slug)}>{nextObservance.event.title}</a>
          </p>
          <p className="muted">{nextObservance.event.summary}</p>
          <p>
            <a href={routes.events(locale)}>{t('allEvents')} →</a>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="resources-title">
        <h2 id="resources-title">{t('resourcesTitle')}</h2>
        {resources.length === 0 ? <p>{t('empty')}</p> : null}
        <ul className="cards">
          {resources.map((r) => (
            <li key={r.id} className="card">
              <h3>
                <a href={routes.resource(locale, r.slug)}>{r.title}</a>
              </h3>
              <p>{r.summary}</p>
              <p className="meta">
                {tk(r.kind)}
                {r.year ? ` · ${r.year}` : ''} ·{' '}
                <ExternalLink href={r.url}>{new URL(r.url).hostname.replace(/^www\./, '')}</ExternalLink>
              </p>
            </li>
          ))}
        </ul>
        <p>
          <a href={routes.resources(locale)}>{t('allResources')} →</a>
        </p>
      </section>
      <PageFeedback locale={locale} page={routes.home(locale)} />
    </>
  )
}
