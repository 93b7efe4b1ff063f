/**
 * Curators' rough edges in the admin (issue 15 part 6), on the server:
 *
 * - the create-first-user form: whatever roles it sends, the first account is an admin, and the
 *   Roles field says so there (src/components/admin/RolesField.tsx) instead of offering a picker;
 * - "Restore this version" on a published version, as the admin's version view sends it
 *   (`POST /api/<slug>/versions/<id>?draft=false`): for someone who may not publish, a draft that
 *   goes through review; for a publisher, the old version goes live as before;
 * - edit locks: a save releases the saver's lock, a restore too, and a lock left behind (a change
 *   sent just after a quick save) keeps the next editor out for less than a minute.
 */
import { handleFormStateLocking } from '@payloadcms/ui/utilities/handleFormStateLocking'
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { EDIT_LOCK_SECONDS } from '@/collections/content'
import { ROLES_FIELD, Users } from '@/collections/Users'
import { RESTORED_AS_DRAFT } from '@/hooks/restoreAsDraft'
import { idOf } from '@/lib/ids'
import type { User } from '@/payload-types'
import { loginToken, seedStaff } from '../helpers/accounts'
import { createDraft } from '../helpers/content'
import { withTestPayload } from '../helpers/payload'
import { resourceSteps } from '../helpers/resources'
import { restJson } from '../helpers/rest'

let payload: Payload
withTestPayload((p) => {
  payload = p
})

describe('the create-first-user form', () => {
  it('makes the first account an admin even when it sends the Editor role, and shows no Roles picker', async () => {
    const { status, body } = await restJson<{ user: User }>('POST', '/api/users/first-register', {
      json: {
        email: 'first@example.test',
        password: 'first-account-password-1',
        confirmPassword: 'first-account-password-1',
        name: 'First Person',
        roles: ['editor'],
      },
    })
    expect(status).toBe(200)
    expect(body.user.roles).toContain('admin')
    // the field renders RolesField, which shows a note instead of the select when nobody is signed in
    const roles = Users.fields.find((f) => 'name' in f && f.name === 'roles')
    expect(roles?.admin?.components).toMatchObject({ Field: ROLES_FIELD })
    // ...and the form is offered only once
    const again = await restJson('POST', '/api/users/first-register', {
      json: { email: 'second@example.test', password: 'second-password-1', name: 'Second', roles: ['admin'] },
    })
    expect(again.status).toBe(403)
  })
})

describe('restoring a published version from the admin’s version view', () => {
  let editor: User
  let author: User
  let reviewer: User
  let n = 0
  const { latest, live, publishAs, editDraft, versionsOf } = resourceSteps(() => payload)

  beforeAll(async () => {
    ;({ editor, author, reviewer } = await seedStaff(payload, {
      editor: 'Edie Editor',
      author: ['reviewer', 'Ari Author-Reviewer'],
      reviewer: 'Remy Reviewer',
    }))
  })

  /** A resource by `author`, published twice; returns it and the first published version's id. */
  async function withHistory() {
    const doc = await createDraft(
      payload,
      'resources',
      {
        title: `Rough ${++n}`,
        url: `https://example.org/rough/${n}`,
        summary: 'First summary.',
        kind: 'article',
        language: 'en',
      },
      author,
      { depth: 0 },
    )
    await publishAs(reviewer, doc.id)
    await editDraft(author, doc.id, { summary: 'Second summary.' })
    await publishAs(reviewer, doc.id)
    const first = (await versionsOf(doc.id)).find(
      (v) => v.version._status === 'published' && v.version.summary === 'First summary.',
    )!
    return { id: doc.id, versionId: String(first.id) }
  }

  /** The admin's "Restore this version" button. */
  const restoreThisVersion = async (user: User, versionId: string) =>
    restJson<{ _status?: string; message?: string; errors?: unknown }>(
      'POST',
      `/api/resources/versions/${versionId}?draft=false`,
      { token: await loginToken(payload, user), json: {} },
    )

  it('an editor’s restore succeeds as a draft; the live page keeps the published version', async () => {
    const { id, versionId } = await withHistory()
    const { status, body } = await restoreThisVersion(editor, versionId)
    expect(status).toBe(200)
    expect(body._status).toBe('draft')
    expect(body.message).toBe(RESTORED_AS_DRAFT)

    const draft = await latest(id)
    expect(draft.summary).toBe('First summary.')
    expect(draft._status).toBe('draft')
    expect(idOf(draft.createdBy)).toBe(author.id)
    const now = await live(id)
    expect(now._status).toBe('published')
    expect(now.summary).toBe('Second summary.')

    // the draft then goes through review: another reviewer publishes it
    await publishAs(reviewer, id)
    expect((await live(id)).summary).toBe('First summary.')
  })

  it('the author (a reviewer) cannot put their own old version live: a draft too', async () => {
    const { id, versionId } = await withHistory()
    const { status, body } = await restoreThisVersion(author, versionId)
    expect(status).toBe(200)
    expect(body._status).toBe('draft')
    expect((await live(id)).summary).toBe('Second summary.')
  })

  it('a reviewer who is not the author puts the old version live, as before', async () => {
    const { id, versionId } = await withHistory()
    const { status, body } = await restoreThisVersion(reviewer, versionId)
    expect(status).toBe(200)
    expect(body._status).toBe('published')
    expect(body.message).not.toBe(RESTORED_AS_DRAFT)
    const now = await live(id)
    expect(now.summary).toBe('First summary.')
    expect(idOf(now.reviewedBy)).toBe(reviewer.id)
  })

  it('restoring an old draft as an editor never takes the published page down', async () => {
    const { id } = await withHistory()
    await editDraft(editor, id, { summary: 'An editor’s draft.' })
    await editDraft(editor, id, { summary: 'Another draft.' })
    const oldDraft = (await versionsOf(id)).find((v) => v.version.summary === 'An editor’s draft.')!
    expect(oldDraft.version._status).toBe('draft')
    const { status } = await restoreThisVersion(editor, String(oldDraft.id))
    expect(status).toBe(200)
    expect((await latest(id)).summary).toBe('An editor’s draft.')
    const now = await live(id)
    expect(now._status).toBe('published')
    expect(now.summary).toBe('Second summary.')
  })

  it('anonymous visitors still cannot restore anything', async () => {
    const { id, versionId } = await withHistory()
    const { status } = await restJson('POST', `/api/resources/versions/${versionId}?draft=false`, { json: {} })
    expect(status).toBe(403)
    expect((await latest(id)).summary).toBe('Second summary.')
  })
})

describe('edit locks', () => {
  let first: User
  let second: User

  beforeAll(async () => {
    ;({ first, second } = await seedStaff(payload, {
      first: ['editor', 'Fern First-Editor'],
      second: ['editor', 'Sam Second-Editor'],
    }))
  })

  let m = 0
  const draftBy = (user: User) =>
    createDraft(
      payload,
      'resources',
      {
        title: `Locked ${++m}`,
        url: `https://example.org/locked/${m}`,
        summary: 'Text.',
        kind: 'article',
        language: 'en',
      },
      user,
      { depth: 0 },
    )

  /** What the admin's edit form does on a change (or on opening): take the lock or report who holds it. */
  const openInAdmin = async (user: User, id: number) => {
    const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
    const state = await handleFormStateLocking({ id, collectionSlug: 'resources', req, updateLastEdited: true })
    return idOf(state?.user)
  }

  const locksOn = async (id: number) =>
    (
      await payload.find({
        collection: 'payload-locked-documents',
        where: { and: [{ 'document.relationTo': { equals: 'resources' } }, { 'document.value': { equals: id } }] },
        overrideAccess: true,
        depth: 0,
      })
    ).docs

  it('content locks outlive the last change by less than a minute', () => {
    const resources = payload.collections.resources.config
    expect(resources.lockDocuments).toEqual({ duration: EDIT_LOCK_SECONDS })
    expect(EDIT_LOCK_SECONDS).toBeLessThan(60)
  })

  it('an editor who saves and leaves does not keep the next editor out', async () => {
    const doc = await draftBy(first)
    expect(await openInAdmin(first, doc.id)).toBe(first.id)
    // while the first editor works, the second is told who holds the document
    expect(await openInAdmin(second, doc.id)).toBe(first.id)

    const saved = await restJson('PATCH', `/api/resources/${doc.id}?draft=true`, {
      token: await loginToken(payload, first),
      json: { summary: 'Saved.' },
    })
    expect(saved.status).toBe(200)
    expect(await locksOn(doc.id)).toHaveLength(0)
    expect(await openInAdmin(second, doc.id)).toBe(second.id)
  })

  it('a lock left behind after a quick save has lapsed when the next editor comes within a minute', async () => {
    const doc = await draftBy(first)
    await openInAdmin(first, doc.id)
    // the change sent just after the save locked the document again; the editor left
    const [lock] = await locksOn(doc.id)
    const leftAt = new Date(Date.now() - (EDIT_LOCK_SECONDS + 5) * 1000).toISOString()
    await payload.db.updateOne({ collection: 'payload-locked-documents', id: lock!.id, data: { updatedAt: leftAt } })
    expect(await openInAdmin(second, doc.id)).toBe(second.id)
  })

  it('a restore releases the restorer’s lock', async () => {
    const doc = await draftBy(first)
    await payload.update({
      collection: 'resources',
      id: doc.id,
      data: { summary: 'Second.' },
      user: first,
      overrideAccess: false,
      draft: true,
    })
    const { docs } = await payload.findVersions({
      collection: 'resources',
      where: { parent: { equals: doc.id } },
      sort: 'createdAt',
      overrideAccess: true,
      depth: 0,
    })
    await openInAdmin(first, doc.id)
    const restored = await restJson('POST', `/api/resources/versions/${docs[0]!.id}?draft=false`, {
      token: await loginToken(payload, first),
      json: {},
    })
    expect(restored.status).toBe(200)
    expect(await locksOn(doc.id)).toHaveLength(0)
    expect(await openInAdmin(second, doc.id)).toBe(second.id)
  })
})
