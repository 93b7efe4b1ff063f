import type { Metadata, Viewport } from 'next'
import { getTranslations } from 'next-intl/server'
import { headers } from 'next/headers'
import type { ReactNode } from 'react'
import { FeedbackForm } from '@/components/forms/FeedbackForm'
import { PreviewBanner } from '@/components/PreviewBanner'
import { previewUser } from '@/preview/session'
import { SearchForm } from '@/components/SearchForm'
import { getSiteSettings } from '@/data/site'
import { NOT_FOUND_HEADER, PATHNAME_HEADER } from '@/i18n/routing'
import { pageLocale } from '@/i18n/server'
import { LOCALES, type Locale } from '@/lib/languages'
import { notFoundImage, pageMetadata } from '@/lib/metadata'
import { localePrefix, routes, stripLocale } from '@/lib/routes'
import { serverUrl } from '@/lib/env'
import './styles.css'
import './print.css'
import { FooterSubscribeForm } from '@/components/forms/SubscribeForm'

// Pages render per request (forms carry fresh signed tokens); what they read is cached
// with tags and expired on publish (src/data/cache.ts, src/hooks/revalidate.ts).
export const dynamic = 'force-dynamic'

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#5b2a86' }

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await pageLocale(params)
  const settings = await getSiteSettings(locale)
  const base = {
    metadataBase: new URL(serverUrl()),
    title: { default: settings.siteName, template: `%s · ${settings.siteName}` },
    applicationName: settings.siteName,
  }
  // the 404 page (src/proxy.ts marks it) names no canonical and no other-language versions
  if ((await headers()).has(NOT_FOUND_HEADER)) {
    const image = notFoundImage(locale, settings.siteName, settings.siteName)
    return {
      ...base,
      robots: { index: false, follow: true },
      openGraph: { type: 'website', siteName: settings.siteName, images: [image] },
      twitter: { card: 'summary_large_image', images: [image] },
    }
  }
  return {
    ...base,
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
  // the same page in the other language: same path and query, other prefix
  const requestHeaders = await headers()
  const asked = requestHeaders.get(PATHNAME_HEADER) ?? '/'
  const current = stripLocale(asked).path
  const currentPath = current.split('?')[0]!
  // feedback is about a page that exists, and not about the feedback pages themselves
  // nor about a draft someone on staff is previewing
  const feedback =
    !requestHeaders.has(NOT_FOUND_HEADER) &&
    !/^\/contribute\/(check|thanks|status)(\/|$)/.test(currentPath) &&
    !/^\/topics\/[^/]+\/handout\/?$/.test(currentPath) &&
    !(await previewUser())
  const other = LOCALES.find((l) => l.code !== locale)!.code as Locale
  const otherHref = `${localePrefix(other)}${currentPath === '/' ? current.slice(1) : current}` || '/'
  const nav = settings.navigation?.length
    ? settings.navigation.map((item) => ({ href: localise(locale, item.href), label: item.label }))
    : NAV.map((key) => ({ href: routes[key](locale), label: t(key) }))
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <PreviewBanner path={asked} />
        <header className="site-header">
          <div className="wrap header-row">
            <a href={routes.home(locale)} className="brand">
              {settings.siteName}
            </a>
            <a href={otherHref} hrefLang={other} lang={other} className="lang-switch" aria-label={t('switchToLabel')}>
              {t('switchTo')}
            </a>
            <SearchForm locale={locale} id="header-search" />
          </div>
          <nav aria-label={t('mainNav')} className="wrap main-nav">
            <ul>
              {nav.map((item) => (
                <li key={item.href}>
                  <a href={item.href} aria-current={isCurrent(currentPath, item.href) ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" className="wrap" tabIndex={-1}>
          {children}
          {feedback ? <FeedbackForm locale={locale} page={asked.split('?')[0]!} /> : null}
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

function isCurrent(current: string, href: string): boolean {
  const path = stripLocale(href).path
  if (path === '/') return current === '/'
  return current === path || current.startsWith(`${path}/`)
}
