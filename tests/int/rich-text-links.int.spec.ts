/**
 * Rich-text links are held to http, https, mailto and paths on this site when saved: a
 * `javascript:`, `data:` or `vbscript:` link is refused with a field error, and nothing is stored.
 */
import type { Payload } from 'payload'
import { ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'
import { LINK_SCHEME_ERROR } from '@/lib/safe-href'
import { withTestPayload } from '../helpers/payload'

let payload: Payload
withTestPayload((p) => {
  payload = p
})

const node = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }
const withLink = (url: string) => ({
  root: {
    ...node,
    type: 'root',
    children: [
      {
        ...node,
        type: 'paragraph',
        textFormat: 0,
        children: [
          {
            ...node,
            type: 'link',
            version: 3,
            id: 'link-1',
            fields: { linkType: 'custom', url, newTab: false },
            children: [{ type: 'text', version: 1, text: 'a link', format: 0, detail: 0, mode: 'normal', style: '' }],
          },
        ],
      },
    ],
  },
})

let n = 0
const save = (url: string) =>
  payload.create({
    collection: 'pages',
    data: { title: `Links ${++n}`, slug: `links-${n}`, body: withLink(url), _status: 'published' } as never,
    overrideAccess: true,
  })

describe('links in rich text', () => {
  for (const url of [
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'javascript:alert(1)',
    'java\tscript:alert(1)',
  ]) {
    it(`${JSON.stringify(url)} is refused with a field error, and nothing is stored`, async () => {
      const before = await payload.count({ collection: 'pages', overrideAccess: true })
      const error = await save(url).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ValidationError)
      expect(JSON.stringify((error as ValidationError).data)).toContain(LINK_SCHEME_ERROR.slice(0, 40))
      expect((await payload.count({ collection: 'pages', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
    })
  }

  for (const url of ['https://example.org/reading', 'mailto:hello@example.org', '/principles', '#notes']) {
    it(`${url} is saved`, async () => {
      const page = await save(url)
      expect(JSON.stringify(page.body)).toContain(url)
    })
  }
})
