import { slugField, type CollectionSlug, type Field, type FieldHook, type TextField, type Where } from 'payload'
import { SLUG_MAX_LENGTH, toSlug, validateSlug } from '../lib/slug'

/** "ladder" → "ladder-copy" (and "ladder-copy" → "ladder-copy-2"): the slug of the n-th copy of `base`. */
const copyCandidate = (base: string, n: number, maxLength: number) => {
  const suffix = n === 1 ? '-copy' : `-copy-${n}`
  return `${base.slice(0, maxLength - suffix.length).replace(/-+$/, '')}${suffix}`
}

/**
 * The slug for a copy of the document whose slug is `original`: `<slug>-copy`, else `-copy-2`, `-copy-3`…,
 * the first not in `taken` (nor reserved). A copy of a copy counts on from its original's slug
 * ("ladder-copy" → "ladder-copy-2"). Never longer than a slug may be.
 */
export function copySlug(
  original: string,
  taken: ReadonlySet<string>,
  { maxLength = SLUG_MAX_LENGTH, reserved = [] as readonly string[] } = {},
): string {
  const base = original.replace(/-copy(?:-\d+)?$/, '') || original
  for (let n = 1; n < 10_000; n++) {
    const candidate = copyCandidate(base, n, maxLength)
    if (!taken.has(candidate) && !reserved.includes(candidate)) return candidate
  }
  return copyCandidate(base, Date.now(), maxLength)
}

/**
 * beforeDuplicate hook of the slug (Payload's Duplicate copies every field, and the slug is unique):
 * the copy gets a fresh slug, `copySlug` of the original's, checked against the slugs in use — the
 * documents (trashed ones too) and, for collections with drafts, the latest draft of each, whose slug
 * is not live yet — in the duplicate's own transaction.
 */
const slugForCopy =
  (name: string, reserved: readonly string[]): FieldHook =>
  async ({ collection, req, value }) => {
    if (typeof value !== 'string' || !value || !collection) return value
    const slug = collection.slug as CollectionSlug
    // every candidate starts with this (the base, cut to leave room for the longest suffix)
    const prefix = (value.replace(/-copy(?:-\d+)?$/, '') || value)
      .slice(0, SLUG_MAX_LENGTH - '-copy-9999'.length)
      .replace(/-+$/, '')
    const common = { collection: slug, depth: 0, pagination: false, overrideAccess: true, req } as const
    const taken = new Set<string>()
    const docs = await req.payload.find({
      ...common,
      where: { [name]: { contains: prefix } } as Where,
      select: { [name]: true } as never,
      trash: true,
    })
    for (const doc of docs.docs as unknown as Record<string, unknown>[])
      if (typeof doc[name] === 'string') taken.add(doc[name] as string)
    if (collection.versions?.drafts) {
      const drafts = await req.payload.findVersions({
        ...common,
        where: { and: [{ latest: { equals: true } }, { [`version.${name}`]: { contains: prefix } }] } as Where,
      })
      for (const v of drafts.docs as unknown as { version?: Record<string, unknown> }[])
        if (typeof v.version?.[name] === 'string') taken.add(v.version[name] as string)
    }
    return copySlug(value, taken, { reserved })
  }

/**
 * A unique slug derived from `useAsSlug` (usually the title) when left empty,
 * editable, and validated as lower-case ASCII. Shared by every public collection.
 * A duplicate gets a fresh one: `<slug>-copy`, `<slug>-copy-2`… (slugForCopy).
 */
export function slug(useAsSlug = 'title', { reserved = [] as readonly string[] } = {}): Field {
  return slugField({
    useAsSlug,
    // On create Payload slugifies `data.slug || data.title`, racing the slug's own validation
    // (3.90.1 rewrites a typed "Active Listening" before it is checked, 3.90.2 after). A slug the
    // editor typed is theirs: keep it as typed, so validation always tells them what is allowed.
    slugify: ({ valueToSlugify, data }) =>
      typeof data?.slug === 'string' && data.slug.trim() && valueToSlugify === data.slug
        ? data.slug.trim()
        : toSlug(valueToSlugify),
    overrides: (row) => {
      const text = row.fields.find((f) => 'name' in f && f.name === 'slug') as TextField
      text.validate = (value: unknown) =>
        typeof value === 'string' && reserved.includes(value)
          ? `"${value}" is used by the site itself; choose another slug.`
          : validateSlug(value)
      text.hooks = {
        ...text.hooks,
        // Derive the slug before validation when it is left empty (API, seed and admin alike).
        beforeValidate: [
          ({ value, siblingData }) =>
            typeof value === 'string' && value.trim() ? value.trim() : toSlug(siblingData?.[useAsSlug]) || value,
        ],
        // A copy gets a unique slug of its own (instead of Payload's default "<slug> - Copy", which is no
        // valid slug, and the same for every copy).
        beforeDuplicate: [slugForCopy(text.name, reserved)],
      }
      text.admin = {
        ...text.admin,
        description:
          'Part of the page address. Lower-case letters, digits and hyphens; filled from the title when empty.',
      }
      return row
    },
  })
}
