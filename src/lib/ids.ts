/** The id of a relationship value, populated (`{ id, ... }`) or not (the id itself); null when empty. */
export const idOf = (value: unknown): number | string | null =>
  value && typeof value === 'object' && 'id' in value
    ? ((value as { id: number | string | null }).id ?? null)
    : ((value as number | string | null | undefined) ?? null)

/** Two ids are the same document (numbers and strings alike); never when either is missing. */
export const sameId = (a: unknown, b: unknown): boolean =>
  a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b)
