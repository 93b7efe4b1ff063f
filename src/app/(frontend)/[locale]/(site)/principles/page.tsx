import { getTranslations } from 'next-intl/server'
import { HandoutFooter } from '@/components/HandoutFooter'
import { getPrinciplesByTheme } from '@/data/principles'
import { pageLocale, type LocaleParams } from '@/i18n/server'
import { listMetadata } from '@/i18n/metadata'
import { routes } from '@/lib/routes'
import { PageFeedback } from '@/components/PageFeedback'

export const generateMetadata = listMetadata('Principles', routes.principles)

export default async function PrinciplesPage({ params }: LocaleParams) {
  const locale = await pageLocale(params)
  const [themes, t] = await Promise.all([getPrinciplesByTheme(locale), getTranslations('Principles')])
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      {themes.length === 0 ? <p>{t('empty')}</p> : null}
      {themes.map((theme) => (
        <section key={theme.id} aria-labelledby={`theme-${theme.slug}`}>
          <h2 id={`theme-${theme.slug}`}>{theme.title}</h2>
          {theme.summary ? <p className="muted">{theme.summary}</p> : null}
          <ul className="list">
            {theme.principles.map((p) => (
              <li key={p.id}>
                <a href={routes.principle(locale, p.slug)} className="list-title">
                  {p.title}
                </a>
                {p.summary ? <p>{p.summary}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <HandoutFooter locale={locale} title={t('title')} path={routes.principles(locale)} printOnly />
      <PageFeedback locale={locale} page={routes.principles(locale)} />
    </>
  )
}
