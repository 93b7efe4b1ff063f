import { getTranslations } from 'next-intl/server'

/** Previous / next links that keep every other query parameter (bookmarkable, no JS). */
export async function Pagination({
  page,
  pages,
  href,
}: {
  page: number
  pages: number
  href: (page: number) => string
}) {
  if (pages <= 1) return null
  const t = await getTranslations('Paging')
  return (
    <nav className="pagination" aria-label={t('label')}>
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          ← {t('previous')}
        </a>
      ) : (
        <span />
      )}
      <span aria-current="page">{t('page', { page, pages })}</span>
      {page < pages ? (
        <a href={href(page + 1)} rel="next">
          {t('next')} →
        </a>
      ) : (
        <span />
      )}
    </nav>
  )
}
