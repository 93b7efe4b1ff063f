import { getTranslations } from 'next-intl/server'
import { JsonLd } from '@/components/JsonLd'
import { listGlossary, type TermCard } from '@/data/glossary'
import { getSiteSettings } from '@/data/site'
import { pageLocale, type LocaleParams } from '@/i18n/server'
import { listMetadata } from '@/i18n/metadata'
import { definedTermSet } from '@/lib/jsonld'
import { routes } from '@/lib/routes'
import { PageFeedback } from '@/components/PageFeedback'

export const generateMetadata = listMetadata('Glossary', routes.glossary)

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')

/** "Équité" files under E; anything that does not start with a letter under #. */
function letterOf(term: string): string {
  const c = term
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .charAt(0)
    .toUpperCase()
  return ALPHABET.includes(c) ? c : '#'
}

export default async function GlossaryPage({ params }: LocaleParams) {
  const locale = await pageLocale(params)
  const [terms, t, settings] = await Promise.all([
    listGlossary(locale),
    getTranslations('Glossary'),
    getSiteSettings(locale),
  ])
  const groups = new Map<string, TermCard[]>()
  for (const term of terms) {
    const letter = letterOf(term.term)
    groups.set(letter, [...(groups.get(letter) ?? []), term])
  }
  const letters = [...ALPHABET, '#'].filter((l) => l !== '#' || groups.has('#'))
  return (
    <>
      <JsonLd
        data={definedTermSet(terms, locale, { name: `${t('title')} · ${settings.siteName}`, description: t('intro') })}
      />
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      {terms.length === 0 ? <p>{t('empty')}</p> : null}
      <nav aria-label={t('letters')} className="letters">
        <ul>
          {letters.map((letter) => (
            <li key={letter}>
              {groups.has(letter) ? (
                <a href={`#letter-${letter === '#' ? 'other' : letter}`}>{letter}</a>
              ) : (
                <span aria-disabled="true">{letter}</span>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {[...groups.entries()]
        .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
        .map(([letter, items]) => (
          <section key={letter} aria-labelledby={`letter-${letter === '#' ? 'other' : letter}`}>
            <h2 id={`letter-${letter === '#' ? 'other' : letter}`} tabIndex={-1}>
              {letter}
            </h2>
            <dl className="terms">
              {items.map((term) => (
                <div key={term.id}>
                  <dt>
                    <a href={routes.glossaryTerm(locale, term.slug)}>{term.term}</a>
                  </dt>
                  <dd>{term.summary}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      <PageFeedback locale={locale} page={routes.glossary(locale)} />
    </>
  )
}
