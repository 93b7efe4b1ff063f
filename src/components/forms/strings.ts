import type { getTranslations } from 'next-intl/server'
import type { EnhancerStrings } from './FormEnhancer.client'

type FormsT = Awaited<ReturnType<typeof getTranslations<'Forms'>>>

/** The few strings the enhancing script needs, in the page's language. */
export function enhancerStrings(t: FormsT, withCredit = false): EnhancerStrings {
  return {
    sending: t('common.sending'),
    networkError: t('common.networkError'),
    errorPrefix: t('common.errorPrefix'),
    counter: {
      one: t.raw('common.counterOne') as string,
      other: t.raw('common.counterOther') as string,
      overOne: t.raw('common.counterOverOne') as string,
      overOther: t.raw('common.counterOverOther') as string,
    },
    sent: {
      feedback: t('common.sentFeedback'),
      suggestion: t('common.sentSuggestion'),
      correction: t('common.sentCorrection'),
    },
    existing: t.raw('common.existingResource') as string,
    ...(withCredit
      ? {
          creditPreview: t.raw('suggestion.creditPreview') as string,
          creditPreviewEmpty: t('suggestion.creditPreviewEmpty'),
        }
      : {}),
  }
}
