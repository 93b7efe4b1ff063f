import { getTranslations } from 'next-intl/server'

/** Said on a translated route when the content has no translation yet and shows in English. */
export async function FallbackNotice({ show }: { show: boolean }) {
  if (!show) return null
  const t = await getTranslations('Site')
  return (
    <p className="notice" role="note">
      {t('fallbackNotice')}
    </p>
  )
}
