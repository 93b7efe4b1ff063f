/** Accounts for browser tests: REST tokens for setup, and signed-in admin pages of their own. */
import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test'
import { ADMIN } from './env'

export type Account = { email: string; password: string; name: string }

/** A new account description, unique per run. */
export const account = (label: string, name: string): Account => {
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`
  return { email: `e2e-${label}-${stamp}@example.test`, password: `e2e-${label}-password-1`, name }
}

export async function tokenFor(request: APIRequestContext, user: { email: string; password: string }): Promise<string> {
  const res = await request.post('/api/users/login', { data: { email: user.email, password: user.password } })
  expect(res.status(), `login of ${user.email}`).toBe(200)
  return (await res.json()).token as string
}

export const bearer = (token: string) => ({ Authorization: `JWT ${token}` })

/** Created by the e2e admin through REST. */
export async function createUser(request: APIRequestContext, user: Account, roles: string[]): Promise<number> {
  const res = await request.post('/api/users', {
    headers: bearer(await tokenFor(request, ADMIN)),
    data: { ...user, roles },
  })
  expect(res.status(), await res.text()).toBe(201)
  return (await res.json()).doc.id as number
}

export async function login(page: Page, email: string, password: string) {
  await page.goto('/admin/login')
  await page.getByLabel(/email/i).fill(email)
  await page.getByLabel(/password/i).fill(password)
  await page.getByRole('button', { name: /log ?in/i }).click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
}

/** A browser context of its own for one user (separate cookies), signed in to the admin. */
export async function as(browser: Browser, user: { email: string; password: string }) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await login(page, user.email, user.password)
  return { context, page, close: () => context.close() }
}
