/**
 * POST /api/submit and the status page's data, against real PostgreSQL: the route handler's
 * exported POST is called with real `Request` objects, as Next calls it. Every rule of the
 * public submission endpoint (201 or 303 when accepted, 400 with field errors, 429 with
 * Retry-After, the honeypot, signed tokens) and the abuse defences, plus the units they rest on
 * (form tokens, URL normalisation, client address, flash). Also GET /api/submit/token, where the
 * forms of pages that carry no token get theirs, and the "check and send" step of a browser that
 * posts without one.
 */
import { createHash } from 'node:crypto'
import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { POST as eraseRoute } from '@/app/(payload)/api/submit/erase/route'
import { POST } from '@/app/(payload)/api/submit/route'
import { GET as tokenRoute } from '@/app/(payload)/api/submit/token/route'
import type { Submission, User } from '@/payload-types'
import { clientAddress, hashClientAddress } from '@/submissions/client'
import { BODY_LIMIT_BYTES, TOKEN_MAX_AGE_MS, TOKEN_MIN_AGE_MS, type FormName } from '@/submissions/config'
import { FLASH_COOKIE, readFlash } from '@/submissions/flash'
import { handleSubmit } from '@/submissions/handler'
import { normaliseUrl } from '@/submissions/normalise'
import { createSubmissionLimiter, RATE_LIMIT_TABLE } from '@/submissions/ratelimit'
import { getStatusView } from '@/submissions/status'
import { payloadFieldErrors, storeSubmission } from '@/submissions/store'
import { hashFormToken, hashStatusToken, issueFormToken, isStatusToken, verifyFormToken } from '@/submissions/token'
import { seedStaff } from '../helpers/accounts'
import { createDraft } from '../helpers/content'
import { withTestPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'

let payload: Payload
let admin: User
let editor: User
const pools: pg.Pool[] = []

withTestPayload(async (p) => {
  payload = p
  ;({ admin, editor } = await seedStaff(p, { admin: 'Ada Admin', editor: 'Ed Editor' }))
})
// (after hooks run last-registered first: the pools end before Payload closes)
afterAll(async () => {
  await Promise.all(pools.map((p) => p.end().catch(() => undefined)))
})

// ------------------------------------------------------------------ helpers

let ipCounter = 0
/** A fresh client address per test, so tests never share a rate-limit allowance. */
const newIp = () => `198.51.100.${++ipCounter}`

/** A token issued long enough ago to be accepted (the minimum fill time is 3 s). */
const ready = (form: FormName) => issueFormToken(form, Date.now() - 5_000)

type Body = Record<string, string | boolean | number | undefined>
type Mode = 'json' | 'form' | 'browser'

function request(
  body: Body | string,
  { mode = 'json', ip = newIp(), headers = {} }: { mode?: Mode; ip?: string; headers?: Record<string, string> } = {},
) {
  const h = new Headers({ 'x-forwarded-for': ip, ...headers })
  let payloadBody: string
  if (mode === 'json') {
    h.set('content-type', 'application/json')
    payloadBody = typeof body === 'string' ? body : JSON.stringify(body)
  } else {
    h.set('content-type', 'application/x-www-form-urlencoded')
    const params = new URLSearchParams()
    for (const [k, v] of Object.entries(body as Body)) if (v !== undefined) params.set(k, String(v))
    payloadBody = typeof body === 'string' ? body : params.toString()
    if (mode === 'browser') h.set('accept', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8')
  }
  return new Request('http://localhost/api/submit', { method: 'POST', headers: h, body: payloadBody })
}

const submit = (body: Body | string, options?: Parameters<typeof request>[1]) => POST(request(body, options))

const feedback = (extra: Body = {}): Body => ({
  kind: 'feedback',
  helpful: 'no',
  message: 'The example about listening could use a second scenario.',
  page: '/principles/listen-more',
  locale: 'en',
  website: '',
  token: ready('feedback'),
  ...extra,
})

let urlCounter = 0
const suggestion = (extra: Body = {}): Body => ({
  kind: 'suggestion',
  message: 'A clear guide to active listening, with exercises.',
  url: `https://guides.example.org/listening-${++urlCounter}`,
  title: 'Listening guide',
  name: 'Sam Contributor',
  email: 'sam@example.org',
  credit: 'on',
  locale: 'en',
  website: '',
  token: ready('suggestion'),
  ...extra,
})

const countSubmissions = async () =>
  (await payload.count({ collection: 'submissions', overrideAccess: true })).totalDocs
const tokenOf = (statusUrl: string) => statusUrl.split('/contribute/status/')[1]!
const byToken = async (token: string): Promise<Submission> => {
  const { docs } = await payload.find({
    collection: 'submissions',
    where: { tokenHash: { equals: hashStatusToken(token) } },
    overrideAccess: true,
    depth: 0,
  })
  expect(docs).toHaveLength(1)
  return docs[0]!
}
const fieldsOf = (errors: { field: string }[]) => errors.map((e) => e.field)
const messageFor = (errors: { field: string; message: string }[], field: string) =>
  errors.find((e) => e.field === field)?.message

/** The cookies a response sets, as a reader for readFlash. */
function cookieJar(res: Response) {
  const jar = new Map<string, string>()
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(';')
    const i = pair!.indexOf('=')
    jar.set(pair!.slice(0, i), pair!.slice(i + 1))
  }
  return { jar, reader: { get: (name: string) => (jar.get(name) ? { value: jar.get(name)! } : undefined) } }
}
const checkIdOf = (location: string) => new URL(location, 'http://localhost').searchParams.get('check')

async function publishedResource(url: string, title: string) {
  const draft = await createDraft(
    payload,
    'resources',
    { title, url, summary: 'A resource already on the hub.', kind: 'article', language: 'en' },
    editor,
  )
  return payload.update({
    collection: 'resources',
    id: draft.id,
    data: { _status: 'published' },
    user: admin,
    overrideAccess: false,
    depth: 0,
  })
}

// ------------------------------------------------------------------ units

describe('form tokens', () => {
  const t0 = Date.UTC(2026, 0, 1, 12)

  it('verify for their own form between 3 s and 4 h after issue', () => {
    const token = issueFormToken('feedback', t0)
    expect(verifyFormToken(token, 'feedback', t0 + 3_000)).toEqual({ ok: true, issuedAt: t0 })
    expect(verifyFormToken(token, 'feedback', t0 + TOKEN_MAX_AGE_MS)).toMatchObject({ ok: true })
  })

  it('are refused when younger than 3 s or older than 4 h', () => {
    const token = issueFormToken('suggestion', t0)
    expect(verifyFormToken(token, 'suggestion', t0 + 2_999)).toEqual({ ok: false, reason: 'too-young' })
    expect(verifyFormToken(token, 'suggestion', t0 + TOKEN_MAX_AGE_MS + 1)).toEqual({ ok: false, reason: 'expired' })
  })

  it('are bound to their form: a feedback token is not a suggestion token', () => {
    expect(verifyFormToken(issueFormToken('feedback', t0), 'suggestion', t0 + 10_000)).toEqual({
      ok: false,
      reason: 'forged',
    })
    expect(verifyFormToken(issueFormToken('suggestion', t0), 'feedback', t0 + 10_000)).toEqual({
      ok: false,
      reason: 'forged',
    })
  })

  it('are refused when missing, malformed or altered', () => {
    const token = issueFormToken('feedback', t0)
    const [issued, nonce, sig] = token.split('.') as [string, string, string]
    expect(verifyFormToken(undefined, 'feedback', t0)).toEqual({ ok: false, reason: 'missing' })
    expect(verifyFormToken('', 'feedback', t0)).toEqual({ ok: false, reason: 'missing' })
    expect(verifyFormToken('not-a-token', 'feedback', t0)).toEqual({ ok: false, reason: 'malformed' })
    // backdating the timestamp breaks the signature
    const older = (t0 - 60_000).toString(36)
    expect(verifyFormToken(`${older}.${nonce}.${sig}`, 'feedback', t0 + 10_000)).toEqual({
      ok: false,
      reason: 'forged',
    })
    const flipped = sig.slice(0, -2) + (sig.at(-2) === 'A' ? 'B' : 'A') + sig.at(-1)
    expect(verifyFormToken(`${issued}.${nonce}.${flipped}`, 'feedback', t0 + 10_000)).toEqual({
      ok: false,
      reason: 'forged',
    })
  })

  it("have one spelling: the signature's last character with its spare bits set is refused", () => {
    const token = issueFormToken('feedback', t0)
    const [issued, nonce, sig] = token.split('.') as [string, string, string]
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    const last = alphabet.indexOf(sig.at(-1)!)
    // the same 32 bytes, spelled three other ways (the last character's two low bits are unused)
    const respelled = [1, 2, 3].map((bits) => `${issued}.${nonce}.${sig.slice(0, -1)}${alphabet[(last & ~3) | bits]}`)
    expect(
      respelled.map((t) => Buffer.from(t.split('.')[2]!, 'base64url').equals(Buffer.from(sig, 'base64url'))),
    ).toEqual([true, true, true])
    for (const t of respelled)
      expect(verifyFormToken(t, 'feedback', t0 + 10_000)).toEqual({ ok: false, reason: 'malformed' })
  })

  it('are different every time (random nonce)', () => {
    expect(issueFormToken('feedback', t0)).not.toBe(issueFormToken('feedback', t0))
  })
})

describe('URL normalisation', () => {
  it('gives one spelling to the variants of one address', () => {
    const variants = [
      'https://example.org/guide',
      'http://example.org/guide',
      'HTTPS://WWW.Example.ORG/guide/',
      'https://example.org:443/guide#section-2',
      'http://www.example.org:80/guide/?utm_source=news&utm_medium=email&fbclid=abc&gclid=def',
    ]
    for (const v of variants) expect(normaliseUrl(v), v).toBe('example.org/guide')
  })

  it('keeps what distinguishes pages: other paths, ports and real parameters (sorted)', () => {
    expect(normaliseUrl('https://example.org/guide?b=2&a=1&utm_campaign=x')).toBe('example.org/guide?a=1&b=2')
    expect(normaliseUrl('https://example.org:8443/guide')).toBe('example.org:8443/guide')
    expect(normaliseUrl('https://example.org/Guide')).not.toBe(normaliseUrl('https://example.org/guide'))
    expect(normaliseUrl('https://example.org/')).toBe('example.org')
  })

  it('refuses what is not http(s)', () => {
    expect(normaliseUrl('javascript:alert(1)')).toBeNull()
    expect(normaliseUrl('ftp://example.org/file')).toBeNull()
    expect(normaliseUrl('not a url')).toBeNull()
  })
})

describe('client address', () => {
  it('is the first X-Forwarded-For entry behind a trusted proxy, the socket address (last entry) otherwise', () => {
    const headers = new Headers({ 'x-forwarded-for': '203.0.113.9, 10.0.0.2' })
    expect(clientAddress(headers, true)).toBe('203.0.113.9')
    expect(clientAddress(headers, false)).toBe('10.0.0.2')
    expect(clientAddress(new Headers({ 'x-forwarded-for': '::ffff:127.0.0.1' }), false)).toBe('127.0.0.1')
    expect(clientAddress(new Headers({ 'x-forwarded-for': '[2001:DB8::1]:443' }), true)).toBe('2001:db8::1')
    expect(clientAddress(new Headers(), true)).toBe('unknown')
  })

  it('is only ever kept as a keyed hash', () => {
    const hash = hashClientAddress('203.0.113.9')
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hash).not.toBe(createHash('sha256').update('203.0.113.9').digest('hex'))
    expect(hashClientAddress('203.0.113.10')).not.toBe(hash)
  })
})

// ------------------------------------------------------------------ accepted

describe('accepted submissions', () => {
  it('JSON feedback: 201 with a status link, stored as new, with only hashes of the token and the address', async () => {
    const before = await countSubmissions()
    const ip = newIp()
    const res = await submit(feedback(), { ip })
    expect(res.status).toBe(201)
    const body = await res.json()
    expect(body.status).toBe('received')
    expect(body.statusUrl).toMatch(/^https?:\/\/[^/]+\/contribute\/status\/[A-Za-z0-9_-]{43}$/)
    expect(await countSubmissions()).toBe(before + 1)
    const token = tokenOf(body.statusUrl)
    const doc = await byToken(token)
    expect(doc).toMatchObject({
      kind: 'feedback',
      status: 'new',
      helpful: 'no',
      page: '/principles/listen-more',
      locale: 'en',
    })
    expect(doc.tokenHash).toBe(createHash('sha256').update(token).digest('hex'))
    expect(doc.clientHash).toBe(hashClientAddress(ip))
    expect(JSON.stringify(doc)).not.toContain(ip)
    expect(JSON.stringify(doc)).not.toContain(token)
    const view = await getStatusView(payload, token, 'en')
    expect(view).toMatchObject({ status: 'received', kind: 'feedback' })
  })

  it('a browser posting the plain suggestion form gets 303 to the thank-you page with the status link', async () => {
    const res = await submit(suggestion({ locale: 'fr' }), { mode: 'browser' })
    expect(res.status).toBe(303)
    const location = new URL(res.headers.get('location')!, 'http://localhost')
    expect(location.pathname).toBe('/fr/contribute/thanks')
    const token = location.searchParams.get('status')!
    expect(isStatusToken(token)).toBe(true)
    const doc = await byToken(token)
    expect(doc).toMatchObject({
      kind: 'suggestion',
      status: 'new',
      credit: true,
      name: 'Sam Contributor',
      email: 'sam@example.org',
      locale: 'fr',
    })
    expect(doc.normalizedUrl).toBe(normaliseUrl(doc.url!))
    // any earlier "flash" is cleared
    expect(res.headers.getSetCookie().some((c) => c.startsWith(`${FLASH_COOKIE}_0=;`) && /Max-Age=0/.test(c))).toBe(
      true,
    )
  })

  it('feedback from a browser returns to the page it was about', async () => {
    const res = await submit(feedback({ page: '/fr/topics/active-listening', locale: 'fr' }), { mode: 'browser' })
    expect(res.status).toBe(303)
    const location = new URL(res.headers.get('location')!, 'http://localhost')
    expect(location.searchParams.get('from')).toBe('/fr/topics/active-listening')
  })

  it('form fields from a non-browser client (curl) get the JSON answers', async () => {
    const res = await submit(feedback({ helpful: 'yes', message: undefined }), { mode: 'form' })
    expect(res.status).toBe(201)
    expect((await res.json()).status).toBe('received')
  })

  it('stores text as text: markup is kept verbatim, CRLF becomes LF, control characters go', async () => {
    const message = '<script>alert(1)</script>\r\nline two\u0000'
    const res = await submit(feedback({ message }))
    const doc = await byToken(tokenOf((await res.json()).statusUrl))
    expect(doc.message).toBe('<script>alert(1)</script>\nline two')
  })

  it('a correction about a listed resource is not a duplicate', async () => {
    await publishedResource('https://corrections.example.org/article', 'An article to correct')
    const res = await submit(
      suggestion({
        kind: 'correction',
        url: 'https://corrections.example.org/article',
        message: 'The author’s name is misspelled.',
      }),
    )
    expect(res.status).toBe(201)
  })
})

// ------------------------------------------------------------------ invalid

describe('invalid input', () => {
  const invalid: Body = {
    kind: 'suggestion',
    message: 'x'.repeat(5001),
    url: 'javascript:alert(1)',
    title: 't'.repeat(301),
    name: '',
    email: 'not-an-email',
    credit: 'on',
    locale: 'en',
    website: '',
  }

  it('answers 400 with one message per field, in English, and stores nothing', async () => {
    const before = await countSubmissions()
    const res = await submit({ ...invalid, token: ready('suggestion') })
    expect(res.status).toBe(400)
    const { errors } = await res.json()
    expect(fieldsOf(errors)).toEqual(['message', 'url', 'title', 'name', 'email'])
    expect(messageFor(errors, 'message')).toBe('Keep your message to 5000 characters or fewer; it has 5001.')
    expect(messageFor(errors, 'url')).toBe('Only web addresses starting with https:// or http:// can be suggested.')
    expect(messageFor(errors, 'title')).toBe('Keep the title to 300 characters or fewer; it has 301.')
    expect(messageFor(errors, 'name')).toMatch(/name you want to be credited by/)
    expect(messageFor(errors, 'email')).toMatch(/name@example\.org/)
    expect(await countSubmissions()).toBe(before)
  })

  it('answers in French when the form was French', async () => {
    const res = await submit({ ...invalid, locale: 'fr', token: ready('suggestion') })
    const { errors } = await res.json()
    expect(messageFor(errors, 'message')).toBe(
      'Votre message doit faire 5000 caractères au maximum ; il en compte 5001.',
    )
    expect(messageFor(errors, 'url')).toBe(
      'Seules les adresses web commençant par https:// ou http:// peuvent être proposées.',
    )
    expect(messageFor(errors, 'email')).toMatch(/adresse courriel/)
  })

  it('an unknown locale answers in English', async () => {
    const res = await submit({ ...invalid, locale: 'de', token: ready('suggestion') })
    expect(messageFor((await res.json()).errors, 'url')).toMatch(/^Only web addresses/)
  })

  it.each([
    ['kind', 'not in the list', { kind: 'complaint' }, /Choose whether/, /Indiquez si/],
    ['helpful', 'not yes or no', { helpful: 'maybe' }, /Choose “Yes” or “No”/, /Choisissez « Oui » ou « Non »/],
    [
      'helpful',
      'empty feedback',
      { helpful: '', message: '' },
      /tell us what would make the page better/,
      /dites-nous ce qui rendrait/,
    ],
    [
      'message',
      'over 2000 (feedback)',
      { message: 'm'.repeat(2001) },
      /2000 characters or fewer; it has 2001/,
      /2000 caractères au maximum ; il en compte 2001/,
    ],
    ['page', 'another site', { page: '//evil.example/path' }, /path on this site/, /chemin de ce site/],
    ['page', 'missing', { page: undefined }, /which page/, /de quelle page/],
    ['url', 'no domain', { url: 'https://localhost/x' }, /full domain name/, /nom de domaine complet/],
    ['url', 'no scheme', { url: 'www.example.org' }, /starting with https:\/\//, /commençant par https:\/\//],
    [
      'url',
      'over 2000',
      { url: `https://example.org/${'p'.repeat(2000)}` },
      /2000 characters or fewer/,
      /2000 caractères au maximum/,
    ],
    ['name', 'over 120', { name: 'n'.repeat(121) }, /120 characters or fewer/, /120 caractères au maximum/],
    ['email', 'bad syntax', { email: 'a@b' }, /email address such as/, /adresse courriel comme/],
    [
      'email',
      'over 254',
      { email: `${'e'.repeat(250)}@example.org` },
      /254 characters or fewer/,
      /254 caractères au maximum/,
    ],
    ['credit', 'not a checkbox value', { credit: 'perhaps' }, /Tick the box/, /Cochez la case/],
  ] as const)('%s (%s) is refused with its own message in en and fr', async (field, _label, change, en, fr) => {
    for (const [locale, expected] of [
      ['en', en],
      ['fr', fr],
    ] as const) {
      const res = await submit(
        feedback({ ...change, locale, token: ready('kind' in change ? 'suggestion' : 'feedback') }),
      )
      expect(res.status, `${field} ${locale}`).toBe(400)
      const { errors } = await res.json()
      expect(fieldsOf(errors), `${field} ${locale}`).toContain(field)
      expect(messageFor(errors, field)).toMatch(expected)
    }
  })

  it('a suggestion needs a message or a link; a correction needs a message', async () => {
    const a = await (await submit(suggestion({ message: '', url: '' }))).json()
    expect(messageFor(a.errors, 'message')).toBe('Tell us what you suggest, or give a link.')
    const b = await (await submit(suggestion({ kind: 'correction', message: '   ' }))).json()
    expect(messageFor(b.errors, 'message')).toBe('Tell us what should be corrected, and where.')
    const c = await submit(suggestion({ message: '' }))
    expect(c.status).toBe(201)
  })

  it('fields of the wrong type are refused, unknown fields ignored', async () => {
    const res = await submit({ ...feedback(), message: 42, extra: 'ignored' })
    const { errors } = await res.json()
    expect(errors).toEqual([{ field: 'message', message: 'This field must be text.' }])
  })

  it('a body that is not JSON, or an unsupported content type, is refused with a clear message', async () => {
    const bad = await submit('{"kind": "feedback",')
    expect(bad.status).toBe(400)
    expect((await bad.json()).errors[0].message).toBe('The request body is not valid JSON.')
    const text = await POST(
      new Request('http://localhost/api/submit', {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: 'hello',
      }),
    )
    expect(text.status).toBe(415)
    expect((await text.json()).errors[0].field).toBe('form')
  })

  it('a browser gets its form back (303) with the messages and everything it typed', async () => {
    const typed = {
      ...invalid,
      title: 'My title',
      message: 'Line one\r\nline two — “quoted” & <b>bold</b>',
      token: ready('suggestion'),
      locale: 'fr',
    }
    const res = await submit(typed, { mode: 'browser' })
    expect(res.status).toBe(303)
    const location = res.headers.get('location')!
    expect(location).toMatch(/^\/fr\/contribute\?check=[A-Za-z0-9_-]+#suggest-errors$/)
    const cookies = res.headers.getSetCookie()
    expect(cookies.every((c) => /HttpOnly/.test(c) && /SameSite=Lax/.test(c) && /Path=\//.test(c))).toBe(true)
    const flash = readFlash(cookieJar(res).reader, checkIdOf(location))!
    expect(flash.form).toBe('suggestion')
    expect(flash.locale).toBe('fr')
    expect(flash.values).toMatchObject({
      kind: 'suggestion',
      title: 'My title',
      message: 'Line one\nline two — “quoted” & <b>bold</b>',
      url: 'javascript:alert(1)',
      email: 'not-an-email',
      credit: 'on',
    })
    expect(flash.values).not.toHaveProperty('token')
    expect(fieldsOf(flash.errors)).toEqual(['url', 'name', 'email'])
    expect(flash.errors[0]!.message).toMatch(/^Seules les adresses web/)
    // the flash belongs to this answer only, and cannot be altered
    expect(readFlash(cookieJar(res).reader, 'another-id')).toBeNull()
    const { jar } = cookieJar(res)
    const altered = jar.get(`${FLASH_COOKIE}_0`)!.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))
    expect(
      readFlash({ get: (n) => (n === `${FLASH_COOKIE}_0` ? { value: altered } : undefined) }, checkIdOf(location)),
    ).toBeNull()
  })

  it('invalid feedback from a browser comes back on the check page', async () => {
    const res = await submit(feedback({ helpful: 'maybe' }), { mode: 'browser' })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toMatch(/^\/contribute\/check\?check=[A-Za-z0-9_-]+#feedback-check-errors$/)
    const flash = readFlash(cookieJar(res).reader, checkIdOf(res.headers.get('location')!))!
    expect(flash.form).toBe('feedback')
    expect(flash.values.page).toBe('/principles/listen-more')
  })

  it('Payload’s own validation maps to the same { field, message } shape', async () => {
    // a value the endpoint's schema would never let through: Payload refuses it (maxLength 5000)
    const result = await storeSubmission(
      payload,
      { kind: 'suggestion', message: 'y'.repeat(5001), credit: false, locale: 'fr', website: false, token: undefined },
      'fr',
      { status: 'new', clientHash: 'x' },
    )
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'message', message: 'Cette valeur n’a pas pu être enregistrée. Merci de la vérifier.' }],
    })
    expect(payloadFieldErrors(new Error('other'), 'en')).toBeNull()
  })
})

// ------------------------------------------------------------------ tokens through the endpoint

describe('the form token', () => {
  const cases: [string, () => string | undefined, RegExp][] = [
    ['missing', () => undefined, /could not be checked/],
    ['forged', () => `${Date.now().toString(36)}.AAAAAAAAAAAAAAAA.${'A'.repeat(43)}`, /could not be checked/],
    ['from the other form', () => ready('suggestion'), /could not be checked/],
    ['younger than 3 s', () => issueFormToken('feedback'), /very quick/],
    [
      'older than 4 h',
      () => issueFormToken('feedback', Date.now() - TOKEN_MAX_AGE_MS - 60_000),
      /open for more than 4 hours/,
    ],
  ]
  it.each(cases)('%s: 400, nothing stored', async (_label, token, message) => {
    const before = await countSubmissions()
    const res = await submit(feedback({ token: token() }))
    expect(res.status).toBe(400)
    const { errors } = await res.json()
    expect(errors[0]).toMatchObject({ field: 'token' })
    expect(errors[0].message).toMatch(message)
    expect(await countSubmissions()).toBe(before)
  })

  it('an expired form is given a fresh token (JSON) or comes back filled in with one (browser)', async () => {
    const old = issueFormToken('feedback', Date.now() - TOKEN_MAX_AGE_MS - 60_000)
    const res = await submit(feedback({ token: old }))
    const body = await res.json()
    expect(verifyFormToken(body.token, 'feedback', Date.now() + 5_000)).toMatchObject({ ok: true })
    const browser = await submit(feedback({ token: old, message: 'Keep me' }), { mode: 'browser' })
    expect(browser.status).toBe(303)
    const flash = readFlash(cookieJar(browser).reader, checkIdOf(browser.headers.get('location')!))!
    expect(flash.values.message).toBe('Keep me')
    expect(flash.errors[0]!.message).toMatch(/please send it again/)
  })
})

// ------------------------------------------------------------------ GET /api/submit/token

/** GET /api/submit/token as Next calls the route. */
function askToken(query: string, headers: Record<string, string> = {}) {
  return tokenRoute(new Request(`http://localhost/api/submit/token${query}`, { headers }))
}

describe('GET /api/submit/token', () => {
  it('answers 200 with a token for each form, never to be cached', async () => {
    for (const form of ['feedback', 'suggestion', 'subscribe'] as const) {
      const res = askToken(`?form=${form}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('cache-control')).toBe('no-store')
      expect(res.headers.get('content-type')).toMatch(/^application\/json/)
      expect(res.headers.get('set-cookie')).toBeNull()
      const body = await res.json()
      expect(Object.keys(body)).toEqual(['token'])
      expect(verifyFormToken(body.token, form, Date.now() + TOKEN_MIN_AGE_MS)).toMatchObject({ ok: true })
    }
    // one per request: a token is one reader's
    const [a, b] = await Promise.all([askToken('?form=feedback').json(), askToken('?form=feedback').json()])
    expect(a.token).not.toBe(b.token)
  })

  it('a token verifies for the form it was asked for only', async () => {
    const later = Date.now() + 10_000
    const { token } = await askToken('?form=feedback').json()
    expect(verifyFormToken(token, 'feedback', later)).toMatchObject({ ok: true })
    expect(verifyFormToken(token, 'suggestion', later)).toEqual({ ok: false, reason: 'forged' })
    expect(verifyFormToken(token, 'subscribe', later)).toEqual({ ok: false, reason: 'forged' })
    const sub = (await askToken('?form=subscribe').json()).token
    expect(verifyFormToken(sub, 'feedback', later)).toEqual({ ok: false, reason: 'forged' })
  })

  it('an unknown or missing form is 400 in the shape of POST /api/submit, in the asked language', async () => {
    for (const query of ['', '?form=', '?form=admin', '?form=Feedback', '?form=feedback%00', '?kind=feedback']) {
      const res = askToken(query)
      expect(res.status, query).toBe(400)
      expect(res.headers.get('cache-control')).toBe('no-store')
      expect(await res.json()).toEqual({
        errors: [
          { field: 'form', message: 'Ask for a token for one of these forms: feedback, suggestion, subscribe.' },
        ],
      })
    }
    const fr = await askToken('?form=nope&locale=fr').json()
    expect(fr.errors[0].message).toBe(
      'Demandez un jeton pour l’un de ces formulaires : feedback, suggestion, subscribe.',
    )
  })

  it('refuses other sites’ pages, like the POST does', async () => {
    const res = askToken('?form=feedback', { 'sec-fetch-site': 'cross-site' })
    expect(res.status).toBe(403)
    expect((await res.json()).errors[0]).toMatchObject({ field: 'form' })
  })

  it('a token straight from the endpoint is refused as too quick: it is not issued "already old"', async () => {
    const before = await countSubmissions()
    const { token } = await askToken('?form=feedback').json()
    const res = await submit(feedback({ token }))
    expect(res.status).toBe(400)
    expect((await res.json()).errors[0].message).toMatch(/very quick/)
    expect(await countSubmissions()).toBe(before)
    // the same token, 3 s on (the clock of the request moved on), is accepted
    const later = await handleSubmit(request(feedback({ token })), {
      payload,
      now: () => Date.now() + TOKEN_MIN_AGE_MS,
    })
    expect(later.status).toBe(201)
  })

  it('creates nothing and counts nothing: many tokens buy no extra submissions past the rate limit', async () => {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 })
    pool.on('error', () => undefined)
    pools.push(pool)
    const rows = async () => Number((await pool.query(`select count(*) from ${RATE_LIMIT_TABLE}`)).rows[0].count)
    const [submissionsBefore, limitRowsBefore] = [await countSubmissions(), await rows()]
    const ip = newIp()
    const tokens = await Promise.all(
      Array.from(
        { length: 30 },
        async () => (await askToken('?form=suggestion', { 'x-forwarded-for': ip }).json()).token,
      ),
    )
    expect(new Set(tokens).size).toBe(30)
    expect(await countSubmissions()).toBe(submissionsBefore)
    expect(await rows()).toBe(limitRowsBefore)
    // each token is good for one submission, and the client's allowance (5) still counts them all
    const at = () => Date.now() + TOKEN_MIN_AGE_MS
    const statuses: number[] = []
    for (const token of tokens.slice(0, 7)) {
      const res = await handleSubmit(request(suggestion({ token }), { ip }), { payload, now: at })
      statuses.push(res.status)
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429])
    expect(await countSubmissions()).toBe(submissionsBefore + 5)
  })

  it('answers GET only: a POST to it is not a way in', async () => {
    const route = await import('@/app/(payload)/api/submit/token/route')
    expect(Object.keys(route).filter((k) => /^[A-Z]+$/.test(k))).toEqual(['GET'])
  })
})

// ------------------------------------------------------------------ a browser without JavaScript

describe('check and send: a browser posts a form from a shared page, without a token', () => {
  const noToken = (body: Body): Body => ({ ...body, token: undefined })

  it('feedback comes back on the check page to be sent, everything kept, with a token; nothing stored', async () => {
    const before = await countSubmissions()
    const typed = noToken(feedback({ helpful: 'yes', message: 'Kept “word” for word\r\nand line.' }))
    const res = await submit(typed, { mode: 'browser' })
    expect(res.status).toBe(303)
    const location = res.headers.get('location')!
    expect(location).toMatch(/^\/contribute\/check\?check=[A-Za-z0-9_-]+#feedback-check-check$/)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const flash = readFlash(cookieJar(res).reader, checkIdOf(location))!
    expect(flash).toMatchObject({ form: 'feedback', step: 'check', errors: [] })
    expect(flash.values).toEqual({
      kind: 'feedback',
      helpful: 'yes',
      message: 'Kept “word” for word\nand line.',
      page: '/principles/listen-more',
    })
    expect(verifyFormToken(flash.token, 'feedback', Date.now() + TOKEN_MIN_AGE_MS)).toMatchObject({ ok: true })
    expect(await countSubmissions()).toBe(before)

    // the second press sends it: what the check page's form posts (the values and that token)
    const again = await handleSubmit(request({ ...typed, token: flash.token }, { mode: 'browser' }), {
      payload,
      now: () => Date.now() + TOKEN_MIN_AGE_MS,
    })
    expect(again.status).toBe(303)
    expect(again.headers.get('location')).toMatch(/^\/contribute\/thanks\?status=/)
    expect(await countSubmissions()).toBe(before + 1)
  })

  it('a suggestion comes back on /contribute at the "check and send" note', async () => {
    const res = await submit(noToken(suggestion({ locale: 'fr', message: 'Un guide' })), { mode: 'browser' })
    const location = res.headers.get('location')!
    expect(location).toMatch(/^\/fr\/contribute\?check=[A-Za-z0-9_-]+#suggest-check$/)
    const flash = readFlash(cookieJar(res).reader, checkIdOf(location))!
    expect(flash).toMatchObject({ form: 'suggestion', step: 'check', errors: [], locale: 'fr' })
    expect(flash.values).toMatchObject({ message: 'Un guide', name: 'Sam Contributor', credit: 'on' })
    expect(verifyFormToken(flash.token, 'suggestion', Date.now() + TOKEN_MIN_AGE_MS)).toMatchObject({ ok: true })
  })

  it('what was wrong with it is shown as usual (no word about a token), with a token to send it', async () => {
    const res = await submit(noToken(suggestion({ url: 'ftp://x.example.org' })), { mode: 'browser' })
    const location = res.headers.get('location')!
    expect(location).toMatch(/#suggest-errors$/)
    const flash = readFlash(cookieJar(res).reader, checkIdOf(location))!
    expect(fieldsOf(flash.errors)).toEqual(['url'])
    expect(flash.token).toBeTruthy()
  })

  it('a filled honeypot without a token stores nothing either', async () => {
    const before = await countSubmissions()
    const res = await submit(noToken(suggestion({ website: 'https://spam.example' })), { mode: 'browser' })
    expect(res.status).toBe(303)
    expect(await countSubmissions()).toBe(before)
  })

  it('a text too long for the cookies is given back on a page of its own that sends it', async () => {
    // 5000 characters that do not compress (random CJK): more than the flash cookies carry
    const message = Array.from({ length: 5000 }, () =>
      String.fromCharCode(0x4e00 + Math.floor(Math.random() * 20000)),
    ).join('')
    const before = await countSubmissions()
    const typed = noToken(suggestion({ message, url: '', title: '' }))
    const res = await submit(typed, { mode: 'browser' })
    expect(res.status).toBe(400)
    expect(res.headers.getSetCookie()).toEqual([])
    const html = await res.text()
    expect(html).toContain('<h1>Nothing is sent yet</h1>')
    expect(html).toContain(`<blockquote>${message}</blockquote>`)
    const fields = Object.fromEntries(
      [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1]!, m[2]!]),
    )
    expect(fields).toMatchObject({ kind: 'suggestion', message, name: 'Sam Contributor', credit: 'on', website: '' })
    expect(await countSubmissions()).toBe(before)
    // that page's button posts it all, with its token
    const sent = await handleSubmit(request(fields, { mode: 'browser' }), {
      payload,
      now: () => Date.now() + TOKEN_MIN_AGE_MS,
    })
    expect(sent.status).toBe(303)
    expect(sent.headers.get('location')).toMatch(/^\/contribute\/thanks\?status=/)
    expect(await countSubmissions()).toBe(before + 1)
  })

  it('a JSON client without a token: 400 on the token, nothing stored', async () => {
    const before = await countSubmissions()
    const res = await submit(noToken(feedback()))
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(fieldsOf(body.errors)).toEqual(['token'])
    expect(await countSubmissions()).toBe(before)
  })
})

describe('a form given back carries a token that will be accepted', () => {
  it('too quick: the same token (old enough a moment later), so a second press is not "too quick" again', async () => {
    const token = issueFormToken('feedback')
    const res = await submit(feedback({ token }), { mode: 'browser' })
    const flash = readFlash(cookieJar(res).reader, checkIdOf(res.headers.get('location')!))!
    expect(flash.errors[0]!.message).toMatch(/very quick/)
    expect(flash.token).toBe(token)
  })

  it('invalid input with a good token: that token, still unused', async () => {
    const token = ready('suggestion')
    const res = await submit(suggestion({ token, email: 'nope' }), { mode: 'browser' })
    const flash = readFlash(cookieJar(res).reader, checkIdOf(res.headers.get('location')!))!
    expect(flash.token).toBe(token)
  })

  it('already sent: a fresh token, for something new', async () => {
    const body = feedback({ message: 'Sent, then something new from the same form.' })
    expect((await submit(body)).status).toBe(201)
    const res = await submit(body, { mode: 'browser' })
    const flash = readFlash(cookieJar(res).reader, checkIdOf(res.headers.get('location')!))!
    expect(flash.errors[0]!.message).toMatch(/already sent/)
    expect(flash.token).not.toBe(body.token)
    expect(verifyFormToken(flash.token, 'feedback', Date.now() + TOKEN_MIN_AGE_MS)).toMatchObject({ ok: true })
  })
})

describe('each form token stores one submission', () => {
  it('the same form sent twice is stored once: 201, then 409 “already sent” (JSON)', async () => {
    const before = await countSubmissions()
    const body = feedback({ message: 'Sent twice by a double click.' })
    expect((await submit(body)).status).toBe(201)
    const again = await submit(body)
    expect(again.status).toBe(409)
    const { errors } = await again.json()
    expect(errors[0]).toMatchObject({ field: 'form' })
    expect(errors[0].message).toMatch(/already sent/)
    expect(await countSubmissions()).toBe(before + 1)
  })

  it('a browser sending the form again (back button) gets it back with the message, not a second submission', async () => {
    const typed = feedback({
      message: 'Sent, then sent again from the back button.',
      locale: 'fr',
      page: '/fr/topics/active-listening',
    })
    expect((await submit(typed, { mode: 'browser' })).status).toBe(303)
    const before = await countSubmissions()
    const again = await submit(typed, { mode: 'browser' })
    expect(again.status).toBe(303)
    const location = again.headers.get('location')!
    expect(location).toMatch(/^\/fr\/contribute\/check\?check=/)
    const flash = readFlash(cookieJar(again).reader, checkIdOf(location))!
    expect(flash.errors[0]!.message).toMatch(/déjà été envoyé/)
    expect(flash.values.message).toBe('Sent, then sent again from the back button.')
    expect(await countSubmissions()).toBe(before)
  })

  it('of five simultaneous sends of one form, exactly one is stored', async () => {
    const before = await countSubmissions()
    const body = feedback({ message: 'Five at once.' })
    const answers = await Promise.all(Array.from({ length: 5 }, () => submit(body)))
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409])
    expect(await countSubmissions()).toBe(before + 1)
  })

  it('a used token respelled (same bytes, spare bits set) is not accepted again', async () => {
    const body = feedback({ message: 'One token, one submission.' })
    expect((await submit(body)).status).toBe(201)
    const before = await countSubmissions()
    const token = String(body.token)
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    const last = alphabet.indexOf(token.at(-1)!)
    for (const bits of [1, 2, 3]) {
      const res = await submit({ ...body, token: `${token.slice(0, -1)}${alphabet[(last & ~3) | bits]}` })
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
    }
    expect(await countSubmissions()).toBe(before)
  })

  it('an answer that stores nothing leaves the token usable: a 400 for bad input, then the corrected send is stored', async () => {
    const token = ready('suggestion')
    const bad = await submit(suggestion({ token, url: 'javascript:alert(1)' }))
    expect(bad.status).toBe(400)
    expect((await submit(suggestion({ token }))).status).toBe(201)
  })

  it('a used token is kept only as a hash, for as long as a token lives', async () => {
    const body = feedback({ message: 'Hashed token.' })
    expect((await submit(body)).status).toBe(201)
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 })
    pool.on('error', () => undefined)
    try {
      const { rows } = await pool.query<{ key: string; expire: string }>(
        `select key, expire from ${RATE_LIMIT_TABLE} where key = $1`,
        [`form-token:${hashFormToken(String(body.token))}`],
      )
      expect(rows).toHaveLength(1)
      expect(Number(rows[0]!.expire) - Date.now()).toBeGreaterThan(TOKEN_MAX_AGE_MS - 60_000)
      const raw = await pool.query(`select 1 from ${RATE_LIMIT_TABLE} where key like $1`, [`%${String(body.token)}%`])
      expect(raw.rowCount).toBe(0)
    } finally {
      await pool.end()
    }
  })
})

// ------------------------------------------------------------------ honeypot, size

describe('spam signals and size limits', () => {
  it('a filled honeypot is answered like a success and stored as spam, never as new', async () => {
    const before = await payload.count({
      collection: 'submissions',
      where: { status: { equals: 'new' } },
      overrideAccess: true,
    })
    const res = await submit(suggestion({ website: 'https://spam.example' }))
    expect(res.status).toBe(201)
    const body = await res.json()
    expect(body.status).toBe('received')
    const doc = await byToken(tokenOf(body.statusUrl))
    expect(doc.status).toBe('spam')
    expect(doc.spamSignal).toBe('honeypot')
    const after = await payload.count({
      collection: 'submissions',
      where: { status: { equals: 'new' } },
      overrideAccess: true,
    })
    expect(after.totalDocs).toBe(before.totalDocs)
    // the sender's status page looks like any received message
    expect((await getStatusView(payload, tokenOf(body.statusUrl), 'en'))?.status).toBe('received')
  })

  it('a body over the limit is refused with 413 without being read', async () => {
    const big = 'a'.repeat(BODY_LIMIT_BYTES + 1)
    const declared = await submit(feedback({ message: big }))
    expect(declared.status).toBe(413)
    expect((await declared.json()).errors[0].message).toMatch(/larger than the 100 KB we accept/)
    // without Content-Length: a stream that turns out too long
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"kind":"feedback","message":"'))
        for (let i = 0; i < 30; i++) controller.enqueue(new TextEncoder().encode('b'.repeat(4096)))
        controller.close()
      },
    })
    const streamed = await POST(
      new Request('http://localhost/api/submit', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit),
    )
    expect(streamed.status).toBe(413)
    // a browser gets a page, in its language, saying so
    const page = await submit(feedback({ message: big }), {
      mode: 'browser',
      headers: { referer: 'http://localhost/fr/principles' },
    })
    expect(page.status).toBe(413)
    expect(page.headers.get('content-type')).toMatch(/text\/html/)
    expect(await page.text()).toMatch(/dépasse les 100 Ko/)
  })

  it('cross-site browser posts are refused', async () => {
    const res = await submit(feedback(), { headers: { 'sec-fetch-site': 'cross-site' } })
    expect(res.status).toBe(403)
  })
})

// ------------------------------------------------------------------ duplicates

describe('duplicate links', () => {
  it('a link already listed as a resource is not queued; the contributor is shown the resource', async () => {
    const resource = await publishedResource('https://www.listed.example.org/guide/', 'Listed guide')
    const before = await countSubmissions()
    const res = await submit(suggestion({ url: 'HTTP://listed.example.org/guide?utm_source=newsletter#intro' }))
    expect(res.status).toBe(409)
    const body = await res.json()
    expect(body.errors).toEqual([
      { field: 'url', message: 'This link is already on the hub, so it was not queued again.' },
    ])
    expect(body.duplicate).toMatchObject({ kind: 'resource', title: 'Listed guide' })
    expect(body.duplicate.url).toMatch(new RegExp(`/resources/${resource.slug}$`))
    expect(await countSubmissions()).toBe(before)
  })

  it('a draft resource is not "listed"', async () => {
    await createDraft(
      payload,
      'resources',
      { title: 'Draft only', url: 'https://draft.example.org/x', summary: 'S.', kind: 'article', language: 'en' },
      editor,
    )
    expect((await submit(suggestion({ url: 'https://draft.example.org/x' }))).status).toBe(201)
  })

  it('a link already pending in the queue is not queued twice, whatever its spelling', async () => {
    const first = await submit(suggestion({ url: 'https://pending.example.org/tool/' }))
    expect(first.status).toBe(201)
    const firstDoc = await byToken(tokenOf((await first.json()).statusUrl))
    expect(firstDoc.normalizedUrl).toBe('pending.example.org/tool')
    const again = await submit(suggestion({ url: 'http://WWW.pending.example.org/tool?gclid=1', locale: 'fr' }))
    expect(again.status).toBe(409)
    const body = await again.json()
    expect(body.duplicate).toMatchObject({ kind: 'pending', receivedAt: firstDoc.createdAt })
    expect(body.errors[0].message).toMatch(/^Ce lien a déjà été proposé le /)
    // still pending once accepted; free again once declined
    await payload.update({
      collection: 'submissions',
      id: firstDoc.id,
      data: { status: 'accepted' },
      overrideAccess: true,
    })
    expect((await submit(suggestion({ url: 'https://pending.example.org/tool' }))).status).toBe(409)
    await payload.update({
      collection: 'submissions',
      id: firstDoc.id,
      data: { status: 'declined' },
      overrideAccess: true,
    })
    expect((await submit(suggestion({ url: 'https://pending.example.org/tool' }))).status).toBe(201)
  })

  it('a browser is shown the existing resource on its form, with what it typed', async () => {
    const resource = await publishedResource('https://shown.example.org/page', 'Shown resource')
    const res = await submit(suggestion({ url: 'https://shown.example.org/page/', message: 'Typed words' }), {
      mode: 'browser',
    })
    expect(res.status).toBe(303)
    const flash = readFlash(cookieJar(res).reader, checkIdOf(res.headers.get('location')!))!
    expect(flash.existing).toEqual({ href: `/resources/${resource.slug}`, title: 'Shown resource' })
    expect(flash.values.message).toBe('Typed words')
  })
})

// ------------------------------------------------------------------ rate limit

describe('the rate limit, shared by two app instances through PostgreSQL', () => {
  /** A second (and third) "app instance": its own pool on the same database, its own limiter. */
  const instance = (points = 5, duration = 600) => {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 3 })
    // dropping the file's database afterwards cuts idle connections: not an error of the test
    pool.on('error', () => undefined)
    pools.push(pool)
    return createSubmissionLimiter(pool, { points, duration })
  }

  it('counts across instances: the 6th submission in the window is refused with 429 and Retry-After', async () => {
    const a = instance()
    const b = instance()
    const ip = newIp()
    const before = await countSubmissions()
    for (let i = 0; i < 5; i++) {
      const res = await handleSubmit(request(feedback({ message: `Attempt ${i}` }), { ip }), {
        payload,
        limiter: i % 2 ? a : b,
      })
      expect(res.status, `attempt ${i}`).toBe(201)
    }
    const sixth = await handleSubmit(request(feedback({ message: 'Attempt 6' }), { ip }), { payload, limiter: a })
    expect(sixth.status).toBe(429)
    const retryAfter = Number(sixth.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(600)
    const body = await sixth.json()
    expect(body.errors[0]).toMatchObject({ field: 'form' })
    expect(body.errors[0].message).toMatch(/try again in 10 minutes/)
    expect(body.retryAfter).toBe(retryAfter)
    expect(await countSubmissions()).toBe(before + 5)
    // another client is not affected
    expect((await handleSubmit(request(feedback()), { payload, limiter: b })).status).toBe(201)
  })

  it('is atomic: ten simultaneous submissions through two instances store exactly five', async () => {
    const a = instance()
    const b = instance()
    const ip = newIp()
    const before = await countSubmissions()
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        handleSubmit(request(feedback({ message: `Burst ${i}` }), { ip }), { payload, limiter: i % 2 ? a : b }),
      ),
    )
    expect(answers.filter((r) => r.status === 201)).toHaveLength(5)
    expect(answers.filter((r) => r.status === 429)).toHaveLength(5)
    expect(await countSubmissions()).toBe(before + 5)
  })

  it('stores only hashed keys in its table, created by the migration', async () => {
    const ip = newIp()
    await handleSubmit(request(feedback(), { ip }), { payload, limiter: instance() })
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 })
    pool.on('error', () => undefined)
    pools.push(pool)
    const { rows } = await pool.query<{ key: string; points: number }>(
      `select key, points from ${RATE_LIMIT_TABLE} where key = $1`,
      [`submit:${hashClientAddress(ip)}`],
    )
    expect(rows).toEqual([{ key: `submit:${hashClientAddress(ip)}`, points: 1 }])
    const all = await pool.query<{ key: string }>(`select key from ${RATE_LIMIT_TABLE}`)
    expect(all.rows.some((r) => r.key.includes('198.51.100'))).toBe(false)
  })

  it('a browser over the limit gets 429 and its text back on the form', async () => {
    const limiter = instance(1)
    const ip = newIp()
    expect((await handleSubmit(request(suggestion(), { ip }), { payload, limiter })).status).toBe(201)
    const typed = suggestion({ message: 'Please keep this long careful message.', locale: 'fr' })
    const res = await handleSubmit(request(typed, { ip, mode: 'browser' }), { payload, limiter })
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    const html = await res.text()
    expect(html).toMatch(/<html lang="fr">/)
    expect(html).toMatch(/Réessayez dans 10 minutes/)
    const back = /<a href="([^"]+)">/.exec(html)![1]!.replace(/&amp;/g, '&')
    expect(back).toMatch(/^\/fr\/contribute\?check=/)
    expect(html).toContain(`<meta http-equiv="refresh" content="0;url=${back.replace(/&/g, '&amp;')}">`)
    const flash = readFlash(cookieJar(res).reader, checkIdOf(back))!
    expect(flash.values.message).toBe('Please keep this long careful message.')
    expect(flash.values.email).toBe('sam@example.org')
    expect(flash.errors[0]!.message).toMatch(/Réessayez dans 10 minutes/)
  })

  it('reads SUBMISSION_LIMIT and SUBMISSION_WINDOW_SECONDS', async () => {
    const { rateLimitSettings } = await import('@/submissions/config')
    expect(rateLimitSettings({})).toEqual({ points: 5, duration: 600 })
    expect(rateLimitSettings({ SUBMISSION_LIMIT: '2', SUBMISSION_WINDOW_SECONDS: '30' })).toEqual({
      points: 2,
      duration: 30,
    })
    expect(rateLimitSettings({ SUBMISSION_LIMIT: 'lots' })).toEqual({ points: 5, duration: 600 })
  })
})

// ------------------------------------------------------------------ privacy and status

describe('privacy, the status page and erasure', () => {
  let token: string
  let doc: Submission

  beforeAll(async () => {
    const res = await submit(
      suggestion({ name: 'Robin Credit', email: 'robin.private@example.org', url: 'https://privacy.example.org/a' }),
    )
    token = tokenOf((await res.json()).statusUrl)
    doc = await byToken(token)
    await payload.update({
      collection: 'submissions',
      id: doc.id,
      data: { moderatorNotes: 'PRIVATE-NOTE-42' },
      overrideAccess: true,
    })
  })

  it('anonymous REST and GraphQL reads of submissions are refused; emails and notes never leave', async () => {
    const one = await rest('GET', `/api/submissions/${doc.id}`)
    expect(one.status).toBe(403)
    const text = await one.text()
    expect(text).not.toContain('robin.private@example.org')
    expect(text).not.toContain('PRIVATE-NOTE-42')
    const list = await rest('GET', '/api/submissions')
    expect(list.status).toBe(403)
    const gql = await graphql(
      `{ Submissions { docs { email moderatorNotes message } } Submission(id: ${doc.id}) { email moderatorNotes } }`,
    )
    const body = await gql.text()
    expect(body).toMatch(/not allowed|forbidden/i)
    expect(body).not.toContain('robin.private@example.org')
    expect(body).not.toContain('PRIVATE-NOTE-42')
  })

  it('staff read them in the admin (field access), the status view never carries them', async () => {
    const asEditor = await payload.findByID({
      collection: 'submissions',
      id: doc.id,
      user: editor,
      overrideAccess: false,
    })
    expect(asEditor.email).toBe('robin.private@example.org')
    expect(asEditor.moderatorNotes).toBe('PRIVATE-NOTE-42')
    expect(asEditor.tokenHash).toBeUndefined()
    const view = (await getStatusView(payload, token, 'en'))!
    const serialised = JSON.stringify(view)
    expect(serialised).not.toContain('robin.private@example.org')
    expect(serialised).not.toContain('PRIVATE-NOTE-42')
    expect(serialised).not.toContain(doc.clientHash!)
    expect(view).toMatchObject({ status: 'received', holdsPersonalData: true, creditedAs: null })
  })

  it('shows declined with the public reason, accepted, then added with a link and the credit', async () => {
    await payload.update({
      collection: 'submissions',
      id: doc.id,
      data: { status: 'declined', publicReason: 'Already covered by the listening topic.' },
      overrideAccess: true,
    })
    expect(await getStatusView(payload, token, 'en')).toMatchObject({
      status: 'declined',
      reason: 'Already covered by the listening topic.',
    })
    await payload.update({ collection: 'submissions', id: doc.id, data: { status: 'accepted' }, overrideAccess: true })
    expect(await getStatusView(payload, token, 'en')).toMatchObject({ status: 'accepted', reason: null, result: null })
    const resource = await publishedResource('https://privacy.example.org/a', 'Privacy resource')
    await payload.update({
      collection: 'submissions',
      id: doc.id,
      data: { status: 'added', result: { relationTo: 'resources', value: resource.id } },
      overrideAccess: true,
    })
    const view = await getStatusView(payload, token, 'fr')
    expect(view).toMatchObject({
      status: 'added',
      creditedAs: 'Robin Credit',
      result: { title: 'Privacy resource', path: `/fr/resources/${resource.slug}` },
    })
  })

  it('a moderator-marked spam shows as declined; an unknown token shows nothing', async () => {
    const res = await submit(feedback())
    const t = tokenOf((await res.json()).statusUrl)
    const d = await byToken(t)
    await payload.update({ collection: 'submissions', id: d.id, data: { status: 'spam' }, overrideAccess: true })
    expect((await getStatusView(payload, t, 'en'))?.status).toBe('declined')
    expect(await getStatusView(payload, 'A'.repeat(43), 'en')).toBeNull()
    expect(await getStatusView(payload, '../etc', 'en')).toBeNull()
  })

  it('the contributor erases their name and email from the status page (after confirming)', async () => {
    const erase = (body: Record<string, string>, json = false) =>
      eraseRoute(
        new Request('http://localhost/api/submit/erase', {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            accept: json ? 'application/json' : 'text/html',
          },
          body: new URLSearchParams(body).toString(),
        }),
      )
    const unconfirmed = await erase({ token, locale: 'en' })
    expect(unconfirmed.status).toBe(303)
    expect(unconfirmed.headers.get('location')).toBe(`/contribute/status/${token}?erase=confirm#your-details`)
    expect((await byToken(token)).email).toBe('robin.private@example.org')

    const done = await erase({ token, locale: 'fr', confirm: 'yes' })
    expect(done.status).toBe(303)
    expect(done.headers.get('location')).toBe(`/fr/contribute/status/${token}?erased=1#your-details`)
    const after = await byToken(token)
    expect(after).toMatchObject({ name: null, email: null, credit: false })
    expect(after.erasedAt).toBeTruthy()
    expect(after.message).toBe(doc.message)
    const view = (await getStatusView(payload, token, 'en'))!
    expect(view).toMatchObject({ holdsPersonalData: false, creditedAs: null })
    expect(view.erasedAt).toBe(after.erasedAt)

    const unknown = await erase({ token: 'B'.repeat(43), confirm: 'yes' }, true)
    expect(unknown.status).toBe(404)
  })
})
