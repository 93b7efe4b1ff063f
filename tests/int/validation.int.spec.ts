/** Slugs, URLs, required fields and uploads: bad input gets a clear message and stores nothing. */
import type { Payload } from 'payload'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import type { Topic, User } from '@/payload-types'
import { createDoc, createDraft } from '../helpers/content'
import { seedUser, withTestPayload } from '../helpers/payload'

let payload: Payload
let editor: User

withTestPayload(async (p) => {
  payload = p
  editor = await seedUser(p, ['editor'])
})

const topic = (data: Partial<Topic>) => createDraft(payload, 'topics', { summary: 'S.', ...data }, editor)

/** The field-level messages Payload returns with a ValidationError. */
async function fieldErrors(promise: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await promise
  } catch (err) {
    const errors = (err as { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? []
    return Object.fromEntries(errors.map((e) => [e.path, e.message]))
  }
  throw new Error('expected the operation to be rejected')
}

describe('slugs', () => {
  it('are derived from the title as lower-case ASCII when left empty', async () => {
    const doc = await topic({ title: 'Échelle d’inférence: Ladder of Inference!' })
    expect(doc.slug).toBe('echelle-dinference-ladder-of-inference')
  })

  it('can be set by the editor, and are kept when the title changes', async () => {
    const doc = await topic({ title: 'Active Listening', slug: 'listening-actively' })
    expect(doc.slug).toBe('listening-actively')
    const renamed = await payload.update({
      collection: 'topics',
      id: doc.id,
      data: { title: 'Active listening, again' },
      user: editor,
      overrideAccess: false,
      draft: true,
    })
    expect(renamed.slug).toBe('listening-actively')
    const edited = await payload.update({
      collection: 'topics',
      id: doc.id,
      data: { slug: 'active-listening-2' },
      user: editor,
      overrideAccess: false,
      draft: true,
    })
    expect(edited.slug).toBe('active-listening-2')
  })

  it('reject upper case, spaces and punctuation with a message that says what is allowed', async () => {
    for (const bad of ['Active Listening', 'active_listening', 'active--listening', '-active', 'écoute']) {
      const errors = await fieldErrors(topic({ title: 'Bad slug', slug: bad }))
      expect(errors.slug, bad).toMatch(/lower-case letters a-z, digits and single hyphens/)
    }
  })

  it('are unique within a collection', async () => {
    await topic({ title: 'Iceberg Model', slug: 'iceberg-model-unique' })
    const errors = await fieldErrors(topic({ title: 'Another iceberg', slug: 'iceberg-model-unique' }))
    expect(errors.slug).toMatch(/unique|already/i)
  })

  it('cannot take a route the site itself uses (pages)', async () => {
    const body = { root: { type: 'root', version: 1, direction: null, format: '' as const, indent: 0, children: [] } }
    const errors = await fieldErrors(
      createDraft(payload, 'pages', { title: 'Resources', slug: 'resources', body }, editor),
    )
    expect(errors.slug).toMatch(/used by the site itself/)
  })
})

describe('resource URLs', () => {
  const resource = (url: string) =>
    createDraft(
      payload,
      'resources',
      { title: `URL ${url}`, url, summary: 'S.', kind: 'article', language: 'en' },
      editor,
    )

  it('accept http and https', async () => {
    expect((await resource('https://example.org/a')).url).toBe('https://example.org/a')
    expect((await resource('http://example.org/b')).url).toBe('http://example.org/b')
  })

  it('refuse other schemes and non-URLs, and store nothing', async () => {
    for (const bad of ['javascript:alert(1)', 'ftp://example.org/file', 'data:text/html,hi', 'example.org/no-scheme']) {
      const errors = await fieldErrors(resource(bad))
      expect(errors.url, bad).toMatch(/http/)
      const { totalDocs } = await payload.count({
        collection: 'resources',
        where: { url: { equals: bad } },
        overrideAccess: true,
      })
      expect(totalDocs).toBe(0)
    }
  })

  it('require a summary and a kind', async () => {
    const errors = await fieldErrors(
      // deliberately incomplete: no summary, no kind
      payload.create({
        collection: 'resources',
        data: { title: 'No summary', url: 'https://example.org/x' } as never,
        user: editor,
        overrideAccess: false,
        draft: false,
      }),
    )
    expect(Object.keys(errors)).toEqual(expect.arrayContaining(['summary', 'kind']))
  })
})

describe('media', () => {
  const png = () =>
    sharp({ create: { width: 8, height: 8, channels: 3, background: '#5b2a86' } })
      .png()
      .toBuffer()

  it('accepts an image with alt text', async () => {
    const data = await png()
    const doc = await createDoc(
      payload,
      'media',
      { alt: 'A purple square' },
      {
        file: { data, mimetype: 'image/png', name: 'square.png', size: data.length },
        user: editor,
        overrideAccess: false,
      },
    )
    expect(doc.mimeType).toBe('image/png')
  })

  it('requires alt text', async () => {
    const data = await png()
    const errors = await fieldErrors(
      // deliberately without the required alt text
      payload.create({
        collection: 'media',
        data: {} as never,
        file: { data, mimetype: 'image/png', name: 'no-alt.png', size: data.length },
        user: editor,
        overrideAccess: false,
      }),
    )
    expect(errors.alt).toBeTruthy()
  })

  it('refuses SVG and other non-image files', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>')
    await expect(
      createDoc(
        payload,
        'media',
        { alt: 'x' },
        {
          file: { data: svg, mimetype: 'image/svg+xml', name: 'x.svg', size: svg.length },
          user: editor,
          overrideAccess: false,
        },
      ),
    ).rejects.toThrow(/file type|not allowed|invalid/i)
    const pdf = Buffer.from('%PDF-1.4\n')
    await expect(
      createDoc(
        payload,
        'media',
        { alt: 'x' },
        {
          file: { data: pdf, mimetype: 'application/pdf', name: 'x.pdf', size: pdf.length },
          user: editor,
          overrideAccess: false,
        },
      ),
    ).rejects.toThrow(/file type|not allowed|invalid/i)
  })
})
