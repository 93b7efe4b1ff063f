/** The interface catalogues: every locale has every string, with the same placeholders. */
import { describe, expect, it } from 'vitest'
import { messages } from '@/messages'
import { LOCALES } from '@/lib/languages'

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  )
}

// ICU arguments: {name}, {count, plural, ...}; the plural branches' # is not an argument
const placeholders = (text: string) => [...text.matchAll(/\{\s*([a-zA-Z_]+)\s*[,}]/g)].map((m) => m[1]).sort()

describe('message catalogues', () => {
  const english = flatten(messages.en as unknown as Tree)

  it('the English catalogue is not empty', () => {
    expect(Object.keys(english).length).toBeGreaterThan(100)
  })

  for (const { code } of LOCALES.filter((l) => l.code !== 'en')) {
    const other = flatten(messages[code] as unknown as Tree)
    it(`${code} has exactly the English keys`, () => {
      expect(Object.keys(other).filter((k) => !(k in english))).toEqual([])
      expect(Object.keys(english).filter((k) => !(k in other))).toEqual([])
    })
    it(`${code} strings use the same placeholders and are not left empty`, () => {
      for (const [key, text] of Object.entries(english)) {
        expect(placeholders(other[key] ?? ''), key).toEqual(placeholders(text))
        expect((other[key] ?? '').trim().length, key).toBeGreaterThan(0)
      }
    })
  }
})
