import { expect, test, type Page } from '@playwright/test'

import { DEMO_USER_APIKEY } from '@/lib/emulator'

import { emulatorControl } from './support/emulator-control'
import { APP_URL } from './support/env'
import { recordSessionToken } from './support/secrets'
import { collectResponses } from './support/responses'

async function getToken(page: Page, { remember }: { remember: boolean }) {
  await page.getByLabel('API key').fill(DEMO_USER_APIKEY)
  if (remember) await page.getByLabel('Remember my key for renewal').check()
  await page.getByRole('button', { name: 'Get token' }).click()
  await expect(page.getByTestId('token-card')).toBeVisible()
  await recordSessionToken(page.request)
}

async function sessionToken(page: Page): Promise<string | null> {
  const body = await (await page.request.get('/api/session')).json()
  return body.token?.accessToken ?? null
}

/**
 * A page on Playwright's clock holding a token from a remembered key, with auto-renew on and
 * scheduled, and the emulator's counters at zero. Answers the token it holds.
 */
async function startAutoRenewing(page: Page): Promise<string | null> {
  await page.clock.install()
  await page.goto('/')
  await getToken(page, { remember: true })
  const first = await sessionToken(page)
  await page.getByLabel('Auto-renew at 80 % of the lifetime').check()
  await expect(page.getByTestId('auto-renew-status')).toContainText('next renewal at')
  await emulatorControl.resetStats()
  return first
}

test.afterEach(async () => {
  await emulatorControl.clearFaults()
})

test('"Renew now" gets a fresh token with the remembered key', async ({ page }) => {
  await page.goto('/')
  await getToken(page, { remember: true })
  const first = await sessionToken(page)
  await emulatorControl.resetStats()

  await page.getByRole('button', { name: 'Renew now' }).click()
  await expect.poll(() => sessionToken(page)).not.toBe(first)
  expect((await emulatorControl.stats()).tokenRequests).toBe(1)
  await expect(page.getByTestId('token-card')).toContainText('Your key is remembered for renewal')
})

test('renewal is refused without a remembered key', async ({ page }) => {
  await page.goto('/')
  await getToken(page, { remember: false })
  await expect(page.getByRole('button', { name: 'Renew now' })).toHaveCount(0)
  await expect(page.getByLabel('Auto-renew at 80 % of the lifetime')).toBeDisabled()

  const response = await page.request.post('/api/token/renew', {
    headers: { Origin: APP_URL },
  })
  expect(response.status()).toBe(409)
  const body = await response.json()
  expect(body.error.code).toBe('no_remembered_key')
  expect(body.error.message).toMatch(/Remember my key for renewal/)
})

test('auto-renew fires at 80 % of the lifetime, with exactly one token request', async ({
  page,
}) => {
  const first = await startAutoRenewing(page)

  await page.clock.fastForward('47:00')
  expect((await emulatorControl.stats()).tokenRequests).toBe(0)

  await page.clock.fastForward('01:10')
  await expect.poll(() => sessionToken(page)).not.toBe(first)
  await expect(page.getByTestId('countdown-clock')).toHaveText(/^59:[45]\d$/)
  expect((await emulatorControl.stats()).tokenRequests).toBe(1)
})

test('auto-renew stops with a visible message when IAM rejects the key', async ({ page }) => {
  await page.clock.install()
  await page.goto('/')
  await getToken(page, { remember: true })
  await page.getByLabel('Auto-renew at 80 % of the lifetime').check()
  await emulatorControl.setFault({ kind: 'status', status: 400 })
  await emulatorControl.resetStats()

  await page.clock.fastForward('48:10')
  const alert = page.getByRole('alert').filter({ hasText: 'Auto-renew stopped' })
  await expect(alert).toContainText('IAM rejected this API key')
  await expect(alert).toContainText('The remembered key has been forgotten')

  // Nothing more is tried: the key is gone from the session.
  await page.clock.fastForward('05:00')
  expect((await emulatorControl.stats()).tokenRequests).toBe(1)
  await expect(page.getByLabel('Auto-renew at 80 % of the lifetime')).toBeDisabled()
})

test('the tab title carries the time left and then "Expired"; snippets go stale', async ({
  page,
}) => {
  await page.clock.install()
  await page.goto('/')
  await getToken(page, { remember: false })
  await expect(page).toHaveTitle(/^59:\d\d · IAM token$/)

  await page.clock.fastForward('01:00:00')
  await expect(page).toHaveTitle('Expired · IAM token')
  await expect(page.getByTestId('snippets-stale')).toContainText('Stale')
})

test('a browser clock 3 minutes fast is named and corrected for', async ({ page }) => {
  await page.clock.install({ time: Date.now() + 3 * 60_000 })
  await page.goto('/')
  await getToken(page, { remember: false })

  await expect(page.getByTestId('clock-skew')).toHaveText(
    /^Your clock is (2 min 5\d s|3 min|3 min \d s) fast; the countdown is corrected\.$/,
  )
  await expect(page.getByTestId('countdown-clock')).toHaveText(/^59:[45]\d$/)
})

test('open tabs stay in sync when a token is fetched, renewed or forgotten', async ({
  context,
}) => {
  const first = await context.newPage()
  const second = await context.newPage()
  await first.goto('/')
  await second.goto('/')

  await getToken(first, { remember: true })
  await expect(second.getByTestId('token-card')).toBeVisible()

  await second.getByRole('button', { name: 'Reveal' }).click()
  const before = await second.getByTestId('token-value').textContent()
  await first.getByRole('button', { name: 'Renew now' }).click()
  await expect(second.getByTestId('token-value')).not.toHaveText(before ?? '')

  await second.getByRole('button', { name: 'Forget token' }).click()
  await expect(first.getByTestId('no-token')).toBeVisible()
})

test('only one of several open tabs auto-renews', async ({ context }) => {
  await context.clock.install()
  const first = await context.newPage()
  const second = await context.newPage()
  await first.goto('/')
  await second.goto('/')
  await getToken(first, { remember: true })
  await first.getByLabel('Auto-renew at 80 % of the lifetime').check()
  await expect(second.getByLabel('Auto-renew at 80 % of the lifetime')).toBeChecked()
  await emulatorControl.resetStats()

  await context.clock.fastForward('48:10')
  await expect.poll(async () => (await emulatorControl.stats()).tokenRequests).toBe(1)
  await context.clock.fastForward('00:30')
  expect((await emulatorControl.stats()).tokenRequests).toBe(1)
})

test('the remembered key appears in no response, HTML or readable cookie', async ({
  page,
  context,
}) => {
  const responses = collectResponses(page)
  await page.goto('/')
  await getToken(page, { remember: true })
  await page.getByRole('button', { name: 'Renew now' }).click()
  await expect(page.getByRole('button', { name: 'Renew now' })).toBeEnabled()
  await page.reload()
  await expect(page.getByTestId('token-card')).toBeVisible()

  const texts = await responses.texts()
  expect(texts.length).toBeGreaterThan(3)
  for (const text of texts) expect(text).not.toContain(DEMO_USER_APIKEY)
  expect(await page.content()).not.toContain(DEMO_USER_APIKEY)
  expect(await page.evaluate(() => document.cookie)).toBe('')
  expect(JSON.stringify(await context.cookies())).not.toContain(DEMO_USER_APIKEY)
})

test('auto-renew catches up after the computer slept past the renewal time', async ({ page }) => {
  const first = await startAutoRenewing(page)

  // A suspended machine: the clock jumps 50 minutes and no timer fired meanwhile.
  await page.clock.setSystemTime(Date.now() + 50 * 60_000)
  await page.clock.runFor(2_000)

  await expect.poll(() => sessionToken(page)).not.toBe(first)
  await recordSessionToken(page.request)
  expect((await emulatorControl.stats()).tokenRequests).toBe(1)
})

test('"Forget token" during a slow renewal still ends the session, key included', async ({
  page,
  context,
}) => {
  await page.goto('/')
  await getToken(page, { remember: true })
  await emulatorControl.setFault({ kind: 'slow', delayMs: 1_500, times: 1 })

  const renewal = page.waitForResponse('**/api/token/renew')
  await page.getByRole('button', { name: 'Renew now' }).click()
  await expect(page.getByRole('button', { name: 'Renewing…' })).toBeVisible()
  await page.getByRole('button', { name: 'Forget token' }).click()

  await expect(page.getByTestId('no-token')).toBeVisible()
  await expect(page.getByLabel('API key')).toBeFocused()
  // Once the renewal has answered, its cookie must not have brought the session back.
  expect((await renewal).status()).toBe(200)
  const session = await (await page.request.get('/api/session')).json()
  expect(session).toMatchObject({ token: null, keyRemembered: false })
  expect((await context.cookies()).filter((cookie) => cookie.value !== '')).toEqual([])
  await page.reload()
  await expect(page.getByTestId('no-token')).toBeVisible()
})
