import { getTranslations } from 'next-intl/server'
import { headers } from 'next/headers'
import { PATHNAME_HEADER } from '@/i18n/routing'
import { previewUser } from '@/preview/session'
import { EXIT_PREVIEW_ROUTE } from '@/preview/url'
import { LivePreviewRefresh } from './LivePreviewRefresh'

/**
 * On every page while a signed-in staff member previews drafts, with the way out (payload#7907).
 * Only in draft mode, where every page renders per request, does it read the request: the way out
 * leads back to the address asked for (src/proxy.ts passes it on), query included.
 */
export async function PreviewBanner() {
  if (!(await previewUser())) return null
  const [t, path] = await Promise.all([getTranslations('Site'), headers().then((h) => h.get(PATHNAME_HEADER) ?? '/')])
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
