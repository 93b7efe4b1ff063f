/**
 * The rich-text editor every collection uses (payload.config.ts `editor`): Payload's Lexical
 * defaults, with the link's URL held to the scheme allowlist of src/lib/safe-href.ts, so a
 * `javascript:` or `data:` link is refused on save with a field error that says what is allowed.
 */
import { LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { FieldAffectingData, TextFieldSingleValidation } from 'payload'
import { isAllowedHref, LINK_SCHEME_ERROR } from '@/lib/safe-href'

const withAllowedSchemes =
  (validate: unknown): TextFieldSingleValidation =>
  (value, options) => {
    if (options?.siblingData && (options.siblingData as { linkType?: string }).linkType === 'internal') return true
    if (typeof value === 'string' && value !== '' && !isAllowedHref(value)) return LINK_SCHEME_ERROR
    return typeof validate === 'function' ? (validate as TextFieldSingleValidation)(value, options) : true
  }

export const richTextEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => feature.key !== 'link'),
    LinkFeature({
      fields: ({ defaultFields }) =>
        defaultFields.map((field): FieldAffectingData =>
          field.name === 'url' && field.type === 'text'
            ? ({ ...field, validate: withAllowedSchemes(field.validate) } as FieldAffectingData)
            : field,
        ),
    }),
  ],
})
