import type { Payload } from 'payload'

/** ADMIN_EMAIL + ADMIN_PASSWORD: create that admin if missing, keep it as it is otherwise. */
export async function ensureAdmin(
  payload: Payload,
  log: (line: string) => void = console.log,
): Promise<'created' | 'kept' | 'skipped'> {
  const email = process.env.ADMIN_EMAIL?.trim().toLowerCase()
  const password = process.env.ADMIN_PASSWORD
  if (!email || !password) return 'skipped'
  const existing = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    overrideAccess: true,
  })
  if (existing.docs[0]) {
    log(`  admin ${email}: already there, kept as it is`)
    return 'kept'
  }
  await payload.create({
    collection: 'users',
    data: { email, password, name: process.env.ADMIN_NAME ?? 'Hub admin', roles: ['admin'] },
    overrideAccess: true,
  })
  log(`  admin ${email}: created`)
  return 'created'
}
