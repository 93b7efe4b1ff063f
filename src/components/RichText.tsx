import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

type Props = { data: unknown; className?: string }

/** Lexical rich text rendered on the server as plain HTML (no client JavaScript). */
export function RichText({ data, className = 'prose' }: Props) {
  const state = data as SerializedEditorState | null | undefined
  if (!state?.root?.children?.length) return null
  return <LexicalRichText data={state} className={className} disableContainer={false} />
}
