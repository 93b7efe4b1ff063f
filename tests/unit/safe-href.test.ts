/** The link scheme allowlist: what may become an `href`, read as a browser reads it. */
import { describe, expect, it } from 'vitest'
import { isAllowedHref } from '@/lib/safe-href'

describe('isAllowedHref', () => {
  it('takes http, https, mailto and paths on this site', () => {
    for (const href of [
      'https://example.org/a?b#c',
      'HTTP://EXAMPLE.ORG',
      'mailto:hello@example.org',
      '/principles/listen',
      '#section',
      '?page=2',
      './near',
      '../up',
      'glossary/term',
    ]) {
      expect(isAllowedHref(href), href).toBe(true)
    }
  })

  it('refuses every other scheme, however it is spelled', () => {
    for (const href of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      '\u0001javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'tel:+123',
      '//evil.example',
      '\\\\evil.example',
      '',
      '   ',
    ]) {
      expect(isAllowedHref(href), JSON.stringify(href)).toBe(false)
    }
    expect(isAllowedHref(undefined)).toBe(false)
    expect(isAllowedHref(42)).toBe(false)
  })
})
