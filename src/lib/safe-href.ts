/**
 * Which link targets the site writes into an `href`: http, https and mailto, or a path on this
 * site (`/…`, `#…`, `?…`, `./…`). Anything else (`javascript:`, `data:`, `vbscript:`, `file:`…)
 * is refused when rich text is saved (src/fields/richtext.ts) and rendered as plain text if it is
 * found in older content (src/components/RichText.tsx).
 *
 * The scheme is read the way browsers read it: leading spaces and control characters are
 * dropped and tabs and line breaks inside are ignored, so `java\tscript:` is `javascript:`.
 */
export const ALLOWED_SCHEMES = ['http', 'https', 'mailto'] as const

export function isAllowedHref(href: unknown): href is string {
  if (typeof href !== 'string') return false
  // the characters browsers strip before reading a scheme
  const cleaned = href.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '')
  if (cleaned === '') return false
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned)?.[1]
  if (!scheme) {
    // a relative address; `//host` and `\\host` lead off the site, which is fine only with a scheme
    return !/^[/\\]{2}/.test(cleaned)
  }
  return (ALLOWED_SCHEMES as readonly string[]).includes(scheme.toLowerCase())
}

export const LINK_SCHEME_ERROR =
  'Links may use http, https or mailto, or be a path on this site (starting with / or #). Other kinds of address (javascript:, data:, vbscript:…) are not allowed.'
