import { slugField, type Field, type TextField } from 'payload'
import { toSlug, validateSlug } from '../lib/slug'

/**
 * A unique slug derived from `useAsSlug` (usually the title) when left empty,
 * editable, and validated as lower-case ASCII. Shared by every public collection.
 */
export function slug(useAsSlug = 'title', { reserved = [] as readonly string[] } = {}): Field {
  return slugField({
    useAsSlug,
    slugify: ({ valueToSlugify }) => toSlug(valueToSlugify),
    overrides: (row) => {
      const text = row.fields.find((f) => 'name' in f && f.name === 'slug') as TextField
      text.validate = (value: unknown) =>
        typeof value === 'string' && reserved.includes(value)
          ? `"${value}" is used by the site itself; choose another slug.`
          : validateSlug(value)
      // Derive the slug before validation when it is left empty (API, seed and admin alike).
      text.hooks = {
        ...text.hooks,
        beforeValidate: [
          ({ value, siblingData }) => (typeof value === 'string' && value.trim() ? value.trim() : toSlug(siblingData?.[useAsSlug]) || value),
        ],
      }
      text.admin = {
        ...text.admin,
        description: 'Part of the page address. Lower-case letters, digits and hyphens; filled from the title when empty.',
      }
      return row
    },
  })
}
