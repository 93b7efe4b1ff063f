/**
 * Bulk import and export of resources (issue 15 part 4), against real PostgreSQL: a generated
 * 2,000-row file with duplicates (of a resource in the hub, and of rows above), bad URLs and a
 * formula title; the dry run writes nothing and reports each kind with the collection's own
 * messages; the import creates exactly the good rows as drafts, crediting the chosen source, with
 * the importer as curator; only editors and admins may import or export; the export re-imports as
 * all duplicates.
 */
import config from '@payload-config'
import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import { parse } from 'csv-parse/sync'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ImportReport } from '@/import/run'
import type { Source, Topic, User } from '@/payload-types'
import { loginToken, seedStaff } from '../helpers/accounts'
import { createDoc, createDraft } from '../helpers/content'
import { withTestPayload } from '../helpers/payload'

let payload: Payload
let admin: User
let editor: User
let reviewer: User
let source: Source
let topic: Topic
let existingId: number
const TOPIC_SLUG = 'allyship-basics'

withTestPayload(async (p) => {
  payload = p
  ;({ admin, editor, reviewer } = await seedStaff(p, {
    admin: 'Ada Admin',
    editor: 'Ed Editor',
    reviewer: 'Rae Reviewer',
  }))
})

beforeAll(async () => {
  source = await createDoc(payload, 'sources', { title: 'Community Library', kind: 'organisation' })
  topic = await createDoc(payload, 'topics', { title: 'Allyship basics', slug: TOPIC_SLUG, summary: 'Where to start.' })
  const existing = await createDraft(
    payload,
    'resources',
    { title: 'Existing guide', url: 'https://existing.example.org/guide', summary: 'Already here.', kind: 'guide' },
    admin,
  )
  existingId = existing.id
})

/** POST /api/resources/import as the admin panel sends it: the CSV as the body. */
async function importCsv(text: string, query: string, token?: string, headers: Record<string, string> = {}) {
  const url = new URL(`/api/resources/import?${query}`, 'http://localhost')
  const request = new Request(url, {
    method: 'POST',
    headers: { 'Content-Type': 'text/csv', ...(token ? { Authorization: `JWT ${token}` } : {}), ...headers },
    body: text,
  })
  return REST_POST(config)(request, { params: Promise.resolve({ slug: ['resources', 'import'] }) })
}

async function exportCsv(token?: string) {
  const request = new Request('http://localhost/api/resources/export.csv', {
    headers: token ? { Authorization: `JWT ${token}` } : {},
  })
  return REST_GET(config)(request, { params: Promise.resolve({ slug: ['resources', 'export.csv'] }) })
}

const ROWS = 2000
const FORMULA_ROW = 1555
const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`

/** Row i (1-based, file row i + 1): every 100 rows, one duplicate of each kind and two bad URLs. */
function generated() {
  const kinds = { good: 0, existing: 0, inFile: 0, badUrl: 0, formula: 0 }
  const lines = ['Summary,Title,URL,kind,topics,language,year,Internal notes']
  for (let i = 1; i <= ROWS; i++) {
    let title = `Imported resource ${i}`
    let url = `https://site${i}.example.org/page`
    if (i % 100 === 10) {
      url = 'HTTP://www.Existing.example.org/guide/?utm_source=newsletter'
      kinds.existing++
    } else if (i % 100 === 20) {
      url = `https://www.site${i - 1}.example.org/page/#top`
      kinds.inFile++
    } else if (i % 100 === 30) {
      url = 'not a url'
      kinds.badUrl++
    } else if (i % 100 === 40) {
      url = 'ftp://files.example.org/x'
      kinds.badUrl++
    } else if (i === FORMULA_ROW) {
      title = '=HYPERLINK("http://evil.example","x")'
      kinds.formula++
    } else kinds.good++
    lines.push(
      [`What resource ${i} is about.`, title, url, 'article', TOPIC_SLUG, 'en', '2021', 'x'].map(quote).join(','),
    )
  }
  return { text: `${lines.join('\r\n')}\r\n`, kinds }
}

const countResources = async () => (await payload.count({ collection: 'resources', overrideAccess: true })).totalDocs

describe('bulk import of resources', () => {
  const file = generated()

  it('refuses anonymous visitors and reviewers without edit rights', async () => {
    const anonymous = await importCsv(file.text, `dryRun=1&source=${source.id}`)
    expect(anonymous.status).toBe(403)
    const asReviewer = await importCsv(file.text, `source=${source.id}`, await loginToken(payload, reviewer))
    expect(asReviewer.status).toBe(403)
    expect((await exportCsv()).status).toBe(403)
    expect((await exportCsv(await loginToken(payload, reviewer))).status).toBe(403)
    expect(await countResources()).toBe(1)
  })

  it('refuses a file that is too large, saying so', async () => {
    const big = `title,url\n${'x'.repeat(5 * 1024 * 1024 + 10)}`
    const res = await importCsv(big, `dryRun=1&source=${source.id}`, await loginToken(payload, editor))
    expect(res.status).toBe(413)
    expect(JSON.stringify(await res.json())).toMatch(/larger than 5 MB/)
  })

  it('dry run: reports every row and writes nothing', { timeout: 120_000 }, async () => {
    const res = await importCsv(file.text, `dryRun=1&source=${source.id}`, await loginToken(payload, editor))
    expect(res.status).toBe(200)
    const report = (await res.json()) as ImportReport
    expect(report.dryRun).toBe(true)
    expect(report.total).toBe(ROWS)
    expect(report.unknownColumns).toEqual(['Internal notes'])
    expect(report.counts).toEqual({
      create: file.kinds.good,
      created: 0,
      duplicate: file.kinds.existing + file.kinds.inFile,
      invalid: file.kinds.badUrl + file.kinds.formula,
    })
    const row = (n: number) => report.rows.find((r) => r.row === n + 1)!
    expect(row(10)).toMatchObject({ outcome: 'duplicate', duplicateOf: { kind: 'resource', id: existingId } })
    expect(row(20)).toMatchObject({ outcome: 'duplicate', duplicateOf: { kind: 'row', row: 20 } })
    // the collection's own messages (src/lib/url.ts), as a save in the admin shows them
    expect(row(30)).toMatchObject({
      outcome: 'invalid',
      errors: [{ field: 'url', message: 'Enter a full URL starting with https:// or http://.' }],
    })
    expect(row(40).errors).toEqual([{ field: 'url', message: 'Only http:// and https:// links are allowed.' }])
    expect(row(FORMULA_ROW)).toMatchObject({ outcome: 'invalid', errors: [{ field: 'title' }] })
    expect(row(FORMULA_ROW).errors[0]!.message).toMatch(/formula/)
    expect(row(1)).toMatchObject({ outcome: 'create', errors: [] })
    expect(await countResources()).toBe(1)
    expect((await payload.count({ collection: 'review-events', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('reads a multipart upload of rows pasted from a spreadsheet (tab-separated)', async () => {
    const text = 'Title\tURL\tSummary\tKind\nPasted row\thttps://pasted.example.org\tFrom a sheet.\tbook\n'
    const form = new FormData()
    form.append('file', new Blob([text], { type: 'text/tab-separated-values' }), 'rows.tsv')
    form.append('source', String(source.id))
    form.append('dryRun', '1')
    const request = new Request('http://localhost/api/resources/import', {
      method: 'POST',
      headers: { Authorization: `JWT ${await loginToken(payload, editor)}` },
      body: form,
    })
    const res = await REST_POST(config)(request, { params: Promise.resolve({ slug: ['resources', 'import'] }) })
    expect(res.status).toBe(200)
    const report = (await res.json()) as ImportReport
    expect(report.rows).toEqual([
      { row: 2, title: 'Pasted row', url: 'https://pasted.example.org', outcome: 'create', errors: [] },
    ])
    expect(await countResources()).toBe(1)
  })

  it('reports missing required fields with the collection messages', async () => {
    const text = 'title,url,kind\nNo summary here,https://nosummary.example.org,article\n'
    const res = await importCsv(text, `dryRun=1&source=${source.id}`, await loginToken(payload, editor))
    const report = (await res.json()) as ImportReport
    expect(report.missingColumns).toEqual(['summary'])
    expect(report.rows[0]).toMatchObject({ outcome: 'invalid', errors: [{ field: 'summary' }] })
  })

  it(
    'imports exactly the good rows as drafts, crediting the source, the importer as curator',
    { timeout: 120_000 },
    async () => {
      const lines: string[] = []
      const res = await importCsv(file.text, `source=${source.id}`, await loginToken(payload, editor), {
        Accept: 'application/x-ndjson',
      })
      expect(res.status).toBe(200)
      lines.push(...(await res.text()).trim().split('\n'))
      const messages = lines.map((l) => JSON.parse(l) as { type: string; done?: number; total?: number })
      expect(messages[0]).toEqual({ type: 'progress', done: 0, total: ROWS })
      expect(messages.filter((m) => m.type === 'progress').at(-1)).toEqual({
        type: 'progress',
        done: ROWS,
        total: ROWS,
      })
      const report = messages.at(-1) as unknown as ImportReport & { type: string }
      expect(report.type).toBe('report')
      expect(report.counts.created).toBe(file.kinds.good)
      expect(report.counts.invalid).toBe(file.kinds.badUrl + file.kinds.formula)

      expect(await countResources()).toBe(1 + file.kinds.good)
      const mine = await payload.find({
        collection: 'resources',
        where: { createdBy: { equals: editor.id } },
        draft: true,
        overrideAccess: true,
        depth: 0,
        pagination: false,
      })
      expect(mine.docs).toHaveLength(file.kinds.good)
      for (const doc of mine.docs) {
        expect(doc._status).toBe('draft')
        expect(doc.workflowStatus).toBe('draft')
        expect(doc.credits?.map((c) => [c.source, c.role])).toEqual([[source.id, 'adapted-from']])
        expect(doc.topics).toEqual([topic.id])
      }
      expect(mine.docs.some((d) => d.title.includes('HYPERLINK'))).toBe(false)
      // never published: the public sees none of them
      const live = await payload.count({ collection: 'resources', overrideAccess: false })
      expect(live.totalDocs).toBe(0)
    },
  )

  it('exports what can be imported again, as all duplicates, with formulas defused', { timeout: 120_000 }, async () => {
    await createDraft(
      payload,
      'resources',
      { title: '-5 ways to listen', url: 'https://minus.example.org/', summary: '@someone said so.', kind: 'article' },
      admin,
    )
    const res = await exportCsv(await loginToken(payload, editor))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/text\/csv/)
    const text = await res.text()
    const records = parse(text, { columns: true, bom: true }) as Record<string, string>[]
    expect(records).toHaveLength(2 + file.kinds.good)
    const minus = records.find((r) => r.url === 'https://minus.example.org/')!
    expect(minus.title).toBe("'-5 ways to listen")
    expect(minus.summary).toBe("'@someone said so.")
    expect(records.find((r) => r.url === 'https://site1.example.org/page')).toMatchObject({
      title: 'Imported resource 1',
      topics: topic.slug,
      kind: 'article',
      status: 'draft',
    })

    const again = await importCsv(text, `dryRun=1&source=${source.id}`, await loginToken(payload, admin))
    const report = (await again.json()) as ImportReport
    expect(report.unknownColumns).toEqual([])
    expect(report.counts).toEqual({ create: 0, created: 0, duplicate: records.length, invalid: 0 })
  })
})
