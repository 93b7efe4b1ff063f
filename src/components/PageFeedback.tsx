/**
 * "Was this page useful?" at the foot of a page, placed by the page itself with its own path: the
 * layout knows no path without reading request headers, which would make every page dynamic.
 * Pages that are not something to give feedback on leave it out (the 404 page, the feedback
 * pages themselves, the printable handout), and so does a preview of a draft.
 *
 *   <PageFeedback locale={locale} page={routes.principles(locale)} />
 */
import { FeedbackForm } from '@/components/forms/FeedbackForm'
import type { Locale } from '@/lib/languages'
import { previewUser } from '@/preview/session'

export async function PageFeedback({ locale, page }: { locale: Locale; page: string }) {
  // draft mode first (static-safe); only in a preview is the visitor's session looked up
  if (await previewUser()) return null
  return <FeedbackForm locale={locale} page={page} />
}
