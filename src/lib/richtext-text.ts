/**
 * Lexical rich text (the JSON Payload stores) as plain text, for places that cannot
 * carry markup: JSON-LD answers, feed summaries, meta descriptions. Blocks (paragraphs,
 * headings, quotes, lists) are separated by a blank line, list items and line breaks by
 * a new line; links keep their text; uploads, relationships and other embedded blocks
 * contribute nothing.
 */
type LexicalNode = {
  type?: string
  text?: string
  children?: LexicalNode[]
  [key: string]: unknown
}

const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'list', 'code', 'table', 'tablerow'])

function textOf(node: LexicalNode): string {
  switch (node.type) {
    case 'text':
      return typeof node.text === 'string' ? node.text : ''
    case 'linebreak':
      return '\n'
    case 'tab':
      return '\t'
  }
  const children = Array.isArray(node.children) ? node.children : []
  if (node.type === 'list')
    return children
      .map(textOf)
      .filter((t) => t.trim())
      .join('\n')
  if (node.type === 'tablerow')
    return children
      .map(textOf)
      .filter((t) => t.trim())
      .join('\t')
  if (node.type === 'root' || node.type === 'table' || children.some((c) => c.type && BLOCKS.has(c.type))) {
    return children
      .map(textOf)
      .filter((t) => t.trim())
      .join('\n\n')
  }
  return children.map(textOf).join('')
}

/** The plain text of a Lexical editor state (`{ root: ... }`); '' for anything else. */
export function richTextToPlainText(data: unknown): string {
  const root = (data as { root?: LexicalNode } | null | undefined)?.root
  if (!root || typeof root !== 'object') return ''
  return textOf({ ...root, type: 'root' })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** Plain text on one line, cut at a word boundary to at most `max` characters (with "…"). */
export function plainTextSummary(data: unknown, max = 300): string {
  const text = richTextToPlainText(data).replace(/\s+/g, ' ').trim()
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const atWord = cut.replace(/\s+\S*$/, '')
  return `${atWord.length > max / 2 ? atWord : cut}…`
}
