/**
 * Find-or-create by slug, the one write every collection step makes: a document already there is
 * kept as it is (its id noted for later steps), so a second run changes nothing and duplicates
 * nothing; a missing one is created in English, then given its French version.
 */
import type { CollectionSlug } from 'payload'
import { PUBLISHED, WRITE_CONTEXT, type SeedContext } from './context'

export type Data = Record<string, unknown>

export type Upsert = {
  collection: CollectionSlug
  slug: string
  /** called only when the document is missing */
  build: () => { en: Data; fr: Data }
  /** localized required fields: a French version is written only when all of them are translated */
  frRequired?: string[]
}

export async function upsert(
  ctx: SeedContext,
  { collection, slug, build, frRequired = [] }: Upsert,
): Promise<'created' | 'kept'> {
  const { payload, ids } = ctx
  const existing = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    draft: true,
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const found = existing.docs[0]
  if (found) {
    ids.set(`${collection}:${slug}`, found.id)
    return 'kept'
  }
  const data = build()
  const doc = await payload
    .create({
      collection,
      data: { ...defined(data.en), ...PUBLISHED } as never,
      locale: 'en',
      context: WRITE_CONTEXT,
      overrideAccess: true,
    })
    .catch((err: unknown) => {
      throw new Error(`Seeding ${collection} "${slug}" failed: ${describe(err)}`)
    })
  ids.set(`${collection}:${slug}`, doc.id)
  const fr = defined(data.fr)
  const translated = frRequired.every((field) => fr[field] !== undefined)
  if (Object.keys(fr).length && translated) {
    await payload
      .update({
        collection,
        id: doc.id,
        data: { ...fr, ...PUBLISHED } as never,
        locale: 'fr',
        context: WRITE_CONTEXT,
        overrideAccess: true,
      })
      .catch((err: unknown) => {
        throw new Error(`Seeding the French ${collection} "${slug}" failed: ${describe(err)}`)
      })
  }
  return 'created'
}

/** Keep only defined values, so the French pass touches nothing it does not translate. */
const defined = (data: Data): Data => Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined))

/** A validation error's field messages, so a bad fixture says exactly what to fix. */
function describe(err: unknown): string {
  const fields = (err as { data?: { errors?: { path: string; message: string }[] } }).data?.errors
  if (fields?.length) return fields.map((f) => `${f.path}: ${f.message}`).join('; ')
  return err instanceof Error ? err.message : String(err)
}
