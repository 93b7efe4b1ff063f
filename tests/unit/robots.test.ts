/** robots.txt: crawlers may read every public page, but not the admin, the API, search results or status pages. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import robots from '../../src/app/robots'

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
      ['/admin', '/api', '/contribute/status/', '/fr/contribute/status/', '/search', '/fr/search'].sort(),
    )
  })

  it('points at the sitemap on the public origin (SERVER_URL at request time)', () => {
    expect(robots().sitemap).toBe('https://hub.example.org/sitemap.xml')
    process.env.SERVER_URL = 'https://other.example.net/'
    expect(robots().sitemap).toBe('https://other.example.net/sitemap.xml')
  })
})
