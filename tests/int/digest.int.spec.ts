/**
 * The email digest end to end, against a real SMTP server started here: subscribe from the form
 * (double opt-in: only the confirmation is sent until its link is followed), confirm from the
 * link in the received mail, publish, run the job, the digest arrives with the new item and
 * nothing when nothing new was published, one-click unsubscribe from the `List-Unsubscribe`
 * header (RFC 8058), and nothing more arrives. Also: the defences shared with submissions, the
 * answer without SMTP, and that only admins can read the list.
 */
import type { Payload, TaskConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { POST as confirmRoute } from '@/app/(payload)/api/digest/confirm/route'
import { POST as subscribeRoute } from '@/app/(payload)/api/digest/subscribe/route'
import { GET as tokenRoute } from '@/app/(payload)/api/submit/token/route'
import { GET as unsubscribeGet, POST as unsubscribeRoute } from '@/app/(payload)/api/digest/unsubscribe/route'
import { SUBSCRIBE_FORM, SUBSCRIBERS } from '@/digest/config'
import { PREFILL_COOKIE, readPrefill } from '@/digest/prefill'
import { linkToken } from '@/digest/links'
import { handleSubscribe } from '@/digest/subscribe'
import { emailAdapter } from '@/email'
import { DEFAULT_DIGEST_CRON, digestCron } from '@/jobs/settings'
import type { User } from '@/payload-types'
import { TOKEN_MIN_AGE_MS } from '@/submissions/config'
import { issueFormToken, verifyFormToken } from '@/submissions/token'
import { loginToken, seedStaff } from '../helpers/accounts'
import { createDoc } from '../helpers/content'
import { withTestPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'

let payload: Payload
let admin: User
let editor: User
let reviewer: User
let smtp: TestSmtpServer
let original: Pick<Payload, 'email' | 'sendEmail'>

withTestPayload(async (p) => {
  payload = p
  ;({ admin, editor, reviewer } = await seedStaff(p, {
    admin: 'Ada Admin',
    editor: 'Ed Editor',
    reviewer: 'Rae Reviewer',
  }))
})

/** Payload's email through the adapter payload.config.ts builds from SMTP_* (src/email), on the test's SMTP server. */
async function useSmtp() {
  smtp = await startSmtpServer()
  original = { email: payload.email, sendEmail: payload.sendEmail }
  const adapter = await emailAdapter(smtp.env)!
  payload.email = adapter({ payload })
  payload.sendEmail = (message) => payload.email.sendEmail(message)
}
async function dropSmtp() {
  payload.email = original.email
  payload.sendEmail = original.sendEmail
  await smtp.close()
}

let ipCounter = 0
const ORIGIN = 'http://localhost:3000'

function post(
  route: (r: Request) => Promise<Response> | Response,
  path: string,
  body: Record<string, string> | string,
  headers: Record<string, string> = {},
) {
  return route(
    new Request(`${ORIGIN}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'text/html',
        'x-forwarded-for': `203.0.113.${++ipCounter}`,
        ...headers,
      },
      body: typeof body === 'string' ? body : new URLSearchParams(body).toString(),
    }),
  )
}

const subscribe = (fields: Record<string, string>, headers?: Record<string, string>) =>
  post(subscribeRoute, '/api/digest/subscribe', { locale: 'en', website: '', ...fields }, headers)

/** A form token issued long enough ago (the minimum fill time is 3 s). */
const ready = () => issueFormToken(SUBSCRIBE_FORM, Date.now() - 5_000)

const runDigest = async () => {
  await payload.jobs.queue({ task: 'sendDigest', input: {}, queue: 'maintenance' })
  await payload.jobs.run({ queue: 'maintenance', limit: 10 })
}

const subscribers = (email: string) =>
  payload.find({ collection: SUBSCRIBERS, where: { email: { equals: email } }, overrideAccess: true, depth: 0 })

let termCounter = 0
const publishTerm = (term: string) =>
  createDoc(payload, 'glossary-terms', {
    term,
    slug: `digest-term-${++termCounter}`,
    summary: `What ${term} means.`,
    _status: 'published',
  } as never) as Promise<{ id: number; slug: string }>

/** Messages to `to` that arrived after the first `from`. */
const mailsTo = (to: string, from = 0) => smtp.received.slice(from).filter((m) => m.envelopeTo.includes(to))

/** Waits a little for mail that must not come: nothing queued in the job or the adapter may still be on its way. */
const settle = () => new Promise((r) => setTimeout(r, 300))

describe('subscribe, confirm, digest, unsubscribe', () => {
  const reader = 'reader.digest@example.org'
  beforeAll(useSmtp)
  afterAll(dropSmtp)

  it('runs the whole double opt-in journey over real SMTP', async () => {
    const sent = await subscribe({
      email: 'Reader.Digest@Example.org',
      choice: 'weekly',
      language: 'fr',
      token: ready(),
    })
    expect(sent.status).toBe(303)
    expect(sent.headers.get('location')).toBe('/subscribe/done?status=pending')

    // only the confirmation arrives, in the reader's language; the row is pending
    await smtp.waitFor(1)
    const [confirmation] = mailsTo(reader)
    expect(confirmation!.mail.subject).toBe('Confirmez votre abonnement à la lettre de Allyship Hub')
    const { docs } = await subscribers(reader)
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ email: reader, locale: 'fr', choice: 'weekly', confirmedAt: null })
    expect(Object.keys(docs[0]!).sort()).toEqual(
      ['choice', 'confirmedAt', 'createdAt', 'email', 'id', 'lastSentAt', 'locale', 'updatedAt'].sort(),
    )

    // nothing but the confirmation before its link is followed, even with new content
    await publishTerm('Before confirming')
    await runDigest()
    await settle()
    expect(mailsTo(reader)).toHaveLength(1)

    // the link in the mail: its page posts s and t to /api/digest/confirm
    const link = /https?:\/\/\S+\/fr\/subscribe\/confirm\?\S+/.exec(confirmation!.mail.text ?? '')![0]
    const query = new URL(link).searchParams
    const confirmed = await post(confirmRoute, '/api/digest/confirm', {
      s: query.get('s')!,
      t: query.get('t')!,
      locale: 'fr',
    })
    expect(confirmed.status).toBe(303)
    expect(confirmed.headers.get('location')).toBe('/fr/subscribe/done?status=confirmed')
    expect((await subscribers(reader)).docs[0]!.confirmedAt).toBeTruthy()

    // nothing published since confirming: no digest
    await runDigest()
    await settle()
    expect(mailsTo(reader)).toHaveLength(1)

    // publish, run the job: the digest arrives with the new item only
    const term = await publishTerm('Solidarity')
    await runDigest()
    await smtp.waitFor(2)
    const digest = mailsTo(reader)[1]!
    expect(digest.mail.subject).toBe('Allyship Hub : les nouveautés de la semaine')
    expect(digest.mail.text).toContain('Solidarity')
    expect(digest.mail.text).toContain(`/fr/glossary/${term.slug}`)
    expect(digest.mail.text).not.toContain('Before confirming')
    expect(digest.mail.text).toMatch(/\/fr\/subscribe\/unsubscribe\?s=\d+&t=/)
    const header = (name: string) => digest.mail.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '')
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
    const oneClick = /^<(https?:\/\/[^>]+)>$/.exec(header('list-unsubscribe') ?? '')![1]!
    expect(oneClick).toContain('/api/digest/unsubscribe?')

    // run again: only what was published since the last digest, so nothing
    await runDigest()
    await settle()
    expect(mailsTo(reader)).toHaveLength(2)

    // GET (a link checker opening it) changes nothing: it leads to the page with the button
    const opened = await unsubscribeGet(new Request(oneClick))
    expect(opened.status).toBe(303)
    expect(opened.headers.get('location')).toMatch(/^\/fr\/subscribe\/unsubscribe\?s=\d+&t=/)
    expect((await subscribers(reader)).docs).toHaveLength(1)

    // RFC 8058 one-click: a POST without cookies or form token, as a mail provider sends it
    const url = new URL(oneClick)
    const gone = await unsubscribeRoute(
      new Request(`${ORIGIN}${url.pathname}${url.search}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
        body: 'List-Unsubscribe=One-Click',
      }),
    )
    expect(gone.status).toBe(200)
    expect(await gone.json()).toEqual({ status: 'unsubscribed' })
    expect((await subscribers(reader)).totalDocs).toBe(0)

    // nothing more arrives
    await publishTerm('After leaving')
    await runDigest()
    await settle()
    expect(mailsTo(reader)).toHaveLength(2)
  })

  it('the term of the week arrives once a week, with its own unsubscribe headers', async () => {
    const email = 'term.reader@example.org'
    await subscribe({ email, choice: 'term', language: 'en', token: ready() })
    const id = (await subscribers(email)).docs[0]!.id
    await post(confirmRoute, '/api/digest/confirm', { s: String(id), t: linkToken('confirm', id), locale: 'en' })
    const before = mailsTo(email).length
    const total = smtp.received.length
    await runDigest()
    await smtp.waitFor(total + 1)
    const [term] = mailsTo(email).slice(before)
    expect(term!.mail.subject).toMatch(/^Allyship Hub: term of the week, /)
    expect(term!.mail.text).toContain('/glossary/digest-term-')
    expect(term!.mail.headerLines.some((h) => h.key === 'list-unsubscribe')).toBe(true)
    await runDigest()
    await settle()
    expect(mailsTo(email).length).toBe(before + 1)
  })

  it('a forged or altered link confirms and unsubscribes nobody', async () => {
    await subscribe({ email: 'forged@example.org', choice: 'term', token: ready() })
    const { docs } = await subscribers('forged@example.org')
    const id = String(docs[0]!.id)
    const bad = await post(confirmRoute, '/api/digest/confirm', { s: id, t: 'A'.repeat(43), locale: 'en' })
    expect(bad.headers.get('location')).toBe('/subscribe/done?status=invalid')
    const unsub = await unsubscribeRoute(
      new Request(`${ORIGIN}/api/digest/unsubscribe?s=${id}&t=${'B'.repeat(43)}`, {
        method: 'POST',
        body: 'List-Unsubscribe=One-Click',
      }),
    )
    expect(unsub.status).toBe(404)
    expect((await subscribers('forged@example.org')).docs[0]).toMatchObject({ confirmedAt: null })
  })

  it('a filled honeypot is answered like a success, and nothing is stored or sent', async () => {
    const before = smtp.received.length
    const res = await subscribe({
      email: 'bot@example.org',
      choice: 'weekly',
      token: ready(),
      website: 'https://spam.example',
    })
    expect(res.headers.get('location')).toBe('/subscribe/done?status=pending')
    expect((await subscribers('bot@example.org')).totalDocs).toBe(0)
    await settle()
    expect(smtp.received.length).toBe(before)
  })

  it('without a form token (no JavaScript) the form comes back to check and send, nothing stored; then it is', async () => {
    const fields = { email: 'footer@example.org', choice: 'weekly', language: 'en' }
    const res = await subscribe(fields)
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/subscribe?problem=check#subscribe')
    const cookie = /ah_digest=([^;]*)/.exec(res.headers.get('set-cookie') ?? '')![1]
    const prefill = readPrefill(cookie)!
    expect(prefill).toMatchObject({ email: 'footer@example.org', choice: 'weekly', language: 'en' })
    // the form comes back with a token of its own, good for this form only
    expect(verifyFormToken(prefill.token, SUBSCRIBE_FORM, Date.now() + TOKEN_MIN_AGE_MS)).toMatchObject({ ok: true })
    expect(verifyFormToken(prefill.token, 'feedback', Date.now() + TOKEN_MIN_AGE_MS)).toMatchObject({ ok: false })
    expect(res.headers.get('set-cookie')).toContain(`${PREFILL_COOKIE}=`)
    expect(res.headers.get('set-cookie')).toContain('HttpOnly')
    expect((await subscribers('footer@example.org')).totalDocs).toBe(0)
    expect(smtp.received.filter((m) => m.envelopeTo.includes('footer@example.org'))).toHaveLength(0)

    // the second press, with that token: subscribed (pending), and the confirmation is on its way
    const again = await handleSubscribe(
      new Request(`${ORIGIN}/api/digest/subscribe`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'text/html',
          'x-forwarded-for': `203.0.113.${++ipCounter}`,
        },
        body: new URLSearchParams({ locale: 'en', website: '', ...fields, token: prefill.token! }).toString(),
      }),
      { payload, now: Date.now() + TOKEN_MIN_AGE_MS },
    )
    expect(again.headers.get('location')).toBe('/subscribe/done?status=pending')
    expect((await subscribers('footer@example.org')).totalDocs).toBe(1)
  })

  it('a JSON client without a token: 400 on the token, nothing stored', async () => {
    const res = await subscribe({ email: 'json@example.org', choice: 'weekly' }, { accept: 'application/json' })
    expect(res.status).toBe(400)
    expect((await res.json()).errors).toEqual([
      {
        field: 'token',
        message: 'Check your details and send the form again: this second step tells people from scripts.',
      },
    ])
    expect((await subscribers('json@example.org')).totalDocs).toBe(0)
  })

  it('takes a token from GET /api/submit/token?form=subscribe, not one of another form, nor one too new', async () => {
    const ask = async (form: string) =>
      (await tokenRoute(new Request(`${ORIGIN}/api/submit/token?form=${form}`)).json()).token as string
    const send = (email: string, token: string, now?: number) =>
      handleSubscribe(
        new Request(`${ORIGIN}/api/digest/subscribe`, {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'application/json',
            'x-forwarded-for': `203.0.113.${++ipCounter}`,
          },
          body: new URLSearchParams({ locale: 'en', email, choice: 'weekly', token }).toString(),
        }),
        { payload, now },
      )
    const token = await ask('subscribe')
    const later = Date.now() + TOKEN_MIN_AGE_MS
    const quick = await send('endpoint@example.org', token)
    expect(quick.status).toBe(400)
    expect((await quick.json()).errors[0].message).toBe('That was very fast. Please send the form again.')
    expect((await send('endpoint@example.org', await ask('feedback'), later)).status).toBe(400)
    expect((await subscribers('endpoint@example.org')).totalDocs).toBe(0)
    expect((await send('endpoint@example.org', token, later)).status).toBe(202)
    expect((await subscribers('endpoint@example.org')).totalDocs).toBe(1)
  })

  it('too quick, a browser gets the form back with the same token, so the next press goes through', async () => {
    const token = issueFormToken(SUBSCRIBE_FORM)
    const res = await subscribe({ email: 'quick@example.org', choice: 'term', token })
    expect(res.headers.get('location')).toBe('/subscribe?problem=tooYoung#subscribe')
    const cookie = /ah_digest=([^;]*)/.exec(res.headers.get('set-cookie') ?? '')![1]
    expect(readPrefill(cookie)).toMatchObject({ email: 'quick@example.org', choice: 'term', token })
  })

  it('a form token is used once, and a bad address is refused with the reason', async () => {
    const token = ready()
    await subscribe({ email: 'twice@example.org', choice: 'weekly', token })
    const before = smtp.received.length
    await subscribe({ email: 'other@example.org', choice: 'weekly', token })
    expect((await subscribers('other@example.org')).totalDocs).toBe(0)
    await settle()
    expect(smtp.received.length).toBe(before)

    const bad = await subscribe(
      { email: 'not-an-address', choice: 'weekly', token: ready() },
      { accept: 'application/json' },
    )
    expect(bad.status).toBe(400)
    expect(await bad.json()).toEqual({
      errors: [{ field: 'email', message: 'Enter an email address, like name@example.org.' }],
    })
  })

  it('over the per-client allowance shared with submissions: 429 with Retry-After', async () => {
    const ip = { 'x-forwarded-for': '192.0.2.77' }
    const answers: number[] = []
    for (let i = 0; i < 6; i++) {
      const res = await subscribe(
        { email: `limit${i}@example.org`, choice: 'weekly', token: ready() },
        { ...ip, accept: 'application/json' },
      )
      answers.push(res.status)
      if (res.status === 429) expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    }
    expect(answers).toEqual([202, 202, 202, 202, 202, 429])
  })
})

describe('without SMTP', () => {
  it('tells the reader subscriptions are closed, and stores nothing', async () => {
    const res = await subscribe({ email: 'no-smtp@example.org', choice: 'weekly', token: ready() })
    expect(res.headers.get('location')).toBe('/subscribe/done?status=unavailable')
    expect((await subscribers('no-smtp@example.org')).totalDocs).toBe(0)
  })
})

describe('who sees subscribers', () => {
  beforeAll(async () => {
    await payload.create({
      collection: SUBSCRIBERS,
      data: { email: 'listed@example.org', locale: 'en', choice: 'weekly', confirmedAt: new Date().toISOString() },
      overrideAccess: true,
    })
  })

  it('anonymous visitors get nothing through REST or GraphQL, nor can they create one', async () => {
    expect((await rest('GET', `/api/${SUBSCRIBERS}`)).status).toBe(403)
    expect((await rest('GET', `/api/${SUBSCRIBERS}/count`)).status).toBe(403)
    const created = await rest('POST', `/api/${SUBSCRIBERS}`, {
      json: { email: 'x@example.org', locale: 'en', choice: 'weekly' },
    })
    expect(created.status).toBe(403)
    const body = (await (await graphql('{ DigestSubscribers { docs { email } } }')).json()) as {
      data?: unknown
      errors?: unknown[]
    }
    expect(JSON.stringify(body)).not.toContain('listed@example.org')
    expect(body.errors?.length).toBeGreaterThan(0)
  })

  it('editors and reviewers cannot read the list; admins can', async () => {
    for (const user of [editor, reviewer]) {
      const res = await rest('GET', `/api/${SUBSCRIBERS}`, { token: await loginToken(payload, user) })
      expect(res.status).toBe(403)
    }
    const res = await rest('GET', `/api/${SUBSCRIBERS}`, { token: await loginToken(payload, admin) })
    expect(res.status).toBe(200)
    expect(JSON.stringify(await res.json())).toContain('listed@example.org')
  })
})

describe('the weekly task', () => {
  it('is scheduled on the maintenance queue, Monday 08:00 UTC unless DIGEST_CRON says otherwise', () => {
    const task = (payload.config.jobs.tasks as TaskConfig[]).find((t) => t.slug === 'sendDigest')
    expect(task?.schedule).toEqual([{ cron: '0 8 * * 1', queue: 'maintenance' }])
    expect(digestCron({ DIGEST_CRON: '30 7 * * 5' })).toBe('30 7 * * 5')
    expect(digestCron({ DIGEST_CRON: 'weekly' })).toBe(DEFAULT_DIGEST_CRON)
  })
})
