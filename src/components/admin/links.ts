/** Admin URLs for the moderation components (no server-only imports: used on both sides). */

type Params = Array<[string, string]>

function flatten(prefix: string, value: unknown, out: Params) {
  if (Array.isArray(value)) value.forEach((v, i) => flatten(`${prefix}[${i}]`, v, out))
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) flatten(`${prefix}[${k}]`, v, out)
  else if (value !== undefined && value !== null) out.push([prefix, String(value)])
}

/** A `where` object as the query string Payload's list view and REST API read (`where[and][0][status][equals]=new`). */
export function whereQuery(where: Record<string, unknown>): string {
  const out: Params = []
  flatten('where', where, out)
  return new URLSearchParams(out).toString()
}

export const adminRoute = (admin: string, path: string) => `${admin.replace(/\/$/, '')}${path}`

/** The submissions list, filtered. */
export const queueHref = (admin: string, where?: Record<string, unknown>) =>
  adminRoute(admin, `/collections/submissions${where ? `?${whereQuery(where)}` : ''}`)

export const docHref = (admin: string, collection: string, id: number | string) =>
  adminRoute(admin, `/collections/${collection}/${id}`)
