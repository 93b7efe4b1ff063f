'use client'
/**
 * The two parts of the site header that depend on which page is showing: the language switch
 * (the same page in the other language) and the main menu's current item. They read the address
 * with `usePathname()` instead of a request header, so the layout reads no headers and pages can
 * be static; client components are rendered into the server's HTML too, so both work without
 * JavaScript. src/lib/current-path.ts makes the server's and the browser's addresses agree.
 */
import { usePathname, useSearchParams } from 'next/navigation'
import { Suspense } from 'react'
import { isCurrentLink, pathIn, sitePath } from '@/lib/current-path'
import type { Locale } from '@/lib/languages'

type SwitchProps = {
  /** the page's locale */
  locale: Locale
  /** the locale the switch leads to */
  other: Locale
  /** its accessible name, in the other language */
  label: string
  text: string
}

/**
 * The same path in the other language, and the same query on pages that take one (search, filtered
 * resources). A static page has no query when it is rendered, so `useSearchParams()` there waits for
 * the browser (Next renders the fallback, the same link without a query, into the HTML); on a page
 * rendered per request it is in the HTML already.
 */
export function LanguageSwitch(props: SwitchProps) {
  return (
    <Suspense fallback={<SwitchLink {...props} />}>
      <SwitchLinkWithQuery {...props} />
    </Suspense>
  )
}

function SwitchLinkWithQuery(props: SwitchProps) {
  return <SwitchLink {...props} query={useSearchParams().toString()} />
}

function SwitchLink({ locale, other, label, text, query }: SwitchProps & { query?: string }) {
  const path = sitePath(usePathname(), locale)
  return (
    <a href={pathIn(other, path, query)} hrefLang={other} lang={other} className="lang-switch" aria-label={label}>
      {text}
    </a>
  )
}

/** The main menu; the link to the page showing, or to the section it is in, is marked `aria-current`. */
export function MainNav({
  locale,
  label,
  items,
}: {
  locale: Locale
  label: string
  items: { href: string; label: string }[]
}) {
  const path = sitePath(usePathname(), locale)
  return (
    <nav aria-label={label} className="wrap main-nav">
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <a href={item.href} aria-current={isCurrentLink(path, item.href, locale) ? 'page' : undefined}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
