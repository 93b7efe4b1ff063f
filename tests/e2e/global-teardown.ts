/**
 * After the browser tests: the server's log (SERVER_LOG_FILE, written by serve.ts) must hold
 * nothing the tests typed or were given that is secret: the admin's password, the test accounts'
 * emails and passwords, form or status tokens, session cookies. Any hit fails the run, with the
 * offending lines shown redacted. The result is also written for the summary of `npm test`.
 */
import fs from 'node:fs'
import { scanLog, secretPatterns } from '../helpers/log-scan'
import { ADMIN, E2E_SECRET, SERVER_LOG_CHECK_FILE, SERVER_LOG_FILE } from './env'

export default async function checkServerLog() {
  if (!fs.existsSync(SERVER_LOG_FILE)) {
    // the tests ran against a server this run did not start: there is no log of ours to check
    console.log(`[e2e] no ${SERVER_LOG_FILE}: the server log was not checked`)
    return
  }
  // serve.ts writes synchronously, so every line of the tests' requests is in the file by now
  const text = fs.readFileSync(SERVER_LOG_FILE, 'utf8')
  const hits = scanLog(
    text,
    secretPatterns([
      { what: 'admin password', value: ADMIN.password },
      { what: 'admin email', value: ADMIN.email },
      { what: 'server secret', value: E2E_SECRET },
    ]),
  )
  const lines = text.split('\n').length - 1
  fs.writeFileSync(SERVER_LOG_CHECK_FILE, JSON.stringify({ lines, hits: hits.length }))
  if (hits.length) {
    const shown = hits.slice(0, 30).map((h) => `  ${SERVER_LOG_FILE}:${h.line} (${h.what.join(', ')}): ${h.redacted}`)
    throw new Error(
      `The server log holds secrets on ${hits.length} line(s) (redacted here):\n${shown.join('\n')}` +
        (hits.length > shown.length ? `\n  … and ${hits.length - shown.length} more` : ''),
    )
  }
  console.log(`[e2e] server log: ${lines} lines, no password, email, token or cookie in them`)
}
