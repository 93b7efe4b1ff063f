/**
 * No anonymous GraphQL query can take the server down: one that nests too deep, or could return too
 * many objects (a list multiplies what is under it by its limit), is refused with a message that says
 * so before anything is read (400 for clients that accept `application/graphql-response+json`; plain
 * `application/json` clients get GraphQL's 200 with `errors` and no `data`), and the heap of this
 * process, which runs the query, barely moves. Ordinary queries are answered as before.
 */
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'
import { GRAPHQL_BUDGET } from '@/lib/graphql-budget'
import { seedStaff } from '../helpers/accounts'
import type { User } from '@/payload-types'
import { ANONYMOUS_MAX_DEPTH, ANONYMOUS_MAX_LIMIT } from '@/plugins/read-budget'
import { createDoc } from '../helpers/content'
import { withTestPayload } from '../helpers/payload'
import { graphql, restJson } from '../helpers/rest'
import { loginToken } from '../helpers/accounts'

let payload: Payload
let admin: User

withTestPayload(async (p) => {
  payload = p
  ;({ admin } = await seedStaff(payload, { admin: 'Ada Admin' }))
  // three published terms, each related to the other two: every level of nesting has something in it
  const ids: number[] = []
  for (const term of ['Budget one', 'Budget two', 'Budget three']) {
    const doc = await createDoc(payload, 'glossary-terms', { term, summary: 'S.', _status: 'published' })
    ids.push(doc.id)
  }
  for (const id of ids) {
    await payload.update({
      collection: 'glossary-terms',
      id,
      data: { relatedTerms: ids.filter((o) => o !== id) },
      overrideAccess: true,
    })
  }
})

const nested = (levels: number, inner = 'term') => {
  let q = inner
  for (let i = 0; i < levels; i++) q = `relatedTerms { term ${q} }`
  return q
}
/** The refusal's message; a refused query returns no data at all. */
async function refusal(res: Response): Promise<string> {
  const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] }
  expect(body.data).toBeUndefined()
  return body.errors?.[0]?.message ?? ''
}
const GRAPHQL_RESPONSE = { Accept: 'application/graphql-response+json' }

async function measured(run: () => Promise<Response>) {
  global.gc?.()
  const before = process.memoryUsage().heapUsed
  const started = performance.now()
  const res = await run()
  const body = await res.clone().text()
  const ms = performance.now() - started
  const grew = process.memoryUsage().heapUsed - before
  console.log(
    `[graphql-budget] ${res.status} in ${ms.toFixed(0)} ms, heap ${(grew / 2 ** 20).toFixed(1)} MB, ${body.length} bytes`,
  )
  return { res, grew }
}

describe('GraphQL budget', () => {
  it('refuses a query nested 30 deep with a 400 that says how deep it may go, without growing the heap', async () => {
    const query = `{ GlossaryTerms(limit: 100) { docs { term ${nested(30)} } } }`
    const { res, grew } = await measured(() => graphql(query, undefined, undefined, GRAPHQL_RESPONSE))
    expect(res.status).toBe(400)
    expect(await refusal(res)).toMatch(
      new RegExp(`nests \\d+ levels deep; at most ${GRAPHQL_BUDGET.maxDepth} are allowed`),
    )
    expect(grew).toBeLessThan(64 * 2 ** 20)
  })

  it('refuses a shallow query whose lists multiply past the budget, the limit given inline or as a variable', async () => {
    const wide = await graphql(`{ GlossaryTerms(limit: 100) { docs { ${nested(4)} } } }`)
    expect(await refusal(wide)).toMatch(/could return about .* objects; at most 5000 are allowed/)
    const viaVariable = await graphql(
      `query ($n: Int) { GlossaryTerms(limit: $n) { docs { ${nested(2)} } } }`,
      undefined,
      { n: 100_000 },
    )
    expect(await refusal(viaVariable)).toMatch(/could return about/)
    // limit 0 means "all" to Payload: counted as the most a query may ask for
    const all = await graphql(`
      {
        GlossaryTerms(limit: 0) {
          docs {
            term
            relatedTerms {
              term
            }
          }
        }
      }
    `)
    expect(await refusal(all)).toMatch(/could return about/)
  })

  it('refuses the same depth through fragments', async () => {
    const query = `fragment T on GlossaryTerm { term ${nested(12)} } { GlossaryTerms { docs { ...T } } }`
    expect(await refusal(await graphql(query))).toMatch(/levels deep/)
  })

  it('answers ordinary queries as before', async () => {
    const res = await graphql(`
      {
        GlossaryTerms(limit: 50, sort: "term") {
          totalDocs
          docs {
            term
            relatedTerms {
              term
            }
          }
        }
      }
    `)
    expect(res.status).toBe(200)
    const body = (await res.json()) as {
      data: { GlossaryTerms: { docs: { term: string; relatedTerms: { term: string }[] }[] } }
    }
    const one = body.data.GlossaryTerms.docs.find((d) => d.term === 'Budget one')!
    expect(one.relatedTerms.map((r) => r.term).sort()).toEqual(['Budget three', 'Budget two'])
  })
})

type Term = { term: string; relatedTerms: (number | Term)[] }

describe('REST read budget', () => {
  it('caps depth and limit for anonymous readers, and a term’s related terms never nest', async () => {
    const { status, body } = await restJson<{ limit: number; docs: Term[] }>(
      'GET',
      '/api/glossary-terms?limit=100000&depth=100',
    )
    expect(status).toBe(200)
    expect(body.limit).toBe(ANONYMOUS_MAX_LIMIT)
    const one = body.docs.find((d) => d.term === 'Budget one')!
    const related = one.relatedTerms[0] as Term
    expect(typeof related).toBe('object')
    // the self-relation stops after one level (maxDepth: 1) whatever depth is asked for
    expect(related.relatedTerms.every((r) => typeof r === 'number')).toBe(true)
  })

  it(`never populates further than depth ${ANONYMOUS_MAX_DEPTH} for anonymous readers, however deep they ask`, async () => {
    // term → its learn-more resource (depth 1) → that resource's topic (depth 2)
    const topic = await createDoc(payload, 'topics', { title: 'Budget topic', summary: 'S.', _status: 'published' })
    const resource = await createDoc(payload, 'resources', {
      title: 'Budget resource',
      url: 'https://example.org/budget',
      summary: 'S.',
      kind: 'article',
      language: 'en',
      topics: [topic.id],
      _status: 'published',
    })
    await createDoc(payload, 'glossary-terms', {
      term: 'Budget deep',
      summary: 'S.',
      learnMore: [resource.id],
      _status: 'published',
    })
    type Deep = { learnMore: { topics: unknown[] }[] }
    const read = async (token?: string) =>
      (
        await restJson<{ docs: Deep[] }>('GET', '/api/glossary-terms?where[term][equals]=Budget%20deep&depth=5', {
          token,
        })
      ).body.docs[0]!.learnMore[0]!.topics[0]
    expect(typeof (await read())).toBe('number') // depth 2: left as an id
    expect(typeof (await read(await loginToken(payload, admin)))).toBe('object') // staff get the depth they ask for
  })

  it('keeps pagination on for anonymous readers', async () => {
    const { body } = await restJson<{ limit: number; docs: unknown[]; totalDocs: number }>(
      'GET',
      '/api/glossary-terms?pagination=false&limit=2',
    )
    expect(body.limit).toBe(2)
    expect(body.docs).toHaveLength(2)
    expect(body.totalDocs).toBeGreaterThan(2)
  })

  it('leaves signed-in staff Payload’s own limits', async () => {
    const token = await loginToken(payload, admin)
    const { body } = await restJson<{ limit: number }>('GET', '/api/glossary-terms?limit=500&depth=0', { token })
    expect(body.limit).toBe(500)
  })
})
