/**
 * Accounts leak nothing and cannot be locked by strangers:
 * - an editor cannot tell whether an email has an account: `where[email]` (equals, like) and
 *   `sort=email` are refused, and GraphQL answers `email` as null instead of failing with a 500;
 * - sign-ins are throttled per address (and per account from one address): a stranger's guesses
 *   block the stranger only, the admin still signs in from elsewhere; the refusal and the wrong
 *   password answer are the same for accounts that exist and accounts that do not.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { LOGIN_ATTEMPTS_PER_ACCOUNT, LOGIN_ATTEMPTS_PER_ADDRESS } from '@/auth/login-throttle'
import type { User } from '@/payload-types'
import { loginToken, seedStaff } from '../helpers/accounts'
import { PASSWORD, withTestPayload } from '../helpers/payload'
import { graphql, rest, restJson } from '../helpers/rest'

let payload: Payload
let admin: User
let editor: User
let other: User
let editorToken: string

withTestPayload((p) => {
  payload = p
})

beforeAll(async () => {
  ;({ admin, editor, other } = await seedStaff(payload, {
    admin: 'Ada Admin',
    editor: 'Eddie Editor',
    other: ['reviewer', 'Rae Reviewer'],
  }))
  editorToken = await loginToken(payload, editor)
})

let n = 0
/** A sign-in through REST from one client address (X-Forwarded-For, as `next start` fills it in). */
const signIn = (email: string, password: string, address = `198.51.100.${++n % 250}`) =>
  restJson('POST', '/api/users/login', { json: { email, password }, headers: { 'X-Forwarded-For': address } })

describe("others' emails", () => {
  it('an editor cannot filter or sort accounts by email', async () => {
    for (const query of [
      `where[email][equals]=${encodeURIComponent(other.email)}`,
      `where[email][like]=${encodeURIComponent(other.email.slice(0, 6))}`,
      `where[or][0][email][exists]=true`,
      'sort=email',
      'sort=-email',
    ]) {
      const res = await rest('GET', `/api/users?${query}`, { token: editorToken })
      expect(res.status, query).toBeGreaterThanOrEqual(400)
      expect(res.status, query).toBeLessThan(500)
      expect(await res.text(), query).not.toContain(other.email)
    }
  })

  it('an editor reads names but not emails; their own email and an admin still read them', async () => {
    const { status, body } = await restJson<{ docs: { id: number; email?: string; name: string }[] }>(
      'GET',
      '/api/users?limit=100',
      { token: editorToken },
    )
    expect(status).toBe(200)
    const byId = new Map(body.docs.map((d) => [d.id, d]))
    expect(byId.get(other.id)?.name).toBe(other.name)
    expect(byId.get(other.id)?.email).toBeUndefined()
    expect(byId.get(editor.id)?.email).toBe(editor.email)
    const asAdmin = await restJson<{ docs: { email?: string }[] }>(
      'GET',
      `/api/users?where[email][equals]=${encodeURIComponent(other.email)}`,
      { token: await loginToken(payload, admin) },
    )
    expect(asAdmin.status).toBe(200)
    expect(asAdmin.body.docs.map((d) => d.email)).toEqual([other.email])
  })

  it("GraphQL: an editor's query for emails answers null for others, not a 500", async () => {
    const res = await graphql('{ Users(limit: 100) { docs { id name email } } }', editorToken)
    expect(res.status).toBe(200)
    const body = (await res.json()) as {
      errors?: unknown[]
      data: { Users: { docs: { id: number; email: string | null }[] } }
    }
    expect(body.errors).toBeUndefined()
    const docs = new Map(body.data.Users.docs.map((d) => [d.id, d]))
    expect(docs.get(other.id)?.email).toBeNull()
    expect(docs.get(editor.id)?.email).toBe(editor.email)
  })
})

describe('sign-in throttling', () => {
  it('a wrong password and an unknown email get the same answer', async () => {
    const wrong = await signIn(other.email, 'not-the-password')
    const unknown = await signIn('nobody-here@example.test', 'not-the-password')
    expect(wrong.status).toBe(unknown.status)
    expect(wrong.body).toEqual(unknown.body)
  })

  it("a stranger's guesses block the stranger's address only: the admin still signs in from elsewhere", async () => {
    const stranger = '203.0.113.66'
    for (let i = 0; i < LOGIN_ATTEMPTS_PER_ACCOUNT; i++) {
      expect((await signIn(admin.email, `guess-${i}`, stranger)).status).toBe(401)
    }
    // the stranger is now refused, even with the right password...
    const refused = await signIn(admin.email, PASSWORD, stranger)
    expect(refused.status).toBe(429)
    expect(JSON.stringify(refused.body)).toMatch(/Too many sign-in attempts from your address/)
    // ...and the refusal says the same about an account that does not exist
    for (let i = 0; i < LOGIN_ATTEMPTS_PER_ACCOUNT; i++) await signIn('ghost@example.test', `g-${i}`, stranger)
    const ghost = await signIn('ghost@example.test', 'x', stranger)
    expect(ghost.status).toBe(429)
    expect(ghost.body).toEqual(refused.body)
    // the admin, from their own address, is not locked out
    const mine = await signIn(admin.email, PASSWORD, '192.0.2.10')
    expect(mine.status).toBe(200)
    expect((mine.body as { user?: { id: number } }).user?.id).toBe(admin.id)
  })

  it('a successful sign-in forgets the earlier mistakes from that address', async () => {
    const address = '192.0.2.77'
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < LOGIN_ATTEMPTS_PER_ACCOUNT - 1; i++) {
        expect((await signIn(other.email, 'typo', address)).status).toBe(401)
      }
      expect((await signIn(other.email, PASSWORD, address)).status).toBe(200)
    }
  })

  it('successful sign-ins from one address never use up its allowance', async () => {
    const office = '192.0.2.200'
    for (let i = 0; i < LOGIN_ATTEMPTS_PER_ADDRESS + 5; i++) {
      expect((await signIn(editor.email, PASSWORD, office)).status, `sign-in ${i + 1}`).toBe(200)
    }
  })

  it('one address guessing across many accounts is refused after its hourly allowance', async () => {
    const address = '203.0.113.99'
    let lastStatus = 0
    for (let i = 0; i < LOGIN_ATTEMPTS_PER_ADDRESS; i++) {
      lastStatus = (await signIn(`spray-${i}@example.test`, 'password1', address)).status
    }
    expect(lastStatus).toBe(401)
    expect((await signIn('spray-last@example.test', 'password1', address)).status).toBe(429)
    expect((await signIn(editor.email, PASSWORD, address)).status).toBe(429)
  })
})
