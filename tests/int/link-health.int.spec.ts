/**
 * The link-health job against a real local HTTP server: 200, permanent and temporary redirects,
 * 404, 410, 500, a server refusing HEAD, one that never answers; run through Payload's jobs queue
 * and directly. What it records (status, HTTP status, final URL, date), that published resources
 * stay exactly as published (no new version, same `updatedAt`, a pending draft kept), politeness
 * (one request per host at a time, a global limit, the User-Agent), oldest-checked first in
 * batches, and that private addresses are refused unless allowed.
 */
import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload, ServerProps, Where } from 'payload'
import { parse } from 'qs-esm'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { LinkHealthWidget } from '@/components/admin/LinkHealthWidget'
import { serverUrl } from '@/lib/env'
import { checkUrl } from '@/link-health/check'
import { isPrivateAddress } from '@/link-health/guard'
import { checkUrls } from '@/link-health/schedule'
import { CHECK_LINKS_TASK } from '@/link-health/settings'
import { runLinkCheck } from '@/link-health/task'
import type { Resource, User } from '@/payload-types'
import { createDoc } from '../helpers/content'
import { seedUser, withTestPayload } from '../helpers/payload'

const TIMEOUT_MS = 400
const USER_AGENT = `AllyshipHub-LinkCheck/1.0 (+${serverUrl()})`

// ---------------------------------------------------------------- the local server
type Seen = { method: string; path: string; host: string; userAgent: string | undefined }
const seen: Seen[] = []
const activeByHost = new Map<string, number>()
const maxByHost = new Map<string, number>()
let active = 0
let maxActive = 0
const hanging = new Set<http.ServerResponse>()

const server = http.createServer((req, res) => {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '')
  const path = new URL(req.url ?? '/', 'http://x').pathname
  seen.push({ method: req.method ?? '', path, host, userAgent: req.headers['user-agent'] })
  active++
  maxActive = Math.max(maxActive, active)
  activeByHost.set(host, (activeByHost.get(host) ?? 0) + 1)
  maxByHost.set(host, Math.max(maxByHost.get(host) ?? 0, activeByHost.get(host)!))
  res.on('close', () => {
    active--
    activeByHost.set(host, activeByHost.get(host)! - 1)
    hanging.delete(res)
  })
  const send = (status: number, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'text/html', ...headers })
    res.end(req.method === 'HEAD' ? undefined : `<p>${status}</p>`)
  }
  switch (path) {
    case '/ok':
    case '/target':
      return send(200)
    case '/moved':
      return send(301, { location: '/target' })
    case '/moved-gone':
      return send(308, { location: '/gone' })
    case '/temp':
      return send(302, { location: '/target' })
    case '/loop':
      return send(301, { location: '/loop' })
    case '/missing':
      return send(404)
    case '/gone':
      return send(410)
    case '/fail':
      return send(500)
    case '/no-head':
      return req.method === 'HEAD' ? send(405, { allow: 'GET' }) : send(200)
    case '/slow':
      setTimeout(() => send(200), 120)
      return
    case '/hang':
      hanging.add(res) // never answered
      return
    default:
      return send(404)
  }
})

let port: number
const at = (path: string, host = 'localhost') => `http://${host}:${port}${path}`
const resetStats = () => {
  seen.length = 0
  activeByHost.clear()
  maxByHost.clear()
  active = 0
  maxActive = 0
}

// ---------------------------------------------------------------- Payload
let payload: Payload
let n = 0
const previousAllowPrivate = process.env.LINK_CHECK_ALLOW_PRIVATE

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
  // the checker refuses loopback addresses unless told otherwise (tested below)
  process.env.LINK_CHECK_ALLOW_PRIVATE = '1'
})
withTestPayload((p) => {
  payload = p
})
// (after-hooks run last-registered first: this one before Payload closes)
afterAll(async () => {
  if (previousAllowPrivate === undefined) delete process.env.LINK_CHECK_ALLOW_PRIVATE
  else process.env.LINK_CHECK_ALLOW_PRIVATE = previousAllowPrivate
  for (const res of hanging) res.destroy()
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})
beforeEach(resetStats)

const publishedResource = (url: string) =>
  createDoc(
    payload,
    'resources',
    {
      title: `Link ${++n}`,
      url,
      summary: `Summary ${n}.`,
      kind: 'article',
      language: 'en',
      _status: 'published',
    },
    { context: { skipRevalidate: true } },
  )
const live = (id: number) =>
  payload.findByID({ collection: 'resources', id, overrideAccess: true, depth: 0 }) as Promise<Resource>
const latest = (id: number) =>
  payload.findByID({ collection: 'resources', id, overrideAccess: true, depth: 0, draft: true }) as Promise<Resource>
const versionCount = async (id: number) =>
  (
    await payload.findVersions({
      collection: 'resources',
      where: { parent: { equals: id } },
      overrideAccess: true,
      limit: 1,
    })
  ).totalDocs
const publicFields = (r: Resource) => ({
  title: r.title,
  summary: r.summary,
  url: r.url,
  _status: r._status,
  updatedAt: r.updatedAt,
  slug: r.slug,
  kind: r.kind,
})

describe('the checkLinks job', () => {
  it('records what each link answers, through the jobs queue, and leaves published resources as they were', async () => {
    const paths = ['/ok', '/moved', '/temp', '/missing', '/gone', '/fail', '/no-head', '/hang'] as const
    const docs = Object.fromEntries(
      await Promise.all(paths.map(async (p) => [p, await publishedResource(at(p))] as const)),
    ) as Record<(typeof paths)[number], Resource>
    // one published resource has a pending draft that points elsewhere: each keeps its own URL's health
    const withDraft = await publishedResource(at('/ok'))
    await payload.update({
      collection: 'resources',
      id: withDraft.id,
      data: { summary: 'A pending change.', url: at('/gone') },
      draft: true,
      overrideAccess: true,
      context: { skipRevalidate: true },
    })
    const before = new Map<number, { fields: ReturnType<typeof publicFields>; versions: number }>()
    for (const doc of [...Object.values(docs), withDraft])
      before.set(doc.id, { fields: publicFields(await live(doc.id)), versions: await versionCount(doc.id) })
    const draftBefore = await latest(withDraft.id)
    expect((await live(docs['/ok'].id)).linkHealth?.status).toBe('unchecked')

    const started = Date.now()
    await payload.jobs.queue({ task: CHECK_LINKS_TASK, input: { timeoutMs: TIMEOUT_MS }, queue: 'maintenance' })
    await payload.jobs.run({ queue: 'maintenance', limit: 10 })
    const elapsed = Date.now() - started
    // the hanging server costs one timeout (HEAD is not retried after a timeout), not more
    expect(elapsed).toBeLessThan(TIMEOUT_MS * 2 + 3000)

    const expected: Record<
      (typeof paths)[number],
      { status: string; httpStatus: number | null; finalUrl: string | null }
    > = {
      '/ok': { status: 'ok', httpStatus: 200, finalUrl: at('/ok') },
      '/moved': { status: 'redirected', httpStatus: 301, finalUrl: at('/target') },
      '/temp': { status: 'ok', httpStatus: 200, finalUrl: at('/target') },
      '/missing': { status: 'broken', httpStatus: 404, finalUrl: at('/missing') },
      '/gone': { status: 'broken', httpStatus: 410, finalUrl: at('/gone') },
      '/fail': { status: 'error', httpStatus: 500, finalUrl: at('/fail') },
      '/no-head': { status: 'ok', httpStatus: 200, finalUrl: at('/no-head') },
      '/hang': { status: 'error', httpStatus: null, finalUrl: null },
    }
    for (const p of paths) {
      for (const view of [await live(docs[p].id), await latest(docs[p].id)]) {
        const health = view.linkHealth!
        expect({
          path: p,
          status: health.status,
          httpStatus: health.httpStatus ?? null,
          finalUrl: health.finalUrl ?? null,
        }).toEqual({ path: p, ...expected[p] })
        const checkedAt = new Date(health.checkedAt!).getTime()
        expect(checkedAt).toBeGreaterThanOrEqual(started - 1000)
        expect(checkedAt).toBeLessThanOrEqual(Date.now())
      }
    }

    // HEAD first; GET only where HEAD was refused (405) or said 404/410/500
    const methods = (path: string) => seen.filter((s) => s.path === path).map((s) => s.method)
    expect(methods('/ok')).toEqual(['HEAD'])
    expect(methods('/no-head')).toEqual(['HEAD', 'GET'])
    expect(methods('/missing')).toEqual(['HEAD', 'GET'])
    expect(methods('/hang')).toEqual(['HEAD'])
    // polite: one clear User-Agent, one request at a time on this host
    expect(seen.length).toBeGreaterThan(10)
    expect(new Set(seen.map((s) => s.userAgent))).toEqual(new Set([USER_AGENT]))
    expect(maxByHost.get('localhost')).toBe(1)

    // nothing published changed: same fields, same updatedAt, still published, no new version
    for (const [id, { fields, versions }] of before) {
      expect(publicFields(await live(id))).toEqual(fields)
      expect(await versionCount(id)).toBe(versions)
    }
    const anonymous = await payload.find({
      collection: 'resources',
      where: { id: { in: [...before.keys()] } },
      overrideAccess: false,
      depth: 0,
      limit: 100,
    })
    expect(anonymous.totalDocs).toBe(before.size)
    // the pending draft stays a draft with its change; the published version keeps its own URL's health
    const draftAfter = await latest(withDraft.id)
    expect({ ...publicFields(draftAfter), updatedAt: draftAfter.updatedAt }).toEqual({
      ...publicFields(draftBefore),
      updatedAt: draftBefore.updatedAt,
    })
    expect(draftAfter._status).toBe('draft')
    expect(draftAfter.summary).toBe('A pending change.')
    expect(draftAfter.linkHealth).toMatchObject({ status: 'broken', httpStatus: 410, finalUrl: at('/gone') })
    const publishedAfter = await live(withDraft.id)
    expect(publishedAfter._status).toBe('published')
    expect(publishedAfter.summary).toBe(withDraft.summary)
    expect(publishedAfter.linkHealth).toMatchObject({ status: 'ok', httpStatus: 200, finalUrl: at('/ok') })

    // the job is done (and removed, deleteJobOnComplete); a second run finds nothing stale
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: CHECK_LINKS_TASK } },
      overrideAccess: true,
    })
    expect(jobs.totalDocs).toBe(0)
    resetStats()
    const again = await runLinkCheck(payload, { timeoutMs: TIMEOUT_MS })
    expect(again.checked).toBe(0)
    expect(seen).toHaveLength(0)
  })

  it('checks links never checked first, then the oldest, in batches, and skips recent ones', async () => {
    const never = await publishedResource(at('/ok?never'))
    const old = await publishedResource(at('/ok?old'))
    const recent = await publishedResource(at('/ok?recent'))
    const db = (payload.db as unknown as PostgresAdapter).drizzle
    const setChecked = async (id: number, daysAgo: number) => {
      const when = new Date(Date.now() - daysAgo * 86_400_000).toISOString()
      await db.execute(
        sql`update resources set link_health_status = 'ok', link_health_checked_at = ${when}::timestamptz where id = ${id}`,
      )
      await db.execute(
        sql`update _resources_v set version_link_health_status = 'ok', version_link_health_checked_at = ${when}::timestamptz where parent_id = ${id} and latest`,
      )
    }
    await setChecked(old.id, 30)
    await setChecked(recent.id, 1)

    const first = await runLinkCheck(payload, { timeoutMs: TIMEOUT_MS, staleDays: 7, maxPerRun: 1 })
    expect(first).toMatchObject({ checked: 1, ok: 1, stoppedEarly: true })
    expect(seen.map((s) => s.path + (s.method === 'HEAD' ? '' : ` ${s.method}`))).toEqual(['/ok'])
    expect((await live(never.id)).linkHealth?.checkedAt).toBeTruthy()
    expect(new Date((await live(old.id)).linkHealth!.checkedAt!).getTime()).toBeLessThan(Date.now() - 29 * 86_400_000)

    // two rounds of one: the 30-day-old link, then nothing else is stale
    resetStats()
    const second = await runLinkCheck(payload, { timeoutMs: TIMEOUT_MS, staleDays: 7, batch: 1 })
    expect(second).toMatchObject({ checked: 1, ok: 1, stoppedEarly: false })
    expect(new Date((await live(old.id)).linkHealth!.checkedAt!).getTime()).toBeGreaterThan(Date.now() - 60_000)
    expect(new Date((await live(recent.id)).linkHealth!.checkedAt!).getTime()).toBeLessThan(Date.now() - 23 * 3_600_000)
  })

  it('shows editors the links to check on the dashboard, linked to the filtered Resources list', async () => {
    await seedUser(payload, ['admin'])
    const editor = await seedUser(payload, ['editor'])
    const html = renderToStaticMarkup((await LinkHealthWidget({ payload, user: editor } as ServerProps))!)
    // after the first test: latest versions with /moved (moved), /missing, /gone and the draft's /gone (broken), /fail and /hang (could not check)
    expect(html).toContain('6 resources have a link to check')
    expect(html).toMatch(/Broken: 3</)
    expect(html).toMatch(/Moved: 1</)
    expect(html).toMatch(/Could not check: 2</)
    // each link opens the Resources list with a filter the list understands, showing as many
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'))
    expect(hrefs[0]).toMatch(/^\/admin\/collections\/resources\?/)
    const listed = async (href: string) => {
      // parsed as the admin's views parse their URL
      const where = (parse(href.split('?')[1]!, { depth: 10 }) as { where: Where }).where
      return (
        await payload.find({
          collection: 'resources',
          where,
          draft: true,
          overrideAccess: false,
          user: editor,
          limit: 100,
          depth: 0,
        })
      ).docs
    }
    const toCheck = await listed(hrefs[0]!)
    expect(toCheck).toHaveLength(6)
    expect(new Set(toCheck.map((d) => d.linkHealth?.status))).toEqual(new Set(['broken', 'redirected', 'error']))
    expect((await listed(hrefs[1]!)).map((d) => d.linkHealth?.status)).toEqual(['broken', 'broken', 'broken'])
    // nothing for someone without a role
    const roleless: User = { ...editor, roles: [] }
    expect(await LinkHealthWidget({ payload, user: roleless } as ServerProps)).toBeNull()
  })
})

describe('the checker', () => {
  it('never runs two requests on one host at once, and no more than the limit overall', async () => {
    const urls = [1, 2, 3, 4].flatMap((i) => [at(`/slow?${i}`, 'localhost'), at(`/slow?${i}`, '127.0.0.1')])
    const options = { timeoutMs: 5000, userAgent: USER_AGENT, allowPrivate: true }
    const wide = await checkUrls(urls, { ...options, concurrency: 4 })
    expect(wide.map((r) => r.status)).toEqual(Array(8).fill('ok'))
    expect(maxByHost.get('localhost')).toBe(1)
    expect(maxByHost.get('127.0.0.1')).toBe(1)
    expect(maxActive).toBe(2) // both hosts at once: parallel across hosts

    resetStats()
    const narrow = await checkUrls(urls, { ...options, concurrency: 1 })
    expect(narrow).toHaveLength(8)
    expect(maxActive).toBe(1)

    resetStats()
    const late = await checkUrls(urls, { ...options, deadline: Date.now() - 1 })
    expect(late).toHaveLength(0)
    expect(seen).toHaveLength(0)
  })

  it('gives up on a server that never answers within the timeout', async () => {
    const started = Date.now()
    const result = await checkUrl(at('/hang'), { timeoutMs: 300, userAgent: USER_AGENT, allowPrivate: true })
    expect(result).toMatchObject({ status: 'error', httpStatus: null, finalUrl: null })
    expect(result.reason).toMatch(/no answer within 300 ms/)
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('follows at most 5 redirects and reports where a moved link ends up', async () => {
    const options = { timeoutMs: 2000, userAgent: USER_AGENT, allowPrivate: true }
    const loop = await checkUrl(at('/loop'), options)
    expect(loop).toMatchObject({ status: 'error', httpStatus: 301 })
    expect(loop.reason).toMatch(/more than 5 redirects/)
    expect(seen.filter((s) => s.path === '/loop' && s.method === 'HEAD')).toHaveLength(6)
    expect(await checkUrl(at('/moved-gone'), options)).toMatchObject({
      status: 'broken',
      httpStatus: 410,
      finalUrl: at('/gone'),
    })
    expect(await checkUrl('ftp://example.org/file', options)).toMatchObject({ status: 'error', method: null })
  })

  it('refuses loopback and private addresses unless allowed, without sending anything', async () => {
    const result = await checkUrl(at('/ok'), { timeoutMs: 2000, userAgent: USER_AGENT, allowPrivate: false })
    expect(result).toMatchObject({ status: 'error', httpStatus: null })
    expect(result.reason).toMatch(/private or loopback/)
    const ip = await checkUrl(at('/ok', '127.0.0.1'), { timeoutMs: 2000, userAgent: USER_AGENT })
    expect(ip.status).toBe('error')
    expect(seen).toHaveLength(0)
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '::1',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
    ]) {
      expect(isPrivateAddress(a), a).toBe(true)
    }
    for (const a of ['93.184.216.34', '2606:4700::1111', '8.8.8.8']) expect(isPrivateAddress(a), a).toBe(false)
  })
})

describe('editing a resource', () => {
  it('a new URL goes back to "not checked yet", and nobody writes link health through the API', async () => {
    const editor = await seedUser(payload, ['editor'])
    const resource = await publishedResource(`http://localhost:${port}/missing`)
    const db = (payload.db as unknown as PostgresAdapter).drizzle
    await db.execute(
      sql`update resources set link_health_status = 'broken', link_health_http_status = 404 where id = ${resource.id}`,
    )
    await db.execute(
      sql`update _resources_v set version_link_health_status = 'broken', version_link_health_http_status = 404 where parent_id = ${resource.id}`,
    )

    // an edit form sending link health back (or inventing it) changes nothing
    const same = await payload.update({
      collection: 'resources',
      id: resource.id,
      user: editor,
      overrideAccess: false,
      draft: true,
      depth: 0,
      data: { summary: 'Edited summary.', linkHealth: { status: 'ok', httpStatus: 200 } },
    })
    expect(same.linkHealth?.status).toBe('broken')
    expect(same.linkHealth?.httpStatus).toBe(404)

    // a different URL: the old verdict no longer applies
    const moved = await payload.update({
      collection: 'resources',
      id: resource.id,
      user: editor,
      overrideAccess: false,
      draft: true,
      depth: 0,
      data: { url: `http://localhost:${port}/ok` },
    })
    expect(moved.linkHealth?.status).toBe('unchecked')
    expect(moved.linkHealth?.httpStatus ?? null).toBeNull()
    // the published version keeps its own URL and verdict until a reviewer publishes the change
    expect((await live(resource.id)).linkHealth?.status).toBe('broken')
  })
})
