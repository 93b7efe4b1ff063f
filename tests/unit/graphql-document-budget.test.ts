/**
 * What the API guard refuses before GraphQL parses a query (src/lib/graphql-budget.ts documentRefusal):
 * fragment bombs, fragment cycles and deep nesting, each in linear time; ordinary queries, the
 * introspection query included, pass untouched.
 */
import { getIntrospectionQuery, parse } from 'graphql'
import { describe, expect, it } from 'vitest'
import { documentRefusal, expandedFieldCount, MAX_EXPANDED_FIELDS, MAX_NESTING, nestingOf } from '@/lib/graphql-budget'

const bomb = (levels: number) =>
  `{ GlossaryTerms { docs { ...F0 } } } ` +
  Array.from({ length: levels }, (_, i) =>
    i === levels - 1
      ? `fragment F${i} on GlossaryTerm { term }`
      : `fragment F${i} on GlossaryTerm { ...F${i + 1} relatedTerms { ...F${i + 1} } }`,
  ).join(' ')

describe('nestingOf', () => {
  it('counts braces, brackets and parentheses, not those in strings, block strings or comments', () => {
    expect(nestingOf('{ a { b(where: { c: [1] }) } }')).toBe(5)
    expect(nestingOf('{ a(x: "{{{{[[[[(((") }')).toBe(2)
    expect(nestingOf('{ a(x: "\\"{{{{") }')).toBe(2)
    expect(nestingOf('{ a(x: """ {{{{ " {{ """) }')).toBe(2)
    expect(nestingOf('{ a # {{{{{{\n b }')).toBe(1)
  })
})

describe('expandedFieldCount', () => {
  it('counts each spread of a fragment, working each fragment out once', () => {
    expect(expandedFieldCount(parse('{ a b { c } }'))).toBe(3)
    expect(expandedFieldCount(parse('{ a { ...F ...F } } fragment F on T { b c }'))).toBe(5)
    // 2^60 fields, counted in no time
    expect(expandedFieldCount(parse(bomb(60)))).toBeGreaterThan(2 ** 59)
  })

  it('is infinite for fragments that spread each other in a cycle', () => {
    expect(expandedFieldCount(parse('{ a { ...A } } fragment A on T { ...B } fragment B on T { x { ...A } }'))).toBe(
      Infinity,
    )
  })
})

describe('documentRefusal', () => {
  it('lets ordinary queries, the introspection query and syntax errors (GraphQL reports those) through', () => {
    expect(documentRefusal('{ GlossaryTerms(limit: 50) { docs { term relatedTerms { term } } } }')).toBeNull()
    expect(documentRefusal(getIntrospectionQuery())).toBeNull()
    expect(documentRefusal('{ unclosed ')).toBeNull()
  })

  it('refuses fragment bombs, cycles and deep nesting, saying which', () => {
    expect(documentRefusal(bomb(30))).toMatch(
      new RegExp(`fields once its fragments are spread; at most ${MAX_EXPANDED_FIELDS.toLocaleString('en')}`),
    )
    expect(documentRefusal('{ a { ...A } } fragment A on T { b { ...A } }')).toMatch(/cycle/)
    expect(documentRefusal(`{ a(where: ${'{ OR: ['.repeat(40)}{}${']}'.repeat(40)}) { b } }`)).toMatch(
      new RegExp(`nests its brackets \\d+ levels deep; at most ${MAX_NESTING}`),
    )
    const deepest = `{ a(where: ${'{ OR: ['.repeat(20_000)}{}${']}'.repeat(20_000)}) { b } }`
    const started = performance.now()
    expect(documentRefusal(deepest)).toMatch(/levels deep/)
    expect(performance.now() - started).toBeLessThan(500)
  })
})
