/** Languages a resource can be written in (ISO 639-1 codes). */
export const RESOURCE_LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'fr', label: 'French' },
  { value: 'es', label: 'Spanish' },
  { value: 'de', label: 'German' },
  { value: 'pt', label: 'Portuguese' },
  { value: 'ko', label: 'Korean' },
  { value: 'iu', label: 'Inuktitut' },
  { value: 'cr', label: 'Cree' },
  { value: 'other', label: 'Other' },
] as const

/** Reader-facing locales of the hub itself. */
export const LOCALES = [
  { code: 'en', label: 'English' },
  { code: 'fr', label: 'Français' },
] as const
export type Locale = (typeof LOCALES)[number]['code']
export const DEFAULT_LOCALE: Locale = 'en'
export const isLocale = (value: string): value is Locale => LOCALES.some((l) => l.code === value)
