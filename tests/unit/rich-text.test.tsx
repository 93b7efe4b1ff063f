/** Rich text as HTML: links only where they are safe and lead somewhere, lists valid. */
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { RichText } from '@/components/RichText'

const node = { direction: 'ltr', format: '', indent: 0, version: 1 }
const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' })
const paragraph = (...children: unknown[]) => ({ ...node, type: 'paragraph', textFormat: 0, children })
const doc = (...children: unknown[]) => ({ root: { ...node, type: 'root', children } })
const link = (fields: Record<string, unknown>, type = 'link') => ({
  ...node,
  type,
  version: 3,
  id: 'l',
  fields,
  children: [text('the link')],
})

const html = (data: unknown, locale?: 'en' | 'fr') => renderToStaticMarkup(<RichText data={data} locale={locale} />)

describe('links in rich text', () => {
  it('http, https, mailto and site paths become links', () => {
    for (const url of ['https://example.org/a', 'mailto:hi@example.org', '/principles', '#notes']) {
      expect(html(doc(paragraph(link({ linkType: 'custom', url }))))).toContain(`<a href="${url}">the link</a>`)
    }
  })

  it('javascript:, data: and vbscript: links in older content are plain text', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', ' java\tscript:x']) {
      for (const type of ['link', 'autolink']) {
        const out = html(doc(paragraph(link({ linkType: 'custom', url }, type))))
        expect(out, url).not.toContain('<a')
        expect(out).toContain('<span>the link</span>')
      }
    }
  })

  it('an internal link leads to its page in the reader’s language; one to a draft or an id is plain text', () => {
    const to = (value: unknown) =>
      html(doc(paragraph(link({ linkType: 'internal', doc: { relationTo: 'principles', value } }))), 'fr')
    expect(to({ slug: 'listen-first', _status: 'published' })).toContain('href="/fr/principles/listen-first"')
    expect(to({ slug: 'draft-only', _status: 'draft' })).not.toContain('<a')
    expect(to(7)).not.toContain('<a')
    expect(
      html(doc(paragraph(link({ linkType: 'internal', doc: { relationTo: 'users', value: { slug: 'x' } } })))),
    ).not.toContain('<a')
    expect(to({ slug: 'listen-first', _status: 'published' })).not.toContain('href="#"')
  })

  it('new-tab links get rel="noopener noreferrer"', () => {
    expect(html(doc(paragraph(link({ linkType: 'custom', url: 'https://example.org', newTab: true }))))).toContain(
      'rel="noopener noreferrer" target="_blank"',
    )
  })
})

describe('lists in rich text', () => {
  const list = (listType: string, tag: string) => ({
    ...node,
    type: 'list',
    listType,
    tag,
    start: 1,
    children: [{ ...node, type: 'listitem', value: 1, children: [text('one')] }],
  })
  it('bullet items have no value; numbered items keep theirs', () => {
    expect(html(doc(list('bullet', 'ul')))).not.toContain('value=')
    expect(html(doc(list('number', 'ol')))).toContain('<li value="1">')
  })
})
