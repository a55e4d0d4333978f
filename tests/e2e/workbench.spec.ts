import { expect, test, type Page } from '@playwright/test'

import { DEMO_USER, DEMO_USER_APIKEY } from '@/lib/emulator'
import { SESSION_COOKIE_NAME } from '@/lib/session/cookie-name'

import { recordSecret } from './support/secrets'
import { serverLog } from './support/server-log'
import { collectResponses } from './support/responses'

async function getToken(page: Page, apikey = DEMO_USER_APIKEY) {
  await page.getByLabel('API key').fill(apikey)
  await page.getByLabel('API key').press('Enter')
  await expect(page.getByTestId('token-card')).toBeVisible()
}

async function sessionToken(page: Page): Promise<string> {
  const body = (await (await page.request.get('/api/session')).json()) as {
    token: { accessToken: string } | null
  }
  if (!body.token) throw new Error('no token in the session')
  recordSecret('token', body.token.accessToken)
  return body.token.accessToken
}

test.beforeEach(async ({ page }) => {
  await page.goto('/')
})

test('a key becomes a token with its details, countdown and a cleared key field', async ({
  page,
}) => {
  await expect(page.getByTestId('no-token')).toBeVisible()
  await getToken(page)

  await expect(page.getByLabel('API key')).toHaveValue('')
  const card = page.getByTestId('token-card')
  await expect(card.getByText('Bearer', { exact: true })).toBeVisible()
  await expect(card.getByText('ibm openid')).toBeVisible()
  await expect(card.getByText(DEMO_USER.name, { exact: true })).toBeVisible()
  await expect(card.getByText(DEMO_USER.account.bss)).toBeVisible()
  await expect(card.getByText('60 minutes')).toBeVisible()
  await expect(card.getByText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC/).first()).toBeVisible()

  await expect(page.getByTestId('countdown-clock')).toHaveText(/^59:[45]\d$/)
  await expect(page.getByRole('progressbar', { name: 'Token lifetime remaining' })).toHaveAttribute(
    'aria-valuenow',
    /^(99|100)$/,
  )
})

test('the token is masked until revealed, and copying says what was copied', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await getToken(page)
  const token = await sessionToken(page)

  const value = page.getByTestId('token-value')
  await expect(value).not.toContainText(token)
  await expect(value).toContainText('••••')

  await page.getByRole('button', { name: 'Reveal' }).click()
  await expect(value).toHaveText(token)
  await page.getByRole('button', { name: 'Hide' }).click()
  await expect(value).not.toContainText(token)

  await page.getByRole('button', { name: /Copy the access token/ }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'Copied the access token' }),
  ).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token)
})

test('a reload keeps the token, from the cookie and not from page storage', async ({ page }) => {
  await getToken(page)
  const token = await sessionToken(page)

  await page.reload()
  await expect(page.getByTestId('token-card')).toBeVisible()
  await page.getByRole('button', { name: 'Reveal' }).click()
  await expect(page.getByTestId('token-value')).toHaveText(token)

  const storage = await page.evaluate(() => ({
    local: Object.keys(localStorage).length,
    session: Object.keys(sessionStorage).length,
    cookie: document.cookie,
  }))
  expect(storage).toEqual({ local: 0, session: 0, cookie: '' })
})

test('"Forget token" ends the session', async ({ page, context }) => {
  await getToken(page)
  await page.getByRole('button', { name: 'Forget token' }).click()

  await expect(page.getByTestId('no-token')).toBeVisible()
  const cookies = await context.cookies()
  expect(cookies.filter((c) => c.name.startsWith(SESSION_COOKIE_NAME) && c.value)).toEqual([])
  await page.reload()
  await expect(page.getByTestId('no-token')).toBeVisible()
})

test("a wrong key shows IAM's sentence and code, never the key", async ({ page }) => {
  const wrongKey = 'test-only-wrong-key-0000000000000000000000'
  recordSecret('apikey', wrongKey)
  await page.getByLabel('API key').fill(wrongKey)
  await page.getByRole('button', { name: 'Get token' }).click()

  // Next.js renders an empty route announcer with role=alert as well.
  const alert = page.getByRole('alert').filter({ hasText: /\S/ })
  await expect(alert).toContainText('Provided API key could not be found')
  await expect(alert).toContainText('BXNIM0415E')
  await expect(alert).toContainText('create a new one')
  await expect(alert).not.toContainText(wrongKey)
  await expect(page.getByTestId('no-token')).toBeVisible()
  expect(await page.content()).not.toContain(wrongKey)
})

test('a pasted access token is refused with advice', async ({ page }) => {
  await page.getByLabel('API key').fill('Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl')
  await page.getByRole('button', { name: 'Get token' }).click()
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toContainText(
    'This is an access token, not an API key',
  )
})

test('the key never appears in responses, HTML, storage, cookies, the URL or the server log', async ({
  page,
  context,
}) => {
  const responses = collectResponses(page)

  await getToken(page)
  await page.reload()
  await expect(page.getByTestId('token-card')).toBeVisible()
  const token = await sessionToken(page)

  expect(page.url()).not.toContain(DEMO_USER_APIKEY)
  expect(await page.content()).not.toContain(DEMO_USER_APIKEY)
  const texts = await responses.texts()
  expect(texts.length).toBeGreaterThan(3)
  for (const text of texts) expect(text).not.toContain(DEMO_USER_APIKEY)
  const cookies = JSON.stringify(await context.cookies())
  expect(cookies).not.toContain(DEMO_USER_APIKEY)
  expect(cookies).not.toContain(token.slice(40, 80))
  const stored = await page.evaluate(() =>
    JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie]),
  )
  expect(stored).not.toContain(DEMO_USER_APIKEY)

  const log = serverLog()
  expect(log).toContain('"route":"POST /api/token"')
  expect(log).not.toContain(DEMO_USER_APIKEY)
  expect(log).not.toContain(token.split('.')[2])
})

test('the countdown changes colour at 10 and 2 minutes and ends in "Expired"', async ({ page }) => {
  await page.clock.install()
  await page.goto('/')
  await getToken(page)

  const countdown = page.getByTestId('countdown')
  await expect(countdown).toHaveAttribute('data-urgency', 'ok')

  await page.clock.fastForward('50:30')
  await expect(countdown).toHaveAttribute('data-urgency', 'soon')
  await expect(page.getByTestId('countdown-clock')).toHaveText(/^0\d:\d\d$/)

  await page.clock.fastForward('08:00')
  await expect(countdown).toHaveAttribute('data-urgency', 'critical')

  await page.clock.fastForward('02:00')
  await expect(countdown).toHaveAttribute('data-urgency', 'expired')
  await expect(page.getByTestId('countdown-clock')).toHaveText('Expired')
  await page.getByRole('button', { name: 'Get a new token' }).click()
  await expect(page.getByLabel('API key')).toBeFocused()
})
