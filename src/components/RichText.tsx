/**
 * Lexical rich text rendered on the server as plain HTML (no client JavaScript), with our own
 * converters for:
 * - list items: Payload's emits `<li value>` in bullet lists too (invalid HTML) and makes
 *   checklist items ARIA checkboxes that wrap a second, real checkbox;
 * - links: only http, https, mailto and site paths become an `href` (src/lib/safe-href.ts; saving
 *   refuses the rest, this catches older content); an internal link leads to its document's page
 *   in the reader's language, and one whose document is not public is plain text (Payload's own
 *   converter writes `href="#"` for every internal link).
 */
import type { ReactNode } from 'react'
import {
  RichText as LexicalRichText,
  type JSXConverter,
  type JSXConvertersFunction,
} from '@payloadcms/richtext-lexical/react'
import type { SerializedAutoLinkNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState, SerializedLexicalNode } from '@payloadcms/richtext-lexical/lexical'
import { isPublicCollection } from '@/lib/collections'
import type { Locale } from '@/lib/languages'
import { documentPath } from '@/lib/routes'
import { isAllowedHref } from '@/lib/safe-href'

type Props = { data: unknown; className?: string; locale?: Locale }

type ListItem = SerializedLexicalNode & { checked?: boolean; value?: number; children: SerializedLexicalNode[] }
type ListParent = { type?: string; listType?: string; tag?: string }

/** `value` (the item's number) only means something in an ordered list. */
const listItem: JSXConverter<ListItem> = ({ node, nodesToJSX, parent }) => {
  const list = parent as ListParent
  const hasSubLists = node.children.some((child) => child.type === 'list')
  const children = nodesToJSX({ nodes: node.children })
  const nested = hasSubLists ? 'nestedListItem' : undefined
  // an item that only holds a nested list shows no bullet of its own
  const style = hasSubLists ? { listStyleType: 'none' } : undefined
  if (list.listType === 'check') {
    const state = node.checked ? 'list-item-checkbox-checked' : 'list-item-checkbox-unchecked'
    return (
      <li className={`list-item-checkbox ${state}${nested ? ` ${nested}` : ''}`} style={{ listStyleType: 'none' }}>
        {hasSubLists ? (
          children
        ) : (
          <label>
            <input type="checkbox" defaultChecked={Boolean(node.checked)} disabled />
            {children}
          </label>
        )}
      </li>
    )
  }
  const ordered = list.tag === 'ol' || list.listType === 'number'
  return (
    <li className={nested} style={style} value={ordered ? node.value : undefined}>
      {children as ReactNode}
    </li>
  )
}

type LinkNode = SerializedLexicalNode & {
  children: SerializedLexicalNode[]
  fields: {
    url?: string
    newTab?: boolean
    linkType?: 'custom' | 'internal'
    doc?: { relationTo?: string; value?: { slug?: unknown; _status?: unknown } | number | string } | null
  }
}

/** Where a link leads, or null when it must not be a link. */
function hrefOf(fields: LinkNode['fields'], locale: Locale | undefined): string | null {
  if (fields.linkType === 'internal') {
    const doc = fields.doc
    const value = doc?.value
    if (!doc?.relationTo || !isPublicCollection(doc.relationTo) || typeof value !== 'object' || value === null)
      return null
    if (typeof value.slug !== 'string' || (value._status !== undefined && value._status !== 'published')) return null
    return documentPath(doc.relationTo, value.slug, locale)
  }
  return isAllowedHref(fields.url) ? fields.url : null
}

function linkConverter(locale: Locale | undefined): JSXConverter<LinkNode> {
  return function Link({ node, nodesToJSX }) {
    const children = nodesToJSX({ nodes: node.children }) as ReactNode
    const href = hrefOf(node.fields ?? {}, locale)
    if (href === null) return <span>{children}</span>
    const newTab = Boolean(node.fields.newTab)
    return (
      <a href={href} rel={newTab ? 'noopener noreferrer' : undefined} target={newTab ? '_blank' : undefined}>
        {children}
      </a>
    )
  }
}

const convertersFor =
  (locale: Locale | undefined): JSXConvertersFunction =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    listitem: listItem,
    // our node type reads the same fields as Payload's link and autolink nodes
    link: linkConverter(locale) as unknown as JSXConverter<SerializedLinkNode>,
    autolink: linkConverter(locale) as unknown as JSXConverter<SerializedAutoLinkNode>,
  })

export function RichText({ data, className = 'prose', locale }: Props) {
  const state = data as SerializedEditorState | null | undefined
  if (!state?.root?.children?.length) return null
  return (
    <LexicalRichText data={state} className={className} disableContainer={false} converters={convertersFor(locale)} />
  )
}
