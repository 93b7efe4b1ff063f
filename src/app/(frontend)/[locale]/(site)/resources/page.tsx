import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { RESOURCE_KINDS } from '@/collections/Resources'
import { ExternalLink } from '@/components/ExternalLink'
import { Pagination } from '@/components/Pagination'
import { listResources } from '@/data/resources'
import { listTopics } from '@/data/topics'
import { payloadClient } from '@/data/payload'
import { getSiteSettings } from '@/data/site'
import { pageLocale } from '@/i18n/server'
import { RESOURCE_LANGUAGES } from '@/lib/languages'
import { pageMetadata } from '@/lib/metadata'
import { parseResourceQuery, resourceQueryString } from '@/lib/resource-filters'
import { routes } from '@/lib/routes'
import { matchingResourceIds } from '@/search'
import { PageFeedback } from '@/components/PageFeedback'

/** Rendered per request: its filters and page number are in the query. */
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const [settings, t, query] = await Promise.all([
    getSiteSettings(locale),
    getTranslations('Resources'),
    searchParams.then(parseResourceQuery),
  ])
  const filtered = Boolean(query.q || query.topic || query.kind || query.language || query.page > 1)
  // filtered and later pages are not pages of their own for search engines: `noindex, follow` (their
  // links are still crawled) and no canonical, which would contradict the noindex (src/lib/metadata.ts)
  return pageMetadata({
    locale,
    path: routes.resources,
    title: t('title'),
    description: t('intro'),
    siteName: settings.siteName,
    noindex: filtered,
  })
}

export default async function ResourcesPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const query = parseResourceQuery(await searchParams)
  const [t, tk, tl, topics] = await Promise.all([
    getTranslations('Resources'),
    getTranslations('Kinds'),
    getTranslations('Languages'),
    listTopics(locale),
  ])
  const topic = topics.find((x) => x.slug === query.topic)
  const ids = query.q ? await matchingResourceIds(await payloadClient(), query.q, locale) : null
  const result = await listResources(locale, {
    ids,
    topic: topic?.id,
    kind: query.kind,
    language: query.language,
    page: query.page,
  })
  const href = (page: number) => `${routes.resources(locale)}${resourceQueryString({ ...query, page })}`
  const filtered = Boolean(query.q || topic || query.kind || query.language)
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      <form method="get" action={routes.resources(locale)} className="filters" aria-label={t('filters')}>
        <div className="field">
          <label htmlFor="filter-q">{t('search')}</label>
          <input id="filter-q" type="search" name="q" defaultValue={query.q} maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="filter-topic">{t('topic')}</label>
          <select id="filter-topic" name="topic" defaultValue={topic?.slug ?? ''}>
            <option value="">{t('any')}</option>
            {topics.map((x) => (
              <option key={x.id} value={x.slug}>
                {x.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-kind">{t('kind')}</label>
          <select id="filter-kind" name="kind" defaultValue={query.kind}>
            <option value="">{t('any')}</option>
            {RESOURCE_KINDS.map((k) => (
              <option key={k.value} value={k.value}>
                {tk(k.value)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-language">{t('language')}</label>
          <select id="filter-language" name="language" defaultValue={query.language}>
            <option value="">{t('any')}</option>
            {RESOURCE_LANGUAGES.map((l) => (
              <option key={l.value} value={l.value}>
                {tl(l.value)}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <button type="submit">{t('apply')}</button>
          {filtered ? <a href={routes.resources(locale)}>{t('reset')}</a> : null}
        </div>
      </form>
      <p role="status" className="count">
        {t('count', { count: result.total })}
      </p>
      {result.docs.length === 0 ? <p>{t('empty')}</p> : null}
      <ul className="list resources">
        {result.docs.map((r) => (
          <li key={r.id}>
            <a href={routes.resource(locale, r.slug)} className="list-title">
              {r.title}
            </a>
            <p>{r.summary}</p>
            <p className="meta">
              {tk(r.kind)} · {tl(r.language)}
              {r.year ? ` · ${r.year}` : ''} · <ExternalLink href={r.url}>{t('open')}</ExternalLink>
            </p>
          </li>
        ))}
      </ul>
      <Pagination page={result.page} pages={result.pages} href={href} />
      <PageFeedback locale={locale} page={routes.resources(locale)} />
    </>
  )
}
