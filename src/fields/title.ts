import type { Field } from 'payload'
import { slug } from './slug'

type Options = { maxLength?: number; description?: string; reserved?: readonly string[] }

/**
 * What every public collection opens with: its title (localized, required; `term` for glossary
 * terms, `question` for FAQs, as src/lib/collections.ts records) and the slug derived from it.
 */
export function titleAndSlug(name = 'title', { maxLength = 200, description, reserved }: Options = {}): Field[] {
  return [
    {
      name,
      type: 'text',
      required: true,
      localized: true,
      maxLength,
      ...(description ? { admin: { description } } : {}),
    },
    slug(name, reserved ? { reserved } : {}),
  ]
}
