/** robots.txt: crawlers may read every public page, but not the admin, the API, search results or status pages. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import robots from '@/app/robots'

const previous = process.env.SERVER_URL
beforeAll(() => {
  process.env.SERVER_URL = 'https://hub.example.org'
})
afterAll(() => {
  process.env.SERVER_URL = previous
})

describe('robots', () => {
  it('allows the public site and keeps crawlers off private and endless pages, in both languages', () => {
    const { rules } = robots()
    const rule = Array.isArray(rules) ? rules[0]! : rules
    expect(rule.userAgent).toBe('*')
    expect(rule.allow).toBe('/')
    expect([...(rule.disallow as string[])].sort()).toEqual(
      [
        '/admin$',
        '/admin/',
        '/api/',
        '/contribute/status/',
        '/fr/contribute/status/',
        '/search$',
        '/search?',
        '/fr/search$',
        '/fr/search?',
      ].sort(),
    )
  })

  it('keeps free pages whose slugs start like a private path crawlable (robots.txt matching: prefix, `$` ends)', () => {
    const rule = (() => {
      const { rules } = robots()
      return Array.isArray(rules) ? rules[0]! : rules
    })()
    const blocked = (path: string) =>
      (rule.disallow as string[]).some((d) => (d.endsWith('$') ? path === d.slice(0, -1) : path.startsWith(d)))
    for (const path of [
      '/search',
      '/search?q=allies',
      '/fr/search?q=x',
      '/admin',
      '/admin/collections/users',
      '/api/users',
      '/contribute/status/abc',
    ]) {
      expect(blocked(path), path).toBe(true)
    }
    for (const path of ['/search-tips', '/administration', '/apiary', '/resources', '/fr/search-tips', '/contribute']) {
      expect(blocked(path), path).toBe(false)
    }
  })

  it('points at the sitemap on the public origin (SERVER_URL at request time)', () => {
    expect(robots().sitemap).toBe('https://hub.example.org/sitemap.xml')
    process.env.SERVER_URL = 'https://other.example.net/'
    expect(robots().sitemap).toBe('https://other.example.net/sitemap.xml')
  })
})
