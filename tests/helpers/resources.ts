/**
 * The steps the workflow and publishing tests take on resources, through the local API as a user
 * (`overrideAccess: false`) or as the server reads them. Bound to the file's Payload (made in beforeAll).
 */
import type { Payload } from 'payload'
import type { Resource, User } from '@/payload-types'
import type { WorkflowStatus } from '@/workflow/rules'

export function resourceSteps(payloadOf: () => Payload) {
  const p = payloadOf
  return {
    /** what the admin edits: the latest version */
    latest: (id: number) =>
      p().findByID({ collection: 'resources', id, draft: true, overrideAccess: true, depth: 0 }) as Promise<Resource>,
    /** what the public sees: the main document */
    live: (id: number) =>
      p().findByID({ collection: 'resources', id, draft: false, overrideAccess: true, depth: 0 }) as Promise<Resource>,
    publishAs: (user: User, id: number) =>
      p().update({
        collection: 'resources',
        id,
        data: { _status: 'published' },
        user,
        overrideAccess: false,
        depth: 0,
      }),
    /** "Save draft" */
    editDraft: (user: User, id: number, data: Partial<Resource>) =>
      p().update({ collection: 'resources', id, data, user, overrideAccess: false, draft: true, depth: 0 }),
    /** a workflow move, with its note, saved as a draft as the admin does */
    move: (user: User, id: number, workflowStatus: WorkflowStatus, reviewNote?: string) =>
      p().update({
        collection: 'resources',
        id,
        data: { workflowStatus, ...(reviewNote !== undefined ? { reviewNote } : {}) },
        user,
        overrideAccess: false,
        draft: true,
        depth: 0,
      }),
    versionsOf: async (id: number) =>
      (
        await p().findVersions({
          collection: 'resources',
          where: { parent: { equals: id } },
          sort: 'createdAt',
          limit: 100,
          overrideAccess: true,
          depth: 0,
        })
      ).docs,
    /** the review history of one document, oldest first */
    eventsOf: async (id: number, collectionSlug = 'resources') =>
      (
        await p().find({
          collection: 'review-events',
          where: { and: [{ collectionSlug: { equals: collectionSlug } }, { docId: { equals: String(id) } }] },
          sort: 'createdAt',
          overrideAccess: true,
          depth: 0,
          limit: 100,
        })
      ).docs,
  }
}
