/**
 * A budget for every GraphQL query, checked before it runs: how deep it nests and how many objects it
 * could return. Payload's own complexity counts a relationship as a flat cost whatever the list size,
 * so `{ GlossaryTerms(limit: 100) { docs { relatedTerms { relatedTerms { … } } } } }` nested 30 deep
 * passed it and ran the heap out. Here a list multiplies what is under it: by its `limit` argument
 * when it has one (Payload's collection queries), else by LIST_GUESS (hasMany relationships, arrays).
 */
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  parse,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'

export type GraphQLBudget = { maxDepth: number; maxCost: number }

/** What a list without a `limit` argument is taken to hold (Payload's default page size). */
const LIST_GUESS = 10

export const GRAPHQL_BUDGET: GraphQLBudget = { maxDepth: 8, maxCost: 5_000 }

/** A page of results (`docs` beside `totalDocs`): its `limit` was counted on the query that returns it. */
const isPageOfDocs = (parent: GraphQLCompositeType, field: string) =>
  field === 'docs' && (isObjectType(parent) || isInterfaceType(parent)) && 'totalDocs' in parent.getFields()

/** The rule for payload.config.ts `graphQL.validationRules`, given the request's variables. */
export function graphQLBudgetRule(
  { maxDepth, maxCost }: GraphQLBudget = GRAPHQL_BUDGET,
  variables: Record<string, unknown> | null | undefined = {},
): ValidationRule {
  return (context: ValidationContext) => {
    const schema = context.getSchema()
    const limitOf = (node: FieldNode): number | null => {
      const arg = node.arguments?.find((a) => a.name.value === 'limit')
      if (!arg) return null
      if (arg.value.kind === Kind.INT) return Number(arg.value.value)
      const value = arg.value.kind === Kind.VARIABLE ? variables?.[arg.value.name.value] : undefined
      return typeof value === 'number' && Number.isFinite(value) ? value : maxCost
    }
    /** Cost of one selection set under `parent`, and the deepest field nesting in it. */
    const walk = (
      set: SelectionSetNode,
      parent: GraphQLCompositeType,
      depth: number,
      seen: Set<string>,
    ): [number, number] => {
      let cost = 0
      let deepest = depth
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          const fields = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields() : {}
          const def = fields[selection.name.value]
          if (!def) continue
          const type = getNullableType(def.type)
          // `limit: 0` means "all" to Payload: count it as the most a query may ask for
          const limit = limitOf(selection)
          const times =
            limit !== null
              ? limit <= 0
                ? maxCost
                : limit
              : isPageOfDocs(parent, def.name)
                ? 1
                : isListType(type)
                  ? LIST_GUESS
                  : 1
          const named = getNamedType(def.type)
          let below = 0
          let reached = depth + 1
          if (selection.selectionSet && (isObjectType(named) || isInterfaceType(named) || 'getTypes' in named)) {
            ;[below, reached] = walk(selection.selectionSet, named as GraphQLCompositeType, depth + 1, seen)
          }
          cost += 1 + times * below
          deepest = Math.max(deepest, reached)
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent
          const [c, d] = walk(selection.selectionSet, (on as GraphQLCompositeType) ?? parent, depth, seen)
          cost += c
          deepest = Math.max(deepest, d)
        } else {
          const name = selection.name.value
          if (seen.has(name)) continue // a cycle is refused by graphql's own NoFragmentCycles rule
          const fragment = context.getFragment(name)
          if (!fragment) continue
          const on = schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined
          const [c, d] = walk(fragment.selectionSet, on ?? parent, depth, new Set([...seen, name]))
          cost += c
          deepest = Math.max(deepest, d)
        }
        if (cost > maxCost * 10) break // far over budget already: stop counting
      }
      return [cost, deepest]
    }
    return {
      OperationDefinition(node) {
        const root =
          node.operation === 'mutation'
            ? schema.getMutationType()
            : node.operation === 'subscription'
              ? schema.getSubscriptionType()
              : schema.getQueryType()
        if (!root) return
        const [cost, depth] = walk(node.selectionSet, root, 0, new Set())
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`This query nests ${depth} levels deep; at most ${maxDepth} are allowed.`, {
              nodes: [node],
            }),
          )
        } else if (cost > maxCost) {
          context.reportError(
            new GraphQLError(
              `This query could return about ${cost > maxCost * 10 ? `more than ${maxCost * 10}` : cost} objects; at most ${maxCost} are allowed. Ask for fewer (a smaller limit) or less nesting.`,
              { nodes: [node] },
            ),
          )
        }
      },
    }
  }
}

/**
 * Checked before GraphQL parses and validates a query (src/api/rules.ts): Payload's own complexity
 * rule spreads every fragment where it is used, so 30 fragments that each spread the next one twice
 * (2^30 fields, a 2 KB query) kept a core busy for hours, and fragments that spread each other in a
 * cycle, or a query nested thousands of brackets deep, overflow the stack. Here the nesting is read
 * off the text, and the fields a query selects once its fragments are spread are counted with each
 * fragment's size worked out once. A query the budget above accepts selects fewer fields than its
 * cost, so MAX_EXPANDED_FIELDS refuses none of them.
 */
export const MAX_NESTING = 64
export const MAX_EXPANDED_FIELDS = 2 * GRAPHQL_BUDGET.maxCost

/** The deepest nesting of `{`, `[` and `(` in a GraphQL text, outside strings and comments. */
export function nestingOf(query: string): number {
  let depth = 0
  let deepest = 0
  for (let i = 0; i < query.length; i++) {
    const c = query[i]
    if (c === '#') {
      while (i < query.length && query[i] !== '\n') i++
    } else if (c === '"') {
      if (query.startsWith('"""', i)) {
        const end = query.indexOf('"""', i + 3)
        i = end === -1 ? query.length : end + 2
      } else {
        for (i++; i < query.length && query[i] !== '"' && query[i] !== '\n'; i++) if (query[i] === '\\') i++
      }
    } else if (c === '{' || c === '[' || c === '(') {
      deepest = Math.max(deepest, ++depth)
    } else if (c === '}' || c === ']' || c === ')') {
      depth--
    }
  }
  return deepest
}

/** Fields selected once fragments are spread; Infinity when fragments spread each other in a cycle. */
export function expandedFieldCount(document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d)
  const sizes = new Map<string, number>()
  const open = new Set<string>()
  const sizeOf = (set: SelectionSetNode | undefined): number => {
    let total = 0
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) total += 1 + sizeOf(s.selectionSet)
      else if (s.kind === Kind.INLINE_FRAGMENT) total += sizeOf(s.selectionSet)
      else total += fragmentSize(s.name.value)
    }
    return total
  }
  const fragmentSize = (name: string): number => {
    if (sizes.has(name)) return sizes.get(name)!
    if (open.has(name)) return Infinity
    const fragment = fragments.get(name)
    if (!fragment) return 0 // GraphQL's own validation names the unknown fragment
    open.add(name)
    const size = sizeOf(fragment.selectionSet)
    open.delete(name)
    sizes.set(name, size)
    return size
  }
  let total = 0
  for (const d of document.definitions) if (d.kind === Kind.OPERATION_DEFINITION) total += sizeOf(d.selectionSet)
  return total
}

/** Why a query text is refused before GraphQL reads it, or null (a syntax error is GraphQL's to report). */
export function documentRefusal(query: string): string | null {
  const nesting = nestingOf(query)
  if (nesting > MAX_NESTING) {
    return `This query nests its brackets ${nesting} levels deep; at most ${MAX_NESTING} are allowed.`
  }
  let document: DocumentNode
  try {
    document = parse(query, { noLocation: true })
  } catch {
    return null
  }
  const fields = expandedFieldCount(document)
  if (fields === Infinity) return 'The fragments of this query spread each other in a cycle.'
  if (fields > MAX_EXPANDED_FIELDS) {
    return `This query selects ${fields > 1e15 ? 'more than 10^15' : Math.round(fields).toLocaleString('en')} fields once its fragments are spread; at most ${MAX_EXPANDED_FIELDS.toLocaleString('en')} are allowed.`
  }
  return null
}
