/** Roles are defined once, here. A user may hold several. */
export const ROLES = ['admin', 'editor', 'reviewer'] as const
export type Role = (typeof ROLES)[number]

/** Staff: anyone holding at least one role. */
export const STAFF_ROLES: readonly Role[] = ROLES

/** May publish and review (src/access/publishing.ts adds: never their own work). */
export const PUBLISHER_ROLES: readonly Role[] = ['reviewer', 'admin']

/** May edit shared content (media, taxonomies) and submit or withdraw anyone's work. */
export const EDITOR_ROLES: readonly Role[] = ['editor', 'admin']

type MaybeUser = { roles?: readonly (Role | string)[] | null } | null | undefined

/** The one role check everything else builds on. */
export function hasRole(user: MaybeUser, ...roles: readonly Role[]): boolean {
  const held = user?.roles
  if (!held?.length) return false
  return roles.some((role) => held.includes(role))
}

export const isStaffUser = (user: MaybeUser) => hasRole(user, ...STAFF_ROLES)
export const isAdminUser = (user: MaybeUser) => hasRole(user, 'admin')
export const isEditorUser = (user: MaybeUser) => hasRole(user, ...EDITOR_ROLES)
/** Holds a publisher role; whether they may publish a given document is canPublish (src/access/publishing.ts). */
export const isPublisher = (user: MaybeUser) => hasRole(user, ...PUBLISHER_ROLES)
