import type { Locale } from '../lib/languages'
import { routes } from '../lib/routes'
import { ListSection } from './Lists'

/** The topics an item belongs to, as a titled list of links (nothing when there are none). */
export function TopicChips({
  locale,
  title,
  topics,
  id = 'topics-title',
}: {
  locale: Locale
  title: string
  topics: { id: number; slug: string; title: string }[]
  id?: string
}) {
  return (
    <ListSection headingId={id} title={title} items={topics} className="chips">
      {(topic) => <a href={routes.topic(locale, topic.slug)}>{topic.title}</a>}
    </ListSection>
  )
}
