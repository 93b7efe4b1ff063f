/**
 * Sending feedback and suggestions as a visitor would, in Chromium, with and without
 * JavaScript: they arrive in the queue (checked through the admin REST API), invalid input
 * and the rate limit give the form back filled in, and the status link shows "received".
 *
 * The server runs without TRUST_PROXY, so the rate limit keys on the X-Forwarded-For that
 * Next fills in (or keeps); each test sends its own address so tests never share an allowance.
 *
 * Public pages carry no form token (the same HTML for every reader). With JavaScript the form
 * fetches one and waits out its first 3 s itself, so those tests press Send at once; without
 * JavaScript the first press brings the form back to "check and send", with a token that is
 * refused for its first 3 s, so those tests wait before the second press.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { ADMIN } from './env'

const MIN_FILL_MS = 3_200
let ipCounter = 0
const freshIp = () => `203.0.113.${(Date.now() % 200) + ++ipCounter}`
const asClient = (page: Page, ip = freshIp()) => page.setExtraHTTPHeaders({ 'x-forwarded-for': ip }).then(() => ip)
const unique = (label: string) => `${label} ${Date.now()}-${Math.random().toString(36).slice(2, 7)}`

async function adminAuth(request: APIRequestContext) {
  const res = await request.post('/api/users/login', { data: { email: ADMIN.email, password: ADMIN.password } })
  expect(res.status()).toBe(200)
  return { Authorization: `JWT ${(await res.json()).token}` }
}

/** The submissions whose message is exactly `message`, read by an admin. */
async function queued(request: APIRequestContext, message: string) {
  const headers = await adminAuth(request)
  const res = await request.get(`/api/submissions?depth=0&where[message][equals]=${encodeURIComponent(message)}`, {
    headers,
  })
  expect(res.status()).toBe(200)
  return (await res.json()).docs as Record<string, unknown>[]
}

async function noAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  )
  expect(summary, summary.join('\n')).toEqual([])
}

const feedbackRegion = (page: Page) => page.getByRole('region', { name: 'Was this page useful?' })
const suggestionRegion = (page: Page) => page.getByRole('region', { name: 'Suggest a resource or a correction' })

test.describe('with JavaScript', () => {
  test('feedback from a page is confirmed in place and arrives in the queue', async ({ page, request }) => {
    await asClient(page)
    // every request the form makes, to see it ask for a token once and send once
    const calls: string[] = []
    page.on('response', (r) => {
      const url = new URL(r.url())
      if (url.pathname.startsWith('/api/submit')) calls.push(`${r.request().method()} ${url.pathname} ${r.status()}`)
    })
    await page.goto('/principles')
    const form = feedbackRegion(page)
    await expect(form.locator('input[name="token"]')).toHaveValue('') // the page's HTML carries none
    const message = unique('The list could say which principle to start with.')
    await form.getByRole('radio', { name: 'No' }).check()
    await form.getByLabel('What would make it better?').fill(message)
    await expect(form.getByText(/characters left/)).toBeVisible()
    // pressed at once: the script waits until its token is old enough, no "too quick" for a quick reader
    await form.getByRole('button', { name: 'Send feedback' }).click()
    await expect(form.getByText('Thank you! We have received your feedback.')).toBeVisible()
    expect(calls).toEqual(['GET /api/submit/token 200', 'POST /api/submit 201'])
    await expect(page).toHaveURL(/\/principles$/) // no page change
    const statusLink = form.locator('a.status-link')
    await expect(statusLink).toHaveAttribute('href', /\/contribute\/status\/[A-Za-z0-9_-]{43}$/)

    const [doc] = await queued(request, message)
    expect(doc).toMatchObject({ kind: 'feedback', status: 'new', helpful: 'no', page: '/principles', locale: 'en' })

    await page.goto((await statusLink.getAttribute('href'))!)
    await expect(page.getByRole('heading', { level: 2, name: 'Received, waiting for review' })).toBeVisible()
    await expect(page.getByText(message)).toBeVisible()
  })

  test('a suggestion from /contribute, with credit, arrives; its email stays private', async ({ page, request }) => {
    await asClient(page)
    await page.goto('/contribute')
    const form = suggestionRegion(page)
    const message = unique('A guide to listening circles.')
    await form.getByLabel('Your suggestion').fill(message)
    await form.getByLabel(/^Link/).fill(`https://circles.example.org/guide-${Date.now()}`)
    await form.getByLabel(/^Title of the link/).fill('Listening circles')
    await form.getByLabel('Your name').fill('Casey Contributor')
    await form.getByLabel('Your email').fill('casey@example.org')
    await form.getByLabel('Credit me by name if this is added to the hub').check()
    await expect(form.getByText('It will appear as: “Suggested by Casey Contributor”.')).toBeVisible()
    await form.getByRole('button', { name: 'Send suggestion' }).click()
    await expect(form.getByText('Thank you! We have received your suggestion.')).toBeVisible()

    const [doc] = await queued(request, message)
    expect(doc).toMatchObject({
      kind: 'suggestion',
      status: 'new',
      name: 'Casey Contributor',
      email: 'casey@example.org',
      credit: true,
    })
    // anonymous reads never see it
    expect((await request.get(`/api/submissions/${doc!.id}`)).status()).toBe(403)
    const gql = await (
      await request.post('/api/graphql', { data: { query: `{ Submission(id: ${doc!.id}) { email moderatorNotes } }` } })
    ).json()
    expect(JSON.stringify(gql)).not.toContain('casey@example.org')
    expect(gql.errors?.[0]?.message).toMatch(/not allowed|forbidden/i)
  })

  test('invalid input is marked on the fields without a reload, and nothing typed is lost', async ({ page }) => {
    await asClient(page)
    await page.goto('/contribute')
    const form = suggestionRegion(page)
    const message = unique('Keep every word of this.')
    await form.getByLabel('Your suggestion').fill(message)
    await form.getByLabel(/^Link/).fill('ftp://files.example.org/x')
    await form.getByLabel('Your email').fill('not-an-email')
    await form.getByRole('button', { name: 'Send suggestion' }).click()
    const summary = form.getByRole('alert')
    await expect(summary).toBeFocused()
    await expect(summary.getByRole('link', { name: /Only web addresses starting with https:\/\// })).toHaveAttribute(
      'href',
      '#suggest-url',
    )
    await expect(form.getByLabel(/^Link/)).toHaveAttribute('aria-invalid', 'true')
    await expect(form.getByLabel('Your email')).toHaveAttribute('aria-invalid', 'true')
    await expect(form.getByLabel('Your suggestion')).toHaveValue(message)
    await expect(page).toHaveURL(/\/contribute$/)
    await noAxeViolations(page)

    // corrected and sent again at once: the token the first send did not use still serves
    await form.getByLabel(/^Link/).fill(`https://keep.example.org/${Date.now()}`)
    await form.getByLabel('Your email').fill('kept@example.org')
    await form.getByRole('button', { name: 'Send suggestion' }).click()
    await expect(form.getByText('Thank you! We have received your suggestion.')).toBeVisible()
  })

  test('the "check and send" page reads well: no accessibility violations', async ({ page }) => {
    const ip = await asClient(page)
    // a post without a token, as a browser without JavaScript sends it; its cookies are the page's
    const res = await page.request.post('/api/submit', {
      headers: { 'x-forwarded-for': ip, accept: 'text/html' },
      form: { kind: 'feedback', helpful: 'yes', message: 'Checked by axe.', page: '/principles', locale: 'en' },
      maxRedirects: 0,
    })
    expect(res.status()).toBe(303)
    await page.goto(res.headers()['location']!)
    await expect(page.getByRole('status').filter({ hasText: 'Nothing is sent yet' })).toBeVisible()
    await noAxeViolations(page)
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('feedback from a page leads to the thank-you page and a status link that shows "received"', async ({
    page,
    request,
  }) => {
    await asClient(page)
    await page.goto('/fr/principles')
    const form = page.getByRole('region', { name: 'Cette page vous a-t-elle été utile ?' })
    const message = unique('Un exemple de plus serait utile.')
    await form.getByRole('radio', { name: 'Oui' }).check()
    await form.getByLabel('Qu’est-ce qui la rendrait meilleure ?').fill(message)
    await form.getByRole('button', { name: 'Envoyer mon avis' }).click()

    // the page had no token to send: "check and send", everything kept, nothing stored yet
    await expect(page).toHaveURL(/\/fr\/contribute\/check\?check=[A-Za-z0-9_-]+#feedback-check-check$/)
    const check = page.getByRole('region', { name: 'Cette page vous a-t-elle été utile ?' })
    await expect(check.getByRole('status')).toContainText('Rien n’est encore envoyé')
    await expect(check.getByRole('status')).toContainText('puis appuyez sur « Envoyer mon avis »')
    await expect(check.getByRole('radio', { name: 'Oui' })).toBeChecked()
    await expect(check.getByLabel('Qu’est-ce qui la rendrait meilleure ?')).toHaveValue(message)
    await expect(page.getByRole('link', { name: '/fr/principles' })).toBeVisible()
    expect(await queued(request, message)).toHaveLength(0)

    await page.waitForTimeout(MIN_FILL_MS)
    await check.getByRole('button', { name: 'Envoyer mon avis' }).click()
    await expect(page).toHaveURL(/\/fr\/contribute\/thanks\?status=/)
    await expect(page.getByText('Merci ! Nous avons bien reçu votre avis.')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Revenir à la page que vous lisiez' })).toHaveAttribute(
      'href',
      '/fr/principles',
    )
    const [doc] = await queued(request, message)
    expect(doc).toMatchObject({ kind: 'feedback', status: 'new', helpful: 'yes', page: '/fr/principles', locale: 'fr' })

    await page.locator('a.status-link').click()
    await expect(page).toHaveURL(/\/fr\/contribute\/status\/[A-Za-z0-9_-]{43}$/)
    await expect(page.getByRole('heading', { level: 2, name: 'Reçu, en attente d’examen' })).toBeVisible()
  })

  test('an invalid suggestion comes back filled in with its messages; corrected, it is received', async ({
    page,
    request,
  }) => {
    await asClient(page)
    await page.goto('/contribute')
    let form = suggestionRegion(page)
    const message = unique('Line one\nLine two: a zine about listening.')
    await form.getByLabel('Your suggestion').fill(message)
    await form.getByLabel(/^Link/).fill('javascript:alert(1)')
    await form.getByLabel('Your name').fill('Dana')
    await form.getByLabel('Your email').fill('dana@')
    await form.getByLabel('Credit me by name if this is added to the hub').check()
    await form.getByRole('button', { name: 'Send suggestion' }).click()

    // what was wrong is shown, and nothing about the token the shared page could not carry
    await expect(page).toHaveURL(/\/contribute\?check=[A-Za-z0-9_-]+#suggest-errors$/)
    form = suggestionRegion(page)
    const summary = form.getByRole('alert')
    await expect(summary.getByRole('heading', { name: 'There is a problem with what you sent' })).toBeVisible()
    await expect(summary.getByRole('link')).toHaveCount(2)
    await expect(summary.getByRole('listitem')).toHaveCount(2)
    await expect(
      form.getByText('Only web addresses starting with https:// or http:// can be suggested.').first(),
    ).toBeVisible()
    await expect(form.getByLabel('Your suggestion')).toHaveValue(message)
    await expect(form.getByLabel(/^Link/)).toHaveValue('javascript:alert(1)')
    await expect(form.getByLabel(/^Link/)).toHaveAttribute('aria-invalid', 'true')
    await expect(form.getByLabel('Your name')).toHaveValue('Dana')
    await expect(form.getByLabel('Your email')).toHaveValue('dana@')
    await expect(form.getByLabel('Credit me by name if this is added to the hub')).toBeChecked()
    await expect(form.getByText('It will appear as: “Suggested by Dana”.')).toBeVisible()
    expect(await queued(request, message)).toHaveLength(0)

    await form.getByLabel(/^Link/).fill(`https://zines.example.org/listening-${Date.now()}`)
    await form.getByLabel('Your email').fill('dana@example.org')
    await page.waitForTimeout(MIN_FILL_MS)
    await form.getByRole('button', { name: 'Send suggestion' }).click()
    await expect(page).toHaveURL(/\/contribute\/thanks\?status=/)
    const [doc] = await queued(request, message)
    expect(doc).toMatchObject({ status: 'new', name: 'Dana', email: 'dana@example.org', credit: true })
    // a later visit to /contribute shows a clean form
    await page.goto('/contribute')
    await expect(page.locator('#suggest-errors')).toHaveAttribute('hidden', '')
  })

  test('over the rate limit: 429, then the form again with the text kept and the time to wait', async ({
    page,
    request,
  }) => {
    const ip = await asClient(page)
    // each form token stores one submission: six tokens, as six visits would fetch them
    const tokens: string[] = []
    for (let i = 0; i < 6; i++) {
      const res = await request.get('/api/submit/token?form=suggestion', { headers: { 'x-forwarded-for': ip } })
      expect(res.status()).toBe(200)
      tokens.push((await res.json()).token)
    }
    await page.waitForTimeout(MIN_FILL_MS)
    // use up this client's allowance (5 per 10 minutes) the way a script would
    for (let i = 0; i < 5; i++) {
      const res = await request.post('/api/submit', {
        headers: { 'x-forwarded-for': ip, accept: 'application/json' },
        form: { kind: 'correction', message: unique('Filler'), token: tokens[i]!, locale: 'en' },
      })
      expect(res.status(), `filler ${i}`).toBe(201)
    }
    const limited = await request.post('/api/submit', {
      headers: { 'x-forwarded-for': ip, accept: 'application/json' },
      form: { kind: 'correction', message: 'One too many', token: tokens[5]!, locale: 'en' },
    })
    expect(limited.status()).toBe(429)
    expect(Number(limited.headers()['retry-after'])).toBeGreaterThan(0)

    await page.goto('/contribute')
    const form = suggestionRegion(page)
    const message = unique('This careful text must survive the limit.')
    await form.getByLabel('Your suggestion').fill(message)
    // the first press only brings the form back to be checked: it counts nothing, stores nothing
    await form.getByRole('button', { name: 'Send suggestion' }).click()
    await expect(page).toHaveURL(/\/contribute\?check=[A-Za-z0-9_-]+#suggest-check$/)
    await page.waitForTimeout(MIN_FILL_MS)
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/submit'))
    await suggestionRegion(page).getByRole('button', { name: 'Send suggestion' }).click()
    expect((await answer).status()).toBe(429)
    await expect(page).toHaveURL(/\/contribute\?check=/)
    await expect(suggestionRegion(page).getByRole('alert')).toContainText('Please try again in 10 minutes')
    await expect(suggestionRegion(page).getByLabel('Your suggestion')).toHaveValue(message)
  })

  test('the contributor erases their name and email from the status page', async ({ page, request }) => {
    await asClient(page)
    await page.goto('/contribute')
    const form = suggestionRegion(page)
    const message = unique('Please credit me, then forget me.')
    await form.getByLabel('Your suggestion').fill(message)
    await form.getByLabel('Your name').fill('Erin Erasable')
    await form.getByLabel('Your email').fill('erin.erasable@example.org')
    await form.getByRole('button', { name: 'Send suggestion' }).click()
    // check and send: the note, what was typed, and the second press
    await expect(page).toHaveURL(/\/contribute\?check=[A-Za-z0-9_-]+#suggest-check$/)
    const check = suggestionRegion(page)
    await expect(check.getByRole('status').getByRole('heading')).toHaveText('Nothing is sent yet')
    await expect(check.getByRole('status')).toContainText(
      'Check what you wrote, then press “Send suggestion”. This extra step keeps out spam robots.',
    )
    await expect(check.getByLabel('Your suggestion')).toHaveValue(message)
    await expect(check.getByLabel('Your name')).toHaveValue('Erin Erasable')
    await expect(check.getByLabel('Your email')).toHaveValue('erin.erasable@example.org')
    await expect(check.locator('#suggest-errors')).toBeHidden()
    expect(await queued(request, message)).toHaveLength(0)
    await page.waitForTimeout(MIN_FILL_MS)
    await check.getByRole('button', { name: 'Send suggestion' }).click()
    await expect(page).toHaveURL(/\/contribute\/thanks\?status=/)
    await page.locator('a.status-link').click()
    await expect(page.getByText('erin.erasable@example.org')).toHaveCount(0)

    await page.getByRole('link', { name: 'Erase my name and email' }).click()
    await expect(page.getByRole('heading', { name: 'Erase your name and email?' })).toBeVisible()
    await page.getByRole('button', { name: 'Yes, erase them' }).click()
    await expect(page.getByText('Done: your name and email address have been erased.')).toBeVisible()
    const [doc] = await queued(request, message)
    expect(doc).toMatchObject({ name: null, email: null, credit: false })
    expect(doc!.erasedAt).toBeTruthy()
  })
})
