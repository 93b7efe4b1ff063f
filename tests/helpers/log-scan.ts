/**
 * Finding secrets in a server's log: what the browser tests typed or were given (the admin
 * password, the test accounts' emails and passwords, form and status tokens, session cookies) must
 * never reach it. Each hit is reported with its line, the secret itself replaced by what it is.
 */

export type SecretPattern = { what: string; pattern: RegExp }

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The shapes of the secrets the app handles, plus the literal values given. */
export function secretPatterns(literals: { what: string; value: string }[] = []): SecretPattern[] {
  return [
    ...literals.filter((l) => l.value).map((l) => ({ what: l.what, pattern: new RegExp(escape(l.value), 'g') })),
    // tests/e2e/accounts.ts makes `e2e-<label>-password-1`; the admin's is `e2e-admin-password-123`
    { what: 'test password', pattern: /e2e-[a-z0-9-]*password[a-z0-9-]*/gi },
    { what: 'email address', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g },
    // src/submissions/token.ts: `<issuedAt base36>.<nonce>.<signature>`
    {
      what: 'form token',
      pattern: /(?<![0-9A-Za-z_-])[0-9a-z]{1,12}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g,
    },
    { what: 'JWT', pattern: /eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g },
    // status tokens and digest HMACs: 43 base64url characters (32 bytes); slugs have no capitals
    { what: 'status token', pattern: /(?<![A-Za-z0-9_-])(?=[A-Za-z0-9_-]*[A-Z])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g },
    { what: 'session cookie', pattern: /\bpayload-token=[^;\s"]*/gi },
    { what: 'cookie', pattern: /\b(?:ah_flash_\d+|ah_digest|__prerender_bypass|__next_preview_data)=[^;\s"]*/g },
    { what: 'cookie header', pattern: /\b(?:set-)?cookie["']?\s*[:=]\s*["']?[^\s"',;]+/gi },
  ]
}

export type LogHit = { line: number; what: string[]; redacted: string }

/** Every line with a secret on it, the secrets replaced by `[<what>]`. */
export function scanLog(text: string, patterns: SecretPattern[]): LogHit[] {
  const hits: LogHit[] = []
  text.split('\n').forEach((raw, i) => {
    const what = new Set<string>()
    let redacted = raw
    for (const { what: kind, pattern } of patterns) {
      const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)
      // on what is left: a secret already named by a literal is not reported again by its shape
      if (re.test(redacted)) {
        what.add(kind)
        redacted = redacted.replace(re, `[${kind}]`)
      }
    }
    if (what.size) hits.push({ line: i + 1, what: [...what], redacted: redacted.slice(0, 400) })
  })
  return hits
}
