import type { Metadata, Viewport } from 'next'
import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'
import { LanguageSwitch, MainNav } from '@/components/CurrentPage.client'
import { PreviewBanner } from '@/components/PreviewBanner'
import { SearchForm } from '@/components/SearchForm'
import { getSiteSettings } from '@/data/site'
import { pageLocale } from '@/i18n/server'
import { LOCALES, type Locale } from '@/lib/languages'
import { pageMetadata } from '@/lib/metadata'
import { localePrefix, routes } from '@/lib/routes'
import { serverUrl } from '@/lib/env'
import './styles.css'
import './print.css'
import { FooterSubscribeForm } from '@/components/forms/SubscribeForm'

/**
 * Pages are static where they can be: this layout reads no request headers or cookies (the header's
 * current-page parts are client components, src/components/CurrentPage.client.tsx; each page places
 * its own feedback form; previews are found through draft mode, src/preview/session.ts). Pages that
 * read their query or cookies render per request all the same.
 *
 * Nothing is rendered at build time (no database is needed to build): a page is rendered on its
 * first visit and kept. It is rendered again on the first visit after the content it shows changes
 * (its reads are cached with tags that src/hooks/revalidate.ts expires on publish), and at most an
 * hour after it was rendered, for what moves with the date: the "accessed" date of citations,
 * which events are still upcoming.
 */
export function generateStaticParams(): { locale: string }[] {
  return []
}
export const revalidate = 3600

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#5b2a86' }

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await pageLocale(params)
  const settings = await getSiteSettings(locale)
  return {
    metadataBase: new URL(serverUrl()),
    title: { default: settings.siteName, template: `%s · ${settings.siteName}` },
    applicationName: settings.siteName,
    ...pageMetadata({ locale, path: routes.home, description: settings.tagline, siteName: settings.siteName }),
  }
}

const NAV = ['principles', 'topics', 'resources', 'glossary', 'faq', 'events', 'contribute'] as const

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const locale = await pageLocale(params)
  const [settings, t] = await Promise.all([getSiteSettings(locale), getTranslations('Site')])
  const other = LOCALES.find((l) => l.code !== locale)!.code as Locale
  const nav = settings.navigation?.length
    ? settings.navigation.map((item) => ({ href: localise(locale, item.href), label: item.label }))
    : NAV.map((key) => ({ href: routes[key](locale), label: t(key) }))
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <PreviewBanner />
        <header className="site-header">
          <div className="wrap header-row">
            <a href={routes.home(locale)} className="brand">
              {settings.siteName}
            </a>
            <LanguageSwitch locale={locale} other={other} label={t('switchToLabel')} text={t('switchTo')} />
            <SearchForm locale={locale} id="header-search" />
          </div>
          <MainNav locale={locale} label={t('mainNav')} items={nav} />
        </header>
        <main id="main" className="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            {settings.landAcknowledgement ? <p className="land">{settings.landAcknowledgement}</p> : null}
            <nav aria-label={t('footerNav')}>
              <ul className="footer-links">
                <li>
                  <a href={routes.credits(locale)}>{t('credits')}</a>
                </li>
                <li>
                  <a href={routes.contribute(locale)}>{t('contribute')}</a>
                </li>
                <li>
                  <a href={routes.search(locale)}>{t('search')}</a>
                </li>
                <li>
                  <a href={routes.feed(locale)} type="application/rss+xml">
                    {t('feed')}
                  </a>
                </li>
              </ul>
            </nav>
            <FooterSubscribeForm locale={locale} />
            {settings.footer ? <p>{settings.footer}</p> : null}
          </div>
        </footer>
      </body>
    </html>
  )
}

/** Site-settings links are written as English paths; on /fr they point to the French page. */
function localise(locale: Locale, href: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href
  return `${localePrefix(locale)}${href === '/' ? '' : href}` || '/'
}
