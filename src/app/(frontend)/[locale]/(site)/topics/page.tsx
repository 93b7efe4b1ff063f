import { getTranslations } from 'next-intl/server'
import { listTopics } from '@/data/topics'
import { pageLocale, type LocaleParams } from '@/i18n/server'
import { listMetadata } from '@/i18n/metadata'
import { routes } from '@/lib/routes'
import { PageFeedback } from '@/components/PageFeedback'

export const generateMetadata = listMetadata('Topics', routes.topics)

export default async function TopicsPage({ params }: LocaleParams) {
  const locale = await pageLocale(params)
  const [topics, t] = await Promise.all([listTopics(locale), getTranslations('Topics')])
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      {topics.length === 0 ? <p>{t('empty')}</p> : null}
      <ul className="cards">
        {topics.map((topic) => (
          <li key={topic.id} className="card">
            <h2 className="card-title">
              <a href={routes.topic(locale, topic.slug)}>{topic.title}</a>
            </h2>
            <p>{topic.summary}</p>
          </li>
        ))}
      </ul>
      <PageFeedback locale={locale} page={routes.topics(locale)} />
    </>
  )
}
