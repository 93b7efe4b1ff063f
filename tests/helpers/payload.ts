import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'
import type { User } from '@/payload-types'

export const getTestPayload = (): Promise<Payload> => getPayload({ config })

/** The password of every account seedUser makes. */
export const PASSWORD = 'correct-horse-battery-staple'

type Pool = { on: (event: 'error', fn: () => void) => void; end: () => Promise<void> }

/**
 * payload.destroy() leaves the Postgres pool open, and the pool may keep a client
 * checked out, so pool.end() can wait forever. Close what can be closed, and make the
 * pool ignore the disconnects that dropping the file's database causes next.
 */
export async function closePayload(payload: Payload | undefined): Promise<void> {
  if (!payload) return
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  pool?.on('error', () => undefined)
  await payload.destroy()
  void pool?.end().catch(() => undefined)
}

/**
 * The file's Payload, opened in beforeAll and closed in afterAll; `ready` gets it once it is open (keep
 * it, seed accounts). Hooks registered before this one run before it opens and after it closes.
 */
export function withTestPayload(ready: (payload: Payload) => unknown): void {
  let payload: Payload | undefined
  beforeAll(async () => {
    payload = await getTestPayload()
    await ready(payload)
  })
  afterAll(() => closePayload(payload))
}

let counter = 0

/** A user with the given roles, created with a unique email. */
export async function seedUser(
  payload: Payload,
  roles: User['roles'],
  name = `Test ${roles.join('+')}`,
): Promise<User> {
  counter++
  const user = await payload.create({
    collection: 'users',
    data: { email: `${roles.join('-')}-${Date.now()}-${counter}@example.test`, password: PASSWORD, name, roles },
    overrideAccess: true,
  })
  return { ...user, collection: 'users' } as User
}

/** A one-paragraph Lexical document, for required rich-text fields. */
export function paragraph(text: string) {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: 'ltr' as const,
          format: '' as const,
          indent: 0,
          textFormat: 0,
          children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
        },
      ],
    },
  }
}
