import { expect, test, type Page } from '@playwright/test'

import { DEMO_USER_APIKEY } from '@/lib/emulator'

import { APP_URL, EMULATOR_URL } from './support/env'
import { recordSecret } from './support/secrets'

/** The headers every response carries, page or API (production server). */
function expectCommonHeaders(headers: Headers) {
  expect(headers.get('x-content-type-options')).toBe('nosniff')
  expect(headers.get('referrer-policy')).toBe('no-referrer')
  expect(headers.get('x-frame-options')).toBe('DENY')
  expect(headers.get('cross-origin-opener-policy')).toBe('same-origin')
  expect(headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains')
  const permissions = headers.get('permissions-policy') ?? ''
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
    expect(permissions).toContain(`${feature}=()`)
  }
  expect(headers.get('x-powered-by')).toBeNull()
}

/** Splits a CSP into its directives: { 'script-src': ["'self'", …], … }. */
function directives(policy: string | null): Map<string, string[]> {
  const parsed = new Map<string, string[]>()
  for (const part of (policy ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/)
    if (name) parsed.set(name, values)
  }
  return parsed
}

function nonceOf(policy: string | null): string {
  const nonce = /'nonce-([^']+)'/.exec(policy ?? '')?.[1]
  if (!nonce) throw new Error(`no nonce in ${policy}`)
  return nonce
}

function expectPagePolicy(policy: string | null) {
  const csp = directives(policy)
  const nonce = nonceOf(policy)
  expect(csp.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"])
  expect(csp.get('style-src')).toEqual(["'self'", `'nonce-${nonce}'`])
  expect(csp.get('img-src')).toEqual(["'self'", 'data:'])
  expect(csp.get('connect-src')).toEqual(["'self'"])
  expect(csp.get('font-src')).toEqual(["'self'"])
  expect(csp.get('object-src')).toEqual(["'none'"])
  expect(csp.get('base-uri')).toEqual(["'none'"])
  expect(csp.get('form-action')).toEqual(["'self'"])
  expect(csp.get('frame-ancestors')).toEqual(["'none'"])
  expect(policy).not.toContain('unsafe-inline')
  expect(policy).not.toContain('unsafe-eval')
}

/** Every <script> in the HTML carries the response's nonce; none runs without it. */
function expectScriptsCarryNonce(html: string, nonce: string) {
  const scripts = html.match(/<script\b[^>]*>/g) ?? []
  expect(scripts.length).toBeGreaterThan(0)
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`)
}

test('the page carries a nonce-based CSP and every security header', async () => {
  const response = await fetch(`${APP_URL}/`)
  expect(response.status).toBe(200)
  expectCommonHeaders(response.headers)

  const policy = response.headers.get('content-security-policy')
  expectPagePolicy(policy)
  expectScriptsCarryNonce(await response.text(), nonceOf(policy))
})

test('each page request gets a fresh nonce', async () => {
  const nonces = new Set<string>()
  for (let i = 0; i < 5; i++) {
    const response = await fetch(`${APP_URL}/`)
    nonces.add(nonceOf(response.headers.get('content-security-policy')))
  }
  expect(nonces.size).toBe(5)
})

test('API answers carry the security headers and a CSP that allows nothing', async () => {
  for (const [method, path] of [
    ['GET', '/api/session'],
    ['GET', '/api/health'],
    ['POST', '/api/token'],
  ]) {
    const response = await fetch(`${APP_URL}${path}`, { method })
    expectCommonHeaders(response.headers)
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    )
  }
})

test('a missing page is a 404 with the same headers and nonce-marked scripts', async () => {
  const response = await fetch(`${APP_URL}/no-such-page`)
  expect(response.status).toBe(404)
  expectCommonHeaders(response.headers)
  const policy = response.headers.get('content-security-policy')
  expectPagePolicy(policy)
  expectScriptsCarryNonce(await response.text(), nonceOf(policy))
})

test('static assets carry nosniff and the other common headers', async ({ page }) => {
  const scripts: string[] = []
  page.on('response', (response) => {
    if (response.url().includes('/_next/static/')) scripts.push(response.url())
  })
  await page.goto('/')
  expect(scripts.length).toBeGreaterThan(0)

  const asset = await fetch(scripts[0] ?? '')
  expect(asset.status).toBe(200)
  expectCommonHeaders(asset.headers)
})

/** Collects console errors and warnings, uncaught errors and CSP violations on the page. */
async function watchForProblems(page: Page): Promise<string[]> {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`${message.type()}: ${message.text()}`)
    }
  })
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  // Playwright's init scripts are exempt from the page's CSP, so this listener always runs.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  return problems
}

test('getting, copying and forgetting a token raises no console error or CSP violation', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const problems = await watchForProblems(page)

  await page.goto('/')
  await page.getByLabel('API key').fill(DEMO_USER_APIKEY)
  await page.getByRole('button', { name: 'Get token' }).click()
  await expect(page.getByTestId('token-card')).toBeVisible()
  await expect(page.getByTestId('countdown')).toBeVisible()

  await page.getByRole('button', { name: /Copy the access token/ }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'Copied the access token' }),
  ).toBeVisible()
  recordSecret('token', await page.evaluate(() => navigator.clipboard.readText()))

  await page.reload()
  await expect(page.getByTestId('countdown')).toBeVisible()
  await page.getByRole('button', { name: 'Forget token' }).click()
  await expect(page.getByTestId('no-token')).toBeVisible()

  expect(problems).toEqual([])
})

test('the walkthrough page raises no console error or CSP violation', async ({ page }) => {
  const problems = await watchForProblems(page)

  await page.goto('/walkthrough')
  await expect(page.getByTestId('walkthrough-progress')).toBeVisible()
  await expect(page.getByRole('progressbar', { name: 'Walkthrough progress' })).toBeVisible()

  expect(problems).toEqual([])
})

test('the 404 page runs its scripts under the CSP and links back to the workbench', async ({
  page,
}) => {
  const problems = await watchForProblems(page)

  const response = await page.goto('/no-such-page')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await page.getByRole('link', { name: 'Go to the workbench' }).click()
  await expect(page.getByLabel('API key')).toBeVisible()

  // The browser reports the document's own 404 status; nothing else may appear.
  const documentStatus = /Failed to load resource: the server responded with a status of 404/
  expect(problems.filter((problem) => !documentStatus.test(problem))).toEqual([])
})

/** Puts `src` in an iframe of a blank page and waits until the frame has loaded (or failed). */
async function frameOf(page: Page, src: string) {
  await page.setContent('<iframe title="embedded"></iframe>')
  await page.locator('iframe').evaluate(
    (frame: HTMLIFrameElement, url) =>
      new Promise<void>((resolve) => {
        frame.addEventListener('load', () => resolve(), { once: true })
        frame.src = url
      }),
    src,
  )
  return page.frameLocator('iframe[title="embedded"]')
}

test('another site cannot show the page in a frame', async ({ page }) => {
  // Control: a page without frame-ancestors (the emulator's discovery document) does load.
  const control = await frameOf(page, `${EMULATOR_URL}/identity/.well-known/openid-configuration`)
  await expect(control.getByText('issuer')).toBeVisible()

  const workbench = await frameOf(page, `${APP_URL}/`)
  await expect(workbench.getByText('IAM Token Workbench')).toHaveCount(0)
  await expect(workbench.getByLabel('API key')).toHaveCount(0)
})

test('pages that embed the session token are never stored by any cache', async () => {
  // A session, so the pages' HTML and server-component data really carry a token.
  const owner = await fetch(`${APP_URL}/api/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ apikey: DEMO_USER_APIKEY }),
  })
  const cookie = (owner.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const token = ((await owner.json()) as { accessToken: string }).accessToken
  recordSecret('token', token)

  for (const path of ['/', '/walkthrough']) {
    const variants: Record<string, string>[] = [{ cookie }, { cookie, RSC: '1' }]
    for (const headers of variants) {
      const response = await fetch(`${APP_URL}${path}`, { headers })
      expect(await response.text(), `${path} carries the token`).toContain(token)
      expect(response.headers.get('cache-control'), path).toMatch(/\bno-store\b/)
      expect(response.headers.get('cache-control'), path).toMatch(/\bprivate\b/)
    }
  }
})
