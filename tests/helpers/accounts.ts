/** Staff accounts for the integration tests, and signing them in as the admin panel does. */
import type { Payload } from 'payload'
import type { User } from '@/payload-types'
import { PASSWORD, seedUser } from './payload'

type Role = User['roles'][number]
/** The name alone where the key is a role (`editor: 'Eddie Editor'`), else role(s) and name (`author: ['editor', 'Aki']`). */
type Account = string | readonly [Role | readonly Role[], string]
type Accounts<A> = { [K in keyof A]: K extends Role ? Account : Exclude<Account, string> }

/**
 * The accounts, keyed as given; admins are created first, since the first account of a database
 * becomes an admin (firstUserIsAdmin) whatever roles it was given.
 */
export async function seedStaff<const A extends Record<string, Account>>(
  payload: Payload,
  accounts: A & Accounts<A>,
): Promise<{ [K in keyof A]: User }> {
  const specs = Object.entries(accounts).map(([key, account]) => {
    const [role, name] = typeof account === 'string' ? [key as Role, account] : account
    return { key, roles: (typeof role === 'string' ? [role] : [...role]) as User['roles'], name }
  })
  const adminsFirst = [
    ...specs.filter((s) => s.roles.includes('admin')),
    ...specs.filter((s) => !s.roles.includes('admin')),
  ]
  const users: Record<string, User> = {}
  for (const { key, roles, name } of adminsFirst) users[key] = await seedUser(payload, roles, name)
  return users as { [K in keyof A]: User }
}

const tokens = new WeakMap<Payload, Map<number, string>>()

/** A JWT for a seeded account, as the admin panel holds once signed in (one login per account). */
export async function loginToken(payload: Payload, user: User): Promise<string> {
  let mine = tokens.get(payload)
  if (!mine) tokens.set(payload, (mine = new Map()))
  if (!mine.has(user.id)) {
    const { token } = await payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })
    mine.set(user.id, token!)
  }
  return mine.get(user.id)!
}
