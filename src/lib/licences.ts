/**
 * The controlled list of licences. Each has a one-line meaning for readers
 * ("what may I do with this?") and, where one exists, the licence text's URL.
 */
export const LICENCES = [
  {
    value: 'cc-by-4.0',
    label: 'CC BY 4.0',
    meaning: 'Share and adapt, even commercially, as long as you credit the source.',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  {
    value: 'cc-by-sa-4.0',
    label: 'CC BY-SA 4.0',
    meaning: 'Share and adapt with credit; adaptations must use the same licence.',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
  },
  {
    value: 'cc-by-nc-4.0',
    label: 'CC BY-NC 4.0',
    meaning: 'Share and adapt with credit, for non-commercial purposes only.',
    url: 'https://creativecommons.org/licenses/by-nc/4.0/',
  },
  {
    value: 'cc-by-nc-sa-4.0',
    label: 'CC BY-NC-SA 4.0',
    meaning: 'Share and adapt with credit, non-commercially, under the same licence.',
    url: 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
  },
  {
    value: 'cc0-1.0',
    label: 'CC0 1.0',
    meaning: 'Dedicated to the public domain: use freely, credit appreciated.',
    url: 'https://creativecommons.org/publicdomain/zero/1.0/',
  },
  {
    value: 'public-domain',
    label: 'Public domain',
    meaning: 'No copyright applies: use freely, credit appreciated.',
    url: null,
  },
  {
    value: 'all-rights-reserved-permission',
    label: 'All rights reserved (used with permission)',
    meaning: 'Used here with the owner’s permission; ask the owner before reusing it.',
    url: null,
  },
  {
    value: 'all-rights-reserved',
    label: 'All rights reserved',
    meaning: 'Link to it and quote briefly with credit; ask the owner for anything more.',
    url: null,
  },
  {
    value: 'unknown',
    label: 'Licence not stated',
    meaning: 'The owner has not stated a licence: link to it, credit it, and ask before copying.',
    url: null,
  },
] as const

export type LicenceValue = (typeof LICENCES)[number]['value']

/** The hub's own summaries and explanations. */
export const DEFAULT_CONTENT_LICENCE: LicenceValue = 'cc-by-sa-4.0'

export function licenceInfo(value: string | null | undefined) {
  return LICENCES.find((l) => l.value === value) ?? LICENCES[LICENCES.length - 1]!
}
