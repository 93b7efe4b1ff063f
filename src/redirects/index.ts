/**
 * A changed slug keeps its old URL working, through Payload's official redirects plugin.
 *
 * When a published document's public slug changes (publishing a new slug, a scheduled publish, a
 * restore), the server records a redirect from the old path to the document itself (a reference,
 * not a URL), so the old path always leads to wherever the document lives now: A→B then B→C leaves
 * A→doc and B→doc, both answered with one 308 to C, and a chain never forms. Redirects are kept
 * without the locale prefix (`/resources/old`); the proxy answers `/fr/resources/old` with the
 * French path of the same document (src/redirects/resolve.ts).
 *
 * Editors may add redirects of their own in the admin (a reference, or a path on this site).
 */
import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  Config,
  Field,
  Plugin,
} from 'payload'
import { editorsAndAdmins, staff } from '@/access'
import { documentPath } from '@/lib/routes'
import { REDIRECTED_COLLECTIONS, type Redirected } from './targets'
import { normaliseRedirectPath, validateRedirectPath, validateRedirectTarget } from './paths'

export const REDIRECTS_SLUG = 'redirects'

const PUBLIC_SLUG = Symbol.for('allyship.publicSlugBeforeChange')
type Context = Record<PropertyKey, unknown>
type SlugDoc = { id?: number | string; slug?: unknown; _status?: unknown }

/** Before a publish: remember the slug the public sees now (the main table holds the published state). */
const rememberPublicSlug: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  if (operation !== 'update' || data?._status !== 'published' || !originalDoc?.id) return data
  const current = (await req.payload.db.findOne({
    collection: collection.slug,
    where: { id: { equals: originalDoc.id } },
    req,
  })) as SlugDoc | null
  const remembered = ((context as Context)[PUBLIC_SLUG] ??= new Map<string, string>()) as Map<string, string>
  if (current?._status === 'published' && typeof current.slug === 'string')
    remembered.set(`${collection.slug}:${String(originalDoc.id)}`, current.slug)
  return data
}

/** After a publish: if the public slug changed, the old path redirects to the document. */
const recordSlugChange: CollectionAfterChangeHook = async ({ collection, doc, req, context }) => {
  const d = doc as SlugDoc
  if (d._status !== 'published' || typeof d.slug !== 'string' || d.id === undefined) return doc
  const remembered = (context as Context)[PUBLIC_SLUG] as Map<string, string> | undefined
  const key = `${collection.slug}:${String(d.id)}`
  const before = remembered?.get(key)
  remembered?.delete(key)
  const slug = collection.slug as Redirected
  const here = documentPath(slug, d.slug)
  const common = { collection: REDIRECTS_SLUG as CollectionSlug, overrideAccess: true, req, depth: 0 } as const
  // the document lives here now: an older redirect from this path would hide nothing, so drop it
  await req.payload.delete({ ...common, where: { from: { equals: here } } })
  if (!before || before === d.slug) return doc
  const from = documentPath(slug, before)
  const data = { from, to: { type: 'reference', reference: { relationTo: slug, value: d.id } } }
  const existing = await req.payload.find({ ...common, where: { from: { equals: from } }, limit: 1, pagination: false })
  if (existing.docs[0]) await req.payload.update({ ...common, id: existing.docs[0].id, data: data as never })
  else await req.payload.create({ ...common, data: data as never })
  req.payload.logger.info(`[redirects] ${from} → ${here} (${slug} ${String(d.id)})`)
  return doc
}

/** `from` is a path on this site, stored without its locale; a custom `to` is a path on this site too (never another host). */
function siteOnly(field: Field): Field {
  if (!('name' in field)) return field
  if (field.name === 'from' && field.type === 'text') {
    return {
      ...field,
      admin: { description: 'A path on this site, without the language prefix: /resources/old-slug' },
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? normaliseRedirectPath(value) : value)] },
      validate: validateRedirectPath,
    }
  }
  if (field.name === 'to' && field.type === 'group') {
    return {
      ...field,
      fields: field.fields.map((f) =>
        'name' in f && f.name === 'url' && f.type === 'text'
          ? {
              ...f,
              admin: { ...f.admin, description: 'A path on this site, such as /fr/glossary or /resources/new-slug' },
              validate: validateRedirectTarget,
            }
          : f,
      ),
    }
  }
  return field
}

/** The redirects collection (staff only) and the hooks that fill it on the collections above. */
export function slugRedirects(): Plugin {
  const withRedirects = redirectsPlugin({
    collections: [...REDIRECTED_COLLECTIONS],
    overrides: {
      access: { read: staff, create: editorsAndAdmins, update: editorsAndAdmins, delete: editorsAndAdmins },
      admin: {
        group: 'Site',
        description: 'Old paths that lead on to a document. A changed slug adds one by itself.',
        defaultColumns: ['from', 'to.reference', 'to.url', 'updatedAt'],
      },
      fields: ({ defaultFields }) => defaultFields.map(siteOnly),
    },
  })
  return (incoming: Config): Config => {
    const config = withRedirects(incoming)
    return {
      ...config,
      collections: (config.collections ?? []).map((c) => {
        if (!(REDIRECTED_COLLECTIONS as readonly string[]).includes(c.slug)) return c
        return {
          ...c,
          hooks: {
            ...c.hooks,
            beforeChange: [...(c.hooks?.beforeChange ?? []), rememberPublicSlug],
            afterChange: [...(c.hooks?.afterChange ?? []), recordSlugChange],
          },
        }
      }),
    }
  }
}
