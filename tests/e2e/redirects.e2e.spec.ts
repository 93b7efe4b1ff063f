/**
 * A changed slug keeps its old URL working, over real HTTP against the production server: the
 * old path answers 308 to the new one in English and French (query kept), through one hop only
 * after a second change, and the reader lands on the page.
 */
import { expect, test } from '@playwright/test'
import { account, bearer, createUser, tokenFor } from './accounts'

test('an old slug answers 308 to the new one in both languages, and a chain never forms', async ({ request, page }) => {
  const editor = account('redir-editor', 'Rae Editor')
  const reviewer = account('redir-reviewer', 'Rio Reviewer')
  await createUser(request, editor, ['editor'])
  await createUser(request, reviewer, ['reviewer'])
  const asEditor = bearer(await tokenFor(request, editor))
  const asReviewer = bearer(await tokenFor(request, reviewer))
  const stamp = Date.now().toString(36)
  const [a, b, c] = ['a', 'b', 'c'].map((s) => `moved-${stamp}-${s}`) as [string, string, string]

  const created = await request.post('/api/resources?draft=true', {
    headers: asEditor,
    data: {
      title: `Moved ${stamp}`,
      slug: a,
      url: 'https://example.org/moved',
      summary: 'S.',
      kind: 'article',
      language: 'en',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const id = (await created.json()).doc.id as number
  const publish = async () =>
    expect(
      (await request.patch(`/api/resources/${id}`, { headers: asReviewer, data: { _status: 'published' } })).status(),
    ).toBe(200)
  const rename = async (slug: string) => {
    expect(
      (await request.patch(`/api/resources/${id}?draft=true`, { headers: asEditor, data: { slug } })).status(),
    ).toBe(200)
    await publish()
  }
  const hop = async (path: string) => {
    const res = await request.get(path, { maxRedirects: 0 })
    const location = res.headers()['location']
    if (!location) return { status: res.status(), location: null }
    const to = new URL(location, 'http://same.origin')
    // on this site, wherever SERVER_URL points
    expect(to.origin === 'http://same.origin' || to.origin === new URL(res.url()).origin).toBe(true)
    return { status: res.status(), location: to.pathname + to.search }
  }
  await publish()
  expect((await hop(`/resources/${a}`)).status).toBe(200)

  await rename(b)
  expect(await hop(`/resources/${a}`)).toEqual({ status: 308, location: `/resources/${b}` })
  expect(await hop(`/fr/resources/${a}?from=list`)).toEqual({ status: 308, location: `/fr/resources/${b}?from=list` })

  await rename(c)
  for (const old of [a, b]) {
    expect(await hop(`/resources/${old}`)).toEqual({ status: 308, location: `/resources/${c}` })
    expect(await hop(`/fr/resources/${old}`)).toEqual({ status: 308, location: `/fr/resources/${c}` })
  }
  await page.goto(`/fr/resources/${a}`)
  expect(new URL(page.url()).pathname).toBe(`/fr/resources/${c}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Moved ${stamp}`)

  // a slug nothing ever had is still a plain 404
  expect((await hop(`/resources/never-${stamp}`)).status).toBe(404)
})
