/** Roles are defined once, here. A user may hold several. */
export const ROLES = ['admin', 'editor', 'reviewer'] as const
export type Role = (typeof ROLES)[number]

/** Staff: anyone holding at least one role. */
export const STAFF_ROLES: readonly Role[] = ROLES

type MaybeUser = { roles?: readonly (Role | string)[] | null } | null | undefined

/** The one role check everything else builds on. */
export function hasRole(user: MaybeUser, ...roles: readonly Role[]): boolean {
  const held = user?.roles
  if (!held?.length) return false
  return roles.some((role) => held.includes(role))
}

export const isStaffUser = (user: MaybeUser) => hasRole(user, ...STAFF_ROLES)
export const isAdminUser = (user: MaybeUser) => hasRole(user, 'admin')
