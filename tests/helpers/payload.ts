import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import type { User } from '../../src/payload-types'

export const getTestPayload = (): Promise<Payload> => getPayload({ config })

let counter = 0

/** A user with the given roles, created with a unique email. */
export async function seedUser(payload: Payload, roles: User['roles'], name = `Test ${roles.join('+')}`): Promise<User> {
  counter++
  const user = await payload.create({
    collection: 'users',
    data: { email: `${roles.join('-')}-${Date.now()}-${counter}@example.test`, password: 'correct-horse-battery-staple', name, roles },
    overrideAccess: true,
  })
  return { ...user, collection: 'users' } as User
}
