/** Creating documents in tests, with the data checked against its collection, so that callers need no casts. */
import type {
  CollectionSlug,
  DataFromCollectionSlug,
  Payload,
  RequestContext,
  RequiredDataFromCollectionSlug,
} from 'payload'
import type { User } from '@/payload-types'

/** Required in the generated types, but filled on create: the slug hook, and the licence and workflow defaults. */
type Filled = 'slug' | 'licence' | 'workflowStatus'

/** A new document of `S` as a test writes it: the generated type, less the fields the server fills. */
export type NewDoc<S extends CollectionSlug> = S extends CollectionSlug
  ? Omit<RequiredDataFromCollectionSlug<S>, Filled> &
      Partial<Pick<RequiredDataFromCollectionSlug<S>, Filled & keyof RequiredDataFromCollectionSlug<S>>>
  : never

/** A draft of `S`: any of its fields (a draft is not validated). */
export type DraftDoc<S extends CollectionSlug> = S extends CollectionSlug
  ? Partial<RequiredDataFromCollectionSlug<S>>
  : never

type Options = {
  user?: User
  overrideAccess?: boolean
  draft?: boolean
  depth?: number
  context?: RequestContext
  /** an upload's file */
  file?: { data: Buffer; mimetype: string; name: string; size: number }
}

// Payload's create options are a conditional type that TypeScript cannot check for a collection not known yet:
// the one cast for every caller, whose data is checked against its own collection above
type Create = (options: Record<string, unknown>) => Promise<unknown>
const create = (payload: Payload, options: Record<string, unknown>) => (payload.create as Create)(options)

/** payload.create with typed data; as there, server code (`overrideAccess: true`) unless told otherwise. */
export function createDoc<S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  data: NewDoc<S>,
  options: Options = {},
) {
  return create(payload, { collection, data, ...options }) as Promise<DataFromCollectionSlug<S>>
}

/** A draft made by `user` with their own access (`overrideAccess: false`), as the admin's "Save draft" does. */
export function createDraft<S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  data: DraftDoc<S>,
  user: User,
  options: Pick<Options, 'depth'> = {},
) {
  return create(payload, { collection, data, user, overrideAccess: false, draft: true, ...options }) as Promise<
    DataFromCollectionSlug<S>
  >
}
