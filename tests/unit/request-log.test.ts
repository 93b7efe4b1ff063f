/**
 * The production server's request log (src/server/request-log.ts), on a real HTTP server on
 * 127.0.0.1: one JSON line per request with its id, method, path, status, duration and bytes, the
 * id answered in X-Request-Id, and nothing secret in any line (emails, tokens, passwords, cookies).
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { linkToken } from '@/digest/links'
import { createLogger, logRequest, looksSecret, redactPath, REDACTED, requestId } from '@/server/request-log'
import { issueFormToken, newStatusToken } from '@/submissions/token'

// the real thing, as the app makes them
const STATUS_TOKEN = newStatusToken()
const FORM_TOKEN = issueFormToken('feedback')
const HMAC = linkToken('unsubscribe', 12)
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MSwiZW1haWwiOiJhQGIuY28ifQ.c2lnbmF0dXJl'

const lines: string[] = []
const logger = createLogger({ level: 'info', destination: { write: (line: string) => void lines.push(line) } })

/** What the test server does, by path. */
function app(req: http.IncomingMessage, res: http.ServerResponse) {
  logRequest(req, res, logger)
  const path = (req.url ?? '/').split('?')[0]!
  if (path === '/cached') {
    res.setHeader('X-Cache', 'HIT')
    res.end('cached page')
  } else if (path === '/chunked') {
    res.write('one,')
    res.write(Buffer.from('two,'))
    res.end('three', 'utf8')
  } else if (path === '/missing') {
    res.statusCode = 404
    res.end('not here')
  } else if (path === '/broken') {
    res.statusCode = 500
    res.end()
  } else if (path === '/slow') {
    res.write('partial')
    // never ends: the client goes away first
  } else {
    res.setHeader('Content-Type', 'text/plain; charset=utf-8')
    res.end('héllo') // 6 bytes in UTF-8
  }
}

let server: http.Server
let base: string
beforeAll(async () => {
  server = http.createServer(app)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})
beforeEach(() => {
  lines.length = 0
})

/** The server logs on 'finish', which may come a moment after the client has the answer. */
async function logged(count: number): Promise<Record<string, unknown>[]> {
  const until = Date.now() + 2000
  while (lines.length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 10))
  // a moment more: a second line for the same request would show up here
  await new Promise((r) => setTimeout(r, 30))
  return lines.map((l) => JSON.parse(l) as Record<string, unknown>)
}

describe('logRequest', () => {
  it('logs one line per request: id, method, path, status, duration, body bytes; the id is answered in X-Request-Id', async () => {
    const res = await fetch(`${base}/resources?q=allyship&page=2`)
    expect(await res.text()).toBe('héllo')
    const [line, ...more] = await logged(1)
    expect(more).toEqual([])
    const id = res.headers.get('x-request-id')
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
    expect(line).toMatchObject({
      level: 30,
      msg: 'request',
      id,
      method: 'GET',
      path: '/resources?q=allyship&page=2',
      status: 200,
      bytes: 6,
    })
    expect(typeof line!.ms).toBe('number')
    expect(line!.ms as number).toBeGreaterThanOrEqual(0)
    expect(line).not.toHaveProperty('cache')
    expect(typeof line!.time).toBe('string') // ISO time, readable by an operator
  })

  it('counts every chunk of a streamed body, and nothing for HEAD', async () => {
    await (await fetch(`${base}/chunked`)).text()
    await fetch(`${base}/chunked`, { method: 'HEAD' })
    const [get, head] = await logged(2)
    expect(get).toMatchObject({ method: 'GET', bytes: 'one,two,three'.length })
    expect(head).toMatchObject({ method: 'HEAD', bytes: 0 })
  })

  it('adds the cache field when the response carries X-Cache', async () => {
    await (await fetch(`${base}/cached`)).text()
    const [line] = await logged(1)
    expect(line).toMatchObject({ path: '/cached', cache: 'HIT', status: 200 })
  })

  it('logs 4xx at warn and 5xx at error', async () => {
    await (await fetch(`${base}/missing`)).text()
    await (await fetch(`${base}/broken`)).text()
    const [missing, broken] = await logged(2)
    expect(missing).toMatchObject({ status: 404, level: 40 })
    expect(broken).toMatchObject({ status: 500, level: 50, bytes: 0 })
  })

  it('reuses a sane incoming X-Request-Id, and replaces one that is long, odd or a secret', async () => {
    const sent = ['req-42.abc:7', 'x'.repeat(65), 'two words', STATUS_TOKEN, 'a@b.example', '']
    const answered: (string | null)[] = []
    for (const value of sent) {
      const res = await fetch(`${base}/`, { headers: value ? { 'X-Request-Id': value } : {} })
      await res.text()
      answered.push(res.headers.get('x-request-id'))
    }
    const ids = (await logged(sent.length)).map((l) => l.id)
    expect(ids).toEqual(answered)
    expect(answered[0]).toBe('req-42.abc:7')
    for (const id of answered.slice(1)) expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect(lines.join('')).not.toContain(STATUS_TOKEN)
  })

  it('keeps emails, tokens, passwords, cookies and authorization out of the line', async () => {
    const secrets = [
      'a.reader@example.org',
      STATUS_TOKEN,
      FORM_TOKEN,
      HMAC,
      JWT,
      'hunter2-password',
      'sess-cookie-value',
    ]
    const paths = [
      `/contribute/status/${STATUS_TOKEN}`,
      `/fr/contribute/status/${STATUS_TOKEN}?from=%2Fprinciples`,
      `/contribute/thanks?status=${STATUS_TOKEN}&from=%2Fglossary`,
      `/subscribe/confirm?s=12&t=${HMAC}`,
      `/api/digest/unsubscribe?s=12&t=${HMAC}&l=fr`,
      `/api/digest/confirm/${HMAC}`,
      `/api/users?where[email][equals]=${encodeURIComponent('a.reader@example.org')}&depth=0`,
      `/api/users/login?password=hunter2-password&remember=1`,
      `/api/preview?secret=hunter2-password&path=%2Fabout`,
      `/search?q=${encodeURIComponent('a.reader@example.org')}`,
      `/api/submit?token=${FORM_TOKEN}`,
      `/admin/reset/${'ab12'.repeat(10)}`,
      `/anything?x=${JWT}`,
    ]
    for (const p of paths) {
      await (
        await fetch(`${base}${p}`, {
          headers: { Cookie: 'payload-token=sess-cookie-value', Authorization: `JWT ${JWT}` },
        })
      ).text()
    }
    const logs = await logged(paths.length)
    const text = lines.join('')
    for (const secret of [...secrets, 'ab12'.repeat(10), 'payload-token', 'Authorization', 'cookie']) {
      expect(text, `"${secret}" in the log`).not.toContain(secret)
    }
    expect(logs.map((l) => l.path)).toEqual([
      `/contribute/status/${REDACTED}`,
      `/fr/contribute/status/${REDACTED}?from=%2Fprinciples`,
      `/contribute/thanks?status=${REDACTED}&from=%2Fglossary`,
      `/subscribe/confirm?s=${REDACTED}&t=${REDACTED}`,
      `/api/digest/unsubscribe?s=${REDACTED}&t=${REDACTED}&l=fr`,
      `/api/digest/confirm/${REDACTED}`,
      `/api/users?where[email][equals]=${REDACTED}&depth=0`,
      `/api/users/login?password=${REDACTED}&remember=1`,
      `/api/preview?secret=${REDACTED}&path=%2Fabout`,
      `/search?q=${REDACTED}`,
      `/api/submit?token=${REDACTED}`,
      `/admin/reset/${REDACTED}`,
      `/anything?x=${REDACTED}`,
    ])
  })

  it('logs a request whose client went away before the answer was complete, once, as aborted', async () => {
    await new Promise<void>((resolve, reject) => {
      const req = http.get(`${base}/slow`, (res) => {
        res.once('data', () => {
          req.destroy()
          resolve()
        })
      })
      req.on('error', (err) => (err.message.includes('socket hang up') ? resolve() : reject(err)))
    })
    const [line, ...more] = await logged(1)
    expect(more).toEqual([])
    expect(line).toMatchObject({ path: '/slow', aborted: true, level: 40, bytes: 'partial'.length })
  })

  it('logs each of several requests on one keep-alive connection once', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    try {
      for (const p of ['/a', '/b', '/c']) {
        await new Promise<void>((resolve, reject) =>
          http.get(`${base}${p}`, { agent }, (res) => res.resume().on('end', resolve)).on('error', reject),
        )
      }
    } finally {
      agent.destroy()
    }
    const logs = await logged(3)
    expect(logs.map((l) => l.path)).toEqual(['/a', '/b', '/c'])
    expect(new Set(logs.map((l) => l.id)).size).toBe(3)
  })
})

describe('redactPath', () => {
  it('keeps ordinary paths and queries as they came, slugs and UUIDs included', () => {
    for (const p of [
      '/',
      '/fr/resources?topic=workplace-allyship-and-inclusion-at-work&kind=article&page=3',
      '/resources/a-practical-guide-to-allyship-in-the-workplace-today',
      '/_next/static/chunks/app/page-0a1b2c3d4e5f6a7b.js',
      '/api/health',
      '/contribute/status',
      '/glossary?q=ally%20ship',
      `/x?request=${'0f8fad5b-d9cb-469f-a165-70867728950e'}`,
    ]) {
      expect(redactPath(p)).toBe(p)
    }
  })

  it('drops the host of an absolute-form target and cuts very long paths', () => {
    expect(redactPath('http://evil.example:8080/resources?q=1')).toBe('/resources?q=1')
    expect(redactPath(`/${'a'.repeat(5000)}`).length).toBeLessThanOrEqual(2001)
  })

  it('redacts a secret wherever it is, even percent-encoded or as a bare query part', () => {
    expect(redactPath(`/x/${encodeURIComponent('someone@example.org')}`)).toBe(`/x/${REDACTED}`)
    expect(redactPath(`/x?${STATUS_TOKEN}`)).toBe(`/x?${REDACTED}`)
    expect(redactPath('/x?api_key=abc&Session_Id=1&AUTH=z&code=123456')).toBe(
      `/x?api_key=${REDACTED}&Session_Id=${REDACTED}&AUTH=${REDACTED}&code=${REDACTED}`,
    )
  })
})

describe('looksSecret and requestId', () => {
  it('knows the shapes of our secrets and not those of slugs', () => {
    for (const s of [STATUS_TOKEN, FORM_TOKEN, HMAC, JWT, 'x@y.org', 'f'.repeat(40)])
      expect(looksSecret(s), s).toBe(true)
    for (const s of [
      'allyship-in-the-workplace-a-practical-guide',
      'principles',
      '0f8fad5b-d9cb-469f-a165-70867728950e',
    ])
      expect(looksSecret(s), s).toBe(false)
  })

  it('generates an id when the header is repeated', () => {
    expect(requestId(['a', 'b'])).toMatch(/^[0-9a-f-]{36}$/)
    expect(requestId('  abc-1  ')).toBe('abc-1')
  })
})

describe('createLogger', () => {
  const capture = (env: Record<string, string | undefined>) => {
    const out: string[] = []
    const log = createLogger({ env, destination: { write: (l: string) => void out.push(l) } })
    log.debug('debug line')
    log.info('info line')
    log.warn('warn line')
    return out.map((l) => (JSON.parse(l) as { msg: string }).msg)
  }

  it('honours LOG_LEVEL, and falls back to info on an unknown level', () => {
    expect(capture({})).toEqual(['info line', 'warn line'])
    expect(capture({ LOG_LEVEL: 'warn' })).toEqual(['warn line'])
    expect(capture({ LOG_LEVEL: 'DEBUG' })).toEqual(['debug line', 'info line', 'warn line'])
    expect(capture({ LOG_LEVEL: 'silent' })).toEqual([])
    expect(capture({ LOG_LEVEL: 'chatty' })).toEqual(['info line', 'warn line'])
  })
})
