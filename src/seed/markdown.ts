import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { SanitizedConfig } from 'payload'

type EditorConfig = Awaited<ReturnType<typeof editorConfigFactory.default>>

/** Markdown → Lexical JSON, with the same editor config the admin uses. */
export async function markdownConverter(config: SanitizedConfig) {
  const editorConfig: EditorConfig = await editorConfigFactory.default({ config })
  return (markdown: string) => convertMarkdownToLexical({ editorConfig, markdown: markdown.trim() })
}
