/**
 * The access matrix: every collection and global of the running config × anonymous, editor, reviewer,
 * admin × read published, read drafts, read versions, create, update, delete, publish, over REST (the
 * guarded route handlers), GraphQL (/api/graphql, with the same accounts' tokens) and the local API with
 * `overrideAccess: false`, checked against MATRIX below.
 *
 * MATRIX is the spec, not a copy of the code: it is written from CONTRACT.md, PRODUCT.md and the
 * README's "Who may do what" — deny by default: anonymous visitors read published content and send
 * submissions (through POST /api/submit, never /api/submissions), nothing else; emails and moderator
 * notes never leave the admin. The cases are generated from the config at run time, so a collection or
 * global added without a row here fails. That includes what Payload adds itself, with access it sets
 * (jobs, locked documents, preferences) or that src/access/payload-internals.ts sets (the jobs-stats
 * global, admins only; migrations, nobody).
 *
 * FIELDS, below the matrix, holds who may read the private fields (emails, moderator and review notes,
 * token and client hashes, password hashes and salts, sessions) over the three APIs, and that nobody
 * else can find them out by filtering on them.
 */
import configPromise from '@payload-config'
import * as restRoutes from '@/app/(payload)/api/[...slug]/route'
import { formatNames, toWords, type FlattenedField, type Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import type { User } from '@/payload-types'
import { loginToken, seedStaff } from '../helpers/accounts'
import { paragraph, withTestPayload } from '../helpers/payload'
import { graphql, restJson } from '../helpers/rest'

const config = await configPromise

// ------------------------------------------------------------------ the spec

const ROLES = ['anonymous', 'editor', 'reviewer', 'admin'] as const
type Role = (typeof ROLES)[number]
type Staff = Exclude<Role, 'anonymous'>
const OPS = ['read published', 'read drafts', 'read versions', 'create', 'update', 'delete', 'publish'] as const
type Op = (typeof OPS)[number]
const APIS = ['REST', 'GraphQL', 'local'] as const
type Api = (typeof APIS)[number]

/**
 * yes: allowed (on a document that is not the user's own); no: refused; own: only on their own (their
 * account, their preferences and edit locks); others: only on documents they did not author (the
 * publish rule); —: the operation does not exist there (no drafts, no versions, a global).
 * "read published" is plain reading where a collection has no drafts.
 */
type Cell = 'yes' | 'no' | 'own' | 'others' | '—'
type Cells = readonly [Cell, Cell, Cell, Cell, Cell, Cell, Cell]
type Row = Record<Role, Cells>

// prettier-ignore
const CONTENT: Row = {
  //         read published  read drafts  read versions  create  update  delete  publish
  anonymous: ['yes',         'no',        'no',          'no',   'no',   'no',   'no'],
  editor:    ['yes',         'yes',       'yes',         'yes',  'yes',  'yes',  'no'],
  reviewer:  ['yes',         'yes',       'yes',         'yes',  'yes',  'no',   'others'],
  admin:     ['yes',         'yes',       'yes',         'yes',  'yes',  'yes',  'others'],
}
/** Nobody, whoever they are, over any API. */
// prettier-ignore
const NOBODY: Row = {
  anonymous: ['no', '—', '—', 'no', 'no', 'no', '—'],
  editor:    ['no', '—', '—', 'no', 'no', 'no', '—'],
  reviewer:  ['no', '—', '—', 'no', 'no', 'no', '—'],
  admin:     ['no', '—', '—', 'no', 'no', 'no', '—'],
}

const MATRIX: Record<string, { row: Row; why: string }> = {
  ...Object.fromEntries(
    [
      'principles',
      'themes',
      'topics',
      'resources',
      'glossary-terms',
      'practices',
      'faqs',
      'events',
      'pages',
      'sources',
    ].map((slug) => [slug, { row: CONTENT, why: 'public content: drafts and versions for staff, the publish rule' }]),
  ),
  media: {
    why: 'images on public pages: anyone reads them, staff upload and edit, editors and admins delete',
    // prettier-ignore
    row: {
      anonymous: ['yes', '—', '—', 'no',  'no',  'no',  '—'],
      editor:    ['yes', '—', '—', 'yes', 'yes', 'yes', '—'],
      reviewer:  ['yes', '—', '—', 'yes', 'yes', 'no',  '—'],
      admin:     ['yes', '—', '—', 'yes', 'yes', 'yes', '—'],
    },
  },
  submissions: {
    why: 'the moderation queue: staff read and moderate, only admins delete; the public sends them through /api/submit only',
    // prettier-ignore
    row: {
      anonymous: ['no',  '—', '—', 'no', 'no',  'no',  '—'],
      editor:    ['yes', '—', '—', 'no', 'yes', 'no',  '—'],
      reviewer:  ['yes', '—', '—', 'no', 'yes', 'no',  '—'],
      admin:     ['yes', '—', '—', 'no', 'yes', 'yes', '—'],
    },
  },
  'digest-subscribers': {
    why: 'readers’ email addresses: admins read and delete; the public routes write them as server code',
    // prettier-ignore
    row: {
      anonymous: ['no',  '—', '—', 'no', 'no', 'no',  '—'],
      editor:    ['no',  '—', '—', 'no', 'no', 'no',  '—'],
      reviewer:  ['no',  '—', '—', 'no', 'no', 'no',  '—'],
      admin:     ['yes', '—', '—', 'no', 'no', 'yes', '—'],
    },
  },
  'review-events': {
    why: 'the review history: staff read it, only the server writes it',
    // prettier-ignore
    row: {
      anonymous: ['no',  '—', '—', 'no', 'no', 'no', '—'],
      editor:    ['yes', '—', '—', 'no', 'no', 'no', '—'],
      reviewer:  ['yes', '—', '—', 'no', 'no', 'no', '—'],
      admin:     ['yes', '—', '—', 'no', 'no', 'no', '—'],
    },
  },
  users: {
    why: 'staff see each other (names for “reviewed by”) and edit themselves; admins manage accounts',
    // prettier-ignore
    row: {
      anonymous: ['no',  '—', '—', 'no',  'no',  'no',  '—'],
      editor:    ['yes', '—', '—', 'no',  'own', 'no',  '—'],
      reviewer:  ['yes', '—', '—', 'no',  'own', 'no',  '—'],
      admin:     ['yes', '—', '—', 'yes', 'yes', 'yes', '—'],
    },
  },
  redirects: {
    why: 'old paths of changed slugs: staff read them, editors and admins manage them (the proxy reads them as the server)',
    // prettier-ignore
    row: {
      anonymous: ['no',  '—', '—', 'no',  'no',  'no',  '—'],
      editor:    ['yes', '—', '—', 'yes', 'yes', 'yes', '—'],
      reviewer:  ['yes', '—', '—', 'no',  'no',  'no',  '—'],
      admin:     ['yes', '—', '—', 'yes', 'yes', 'yes', '—'],
    },
  },
  'payload-kv': { row: NOBODY, why: 'Payload’s key-value store: server only' },
  'payload-jobs': { row: NOBODY, why: 'the jobs queue: server only (admins run it through /api/payload-jobs/run)' },
  'payload-migrations': { row: NOBODY, why: 'applied migrations: server only' },
  'payload-locked-documents': {
    why: 'the admin’s edit locks: any signed-in staff member takes and releases them',
    // prettier-ignore
    row: {
      anonymous: ['no',  '—', '—', 'no',  'no',  'no',  '—'],
      editor:    ['yes', '—', '—', 'yes', 'yes', 'yes', '—'],
      reviewer:  ['yes', '—', '—', 'yes', 'yes', 'yes', '—'],
      admin:     ['yes', '—', '—', 'yes', 'yes', 'yes', '—'],
    },
  },
  'payload-preferences': {
    why: 'each account’s admin preferences: their own only',
    // prettier-ignore
    row: {
      anonymous: ['no',  '—', '—', 'no',  'no',  'no',  '—'],
      editor:    ['own', '—', '—', 'yes', 'own', 'own', '—'],
      reviewer:  ['own', '—', '—', 'yes', 'own', 'own', '—'],
      admin:     ['own', '—', '—', 'yes', 'own', 'own', '—'],
    },
  },
}

const GLOBALS: Record<string, { row: Row; why: string }> = {
  'site-settings': {
    why: 'public to read, admins change them',
    // prettier-ignore
    row: {
      anonymous: ['yes', '—', '—', '—', 'no',  '—', '—'],
      editor:    ['yes', '—', '—', '—', 'no',  '—', '—'],
      reviewer:  ['yes', '—', '—', '—', 'no',  '—', '—'],
      admin:     ['yes', '—', '—', '—', 'yes', '—', '—'],
    },
  },
  'payload-jobs-stats': {
    why: 'when each scheduled job last ran (Payload writes it as the server): admins only',
    // prettier-ignore
    row: {
      anonymous: ['no',  '—', '—', '—', 'no',  '—', '—'],
      editor:    ['no',  '—', '—', '—', 'no',  '—', '—'],
      reviewer:  ['no',  '—', '—', '—', 'no',  '—', '—'],
      admin:     ['yes', '—', '—', '—', 'yes', '—', '—'],
    },
  },
}

// ------------------------------------------------------------------ the file's accounts and data

type Id = number | string
type Doc = Record<string, unknown> & { id: Id }
type List = { docs: Doc[]; totalDocs: number }
/** Payload's local API without the per-slug types: the slugs here come from the config at run time. */
type Local = {
  find(args: object): Promise<List>
  findByID(args: object): Promise<Doc>
  findVersions(args: object): Promise<List>
  findVersionByID(args: object): Promise<Doc>
  create(args: object): Promise<Doc>
  update(args: object): Promise<Doc>
  delete(args: object): Promise<Doc>
  findGlobal(args: object): Promise<Record<string, unknown>>
  updateGlobal(args: object): Promise<Record<string, unknown>>
}

let payload: Payload
let local: Local
const accounts = {} as Record<Staff, User> & { other: User }
const tokens = {} as Record<Role, string | undefined>
let themeId: Id
let png: Buffer

withTestPayload(async (p) => {
  payload = p
  local = p as unknown as Local
  // about a thousand refusals follow, each of which Payload logs with its stack: what a cell got is in its
  // test's message instead
  p.logger.level = 'fatal'
  Object.assign(
    accounts,
    await seedStaff(p, {
      admin: 'Ada Admin',
      editor: 'Eddie Editor',
      reviewer: 'Rae Reviewer',
      // whose account, preferences and locks are "someone else's"
      other: ['editor', 'Olive Other'],
    }),
  )
  tokens.anonymous = undefined
  for (const role of ['editor', 'reviewer', 'admin'] as const) tokens[role] = await loginToken(p, accounts[role])
  themeId = (await local.create({ collection: 'themes', data: { title: 'Matrix theme' }, overrideAccess: true })).id
  png = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#336699' } })
    .png()
    .toBuffer()
  await loadSchema()
})

const userOf = (role: Role): User | undefined => (role === 'anonymous' ? undefined : accounts[role])

let n = 0
const TITLE_FIELD: Record<string, string> = { 'glossary-terms': 'term', faqs: 'question' }
const titleOf = (slug: string) => TITLE_FIELD[slug] ?? 'title'
const common = (slug: string) => ({ slug: `matrix-${slug}-${n}`, licence: 'cc-by-sa-4.0', workflowStatus: 'draft' })

/** Valid data for a new document of each collection, unique per call; `actor` is who will write it. */
const SAMPLES: Record<string, (actor?: User) => Record<string, unknown>> = {
  themes: () => ({ title: `Matrix ${++n}`, ...common('themes') }),
  principles: () => ({ title: `Matrix ${++n}`, theme: themeId, ...common('principles') }),
  topics: () => ({ title: `Matrix ${++n}`, summary: 'A topic.', ...common('topics') }),
  resources: () => ({
    title: `Matrix ${++n}`,
    url: `https://example.org/matrix/${n}`,
    summary: 'A resource.',
    kind: 'article',
    language: 'en',
    ...common('resources'),
  }),
  sources: () => ({ title: `Matrix ${++n}`, kind: 'organisation', ...common('sources') }),
  'glossary-terms': () => ({ term: `Matrix ${++n}`, summary: 'A term.', ...common('glossary') }),
  practices: () => ({ title: `Matrix ${++n}`, kind: 'action-tip', ...common('practices') }),
  faqs: () => ({ question: `Matrix ${++n}?`, answer: paragraph('An answer.'), ...common('faqs') }),
  events: () => ({
    title: `Matrix ${++n}`,
    kind: 'observance',
    recurrence: 'yearly',
    startDate: '2026-11-20T00:00:00.000Z',
    summary: 'A day.',
    ...common('events'),
  }),
  pages: () => ({ title: `Matrix ${++n}`, body: paragraph('A page.'), ...common('pages') }),
  media: () => ({ alt: `Matrix image ${++n}`, licence: 'cc-by-sa-4.0' }),
  submissions: () => ({ kind: 'feedback', status: 'new', message: `Matrix feedback ${++n}` }),
  'digest-subscribers': () => ({ email: `matrix-${++n}@example.test`, locale: 'en', choice: 'weekly' }),
  'review-events': () => ({ collectionSlug: 'resources', docId: String(++n), action: 'created' }),
  users: () => ({
    email: `matrix-${++n}@example.test`,
    password: 'matrix-password-long',
    name: `Matrix ${n}`,
    roles: ['editor'],
  }),
  redirects: () => ({ from: `/resources/matrix-old-${++n}`, to: { type: 'custom', url: '/resources' } }),
  'payload-kv': () => ({ key: `matrix-${++n}`, data: { n } }),
  'payload-jobs': () => ({ taskSlug: 'checkLinks', input: {}, queue: 'access-matrix', waitUntil: '2999-01-01' }),
  'payload-migrations': () => ({ name: `matrix-${++n}`, batch: -1 }),
  'payload-locked-documents': (actor) => ({
    document: { relationTo: 'themes', value: themeId },
    user: { relationTo: 'users', value: (actor ?? accounts.other).id },
    globalSlug: `matrix-${++n}`,
  }),
  'payload-preferences': () => ({ key: `matrix-${++n}`, value: { n } }),
}
/** A harmless change for an update. */
const CHANGES: Record<string, () => Record<string, unknown>> = {
  media: () => ({ alt: `Edited ${++n}` }),
  submissions: () => ({ publicReason: `Edited ${++n}` }),
  'digest-subscribers': () => ({ choice: 'term' }),
  'review-events': () => ({ note: `Edited ${++n}` }),
  users: () => ({ name: `Edited ${++n}` }),
  redirects: () => ({ to: { type: 'custom', url: `/glossary` } }),
  'payload-kv': () => ({ data: { edited: ++n } }),
  'payload-jobs': () => ({ queue: 'access-matrix-edited' }),
  'payload-migrations': () => ({ batch: -2 }),
  'payload-locked-documents': () => ({ globalSlug: `matrix-edited-${++n}` }),
  'payload-preferences': () => ({ value: { edited: ++n } }),
  'site-settings': () => ({ footer: `Matrix footer ${++n}` }),
  'payload-jobs-stats': () => ({ stats: { matrix: ++n } }),
}
const changeFor = (slug: string) => (CHANGES[slug] ?? (() => ({ [titleOf(slug)]: `Edited ${++n}` })))()

const collectionConfig = (slug: string) => config.collections.find((c) => c.slug === slug)!
const hasDrafts = (slug: string) => Boolean(collectionConfig(slug).versions?.drafts)
const isUpload = (slug: string) => Boolean(collectionConfig(slug).upload)
const file = () => ({ data: png, mimetype: 'image/png', name: `matrix-${++n}.png`, size: png.length })

/** What "their own" means in a collection: authored by (content), the account itself, or its `user`. */
const OWNED_BY: Record<string, 'createdBy' | 'self' | 'user'> = {
  users: 'self',
  'payload-preferences': 'user',
  'payload-locked-documents': 'user',
}
const ownership = (slug: string) => OWNED_BY[slug] ?? (hasDrafts(slug) ? 'createdBy' : undefined)

/**
 * A new document, written as server code: by `owner` where the collection has owners (content: a draft
 * they authored), else by nobody (content: a draft no account authored, which any publisher may publish).
 */
async function make(slug: string, owner?: User): Promise<Doc> {
  const data = SAMPLES[slug]!(owner)
  if (hasDrafts(slug)) {
    return local.create({
      collection: slug,
      data: { ...data, _status: 'draft' },
      draft: true,
      user: owner,
      overrideAccess: true,
    })
  }
  if (slug === 'users') return local.create({ collection: slug, data, overrideAccess: true })
  // preferences take their `user` from the request
  return local.create({
    collection: slug,
    data,
    user: owner ?? accounts.other,
    overrideAccess: true,
    ...(isUpload(slug) ? { file: file() } : {}),
  })
}

/** The documents each collection's cells are tried on. */
type Fixtures = {
  /** a document to read: published (and with a newer unpublished draft) where there are drafts */
  read: Id
  /** content: the title the public sees, and that of the newer draft */
  publishedTitle?: string
  draftTitle?: string
  /** content: a draft never published */
  draft?: Id
  /** content: the latest version of `read` */
  version?: Id
  /** updated by whoever may */
  update: Id
  /** what a refused delete or publish is tried on (an allowed one gets a new document each time) */
  keep: Id
}
const fixtures = new Map<string, Fixtures>()
const own = new Map<string, Promise<Id>>()

async function prepare(slug: string): Promise<Fixtures> {
  const someoneElse = ownership(slug) === 'createdBy' ? undefined : accounts.other
  if (!hasDrafts(slug)) {
    const read = slug === 'users' ? accounts.other.id : (await make(slug, someoneElse)).id
    return { read, update: (await make(slug, someoneElse)).id, keep: (await make(slug, someoneElse)).id }
  }
  const title = titleOf(slug)
  const data = SAMPLES[slug]!()
  const published = await local.create({
    collection: slug,
    data: { ...data, _status: 'published' },
    overrideAccess: true,
  })
  const draftTitle = `Matrix unpublished draft ${++n}`
  await local.update({
    collection: slug,
    id: published.id,
    data: { [title]: draftTitle },
    draft: true,
    overrideAccess: true,
  })
  const versions = await local.findVersions({
    collection: slug,
    where: { parent: { equals: published.id } },
    sort: '-updatedAt',
    limit: 1,
    overrideAccess: true,
  })
  return {
    read: published.id,
    publishedTitle: String(data[title]),
    draftTitle,
    draft: (await make(slug)).id,
    version: versions.docs[0]!.id,
    update: (await make(slug)).id,
    keep: (await make(slug)).id,
  }
}

/** The document an attempt is made on: the user's own or someone else's; a new one when it is to be deleted or published. */
async function targetOf(
  slug: string,
  role: Role,
  op: Op,
  whose: 'own' | 'others',
  expectAllowed: boolean,
): Promise<Id> {
  const fx = fixtures.get(slug)!
  const consumed = (op === 'delete' || op === 'publish') && expectAllowed
  if (whose === 'others') {
    if (op === 'update') return fx.update
    if (op === 'delete' || op === 'publish') {
      return consumed ? (await make(slug, ownership(slug) === 'createdBy' ? undefined : accounts.other)).id : fx.keep
    }
    return fx.read
  }
  const user = userOf(role)!
  if (ownership(slug) === 'self') {
    if (op === 'delete')
      throw new Error('A test never deletes its own account: give `users` delete another value than "own".')
    return user.id
  }
  if (consumed) return (await make(slug, user)).id
  const key = `${slug}:${role}`
  if (!own.has(key))
    own.set(
      key,
      make(slug, user).then((d) => d.id),
    )
  return own.get(key)!
}

// ------------------------------------------------------------------ outcomes

type Outcome = 'allowed' | 'denied' | `error: ${string}`
const DENIED = new Set([401, 403, 404])
const sameId = (a: unknown, b: Id) => a !== undefined && a !== null && String(a) === String(b)

/** Several probes of one operation must agree. */
function agree(probes: Record<string, Outcome>): Outcome {
  const values = new Set(Object.values(probes))
  if (values.size === 1) return [...values][0]!
  return `error: probes disagree (${Object.entries(probes)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ')})`
}

async function restProbe(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  role: Role,
  json: unknown,
  allowedIf: (body: Record<string, unknown>) => boolean,
): Promise<Outcome> {
  const { status, body } = await restJson(method, path, { token: tokens[role], json })
  if (status >= 200 && status < 300) return allowedIf(body) ? 'allowed' : 'denied'
  if (DENIED.has(status)) return 'denied'
  return `error: ${method} ${path} answered ${status} ${JSON.stringify(body).slice(0, 300)}`
}

async function restUpload(path: string, role: Role, data: Record<string, unknown>): Promise<Outcome> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `matrix-${++n}.png`)
  form.append('_payload', JSON.stringify(data))
  const headers: Record<string, string> = tokens[role] ? { Authorization: `JWT ${tokens[role]}` } : {}
  const url = new URL(path, 'http://localhost')
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const res = await restRoutes.POST(new Request(url, { method: 'POST', headers, body: form }), {
    params: Promise.resolve({ slug }),
  })
  if (res.status >= 200 && res.status < 300) return 'allowed'
  if (DENIED.has(res.status)) return 'denied'
  return `error: upload answered ${res.status} ${(await res.text()).slice(0, 300)}`
}

/** Whether Payload answers `/api/<slug>/<anything>` for `method` with the collection's own endpoint (preferences: by key). */
const shadowed = (slug: string, method: string) =>
  (collectionConfig(slug).endpoints || []).some((e) => e.method === method && /^\/:[^/]+$/.test(e.path))

const docsHave = (id: Id) => (b: Record<string, unknown>) =>
  ((b.docs as Doc[] | undefined) ?? []).some((d) => sameId(d.id, id))

async function viaRest(slug: string, role: Role, op: Op, id: Id | null, global: boolean): Promise<Outcome> {
  if (global) {
    if (op === 'read published') return restProbe('GET', `/api/globals/${slug}?depth=0`, role, undefined, () => true)
    return restProbe('POST', `/api/globals/${slug}`, role, changeFor(slug), () => true)
  }
  const base = `/api/${slug}`
  const drafts = hasDrafts(slug)
  const fx = fixtures.get(slug)!
  const byId = (b: Record<string, unknown>) => sameId(b.id, id!)
  const where = `where[id][equals]=${id}&depth=0`
  switch (op) {
    case 'read published': {
      const probes: Record<string, Outcome> = {
        list: await restProbe('GET', `${base}?${where}`, role, undefined, docsHave(id!)),
      }
      if (!shadowed(slug, 'get')) probes.byID = await restProbe('GET', `${base}/${id}?depth=0`, role, undefined, byId)
      return agree(probes)
    }
    case 'read drafts':
      return agree({
        byID: await restProbe('GET', `${base}/${fx.draft}?draft=true&depth=0`, role, undefined, (b) =>
          sameId(b.id, fx.draft!),
        ),
        list: await restProbe(
          'GET',
          `${base}?draft=true&where[id][equals]=${fx.draft}&depth=0`,
          role,
          undefined,
          docsHave(fx.draft!),
        ),
        // a published document's newer draft: those who may not read drafts get the published version
        newerDraft: await restProbe(
          'GET',
          `${base}/${fx.read}?draft=true&depth=0`,
          role,
          undefined,
          (b) => b[titleOf(slug)] === fx.draftTitle,
        ),
      })
    case 'read versions':
      return agree({
        list: await restProbe(
          'GET',
          `${base}/versions?where[parent][equals]=${fx.read}&depth=0`,
          role,
          undefined,
          (b) => Number(b.totalDocs) > 0,
        ),
        byID: await restProbe('GET', `${base}/versions/${fx.version}?depth=0`, role, undefined, (b) =>
          sameId(b.id, fx.version!),
        ),
      })
    case 'create': {
      const data = SAMPLES[slug]!(userOf(role))
      if (isUpload(slug)) return restUpload(base, role, data)
      return restProbe('POST', `${base}${drafts ? '?draft=true' : ''}`, role, data, (b) =>
        Boolean((b.doc as Doc | undefined)?.id),
      )
    }
    case 'update':
      if (shadowed(slug, 'patch')) {
        return restProbe('PATCH', `${base}?${where}`, role, changeFor(slug), docsHave(id!))
      }
      return restProbe('PATCH', `${base}/${id}?depth=0${drafts ? '&draft=true' : ''}`, role, changeFor(slug), (b) =>
        sameId((b.doc as Doc | undefined)?.id, id!),
      )
    case 'delete':
      if (shadowed(slug, 'delete')) return restProbe('DELETE', `${base}?${where}`, role, undefined, docsHave(id!))
      return restProbe('DELETE', `${base}/${id}`, role, undefined, (b) => sameId((b.doc as Doc | undefined)?.id, id!))
    case 'publish':
      return restProbe(
        'PATCH',
        `${base}/${id}?depth=0`,
        role,
        { _status: 'published' },
        (b) => (b.doc as Doc | undefined)?._status === 'published',
      )
  }
}

// GraphQL: the names Payload gives each collection and global, and the types of their arguments

type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null }
type SchemaType = {
  name: string
  kind: string
  fields: { name: string; type: TypeRef }[] | null
  inputFields: { name: string; type: TypeRef }[] | null
}
type SchemaField = { name: string; args: { name: string; type: TypeRef }[] }
const queryFields = new Map<string, SchemaField>()
const mutationFields = new Map<string, SchemaField>()
const schemaTypes = new Map<string, SchemaType>()

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }'
async function loadSchema() {
  const res = await graphql(
    `{ __schema {
        queryType { fields { name args { name type { ${TYPE_REF} } } } }
        mutationType { fields { name args { name type { ${TYPE_REF} } } } }
        types { name kind fields { name type { ${TYPE_REF} } } inputFields { name type { ${TYPE_REF} } } }
      } }`,
    tokens.admin,
  )
  const body = (await res.json()) as {
    data: {
      __schema: { queryType: { fields: SchemaField[] }; mutationType: { fields: SchemaField[] }; types: SchemaType[] }
    }
  }
  for (const f of body.data.__schema.queryType.fields) queryFields.set(f.name, f)
  for (const f of body.data.__schema.mutationType.fields) mutationFields.set(f.name, f)
  for (const t of body.data.__schema.types) schemaTypes.set(t.name, t)
}

const typeString = (t: TypeRef): string =>
  t.kind === 'NON_NULL' ? `${typeString(t.ofType!)}!` : t.kind === 'LIST' ? `[${typeString(t.ofType!)}]` : t.name!
const namedType = (t: TypeRef): TypeRef => (t.ofType ? namedType(t.ofType) : t)

/** Payload's names for a collection: `Resource`, `Resources`; `Media`, `allMedia`. */
function collectionNames(slug: string) {
  const { singular, plural } = formatNames(slug)
  return { singular, plural: singular === plural ? `all${singular}` : plural }
}
/** Payload's name for a global: `SiteSetting` for `site-settings`. */
function globalName(slug: string): string | undefined {
  const words = toWords(slug, true)
  return [words, words.replace(/s$/, '')].find((name) => queryFields.has(name) && mutationFields.has(`update${name}`))
}

/** GraphQL's spelling of an enum value (Payload's formatName): `cc-by-sa-4.0` → `cc_by_sa_4_0`. */
const enumName = (value: string) =>
  value
    .replace(/^(\d)/, '_$1')
    .replace(/[.\-/+,()'[\]]/g, '_')
    .replace(/ /g, '')

/** Data as GraphQL variables of input type `type`: select values as enum names. */
function asInput(value: unknown, type: TypeRef): unknown {
  const named = namedType(type)
  if (value === null || value === undefined) return value
  if (Array.isArray(value)) return value.map((v) => asInput(v, type))
  if (named.kind === 'ENUM' && typeof value === 'string') return enumName(value)
  const input = named.name ? schemaTypes.get(named.name) : undefined
  if (named.kind === 'INPUT_OBJECT' && input?.inputFields && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => {
        const field = input.inputFields!.find((f) => f.name === k)
        return [k, field ? asInput(v, field.type) : v]
      }),
    )
  }
  return value
}

const argType = (field: SchemaField | undefined, arg: string) => field?.args.find((a) => a.name === arg)?.type
const literal = (value: Id, type: TypeRef | undefined) =>
  type && ['String', 'ID'].includes(namedType(type).name ?? '') ? JSON.stringify(String(value)) : String(value)

type GraphQLAnswer = {
  data?: Record<string, unknown> | null
  errors?: { message: string; path?: string[]; extensions?: { name?: string; statusCode?: number } }[]
}

async function graphqlProbe(
  query: string,
  role: Role,
  variables: Record<string, unknown> | undefined,
  allowedIf: Record<string, (value: Record<string, unknown>) => boolean>,
  { fileMissingIsAllowed = false } = {},
): Promise<Outcome> {
  const res = await graphql(query, tokens[role], variables)
  const body = (await res.json()) as GraphQLAnswer
  const probes: Record<string, Outcome> = {}
  for (const [alias, allowed] of Object.entries(allowedIf)) {
    const error =
      body.errors?.find((e) => e.path?.[0] === alias) ??
      (body.errors?.length && !body.data ? body.errors[0] : undefined)
    const value = body.data?.[alias] as Record<string, unknown> | null | undefined
    if (error) {
      const status = error.extensions?.statusCode
      // an upload needs a file, which GraphQL cannot carry: access let the request through to that check
      if (fileMissingIsAllowed && error.extensions?.name === 'MissingFile') probes[alias] = 'allowed'
      else if (status && DENIED.has(status)) probes[alias] = 'denied'
      else
        probes[alias] =
          `error: ${alias}: ${error.message} (${error.extensions?.name ?? 'no name'}, ${status ?? 'no status'})`
    } else if (value === null || value === undefined) probes[alias] = 'denied'
    else probes[alias] = allowed(value) ? 'allowed' : 'denied'
  }
  return agree(probes)
}

async function viaGraphQL(slug: string, role: Role, op: Op, id: Id | null, global: boolean): Promise<Outcome> {
  if (global) {
    const name = globalName(slug)
    // not in the schema: nobody reaches it over GraphQL
    if (!name) return 'denied'
    if (op === 'read published')
      return graphqlProbe(`{ a: ${name} { __typename } }`, role, undefined, { a: () => true })
    const type = argType(mutationFields.get(`update${name}`), 'data')!
    return graphqlProbe(
      `mutation ($data: ${typeString(type)}) { a: update${name}(data: $data) { __typename } }`,
      role,
      { data: asInput(changeFor(slug), type) },
      { a: () => true },
    )
  }
  const { singular: S, plural: P } = collectionNames(slug)
  if (!queryFields.has(S)) return 'denied' // not in the schema (graphQL: false): checked below that this is meant
  const fx = fixtures.get(slug)!
  const idLit = (v: Id) => literal(v, argType(queryFields.get(S), 'id'))
  const has = (v: Id) => (x: Record<string, unknown>) => ((x.docs as Doc[]) ?? []).some((d) => sameId(d.id, v))
  switch (op) {
    case 'read published':
      return graphqlProbe(
        `{ list: ${P}(where: { id: { equals: ${idLit(id!)} } }) { docs { id } } byID: ${S}(id: ${idLit(id!)}) { id } }`,
        role,
        undefined,
        { list: has(id!), byID: (x) => sameId(x.id, id!) },
      )
    case 'read drafts':
      return graphqlProbe(
        `{ byID: ${S}(id: ${idLit(fx.draft!)}, draft: true) { id }
           list: ${P}(draft: true, where: { id: { equals: ${idLit(fx.draft!)} } }) { docs { id } }
           newerDraft: ${S}(id: ${idLit(fx.read)}, draft: true) { ${titleOf(slug)} } }`,
        role,
        undefined,
        {
          byID: (x) => sameId(x.id, fx.draft!),
          list: has(fx.draft!),
          newerDraft: (x) => x[titleOf(slug)] === fx.draftTitle,
        },
      )
    case 'read versions': {
      const versionId = literal(fx.version!, argType(queryFields.get(`version${S}`), 'id'))
      return graphqlProbe(
        `{ list: versions${P}(where: { parent: { equals: ${idLit(fx.read)} } }) { totalDocs } byID: version${S}(id: ${versionId}) { id } }`,
        role,
        undefined,
        { list: (x) => Number(x.totalDocs) > 0, byID: (x) => sameId(x.id, fx.version!) },
      )
    }
    case 'create': {
      const field = mutationFields.get(`create${S}`)!
      const type = argType(field, 'data')!
      const draft = argType(field, 'draft') ? ', draft: true' : ''
      return graphqlProbe(
        `mutation ($data: ${typeString(type)}) { a: create${S}(data: $data${draft}) { id } }`,
        role,
        { data: asInput(SAMPLES[slug]!(userOf(role)), type) },
        { a: (x) => Boolean(x.id) },
        { fileMissingIsAllowed: isUpload(slug) },
      )
    }
    case 'update':
    case 'publish': {
      const field = mutationFields.get(`update${S}`)!
      const type = argType(field, 'data')!
      const draft = op === 'update' && argType(field, 'draft') ? ', draft: true' : ''
      const data = op === 'publish' ? { _status: 'published' } : changeFor(slug)
      const status = op === 'publish' ? ' _status' : ''
      return graphqlProbe(
        `mutation ($data: ${typeString(type)}) { a: update${S}(id: ${literal(id!, argType(field, 'id'))}, data: $data${draft}) { id${status} } }`,
        role,
        { data: asInput(data, type) },
        { a: (x) => sameId(x.id, id!) && (op !== 'publish' || x._status === 'published') },
      )
    }
    case 'delete': {
      const field = mutationFields.get(`delete${S}`)!
      return graphqlProbe(
        `mutation { a: delete${S}(id: ${literal(id!, argType(field, 'id'))}) { id } }`,
        role,
        undefined,
        { a: (x) => sameId(x.id, id!) },
      )
    }
  }
}

async function localProbe(
  run: () => Promise<unknown>,
  allowedIf: (value: never) => boolean = () => true,
): Promise<Outcome> {
  try {
    return allowedIf((await run()) as never) ? 'allowed' : 'denied'
  } catch (err) {
    const status = (err as { status?: number }).status
    if (status && DENIED.has(status)) return 'denied'
    return `error: ${(err as Error).name}: ${(err as Error).message}`
  }
}

async function viaLocal(slug: string, role: Role, op: Op, id: Id | null, global: boolean): Promise<Outcome> {
  const as = { user: userOf(role), overrideAccess: false, depth: 0 }
  if (global) {
    if (op === 'read published') return localProbe(() => local.findGlobal({ slug, ...as }))
    return localProbe(() => local.updateGlobal({ slug, data: changeFor(slug), ...as }))
  }
  const collection = slug
  const fx = fixtures.get(slug)!
  const listHas = (v: Id) => (r: List) => r.docs.some((d) => sameId(d.id, v))
  switch (op) {
    case 'read published':
      return agree({
        list: await localProbe(() => local.find({ collection, where: { id: { equals: id } }, ...as }), listHas(id!)),
        byID: await localProbe(
          () => local.findByID({ collection, id, ...as }),
          (d: Doc) => sameId(d.id, id!),
        ),
      })
    case 'read drafts':
      return agree({
        byID: await localProbe(
          () => local.findByID({ collection, id: fx.draft, draft: true, ...as }),
          (d: Doc) => sameId(d.id, fx.draft!),
        ),
        list: await localProbe(
          () => local.find({ collection, where: { id: { equals: fx.draft } }, draft: true, ...as }),
          listHas(fx.draft!),
        ),
        newerDraft: await localProbe(
          () => local.findByID({ collection, id: fx.read, draft: true, ...as }),
          (d: Doc) => d[titleOf(slug)] === fx.draftTitle,
        ),
      })
    case 'read versions':
      return agree({
        list: await localProbe(
          () => local.findVersions({ collection, where: { parent: { equals: fx.read } }, ...as }),
          (r: List) => r.totalDocs > 0,
        ),
        byID: await localProbe(
          () => local.findVersionByID({ collection, id: fx.version, ...as }),
          (d: Doc) => sameId(d.id, fx.version!),
        ),
      })
    case 'create':
      return localProbe(() =>
        local.create({
          collection,
          data: SAMPLES[slug]!(userOf(role)),
          draft: hasDrafts(slug),
          ...as,
          ...(isUpload(slug) ? { file: file() } : {}),
        }),
      )
    case 'update':
      return localProbe(() => local.update({ collection, id, data: changeFor(slug), draft: hasDrafts(slug), ...as }))
    case 'delete':
      return localProbe(() => local.delete({ collection, id, ...as }))
    case 'publish':
      return localProbe(
        () => local.update({ collection, id, data: { _status: 'published' }, ...as }),
        (d: Doc) => d._status === 'published',
      )
  }
}

const VIA: Record<Api, typeof viaRest> = { REST: viaRest, GraphQL: viaGraphQL, local: viaLocal }

/** What a cell means as attempts: on whose document, and whether it must be allowed. */
function attemptsOf(cell: Cell): { whose: 'own' | 'others'; allowed: boolean }[] {
  switch (cell) {
    case 'yes':
      return [{ whose: 'others', allowed: true }]
    case 'no':
      return [{ whose: 'others', allowed: false }]
    case 'own':
      return [
        { whose: 'own', allowed: true },
        { whose: 'others', allowed: false },
      ]
    case 'others':
      return [
        { whose: 'own', allowed: false },
        { whose: 'others', allowed: true },
      ]
    case '—':
      return []
  }
}

const NEEDS_DOC = new Set<Op>(['read published', 'update', 'delete', 'publish'])

async function checkRow(target: string, role: Role, api: Api, cells: Cells, global: boolean): Promise<string[]> {
  const problems: string[] = []
  for (const [i, op] of OPS.entries()) {
    for (const { whose, allowed } of attemptsOf(cells[i]!)) {
      const id = global || !NEEDS_DOC.has(op) ? null : await targetOf(target, role, op, whose, allowed)
      const outcome = await VIA[api](target, role, op, id, global)
      if (outcome !== (allowed ? 'allowed' : 'denied')) {
        const on = whose === 'own' ? ' (their own)' : ownership(target) && NEEDS_DOC.has(op) ? ' (someone else’s)' : ''
        problems.push(`${op}${on}: expected ${allowed ? 'allowed' : 'refused'}, got ${outcome}`)
      }
    }
  }
  return problems
}

const summary = (cells: Cells) =>
  OPS.map((op, i) => [op, cells[i]] as const)
    .filter(([, c]) => c !== '—')
    .map(([op, c]) => `${op} ${c}`)
    .join(' · ')

// ------------------------------------------------------------------ the matrix, from the config

describe('the matrix covers the config', () => {
  it('has a row for every collection and global, and none for what does not exist', () => {
    const slugs: string[] = config.collections.map((c) => c.slug)
    const globals: string[] = config.globals.map((g) => g.slug)
    expect(
      slugs.filter((s) => !MATRIX[s]),
      'collections without a row in MATRIX',
    ).toEqual([])
    expect(
      Object.keys(MATRIX).filter((s) => !slugs.includes(s)),
      'MATRIX rows for no collection',
    ).toEqual([])
    expect(
      globals.filter((s) => !GLOBALS[s]),
      'globals without a row in GLOBALS',
    ).toEqual([])
    expect(
      Object.keys(GLOBALS).filter((s) => !globals.includes(s)),
      'GLOBALS rows for no global',
    ).toEqual([])
  })

  it('says — exactly where an operation does not exist, and own/others only where documents have owners', () => {
    const problems: string[] = []
    const rows = [
      ...config.collections.map((c) => ({
        slug: c.slug,
        global: false,
        drafts: Boolean(c.versions?.drafts),
        versions: Boolean(c.versions),
      })),
      ...config.globals.map((g) => ({
        slug: g.slug,
        global: true,
        drafts: Boolean(g.versions?.drafts),
        versions: Boolean(g.versions),
      })),
    ]
    for (const { slug, global, drafts, versions } of rows) {
      const row = (global ? GLOBALS : MATRIX)[slug]?.row
      if (!row) continue
      const exists: Record<Op, boolean> = {
        'read published': true,
        'read drafts': drafts,
        'read versions': versions,
        create: !global,
        update: true,
        delete: !global,
        publish: drafts,
      }
      for (const role of ROLES) {
        OPS.forEach((op, i) => {
          const cell = row[role][i]
          if ((cell === '—') === exists[op])
            problems.push(
              `${slug} ${role} ${op}: "${cell}", but the operation ${exists[op] ? 'exists' : 'does not exist'}`,
            )
          if ((cell === 'own' || cell === 'others') && (role === 'anonymous' || global || !ownership(slug)))
            problems.push(
              `${slug} ${role} ${op}: "${cell}", but ${role === 'anonymous' ? 'anonymous visitors own nothing' : 'its documents have no owner'}`,
            )
          if (cell === 'others' && ownership(slug) !== 'createdBy')
            problems.push(`${slug} ${role} ${op}: "others" is the publish rule, for authored content only`)
        })
      }
    }
    expect(problems).toEqual([])
  })

  it('finds every collection and global in the GraphQL schema, unless it is left out of it', () => {
    const missing = [
      ...config.collections
        .filter((c) => c.graphQL !== false && !queryFields.has(collectionNames(c.slug).singular))
        .map((c) => c.slug),
      ...config.globals.filter((g) => g.graphQL !== false && !globalName(g.slug)).map((g) => g.slug),
    ]
    expect(missing).toEqual([])
  })
})

for (const { slug } of config.collections) {
  const entry = MATRIX[slug]
  describe.concurrent(`collection ${slug}`, () => {
    if (!entry) {
      it('has a row in the access matrix', () => {
        expect.fail(`${slug} has no row in MATRIX (tests/int/access-matrix.int.spec.ts): say who may do what with it`)
      })
      return
    }
    beforeAll(async () => {
      fixtures.set(slug, await prepare(slug))
    })
    for (const role of ROLES) {
      for (const api of APIS) {
        it(`${role} over ${api}: ${summary(entry.row[role])}`, async ({ expect }) => {
          expect(await checkRow(slug, role, api, entry.row[role], false), `${slug} × ${role} over ${api}`).toEqual([])
        })
      }
    }
  })
}

for (const { slug } of config.globals) {
  const entry = GLOBALS[slug]
  describe.concurrent(`global ${slug}`, () => {
    if (!entry) {
      it('has a row in the access matrix', () => {
        expect.fail(`${slug} has no row in GLOBALS (tests/int/access-matrix.int.spec.ts): say who may do what with it`)
      })
      return
    }
    for (const role of ROLES) {
      for (const api of APIS) {
        it(`${role} over ${api}: ${summary(entry.row[role])}`, async ({ expect }) => {
          expect(await checkRow(slug, role, api, entry.row[role], true), `${slug} × ${role} over ${api}`).toEqual([])
        })
      }
    }
  })
}

// ------------------------------------------------------------------ private fields

type Reader = 'yes' | 'no' | 'own'
type Readers = Record<Role, Reader>
const STAFF: Readers = { anonymous: 'no', editor: 'yes', reviewer: 'yes', admin: 'yes' }
const ADMINS: Readers = { anonymous: 'no', editor: 'no', reviewer: 'no', admin: 'yes' }
const ADMINS_AND_SELF: Readers = { anonymous: 'no', editor: 'own', reviewer: 'own', admin: 'yes' }
const SELF: Readers = { anonymous: 'no', editor: 'own', reviewer: 'own', admin: 'own' }
const NO_ONE: Readers = { anonymous: 'no', editor: 'no', reviewer: 'no', admin: 'no' }

/**
 * Who may read each private field, over every API: `collection.path`, or `*.path` for every collection
 * that has it. "The admin" is staff: emails and moderator notes reach staff and nobody else.
 */
const FIELDS: Record<string, { readers: Readers; why: string }> = {
  'users.email': { readers: ADMINS_AND_SELF, why: 'staff see each other’s names, not addresses' },
  'users.hash': { readers: NO_ONE, why: 'password hash' },
  'users.salt': { readers: NO_ONE, why: 'password salt' },
  'users.resetPasswordToken': { readers: NO_ONE, why: 'a live password-reset token' },
  'users.resetPasswordExpiration': { readers: NO_ONE, why: 'when a reset token expires' },
  'users.resetPasswordRequestedAt': { readers: NO_ONE, why: 'when a reset was asked for' },
  'users.sessions': { readers: SELF, why: 'the account’s sign-in sessions' },
  'submissions.email': { readers: STAFF, why: 'a contributor’s address: never public' },
  'submissions.name': { readers: STAFF, why: 'public only as a credit, where they agreed to it' },
  'submissions.moderatorNotes': { readers: STAFF, why: 'moderator notes never leave the admin' },
  'submissions.clientHash': { readers: STAFF, why: 'tells moderators which submissions came from one sender' },
  'submissions.tokenHash': { readers: NO_ONE, why: 'the status link’s token, hashed: nobody needs it' },
  'digest-subscribers.email': { readers: ADMINS, why: 'readers’ addresses: admins only' },
  'review-events.note': { readers: STAFF, why: 'the review history' },
  '*.reviewNote': { readers: STAFF, why: 'the note sent with a review' },
  '*.contributors.submission': { readers: STAFF, why: 'which submission a credit came from' },
}
/** Fields whose names look private but are public on purpose. */
const PUBLIC_ON_PURPOSE: Record<string, string> = {
  '*.credits.note': 'what a credited source gave, shown with the credit',
  'resources.notes': 'longer notes on a resource, shown on its page',
  'sources.reuseNotes': 'what a source says about reuse, shown on the credits page',
}
const LOOKS_PRIVATE = /e-?mail|note|hash|salt|token|secret|passw|session|client|address|phone|\bip\b/i

/** Every field of a collection, as dotted paths (groups, arrays and tabs walked into). */
function pathsOf(fields: FlattenedField[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const path = `${prefix}${f.name}`
    const inner =
      'flattenedFields' in f && Array.isArray(f.flattenedFields) ? pathsOf(f.flattenedFields, `${path}.`) : []
    return [path, ...inner]
  })
}
const fieldKey = (slug: string, path: string) => (FIELDS[`${slug}.${path}`] ? `${slug}.${path}` : `*.${path}`)
const privateFieldsOf = (slug: string) =>
  pathsOf(collectionConfig(slug).flattenedFields).filter((path) => FIELDS[`${slug}.${path}`] || FIELDS[`*.${path}`])

/** A value as the APIs compare: related documents by id, lists by their items. */
function norm(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(norm)
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  if (typeof value === 'number') return String(value)
  return value
}
/** The value at `path` of a document (in an array: of every row). */
function valueAt(doc: unknown, path: string): unknown {
  const [head, ...rest] = path.split('.')
  const here = (doc as Record<string, unknown> | null | undefined)?.[head!]
  if (!rest.length) return here
  if (Array.isArray(here)) return here.map((row) => valueAt(row, rest.join('.')))
  return valueAt(here, rest.join('.'))
}
const isEmpty = (v: unknown): boolean =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.every(isEmpty))

/** The documents holding private values, by collection: someone else's, and each account's own (users). */
const holders = new Map<string, { others: Id; own?: (role: Staff) => Id }>()
/** What each private field holds, read as the server (hidden fields too). */
const stored = new Map<string, unknown>()
const SECRET = {
  submissionEmail: 'sender-matrix@example.test',
  moderatorNote: 'Moderator note: matrix private',
  tokenHash: 'matrix-token-hash-0123456789abcdef',
  clientHash: 'matrix-client-hash-fedcba9876543210',
  digestEmail: 'reader-matrix@example.test',
  reviewNote: 'Review note: matrix private',
  eventNote: 'Review history note: matrix private',
}

async function seedPrivate() {
  const submission = await local.create({
    collection: 'submissions',
    data: {
      kind: 'suggestion',
      status: 'new',
      message: 'Please add this',
      name: 'Sam Sender-Matrix',
      email: SECRET.submissionEmail,
      moderatorNotes: SECRET.moderatorNote,
      tokenHash: SECRET.tokenHash,
      clientHash: SECRET.clientHash,
    },
    overrideAccess: true,
  })
  holders.set('submissions', { others: submission.id })
  const subscriber = await local.create({
    collection: 'digest-subscribers',
    data: { email: SECRET.digestEmail, locale: 'en', choice: 'weekly' },
    overrideAccess: true,
  })
  holders.set('digest-subscribers', { others: subscriber.id })
  const event = await local.create({
    collection: 'review-events',
    data: {
      collectionSlug: 'resources',
      docId: '1',
      action: 'changes_requested',
      note: SECRET.eventNote,
      by: accounts.other.id,
    },
    overrideAccess: true,
  })
  holders.set('review-events', { others: event.id })
  // every account has signed in (a session each), and `other` has asked for a password reset
  await loginToken(payload, accounts.other)
  // (with its email, to the console adapter: Payload records when a reset was asked for only then)
  await payload.forgotPassword({ collection: 'users', data: { email: accounts.other.email } })
  holders.set('users', { others: accounts.other.id, own: (role) => accounts[role].id })
  // content: written by `other`, published by the server, with a review note and a credited contributor
  for (const slug of config.collections
    .map((c) => c.slug)
    .filter((s) => privateFieldsOf(s).some((p) => FIELDS[`*.${p}`]))) {
    const draft = await make(slug, accounts.other)
    const paths = privateFieldsOf(slug)
    await local.update({
      collection: slug,
      id: draft.id,
      data: {
        _status: 'published',
        ...(paths.includes('reviewNote') ? { reviewNote: SECRET.reviewNote } : {}),
        ...(paths.includes('contributors.submission')
          ? { contributors: [{ name: 'Sam Sender-Matrix', contribution: 'suggested', submission: submission.id }] }
          : {}),
      },
      overrideAccess: true,
    })
    holders.set(slug, { others: draft.id })
  }
  for (const [slug, holder] of holders) {
    const ids = [holder.others, ...(holder.own ? (['editor', 'reviewer', 'admin'] as const).map(holder.own) : [])]
    for (const id of ids) {
      const doc = await local.findByID({ collection: slug, id, overrideAccess: true, showHiddenFields: true, depth: 0 })
      for (const path of privateFieldsOf(slug)) stored.set(`${slug}:${id}:${path}`, valueAt(doc, path))
    }
  }
}

/** The GraphQL selection for `path` on the type `typeName`, or null when the schema has no such field. */
function selectionFor(typeName: string, path: string): string | null {
  const [head, ...rest] = path.split('.')
  const field = schemaTypes.get(typeName)?.fields?.find((f) => f.name === head)
  if (!field) return null
  const named = namedType(field.type)
  if (!rest.length) {
    if (named.kind !== 'OBJECT' && named.kind !== 'UNION') return head!
    return schemaTypes.get(named.name!)?.fields?.some((f) => f.name === 'id') ? `${head} { id }` : null
  }
  const inner = named.name ? selectionFor(named.name, rest.join('.')) : null
  return inner ? `${head} { ${inner} }` : null
}

type Read = { value: unknown; text: string }

async function readPrivate(api: Api, slug: string, id: Id, path: string, role: Role): Promise<Read[]> {
  if (api === 'REST') {
    const reads: Read[] = []
    for (const url of [`/api/${slug}/${id}?depth=0`, `/api/${slug}?where[id][equals]=${id}&depth=0`]) {
      const { status, body } = await restJson('GET', url, { token: tokens[role] })
      const doc = status === 200 ? ('docs' in body ? (body.docs as Doc[])[0] : body) : undefined
      reads.push({ value: valueAt(doc, path), text: JSON.stringify(body) })
    }
    return reads
  }
  if (api === 'GraphQL') {
    const { singular } = collectionNames(slug)
    const selection = selectionFor(singular, path)
    // not in the schema at all (hidden fields): GraphQL cannot read it
    if (!selection) return [{ value: undefined, text: '' }]
    const res = await graphql(
      `{ a: ${singular}(id: ${literal(id, argType(queryFields.get(singular), 'id'))}) { id ${selection} } }`,
      tokens[role],
    )
    const text = await res.text()
    return [{ value: valueAt((JSON.parse(text) as GraphQLAnswer).data?.a, path), text }]
  }
  try {
    const doc = await local.findByID({ collection: slug, id, user: userOf(role), overrideAccess: false, depth: 0 })
    return [{ value: valueAt(doc, path), text: JSON.stringify(doc) }]
  } catch {
    return [{ value: undefined, text: '' }]
  }
}

/** Filtering by a private value: the answer for the true value and for a wrong one, as status and count. */
async function filterAnswer(api: Api, slug: string, path: string, value: unknown, role: Role): Promise<string> {
  const v = typeof value === 'number' ? value : String(value)
  if (api === 'REST') {
    const { status, body } = await restJson(
      'GET',
      `/api/${slug}?where[${path}][equals]=${encodeURIComponent(String(v))}&depth=0`,
      { token: tokens[role] },
    )
    return `${status}:${status === 200 ? String(body.totalDocs) : ''}`
  }
  if (api === 'local') {
    try {
      const r = await local.find({
        collection: slug,
        where: { [path]: { equals: v } },
        user: userOf(role),
        overrideAccess: false,
        depth: 0,
      })
      return `ok:${r.totalDocs}`
    } catch (err) {
      return `refused:${(err as { status?: number }).status ?? (err as Error).name}`
    }
  }
  const { plural } = collectionNames(slug)
  // GraphQL's `where` spells nested paths with `__`; a field left out of it cannot be filtered on
  const whereType = argType(queryFields.get(plural), 'where')
  const name = path.replace(/\./g, '__')
  const operand = whereType && schemaTypes.get(namedType(whereType).name!)?.inputFields?.find((f) => f.name === name)
  const equals =
    operand && schemaTypes.get(namedType(operand.type).name!)?.inputFields?.find((f) => f.name === 'equals')
  if (!equals) return 'not in the schema'
  const res = await graphql(
    `query ($v: ${typeString(equals.type)}) { a: ${plural}(where: { ${name}: { equals: $v } }) { totalDocs } }`,
    tokens[role],
    { v },
  )
  const body = (await res.json()) as GraphQLAnswer
  const a = body.data?.a as { totalDocs?: number } | null | undefined
  return a
    ? `ok:${a.totalDocs}`
    : `refused:${body.errors?.[0]?.extensions?.statusCode ?? body.errors?.[0]?.message ?? 'null'}`
}
const ISO_DATE = /^\d{4}-\d\d-\d\dT/
/** Another value of the same kind, that no document holds. */
const decoy = (value: unknown) =>
  typeof value === 'number'
    ? 987_654
    : ISO_DATE.test(String(value))
      ? new Date(Date.parse(String(value)) + 86_400_000).toISOString()
      : `${String(value)}-not-it`

describe.concurrent('private fields', () => {
  beforeAll(seedPrivate)

  it('every field that looks private has a row in FIELDS (or is public on purpose)', ({ expect }) => {
    const unlisted = config.collections.flatMap(({ slug }) =>
      pathsOf(collectionConfig(slug).flattenedFields)
        .filter((path) => LOOKS_PRIVATE.test(path.split('.').pop()!))
        .filter(
          (path) =>
            !FIELDS[`${slug}.${path}`] &&
            !FIELDS[`*.${path}`] &&
            !PUBLIC_ON_PURPOSE[`*.${path}`] &&
            !PUBLIC_ON_PURPOSE[`${slug}.${path}`],
        )
        .map((path) => `${slug}.${path}`),
    )
    expect(unlisted, 'fields that look private but have no row in FIELDS or PUBLIC_ON_PURPOSE').toEqual([])
    const none = Object.keys(FIELDS).filter((key) => {
      const [slug, ...rest] = key.split('.')
      const path = rest.join('.')
      return slug === '*'
        ? !config.collections.some((c) => pathsOf(c.flattenedFields).includes(path))
        : !pathsOf(collectionConfig(slug!).flattenedFields).includes(path)
    })
    expect(none, 'FIELDS rows for no field').toEqual([])
  })

  const keys = [
    ...new Set(config.collections.flatMap(({ slug }) => privateFieldsOf(slug).map((p) => fieldKey(slug, p)))),
  ]
  for (const key of keys) {
    const { readers, why } = FIELDS[key]!
    for (const role of ROLES) {
      it(`${key} (${why}): ${role} ${readers[role] === 'yes' ? 'reads it' : readers[role] === 'own' ? 'reads their own only' : 'never reads it'}, over REST, GraphQL and the local API`, async ({
        expect,
      }) => {
        const path = key.split('.').slice(1).join('.')
        const problems: string[] = []
        const slugs = config.collections
          .map((c) => c.slug)
          .filter((slug) => fieldKey(slug, path) === key && privateFieldsOf(slug).includes(path))
        for (const slug of slugs) {
          const holder = holders.get(slug)
          if (!holder) {
            problems.push(`${slug}.${path}: no document holds a value to look for (seedPrivate)`)
            continue
          }
          const cases: { id: Id; readable: boolean; whose: string }[] =
            readers[role] === 'own'
              ? [
                  { id: holder.own!(role as Staff), readable: true, whose: 'their own' },
                  { id: holder.others, readable: false, whose: 'someone else’s' },
                ]
              : [{ id: holder.others, readable: readers[role] === 'yes', whose: 'someone else’s' }]
          for (const { id, readable, whose } of cases) {
            const value = stored.get(`${slug}:${id}:${path}`)
            if (isEmpty(value)) {
              problems.push(`${slug}.${path} of ${whose}: the seeded document holds no value`)
              continue
            }
            for (const api of APIS) {
              for (const read of await readPrivate(api, slug, id, path, role)) {
                const got = JSON.stringify(norm(read.value)) === JSON.stringify(norm(value))
                // a string secret must not appear anywhere in the answer either
                const anywhere = typeof value === 'string' && read.text.includes(value)
                if (readable && !got)
                  problems.push(
                    `${api} ${slug}.${path} of ${whose}: expected readable, got ${JSON.stringify(read.value)}`,
                  )
                if (!readable && (got || anywhere))
                  problems.push(`${api} ${slug}.${path} of ${whose}: expected hidden, but the answer holds it`)
              }
              // nobody finds out a value they may not read by filtering on it
              if (!readable && typeof value !== 'object') {
                const [truth, wrong] = [
                  await filterAnswer(api, slug, path, value, role),
                  await filterAnswer(api, slug, path, decoy(value), role),
                ]
                if (truth !== wrong)
                  problems.push(
                    `${api} ${slug}.${path} of ${whose}: filtering on it tells (${truth} for the value, ${wrong} for another)`,
                  )
              }
            }
          }
        }
        expect(problems).toEqual([])
      })
    }
  }

  // through relationships: a content document's author and credited submission
  const TRAVERSALS: { path: string; value: () => unknown; readers: Readers }[] = [
    { path: 'createdBy.email', value: () => accounts.other.email, readers: ADMINS },
    { path: 'createdBy.hash', value: () => stored.get(`users:${accounts.other.id}:hash`), readers: NO_ONE },
    {
      path: 'createdBy.resetPasswordToken',
      value: () => stored.get(`users:${accounts.other.id}:resetPasswordToken`),
      readers: NO_ONE,
    },
    { path: 'contributors.submission.email', value: () => SECRET.submissionEmail, readers: STAFF },
    { path: 'contributors.submission.moderatorNotes', value: () => SECRET.moderatorNote, readers: STAFF },
    { path: 'contributors.submission.tokenHash', value: () => SECRET.tokenHash, readers: NO_ONE },
  ]
  it('nobody finds out a private value by filtering through a relationship (author, credited submission), over REST and the local API', async ({
    expect,
  }) => {
    const problems: string[] = []
    for (const slug of [...holders.keys()].filter((s) => hasDrafts(s))) {
      for (const { path, value, readers } of TRAVERSALS) {
        if (!pathsOf(collectionConfig(slug).flattenedFields).includes(path.split('.').slice(0, -1).join('.'))) continue
        const v = value()
        expect(v, `${path}: the value to look for`).toBeTruthy()
        for (const role of ROLES.filter((r) => readers[r] !== 'yes')) {
          for (const api of ['REST', 'local'] as const) {
            const [truth, wrong] = [
              await filterAnswer(api, slug, path, v, role),
              await filterAnswer(api, slug, path, decoy(v), role),
            ]
            if (truth !== wrong)
              problems.push(`${api} ${slug} where ${path} as ${role}: ${truth} for the value, ${wrong} for another`)
          }
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('no answer to anyone holds a password hash, salt, reset token or token hash; none to anonymous holds an email or a note', async ({
    expect,
  }) => {
    const other = (k: string) => stored.get(`users:${accounts.other.id}:${k}`) as string
    const never = [other('hash'), other('salt'), other('resetPasswordToken'), SECRET.tokenHash]
    const hidden: Record<Role, string[]> = {
      anonymous: [...never, ...Object.values(SECRET), ...Object.values(accounts).map((u) => u.email)],
      editor: [...never, SECRET.digestEmail, accounts.other.email, accounts.admin.email],
      reviewer: [...never, SECRET.digestEmail, accounts.other.email, accounts.admin.email],
      admin: never,
    }
    const problems: string[] = []
    const urls = [
      ...config.collections.map((c) => `/api/${c.slug}?limit=100&depth=1&draft=true&locale=all`),
      ...config.globals.map((g) => `/api/globals/${g.slug}?depth=1&locale=all`),
      '/api/users/me',
    ]
    for (const role of ROLES) {
      for (const url of urls) {
        const res = await restJson('GET', url, { token: tokens[role] })
        const text = JSON.stringify(res.body)
        for (const secret of hidden[role])
          if (secret && text.includes(secret)) problems.push(`${role} GET ${url} holds ${secret}`)
      }
    }
    expect(problems).toEqual([])
  })
})
