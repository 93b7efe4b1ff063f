import type { Metadata } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'
import { getSiteSettings } from '../../data/site'
import './styles.css'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings('en')
  return {
    title: { default: settings.siteName, template: `%s · ${settings.siteName}` },
    description: settings.tagline ?? undefined,
  }
}

export default async function FrontendLayout({ children }: { children: ReactNode }) {
  const settings = await getSiteSettings('en')
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="wrap">
            <Link href="/" className="brand">
              {settings.siteName}
            </Link>
            {settings.navigation?.length ? (
              <nav aria-label="Main">
                <ul>
                  {settings.navigation.map((item) => (
                    <li key={item.id ?? item.href}>
                      <a href={item.href}>{item.label}</a>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : null}
          </div>
        </header>
        <main id="main" className="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            {settings.landAcknowledgement ? <p className="land">{settings.landAcknowledgement}</p> : null}
            {settings.footer ? <p>{settings.footer}</p> : null}
          </div>
        </footer>
      </body>
    </html>
  )
}
