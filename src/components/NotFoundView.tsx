import { getTranslations } from 'next-intl/server'
import type { Locale } from '../lib/languages'
import { routes } from '../lib/routes'
import { SearchForm } from './SearchForm'

/** The friendly 404: what happened, a search box, and the way home. */
export async function NotFoundView({ locale }: { locale: Locale }) {
  const t = await getTranslations('NotFound')
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('text')}</p>
      <SearchForm locale={locale} id="notfound-search" large />
      <p>
        <a href={routes.home(locale)}>{t('home')}</a>
      </p>
    </>
  )
}
