import { getTranslations } from 'next-intl/server'
import { previewUser } from '../preview/session'

type Props = {
  doc: { _status?: 'draft' | 'published' | null; workflowStatus?: string | null }
  /** in a list (FAQs, events): say something only about drafts */
  draftsOnly?: boolean
}

const STATUSES = ['draft', 'in_review', 'changes_requested', 'approved'] as const
type Status = (typeof STATUSES)[number]

/** In a preview only: whether this is a draft the public cannot see yet, and where its review stands. */
export async function PreviewNotice({ doc, draftsOnly = false }: Props) {
  if (!(await previewUser())) return null
  if (draftsOnly && doc._status === 'published') return null
  const t = await getTranslations('Preview')
  const status: Status = STATUSES.includes(doc.workflowStatus as Status) ? (doc.workflowStatus as Status) : 'draft'
  return (
    <p className="notice preview-notice" role="note">
      {doc._status === 'published' ? t('published') : t('draft', { status: t(`status_${status}`) })}
    </p>
  )
}
