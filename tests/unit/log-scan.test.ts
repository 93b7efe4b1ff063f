/**
 * The check of the e2e server's log (tests/helpers/log-scan.ts, run by tests/e2e/global-teardown.ts):
 * it must find each kind of secret the browser tests handle, show the line without it, and leave
 * the ordinary lines of a server log alone (or the run would fail for nothing).
 */
import { describe, expect, it } from 'vitest'
import { linkToken } from '@/digest/links'
import { issueFormToken, newStatusToken } from '@/submissions/token'
import { scanLog, secretPatterns } from '../helpers/log-scan'

const patterns = secretPatterns([{ what: 'admin password', value: 'e2e-admin-password-123' }])

describe('scanLog', () => {
  it('finds passwords, emails, tokens and cookies, and shows the line without them', () => {
    const status = newStatusToken()
    const form = issueFormToken('feedback')
    const lines = [
      'login failed for e2e-admin-password-123',
      'user e2e-editor-1714000000000-ab12c@example.test signed in',
      `status page /contribute/status/${status} rendered`,
      `token=${form}`,
      `unsubscribe t=${linkToken('unsubscribe', 3)}`,
      'headers: { cookie: "payload-token=abc.def" }',
      'Set-Cookie: ah_flash_0=eyJmb3JtIjoi; Path=/',
      'Authorization: JWT eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.sig',
      'password e2e-author-password-1 was sent',
    ]
    const hits = scanLog(lines.join('\n'), patterns)
    expect(hits.map((h) => h.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(hits[0]!.what).toEqual(['admin password'])
    expect(hits[1]!.redacted).toBe('user [email address] signed in')
    expect(hits[2]!.redacted).toBe('status page /contribute/status/[status token] rendered')
    expect(hits[3]!.redacted).toBe('token=[form token]')
    expect(hits[8]!.redacted).toBe('password [test password] was sent')
    const shown = hits.map((h) => h.redacted).join('\n')
    for (const secret of ['e2e-admin-password-123', '@example.test', status, form, 'abc.def', 'eyJ'])
      expect(shown).not.toContain(secret)
  })

  it('passes the ordinary lines of a server log', () => {
    const clean = [
      '   ▲ Next.js 16.4.5',
      '   - Local:        http://localhost:3100',
      ' ✓ Ready in 1234ms',
      '{"level":30,"time":"2026-01-01T00:00:00.000Z","id":"0f8fad5b-d9cb-469f-a165-70867728950e","method":"GET","path":"/contribute/status/[redacted]","status":200,"ms":12.3,"bytes":5120,"msg":"request"}',
      '{"level":30,"path":"/resources/allyship-in-the-workplace-a-practical-guide","status":200}',
      '[revalidate] expired payload:resources',
      'at async Module.handler (/work/main/node_modules/.pnpm/next@16.4.5/node_modules/next/dist/server.js:1:2)',
      'at file:///work/main/node_modules/@payloadcms/db-postgres/dist/index.js:10:5',
      'cached with etag 5d41402abc4b2a76b9719d911017c592',
    ]
    expect(scanLog(clean.join('\n'), patterns)).toEqual([])
  })
})
