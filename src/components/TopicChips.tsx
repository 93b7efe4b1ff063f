import type { Locale } from '../lib/languages'
import { routes } from '../lib/routes'

/** The topics an item belongs to, as a titled list of links (nothing when there are none). */
export function TopicChips({ locale, title, topics, id = 'topics-title' }: { locale: Locale; title: string; topics: { id: number; slug: string; title: string }[]; id?: string }) {
  if (!topics.length) return null
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className="chips">
        {topics.map((topic) => (
          <li key={topic.id}>
            <a href={routes.topic(locale, topic.slug)}>{topic.title}</a>
          </li>
        ))}
      </ul>
    </section>
  )
}
