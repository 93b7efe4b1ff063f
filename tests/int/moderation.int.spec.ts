/**
 * The moderators' side of issue 6, against real PostgreSQL: accepting a suggestion into a draft
 * resource (credited only with consent) that another reviewer publishes, after which the
 * submission is `added` and its status view links it; declining with a public reason while
 * notes and emails never leave the admin (REST, GraphQL, status view); corrections as editors'
 * tasks; feedback roll-ups; the CSV export; notifications from the jobs queue (through the email
 * adapter, or a log line); the retention job; one erase function for both erasures.
 */
import { parse } from 'csv-parse/sync'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { eraseExpiredSubmissions, RETENTION_TASK } from '@/moderation/retention'
import { emailAdapter } from '@/email'
import { NOTIFY_TASK } from '@/moderation/notify'
import { erasePersonalData } from '@/moderation/personal-data'
import { feedbackRollup, leastUsefulPages, openTasks } from '@/moderation/rollup'
import { smtpSettings } from '@/email/settings'
import { moderatorEmails, retentionDays } from '@/moderation/settings'
import { parsePublicPath } from '@/moderation/documents'
import { submissionsCsv } from '@/moderation/export'
import { serverUrl } from '@/lib/env'
import type { Resource, Submission, User } from '@/payload-types'
import type { Submission as SubmissionInput } from '@/submissions/schema'
import { eraseByToken, getStatusView } from '@/submissions/status'
import { storeSubmission } from '@/submissions/store'
import { loginToken, seedStaff } from '../helpers/accounts'
import { createDraft } from '../helpers/content'
import { withTestPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'
import { startSmtpServer } from '../helpers/smtp'

let payload: Payload
let admin: User
let editor: User
let moderator: User
let reviewer: User

withTestPayload(async (p) => {
  payload = p
  ;({ admin, editor, moderator, reviewer } = await seedStaff(p, {
    admin: 'Ada Admin',
    editor: 'Ed Editor',
    moderator: ['reviewer', 'Mo Moderator'],
    reviewer: 'Rae Reviewer',
  }))
})

// ------------------------------------------------------------------ helpers

let n = 0
const unique = (label: string) => `${label}-${++n}-${Date.now().toString(36)}`

/** A submission stored as the public endpoint stores it (store.ts), with its status token. */
async function send(
  input: Partial<SubmissionInput> & { kind: SubmissionInput['kind'] },
  status: 'new' | 'spam' = 'new',
) {
  const data = { credit: false, website: false, locale: 'en', ...input } as SubmissionInput
  const stored = await storeSubmission(payload, data, 'en', {
    status,
    clientHash: 'test',
    normalizedUrl: null,
    ...(status === 'spam' ? { spamSignal: 'honeypot' as const } : {}),
  })
  if (!stored.ok) throw new Error(JSON.stringify(stored.errors))
  return { id: stored.id, token: stored.statusToken }
}

const read = (id: number) =>
  payload.findByID({ collection: 'submissions', id, overrideAccess: true, depth: 0 }) as Promise<Submission>
const resultId = (s: Submission) =>
  s.result ? (typeof s.result.value === 'object' ? s.result.value.id : s.result.value) : null

/** As the admin's Accept button does: a staff user sets the status, with their own access. */
const decide = (id: number, user: User, data: Partial<Submission>) =>
  payload.update({ collection: 'submissions', id, data, user, overrideAccess: false, depth: 0 }) as Promise<Submission>

const publishAs = (user: User, collection: 'resources', id: number) =>
  payload.update({ collection, id, data: { _status: 'published' }, user, overrideAccess: false, depth: 0 })

/** A resource an editor wrote and a reviewer published. */
async function publishedDoc(title: string) {
  const draft = await createDraft(
    payload,
    'resources',
    {
      title,
      url: `https://published.example.org/${unique('p')}`,
      summary: 'On the hub.',
      kind: 'article',
      language: 'en',
    },
    editor,
  )
  return publishAs(reviewer, 'resources', draft.id) as Promise<Resource>
}

const jobsFor = async (submission: number) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { 'input.submission': { equals: submission } },
      overrideAccess: true,
      depth: 0,
    })
  ).docs

/** What a spreadsheet would see: the export read back by csv-parse (RFC 4180). */
const parseCsv = (text: string): string[][] => parse(text, { relax_column_count: true })

// ------------------------------------------------------------------ accept a suggestion

describe('accepting a suggestion', () => {
  it('makes a draft resource pre-filled from it, credited by name with consent, authored by the moderator', async () => {
    const url = `https://circles.example.org/${unique('guide')}`
    const sent = await send({
      kind: 'suggestion',
      url,
      title: 'Listening circles: a guide',
      message: 'A practical guide to running listening circles, with exercises for groups.',
      name: 'Casey Contributor',
      email: 'casey.private@example.org',
      credit: true,
    })
    const accepted = await decide(sent.id, moderator, { status: 'accepted' })
    expect(accepted.status).toBe('accepted')
    expect(accepted.result?.relationTo).toBe('resources')
    expect(accepted.decidedBy).toBe(moderator.id)
    expect(accepted.decidedAt).toBeTruthy()

    const resource = (await payload.findByID({
      collection: 'resources',
      id: resultId(accepted)!,
      draft: true,
      overrideAccess: true,
      depth: 0,
    })) as Resource
    expect(resource).toMatchObject({
      _status: 'draft',
      title: 'Listening circles: a guide',
      url,
      summary: 'A practical guide to running listening circles, with exercises for groups.',
      createdBy: moderator.id,
      slug: 'listening-circles-a-guide',
    })
    expect(resource.contributors).toEqual([
      expect.objectContaining({ name: 'Casey Contributor', contribution: 'suggested', submission: sent.id }),
    ])
    expect(JSON.stringify(resource)).not.toContain('casey.private@example.org')

    // the status page says accepted, without a link while the resource is a draft
    expect(await getStatusView(payload, sent.token, 'en')).toMatchObject({
      status: 'accepted',
      result: null,
      creditedAs: null,
    })

    // the moderator may not publish what they created; another reviewer does
    await expect(publishAs(moderator, 'resources', resource.id)).rejects.toThrow(/not allowed|own work/)
    expect((await read(sent.id)).status).toBe('accepted')
    await publishAs(reviewer, 'resources', resource.id)

    expect((await read(sent.id)).status).toBe('added')
    const view = await getStatusView(payload, sent.token, 'fr')
    expect(view).toMatchObject({
      status: 'added',
      creditedAs: 'Casey Contributor',
      result: { title: 'Listening circles: a guide', path: '/fr/resources/listening-circles-a-guide' },
    })
    expect(JSON.stringify(view)).not.toContain('casey.private@example.org')

    // the public reads the credit by name; the link to the submission and the email stay private
    const res = await rest('GET', `/api/resources/${resource.id}?depth=1`)
    expect(res.status).toBe(200)
    const body = await res.text()
    expect(JSON.parse(body).contributors).toEqual([expect.objectContaining({ name: 'Casey Contributor' })])
    expect(JSON.parse(body).contributors[0].submission).toBeUndefined()
    expect(body).not.toContain('casey.private@example.org')
  })

  it('credits nobody when the sender did not consent; a long message is shortened into the summary', async () => {
    const url = `https://nocredit.example.org/${unique('x')}`
    const message = `${'Words about allyship and listening. '.repeat(30)}End.`
    const sent = await send({
      kind: 'suggestion',
      url,
      message,
      name: 'Private Person',
      email: 'pp@example.org',
      credit: false,
    })
    const accepted = await decide(sent.id, editor, { status: 'accepted' })
    const resource = (await payload.findByID({
      collection: 'resources',
      id: resultId(accepted)!,
      draft: true,
      overrideAccess: true,
      depth: 0,
    })) as Resource
    expect(resource.contributors ?? []).toEqual([])
    expect(JSON.stringify(resource)).not.toContain('Private Person')
    expect(resource.summary.length).toBeLessThanOrEqual(600)
    expect(resource.summary).toMatch(/^Words about allyship/)
    expect(resource.summary.endsWith('…')).toBe(true)
    // no title sent: one made from the link
    expect(resource.title).toMatch(/^nocredit\.example\.org › x/)
    expect(resource.createdBy).toBe(editor.id)

    await publishAs(reviewer, 'resources', resource.id)
    const view = await getStatusView(payload, sent.token, 'en')
    expect(view).toMatchObject({ status: 'added', creditedAs: null })
    expect(view!.result?.path).toBe(`/resources/${resource.slug}`)
  })

  it('through REST, as the admin panel saves it, and a link already listed is linked rather than copied', async () => {
    const url = `https://listed.example.org/${unique('r')}`
    const first = await send({ kind: 'suggestion', url, title: 'Listed' })
    const token = await loginToken(payload, moderator)
    const res = await rest('PATCH', `/api/submissions/${first.id}?depth=0`, { token, json: { status: 'accepted' } })
    expect(res.status).toBe(200)
    const doc = (await res.json()).doc as Submission
    expect(doc.result?.relationTo).toBe('resources')
    await publishAs(reviewer, 'resources', resultId(doc)!)

    // the same link suggested again (say, before the duplicate check existed): linked, already added
    const again = await send({ kind: 'suggestion', url: `${url}/`, title: 'Listed again' })
    const second = await decide(again.id, moderator, { status: 'accepted' })
    expect(resultId(second)).toBe(resultId(doc))
    expect(second.status).toBe('added')
    expect(
      (
        await payload.count({
          collection: 'resources',
          where: { url: { contains: 'listed.example.org' } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(1)
  })
})

// ------------------------------------------------------------------ decline, privacy

describe('declining, and what never leaves the admin', () => {
  let sent: { id: number; token: string }
  beforeAll(async () => {
    sent = await send({
      kind: 'suggestion',
      url: `https://declined.example.org/${unique('d')}`,
      message: 'Please add this.',
      name: 'Dee Clined',
      email: 'dee.private@example.org',
      credit: true,
    })
    await decide(sent.id, moderator, {
      status: 'declined',
      publicReason: 'This guide is behind a paywall.',
      moderatorNotes: 'SECRET-NOTE-77 looked like self-promotion',
    })
  })

  it('the status view shows the public reason, never the notes or the email', async () => {
    const view = await getStatusView(payload, sent.token, 'en')
    expect(view).toMatchObject({ status: 'declined', reason: 'This guide is behind a paywall.' })
    const text = JSON.stringify(view)
    expect(text).not.toContain('SECRET-NOTE-77')
    expect(text).not.toContain('dee.private@example.org')
    const stored = await read(sent.id)
    expect(stored.decidedBy).toBe(moderator.id)
  })

  it('anonymous REST and GraphQL get nothing; staff see notes and email in the admin', async () => {
    const one = await rest('GET', `/api/submissions/${sent.id}`)
    expect(one.status).toBe(403)
    const oneText = await one.text()
    expect(oneText).not.toContain('SECRET-NOTE-77')
    expect(oneText).not.toContain('dee.private@example.org')
    const list = await rest('GET', '/api/submissions?where[status][equals]=declined')
    expect(list.status).toBe(403)
    expect(await list.text()).not.toContain('SECRET-NOTE-77')

    const gql = await graphql(
      `{ Submission(id: ${sent.id}) { email moderatorNotes publicReason } Submissions { docs { email moderatorNotes } } }`,
    )
    const gqlText = await gql.text()
    expect(gqlText).toMatch(/not allowed|forbidden/i)
    expect(gqlText).not.toContain('SECRET-NOTE-77')
    expect(gqlText).not.toContain('dee.private@example.org')

    const asEditor = await rest('GET', `/api/submissions/${sent.id}`, { token: await loginToken(payload, editor) })
    expect(asEditor.status).toBe(200)
    expect(await asEditor.json()).toMatchObject({
      moderatorNotes: expect.stringContaining('SECRET-NOTE-77'),
      email: 'dee.private@example.org',
    })
  })

  it('bulk "mark spam" and "decline" through the list view’s REST bulk update', async () => {
    const a = await send({ kind: 'feedback', page: '/faq', helpful: 'no', message: 'buy cheap pills' })
    const b = await send({ kind: 'feedback', page: '/faq', helpful: 'no', message: 'more pills' })
    const c = await send({ kind: 'suggestion', message: 'Off topic', url: `https://off.example.org/${unique('o')}` })
    const token = await loginToken(payload, editor)
    const patch = (where: string, body: object) => rest('PATCH', `/api/submissions?${where}`, { token, json: body })
    expect((await patch(`where[id][in][0]=${a.id}&where[id][in][1]=${b.id}`, { status: 'spam' })).status).toBe(200)
    expect(
      (await patch(`where[id][in][0]=${c.id}`, { status: 'declined', publicReason: 'Not about allyship.' })).status,
    ).toBe(200)
    expect((await read(a.id)).status).toBe('spam')
    expect((await read(b.id)).status).toBe('spam')
    expect(await read(c.id)).toMatchObject({
      status: 'declined',
      publicReason: 'Not about allyship.',
      decidedBy: editor.id,
    })
    // anonymous bulk updates are refused
    const anon = await rest('PATCH', `/api/submissions?where[id][equals]=${c.id}`, { json: { status: 'new' } })
    expect(anon.status === 403 || ((await anon.json()).errors?.length ?? 0) > 0).toBe(true)
    expect((await read(c.id)).status).toBe('declined')
  })
})

// ------------------------------------------------------------------ corrections

describe('accepting a correction', () => {
  it('links it to the document it is about and leaves a task for the editor until it is published again', async () => {
    const page = await publishedDoc(unique('Code of conduct'))
    const sent = await send({
      kind: 'correction',
      message: 'The contact address in the second paragraph is out of date.',
      url: `${serverUrl()}/fr/resources/${page.slug}`,
      name: 'Cor Rector',
      credit: true,
    })
    const accepted = await decide(sent.id, moderator, { status: 'accepted' })
    expect(accepted).toMatchObject({ status: 'accepted', result: { relationTo: 'resources' } })
    expect(resultId(accepted)).toBe(page.id)

    const tasks = await openTasks(payload, 'resources', page.id, { user: { ...editor, collection: 'users' } })
    expect(tasks.map((t) => t.id)).toEqual([sent.id])
    expect(tasks[0]!.message).toMatch(/contact address/)
    // the editor is told, from the jobs queue
    expect((await jobsFor(sent.id)).map((j) => (j.input as { event: string }).event)).toContain('task')

    // a draft save changes nothing; publishing the corrected page does
    await payload.update({
      collection: 'resources',
      id: page.id,
      data: { summary: 'Fixed.' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect((await read(sent.id)).status).toBe('accepted')
    await publishAs(reviewer, 'resources', page.id)
    expect((await read(sent.id)).status).toBe('added')
    expect(await openTasks(payload, 'resources', page.id)).toEqual([])
    expect(await getStatusView(payload, sent.token, 'en')).toMatchObject({
      status: 'added',
      result: { path: `/resources/${page.slug}` },
    })
  })

  it('refuses to accept when it cannot tell which document, until the moderator chooses one', async () => {
    const sent = await send({ kind: 'correction', message: 'Something is wrong somewhere.' })
    await expect(decide(sent.id, moderator, { status: 'accepted' })).rejects.toThrow(/Which document/)
    expect((await read(sent.id)).status).toBe('new')
    const page = await publishedDoc(unique('About'))
    const accepted = await decide(sent.id, moderator, {
      status: 'accepted',
      result: { relationTo: 'resources', value: page.id },
    })
    expect(accepted.status).toBe('accepted')
    expect(resultId(accepted)).toBe(page.id)
  })

  it('reads public paths in both locales', () => {
    expect(parsePublicPath('/fr/glossary/allyship')).toEqual({ collection: 'glossary-terms', slug: 'allyship' })
    expect(parsePublicPath('/resources/a-guide?x=1')).toEqual({ collection: 'resources', slug: 'a-guide' })
    expect(parsePublicPath('/faq#who-can-be-an-ally')).toEqual({ collection: 'faqs', slug: 'who-can-be-an-ally' })
    expect(parsePublicPath('/fr/about')).toEqual({ collection: 'pages', slug: 'about' })
    expect(parsePublicPath('/principles')).toBeNull()
    expect(parsePublicPath('/')).toBeNull()
  })
})

// ------------------------------------------------------------------ roll-up

describe('feedback rolled up for editors', () => {
  it('counts yes and no from both locales’ paths, lists recent comments, leaves spam out', async () => {
    const page = await publishedDoc(unique('Rolled up'))
    const en = `/resources/${page.slug}`
    const fr = `/fr/resources/${page.slug}`
    await send({ kind: 'feedback', page: en, helpful: 'yes' })
    await send({ kind: 'feedback', page: en, helpful: 'no', message: 'Too long.' })
    await send({ kind: 'feedback', page: fr, helpful: 'no', message: 'Trop long.' })
    await send({ kind: 'feedback', page: fr, helpful: 'no', message: 'spam spam' }, 'spam')
    await send({ kind: 'feedback', page: '/somewhere-else', helpful: 'no', message: 'Elsewhere' })

    const rollup = await feedbackRollup(payload, 'resources', page.slug!, { user: { ...editor, collection: 'users' } })
    expect(rollup).toMatchObject({ yes: 1, no: 2, commentCount: 2, paths: [en, fr] })
    expect(rollup.comments.map((c) => c.message)).toEqual(['Trop long.', 'Too long.'])
  })

  it('lists the pages people find least useful first, linked to their documents', async () => {
    const bad = await publishedDoc(unique('Least useful'))
    const good = await publishedDoc(unique('Useful'))
    const badPath = `/resources/${bad.slug}`
    const goodPath = `/fr/resources/${good.slug}`
    for (let i = 0; i < 4; i++) await send({ kind: 'feedback', page: badPath, helpful: 'no' })
    await send({ kind: 'feedback', page: badPath, helpful: 'yes', message: 'Ok' })
    await send({ kind: 'feedback', page: goodPath, helpful: 'no' })
    for (let i = 0; i < 5; i++) await send({ kind: 'feedback', page: goodPath, helpful: 'yes' })
    const pages = await leastUsefulPages(payload, { limit: 50 })
    const badRow = pages.find((p) => p.page === badPath)!
    const goodRow = pages.find((p) => p.page === goodPath)!
    expect(badRow).toMatchObject({ no: 4, yes: 1, comments: 1, document: { collection: 'resources', id: bad.id } })
    expect(goodRow).toMatchObject({ no: 1, yes: 5, document: { collection: 'resources', id: good.id } })
    expect(pages.indexOf(badRow)).toBeLessThan(pages.indexOf(goodRow))
    expect(pages.some((p) => p.page === '/faq')).toBe(false) // only spam said "no" there
  })
})

// ------------------------------------------------------------------ CSV

describe('CSV export', () => {
  const nasty = [
    '=HYPERLINK("http://evil.example","x")',
    '+SUM(1,2)',
    '-2+3',
    '@cmd',
    '\tTabbed',
    '\rReturn',
    'Quote " and, comma\nnew line',
  ]

  it('escapes quotes, commas and new lines, and defuses formulas', () => {
    const docs = nasty.map(
      (message, i) =>
        ({
          id: i + 1,
          kind: 'feedback',
          status: 'new',
          message,
          createdAt: '2026-01-01T00:00:00.000Z',
          email: 'x@example.org',
        }) as unknown as Submission,
    )
    const csv = submissionsCsv(docs, { withEmail: true })
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const rows = parseCsv(csv.slice(1))
    const header = rows[0]!
    const col = header.indexOf('message')
    expect(rows.slice(1).map((r) => r[col])).toEqual([
      `'=HYPERLINK("http://evil.example","x")`,
      "'+SUM(1,2)",
      "'-2+3",
      "'@cmd",
      "'\tTabbed",
      "'\rReturn",
      'Quote " and, comma\nnew line',
    ])
    expect(header).toContain('email')
    expect(submissionsCsv(docs, { withEmail: false })).not.toContain('x@example.org')
  })

  it('is for admins only (403 otherwise); the admin’s file carries emails and follows the list filter', async () => {
    const marker = unique('csv')
    await send({
      kind: 'suggestion',
      message: `=1+1 ${marker}`,
      url: `https://csv.example.org/${marker}`,
      email: 'csv.person@example.org',
      name: 'Csv Person',
    })
    const anonymous = await rest('GET', '/api/submissions/export')
    expect(anonymous.status).toBe(403)
    const asEditor = await rest('GET', '/api/submissions/export', { token: await loginToken(payload, editor) })
    expect(asEditor.status).toBe(403)
    expect(await asEditor.text()).not.toContain('csv.person@example.org')

    const res = await rest('GET', `/api/submissions/export?where[message][like]=${encodeURIComponent(marker)}`, {
      token: await loginToken(payload, admin),
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="submissions-\d{4}-\d{2}-\d{2}\.csv"/)
    const rows = parseCsv((await res.text()).replace(/^\uFEFF/, ''))
    expect(rows).toHaveLength(2)
    const [header, row] = rows as [string[], string[]]
    expect(row[header.indexOf('email')]).toBe('csv.person@example.org')
    expect(row[header.indexOf('message')]).toBe(`'=1+1 ${marker}`)
  })
})

// ------------------------------------------------------------------ notifications

describe('moderators hear about new submissions', () => {
  it('a job is queued when a submission arrives (not for honeypot spam); nothing is sent in the request', async () => {
    const sent = await send({
      kind: 'suggestion',
      message: 'Queued?',
      url: `https://queued.example.org/${unique('q')}`,
    })
    const [job] = await jobsFor(sent.id)
    expect(job).toMatchObject({
      taskSlug: NOTIFY_TASK,
      queue: 'moderation',
      input: { submission: sent.id, event: 'received' },
    })
    expect(job!.completedAt).toBeFalsy()
    const spam = await send(
      { kind: 'suggestion', message: 'Spam', url: `https://spam.example.org/${unique('s')}` },
      'spam',
    )
    expect(await jobsFor(spam.id)).toEqual([])
  })

  it('the job sends an email through the official nodemailer adapter over SMTP, to every moderating account, without the sender’s details', async () => {
    const sent = await send({
      kind: 'suggestion',
      title: 'A toolkit',
      message: 'A toolkit on repair after harm.',
      url: `https://mail.example.org/${unique('m')}`,
      name: 'Nomen Nescio',
      email: 'nn.private@example.org',
    })
    const smtp = await startSmtpServer()
    const original = { email: payload.email, sendEmail: payload.sendEmail }
    // the adapter payload.config.ts builds from SMTP_* (src/email), pointed at a real SMTP server
    const adapter = await emailAdapter(smtp.env)!
    payload.email = adapter({ payload })
    payload.sendEmail = (message) => payload.email.sendEmail(message)
    try {
      expect(payload.email.name).toBe('nodemailer')
      await payload.jobs.run({ queue: 'moderation', limit: 100 })
      await smtp.waitFor(1)
    } finally {
      payload.email = original.email
      payload.sendEmail = original.sendEmail
      await smtp.close()
    }
    const got = smtp.received.find((r) => (r.mail.text ?? '').includes('repair after harm'))!
    expect(got).toBeTruthy()
    expect(got.mail.subject).toBe('[Allyship Hub] New suggestion: A toolkit')
    expect(got.mail.from?.value[0]).toMatchObject({ address: 'hub@example.org', name: 'Allyship Hub' })
    expect(got.mail.text).toContain(`/admin/collections/submissions/${sent.id}`)
    expect(got.mail.text).not.toContain('nn.private@example.org')
    expect(got.mail.text).not.toContain('Nomen Nescio')
    expect([...got.envelopeTo].sort()).toEqual([admin.email, editor.email, moderator.email, reviewer.email].sort())
    expect(await jobsFor(sent.id)).toEqual([]) // done and cleared
  })

  it('without SMTP the job logs one line instead, and MODERATOR_EMAILS are used when set', async () => {
    const sent = await send({ kind: 'correction', message: 'Typo in the glossary.', page: '/glossary/nothing-here' })
    const info = vi.spyOn(payload.logger, 'info')
    process.env.MODERATOR_EMAILS = 'mods@example.org, second@example.org'
    try {
      await payload.jobs.run({ queue: 'moderation', limit: 100 })
    } finally {
      delete process.env.MODERATOR_EMAILS
    }
    const lines = info.mock.calls.map((c) => String(c[0])).filter((l) => l.includes('[moderation]'))
    info.mockRestore()
    expect(
      lines.some(
        (l) =>
          l.includes('New correction: Typo in the glossary.') &&
          l.includes(`/admin/collections/submissions/${sent.id}`) &&
          l.includes('2 recipient'),
      ),
    ).toBe(true)
    expect(await jobsFor(sent.id)).toEqual([])
  })

  it('reads its settings from the environment', async () => {
    expect(smtpSettings({})).toBeNull()
    expect(emailAdapter({})).toBeUndefined()
    expect(
      smtpSettings({
        SMTP_HOST: 'smtp.example.org',
        SMTP_PORT: '465',
        SMTP_USER: 'u',
        SMTP_PASS: 'p',
        SMTP_FROM: 'Hub <hub@example.org>',
      }),
    ).toEqual({
      host: 'smtp.example.org',
      port: 465,
      secure: true,
      auth: { user: 'u', pass: 'p' },
      fromAddress: 'hub@example.org',
      fromName: 'Hub',
    })
    expect(smtpSettings({ SMTP_HOST: 'mail.example.org' })).toMatchObject({
      port: 587,
      secure: false,
      fromAddress: 'no-reply@mail.example.org',
    })
    const adapter = (await emailAdapter({ SMTP_HOST: 'smtp.example.org' })!)({ payload })
    expect(adapter).toMatchObject({
      name: 'nodemailer',
      defaultFromAddress: 'no-reply@example.org',
      defaultFromName: 'Allyship Hub',
    })
    expect(moderatorEmails({ MODERATOR_EMAILS: 'a@example.org; b@example.org,not-an-email' })).toEqual([
      'a@example.org',
      'b@example.org',
    ])
    expect(retentionDays({})).toBe(30)
    expect(retentionDays({ SUBMISSION_RETENTION_DAYS: '7' })).toBe(7)
  })
})

// ------------------------------------------------------------------ retention and erasure

describe('personal data retention', () => {
  const DAY = 24 * 60 * 60 * 1000
  const backdate = (id: number, days: number) =>
    payload.update({
      collection: 'submissions',
      id,
      data: { decidedAt: new Date(Date.now() - days * DAY).toISOString() },
      overrideAccess: true,
    })

  it('erases the name and email of spam and declined submissions decided long enough ago, and nothing else', async () => {
    const person = { name: 'Keep Or Erase', email: 'keep.or.erase@example.org' }
    const oldSpam = await send({ kind: 'feedback', page: '/faq', helpful: 'no', ...person }, 'spam')
    const oldDeclined = await send({ kind: 'suggestion', message: 'Old declined', ...person })
    const recentDeclined = await send({ kind: 'suggestion', message: 'Recent declined', ...person })
    const oldNew = await send({ kind: 'suggestion', message: 'Still new', ...person })
    const oldAccepted = await send({ kind: 'feedback', page: '/nowhere', helpful: 'yes', ...person })
    await decide(oldDeclined.id, moderator, { status: 'declined' })
    await decide(recentDeclined.id, moderator, { status: 'declined' })
    await decide(oldAccepted.id, moderator, { status: 'accepted' })
    await backdate(oldSpam.id, 40)
    await backdate(oldDeclined.id, 31)
    await backdate(recentDeclined.id, 10)
    await backdate(oldAccepted.id, 90)

    // through the jobs queue, as the schedule runs it
    await payload.jobs.queue({ task: RETENTION_TASK, input: {}, queue: 'maintenance' })
    await payload.jobs.run({ queue: 'maintenance' })

    for (const gone of [oldSpam, oldDeclined]) {
      const doc = await read(gone.id)
      expect(doc).toMatchObject({ name: null, email: null, credit: false })
      expect(doc.erasedAt).toBeTruthy()
      expect(doc.message === null || typeof doc.message === 'string').toBe(true)
      expect((await getStatusView(payload, gone.token, 'en'))?.erasedAt).toBe(doc.erasedAt)
    }
    for (const kept of [recentDeclined, oldNew, oldAccepted]) {
      expect(await read(kept.id)).toMatchObject({ ...person, erasedAt: null })
    }
    // a second run finds nothing more to do
    expect((await eraseExpiredSubmissions(payload)).erased).toBe(0)
  })

  it('is scheduled nightly on the maintenance queue', async () => {
    await payload.jobs.handleSchedules({ queue: 'maintenance' })
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: RETENTION_TASK } },
      overrideAccess: true,
    })
    expect(docs.length).toBeGreaterThan(0)
    expect(new Date(docs[0]!.waitUntil!).getTime()).toBeGreaterThan(Date.now())
  })

  it('the sender’s own erasure and the job share one function; it takes their credit off published content and its history', async () => {
    const url = `https://erase.example.org/${unique('e')}`
    const sent = await send({
      kind: 'suggestion',
      url,
      title: 'Erasable',
      name: 'Era Sure',
      email: 'era@example.org',
      credit: true,
    })
    const accepted = await decide(sent.id, moderator, { status: 'accepted' })
    const id = resultId(accepted)!
    await publishAs(reviewer, 'resources', id)
    expect((await getStatusView(payload, sent.token, 'en'))?.creditedAs).toBe('Era Sure')

    // the retention job would keep a name credited on published content (should it ever be declined later)
    const [kept] = await erasePersonalData(payload, [sent.id], { keepPublishedCredit: true })
    expect(kept).toMatchObject({ nameKept: true })
    expect(await read(sent.id)).toMatchObject({ name: 'Era Sure', email: null })

    expect(await eraseByToken(payload, sent.token)).toBe(true)
    expect(await read(sent.id)).toMatchObject({ name: null, email: null, credit: false })
    const resource = (await payload.findByID({
      collection: 'resources',
      id,
      overrideAccess: true,
      depth: 0,
    })) as Resource
    expect(resource.contributors ?? []).toEqual([])
    expect(resource._status).toBe('published')
    const versions = await payload.findVersions({
      collection: 'resources',
      where: { parent: { equals: id } },
      overrideAccess: true,
      depth: 0,
      limit: 100,
    })
    expect(versions.docs.length).toBeGreaterThan(0)
    expect(JSON.stringify(versions.docs)).not.toContain('Era Sure')
    expect(await getStatusView(payload, sent.token, 'en')).toMatchObject({
      status: 'added',
      creditedAs: null,
      holdsPersonalData: false,
    })
  })
})
