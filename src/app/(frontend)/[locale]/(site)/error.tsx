'use client'

import { useParams } from 'next/navigation'
import en from '@/messages/en/error.json'
import fr from '@/messages/fr/error.json'

const CATALOGUE = { en, fr }

/**
 * Shown when a page fails: a plain apology and a way on, never the error's details.
 * It runs in the browser, so it imports only the `Error` part of the catalogues.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale } = useParams<{ locale: string }>()
  const t = locale === 'fr' ? CATALOGUE.fr : CATALOGUE.en
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lede">{t.text}</p>
      <p>
        <button type="button" onClick={() => reset()}>
          {t.retry}
        </button>{' '}
        <a href={locale === 'fr' ? '/fr' : '/'}>{t.home}</a>
      </p>
    </>
  )
}
