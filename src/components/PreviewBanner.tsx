import { getTranslations } from 'next-intl/server'
import { previewUser } from '@/preview/session'
import { EXIT_PREVIEW_ROUTE } from '@/preview/url'
import { LivePreviewRefresh } from './LivePreviewRefresh'

/** On every page while a signed-in staff member previews drafts, with the way out (payload#7907). */
export async function PreviewBanner({ path }: { path: string }) {
  if (!(await previewUser())) return null
  const t = await getTranslations('Site')
  return (
    <aside className="preview-banner" aria-label={t('previewLabel')}>
      <div className="wrap">
        <p>{t('previewBanner')}</p>
        <a href={`${EXIT_PREVIEW_ROUTE}?path=${encodeURIComponent(path)}`} className="button" rel="nofollow">
          {t('exitPreview')}
        </a>
      </div>
      <LivePreviewRefresh />
    </aside>
  )
}
