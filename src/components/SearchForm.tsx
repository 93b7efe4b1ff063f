import { getTranslations } from 'next-intl/server'
import type { Locale } from '../lib/languages'
import { routes } from '../lib/routes'

/**
 * A plain GET form to /search: works without JavaScript. The header's form is the page's
 * search landmark; a second, larger form on the same page (home, search, 404) is not, so
 * assistive technology lists one "search" region.
 */
export async function SearchForm({
  locale,
  q = '',
  id = 'site-search',
  large = false,
}: {
  locale: Locale
  q?: string
  id?: string
  large?: boolean
}) {
  const t = await getTranslations('Search')
  return (
    <form
      role={large ? undefined : 'search'}
      aria-label={large ? undefined : t('label')}
      action={routes.search(locale)}
      method="get"
      className={large ? 'search-form large' : 'search-form'}
    >
      <label htmlFor={id} className={large ? undefined : 'visually-hidden'}>
        {t('label')}
      </label>
      <span className="search-row">
        <input
          id={id}
          type="search"
          name="q"
          defaultValue={q}
          placeholder={t('placeholder')}
          maxLength={200}
          autoComplete="off"
        />
        <button type="submit">{t('submit')}</button>
      </span>
    </form>
  )
}
