/**
 * The publish rule, defined once (src/access/publishing.ts): a reviewer or an admin who is not the
 * document's author (`createdBy`, an id or the populated user) may publish it; nobody else may.
 */
import { describe, expect, it } from 'vitest'
import { canPublish, notAuthoredBy, publishRefusal } from '@/access/publishing'
import { isPublisher } from '@/access/roles'

const reviewer = { id: 1, roles: ['reviewer'] }
const admin = { id: 2, roles: ['admin'] }
const editor = { id: 3, roles: ['editor'] }
const editorReviewer = { id: 4, roles: ['editor', 'reviewer'] }
const noRoles = { id: 5, roles: [] as string[] }
const rolesUnset = { id: 6, roles: null }
const someoneElse = 99

describe('isPublisher', () => {
  it('is a reviewer or an admin, whatever else they hold', () => {
    expect(isPublisher(reviewer)).toBe(true)
    expect(isPublisher(admin)).toBe(true)
    expect(isPublisher(editorReviewer)).toBe(true)
  })

  it('is not an editor, a user with no roles, or nobody', () => {
    expect(isPublisher(editor)).toBe(false)
    expect(isPublisher(noRoles)).toBe(false)
    expect(isPublisher(rolesUnset)).toBe(false)
    expect(isPublisher(null)).toBe(false)
    expect(isPublisher(undefined)).toBe(false)
  })
})

describe('canPublish', () => {
  it('allows a reviewer or an admin who is not the author', () => {
    expect(canPublish(reviewer, someoneElse)).toBe(true)
    expect(canPublish(admin, someoneElse)).toBe(true)
    expect(canPublish(editorReviewer, someoneElse)).toBe(true)
  })

  it('allows them a document with no author (written by server code)', () => {
    expect(canPublish(reviewer, null)).toBe(true)
    expect(canPublish(admin, undefined)).toBe(true)
  })

  it('refuses the author, reviewer or admin alike', () => {
    expect(canPublish(reviewer, reviewer.id)).toBe(false)
    expect(canPublish(admin, admin.id)).toBe(false)
  })

  it('refuses an editor and anonymous users', () => {
    expect(canPublish(editor, someoneElse)).toBe(false)
    expect(canPublish(editor, null)).toBe(false)
    expect(canPublish(null, someoneElse)).toBe(false)
    expect(canPublish(undefined, null)).toBe(false)
  })

  it('reads the author as an id (number or string) or as the populated user', () => {
    expect(canPublish(reviewer, String(reviewer.id))).toBe(false)
    expect(canPublish(reviewer, { id: reviewer.id, name: 'Rev' })).toBe(false)
    expect(canPublish(reviewer, { id: someoneElse, name: 'Other' })).toBe(true)
    expect(canPublish({ id: '7', roles: ['reviewer'] }, 7)).toBe(false)
  })
})

describe('publishRefusal', () => {
  it('is null exactly when canPublish allows it', () => {
    expect(publishRefusal(reviewer, someoneElse)).toBeNull()
    expect(publishRefusal(admin, null)).toBeNull()
  })

  it('says who may, or that nobody publishes their own work', () => {
    expect(publishRefusal(editor, someoneElse)).toBe(
      'Only a reviewer or an admin can publish. Save a draft and ask for a review.',
    )
    expect(publishRefusal(null, someoneElse)).toMatch(/^Only a reviewer or an admin can publish/)
    expect(publishRefusal(reviewer, { id: reviewer.id })).toBe(
      'You cannot publish your own work: another reviewer needs to check it.',
    )
  })

  it('says the same for scheduling, cancelling and reviewing', () => {
    expect(publishRefusal(editor, someoneElse, 'schedule-unpublish')).toBe(
      'Only a reviewer or an admin can schedule unpublishing.',
    )
    expect(publishRefusal(admin, admin.id, 'cancel-publish')).toBe(
      'You cannot cancel a scheduled publish of your own work: another reviewer needs to check it.',
    )
    expect(publishRefusal(editor, someoneElse, 'review')).toBe(
      'Only a reviewer or an admin can request changes or approve.',
    )
    expect(publishRefusal(reviewer, reviewer.id, 'review')).toBe(
      'You cannot review your own work: another reviewer needs to check it.',
    )
  })
})

describe('notAuthoredBy', () => {
  it('matches documents by someone else or by nobody', () => {
    expect(notAuthoredBy(reviewer)).toEqual({
      or: [{ createdBy: { not_equals: 1 } }, { createdBy: { exists: false } }],
    })
  })
})
