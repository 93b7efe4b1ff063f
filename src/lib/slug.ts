import slugifyLib from 'slugify'

/** Slugs are lower-case ASCII words joined by single hyphens: `ladder-of-inference`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const SLUG_MAX_LENGTH = 96

/** "Ladder of Inférence!" → "ladder-of-inference" (accents folded, punctuation dropped). */
export function toSlug(value: unknown): string {
  if (typeof value !== 'string') return ''
  return slugifyLib(value, { lower: true, strict: true, trim: true, locale: 'en' })
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/g, '')
}

/** Returns an error message, or true when the slug is acceptable. */
export function validateSlug(value: unknown): string | true {
  if (typeof value !== 'string' || value.length === 0) return 'A slug is required.'
  if (value.length > SLUG_MAX_LENGTH) return `A slug has at most ${SLUG_MAX_LENGTH} characters.`
  if (!SLUG_PATTERN.test(value))
    return 'Use lower-case letters a-z, digits and single hyphens only (for example "active-listening").'
  return true
}
