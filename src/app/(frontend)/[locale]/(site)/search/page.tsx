import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { Pagination } from '@/components/Pagination'
import { SearchForm } from '@/components/SearchForm'
import { payloadClient } from '@/data/payload'
import { getSiteSettings } from '@/data/site'
import { pageLocale } from '@/i18n/server'
import { pageMetadata } from '@/lib/metadata'
import { documentPath, routes } from '@/lib/routes'
import { search, searchLabel } from '@/search'
import { PageFeedback } from '@/components/PageFeedback'

/** Rendered per request: what it shows is the query. */
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const PER_PAGE = 20
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? ''

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const q = one((await searchParams).q)
    .trim()
    .slice(0, 200)
  const [settings, t] = await Promise.all([getSiteSettings(locale), getTranslations('Search')])
  return pageMetadata({
    locale,
    path: routes.search,
    title: q ? t('titleWithQuery', { q }) : t('title'),
    description: t('intro'),
    siteName: settings.siteName,
    noindex: true,
  })
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const query = await searchParams
  const q = one(query.q).trim().slice(0, 200)
  const page = Math.max(1, Math.min(500, Number.parseInt(one(query.page), 10) || 1))
  const [t, ts] = await Promise.all([getTranslations('Search'), getTranslations('Site')])
  const result = q
    ? await search(await payloadClient(), { q, locale, limit: PER_PAGE, offset: (page - 1) * PER_PAGE })
    : null
  const pages = result ? Math.max(1, Math.ceil(result.total / PER_PAGE)) : 1
  return (
    <>
      <h1>{q ? t('titleWithQuery', { q }) : t('title')}</h1>
      {!q ? <p className="lede">{t('intro')}</p> : null}
      <SearchForm locale={locale} q={q} id="search-page-q" large />
      {result ? (
        <>
          <p role="status" className="count">
            {result.mode === 'similar' ? t('similar') : t('count', { count: result.total })}
          </p>
          {result.results.length ? (
            <ol className="list results" start={(page - 1) * PER_PAGE + 1}>
              {result.results.map((r) => (
                <li key={`${r.collection}-${r.id}`}>
                  <span className="tag">{t(`types.${searchLabel(r.collection)}`)}</span>{' '}
                  <a href={documentPath(r.collection, r.slug, locale)} className="list-title">
                    {r.title}
                  </a>
                  {r.snippet.length ? (
                    <p className="snippet">
                      {r.snippet.map((part, i) =>
                        part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
                      )}
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          ) : (
            <div className="no-results">
              <p>{t('none', { q })}</p>
              {result.suggestions.length ? (
                <p>
                  {t('suggestionsTitle')}:{' '}
                  {result.suggestions.map((s, i) => (
                    <span key={s}>
                      {i > 0 ? ', ' : ''}
                      <a href={routes.search(locale, s)}>{s}</a>
                    </span>
                  ))}
                  ?
                </p>
              ) : null}
              <p>{t('tips')}</p>
              <ul className="chips">
                <li>
                  <a href={routes.principles(locale)}>{ts('principles')}</a>
                </li>
                <li>
                  <a href={routes.topics(locale)}>{ts('topics')}</a>
                </li>
                <li>
                  <a href={routes.resources(locale)}>{ts('resources')}</a>
                </li>
                <li>
                  <a href={routes.glossary(locale)}>{ts('glossary')}</a>
                </li>
                <li>
                  <a href={routes.faq(locale)}>{ts('faq')}</a>
                </li>
              </ul>
            </div>
          )}
          {result.mode === 'fulltext' ? (
            <Pagination
              page={page}
              pages={pages}
              href={(p) => `${routes.search(locale, q)}${p > 1 ? `&page=${p}` : ''}`}
            />
          ) : null}
        </>
      ) : null}
      <PageFeedback locale={locale} page={routes.search(locale)} />
    </>
  )
}
