import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { DEMO_SERVICE_ID, DEMO_USER, DEMO_USER_APIKEY } from '@/lib/emulator'

import { emulatorControl } from './support/emulator-control'
import { accessTokenFor, forged, mintToken, nowSeconds } from './support/inspect'

const FIELD = 'Token, Bearer header, or ibmcloud output'

async function inspect(page: Page, input: string) {
  await page.getByLabel(FIELD).fill(input)
  await page.getByRole('button', { name: 'Inspect', exact: true }).click()
}

test.beforeEach(async ({ page }) => {
  await page.goto('/')
})

test('pasted CLI output is recognised, verified and explained', async ({ page }) => {
  const token = await mintToken({ identity: 'serviceId', claims: { team: 'data' } })
  await inspect(page, `IAM token:  Bearer ${token}\nUAA token:  Bearer ${await mintToken()}`)

  const result = page.getByTestId('inspect-result')
  await expect(page.getByTestId('kind-badge')).toHaveText('Output of ibmcloud iam oauth-tokens')
  await expect(page.getByTestId('verification-badge')).toHaveText('Verified')
  await expect(page.getByTestId('verification-badge')).toHaveAttribute('data-tone', 'verified')
  await expect(page.getByRole('status').filter({ hasText: 'Inspected. Verified.' })).toBeAttached()
  await expect(result.getByText('the UAA token line (for Cloud Foundry) was ignored')).toBeVisible()
  await expect(result.getByText(`: ${DEMO_SERVICE_ID.name}`)).toBeVisible()
  await expect(result.getByText(DEMO_SERVICE_ID.account.bss).first()).toBeVisible()

  const claims = page.getByTestId('claims-table')
  await expect(claims.getByRole('row', { name: /Grant type/ })).toContainText('API key')
  await expect(claims.getByRole('row', { name: /Subject type/ })).toContainText(
    'the subject is a service ID',
  )
  await expect(claims.getByRole('row', { name: /Other claim team/ })).toContainText('"data"')

  await page.getByText('Raw header and claims (JSON)').click()
  await expect(page.getByTestId('raw-header')).toContainText('"alg": "RS256"')
  await expect(page.getByTestId('raw-claims')).toContainText('"team": "data"')
})

test('paste, inspect, "Use this token": the token card counts it down, and a reload keeps it', async ({
  page,
}) => {
  const iat = nowSeconds()
  const token = await mintToken({ identity: 'serviceId', iat, exp: iat + 1800 })
  await expect(page.getByTestId('no-token')).toBeVisible()
  await inspect(page, `"Bearer ${token.slice(0, 600)}\n${token.slice(600)}"`)
  await expect(page.getByTestId('inspect-time-left')).toHaveText(/^29:\d\d$/)

  await page.getByRole('button', { name: 'Use this token' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'This token is now the workbench token.' }),
  ).toBeVisible()

  const card = page.getByTestId('token-card')
  await expect(card).toBeVisible()
  await expect(page.getByTestId('countdown-clock')).toHaveText(/^29:[0-4]\d$/)
  await expect(card.getByText(DEMO_SERVICE_ID.name, { exact: true })).toBeVisible()
  await expect(card.getByText('30 minutes')).toBeVisible()
  // Another person's key is not behind an adopted token, so there is nothing to look up.
  await expect(card.getByRole('button', { name: 'Who owns this key?' })).toHaveCount(0)

  await page.reload()
  await expect(page.getByTestId('countdown-clock')).toHaveText(/^29:[0-4]\d$/)
  await page.getByRole('button', { name: 'Reveal' }).click()
  await expect(page.getByTestId('token-value')).toHaveText(token)
  const stored = await page.evaluate(() => localStorage.length + sessionStorage.length)
  expect(stored).toBe(0)
  expect(page.url()).not.toContain(token.slice(0, 20))
})

test('an API key pasted for inspection is refused in the page, cleared, never sent', async ({
  page,
}) => {
  await emulatorControl.resetStats()
  const inspectRequests: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/api/')) inspectRequests.push(request.url())
  })

  await inspect(page, DEMO_USER_APIKEY)

  const alert = page.getByRole('alert').filter({ hasText: /\S/ })
  await expect(alert).toContainText('This looks like an API key, not a token.')
  await expect(alert).toContainText('The field was cleared.')
  await expect(alert).not.toContainText(DEMO_USER_APIKEY)
  await expect(page.getByLabel(FIELD)).toHaveValue('')
  expect(inspectRequests).toEqual([])
  expect((await emulatorControl.stats()).tokenRequests).toBe(0)
  expect(await page.content()).not.toContain(DEMO_USER_APIKEY)
})

test('an expired token shows a warning and cannot be used', async ({ page }) => {
  const iat = nowSeconds() - 4000
  await inspect(page, await mintToken({ iat, exp: iat + 3600 }))

  await expect(page.getByTestId('verification-badge')).toHaveText('Not verified: expired')
  await expect(page.getByTestId('expired-warning')).toContainText(
    /This token expired 6 min \d+ s ago/,
  )
  await expect(page.getByTestId('inspect-time-left')).toHaveText('Expired')
  await expect(page.getByRole('button', { name: 'Use this token' })).toBeDisabled()
})

test('a forged token is shown in red as not verified, and cannot be used', async ({ page }) => {
  await inspect(page, forged(await accessTokenFor(DEMO_USER_APIKEY), { name: 'Mallory' }))

  const badge = page.getByTestId('verification-badge')
  await expect(badge).toHaveText('Not verified: bad signature')
  await expect(badge).toHaveAttribute('data-tone', 'failed')
  await expect(page.getByTestId('verification-message')).toContainText('Do not trust what it says')
  await expect(page.getByRole('button', { name: 'Use this token' })).toBeDisabled()
})

test('the time left runs out while the result is on screen', async ({ page }) => {
  await page.clock.install()
  await page.goto('/')
  const iat = nowSeconds()
  await inspect(page, await mintToken({ iat, exp: iat + 120 }))
  await expect(page.getByTestId('inspect-time-left')).toHaveText(/^01:\d\d$/)
  await expect(page.getByRole('button', { name: 'Use this token' })).toBeEnabled()

  await page.clock.fastForward('02:30')
  await expect(page.getByTestId('inspect-time-left')).toHaveText('Expired')
  await expect(page.getByTestId('expired-warning')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Use this token' })).toBeDisabled()
})

test('"Who owns this key?" asks for the key again, shows its owner and empties the field', async ({
  page,
}) => {
  await page.getByLabel('API key').fill(DEMO_USER_APIKEY)
  await page.getByLabel('API key').press('Enter')
  const owner = page.getByTestId('key-owner')
  await owner.getByRole('button', { name: 'Who owns this key?' }).click()

  const field = page.getByLabel('Paste the key again to look it up (it is not kept)')
  await expect(field).toBeFocused()
  await field.fill(DEMO_USER_APIKEY)
  await owner.getByRole('button', { name: 'Look up' }).click()

  const facts = page.getByTestId('key-owner-facts')
  await expect(facts).toContainText(DEMO_USER.apikeyRecord.name)
  await expect(facts).toContainText(DEMO_USER.iamId)
  await expect(facts).toContainText(DEMO_USER.account.bss)
  await expect(facts).toContainText('2025-01-15 09:30:00 UTC')
  await expect(field).toHaveCount(0)
  expect(await page.content()).not.toContain(DEMO_USER_APIKEY)
})

test('with the key remembered, "Who owns this key?" answers without asking for it', async ({
  page,
}) => {
  await page.getByLabel('API key').fill(DEMO_USER_APIKEY)
  await page.getByLabel('Remember my key for renewal').check()
  await page.getByRole('button', { name: 'Get token' }).click()
  await page.getByRole('button', { name: 'Who owns this key?' }).click()

  await expect(page.getByTestId('key-owner-facts')).toContainText(DEMO_USER.apikeyRecord.name)
  await expect(page.getByLabel('Paste the key again to look it up (it is not kept)')).toHaveCount(0)
})

test('a wrong key for "Who owns this key?" shows IAM\'s refusal and empties the field', async ({
  page,
}) => {
  await page.getByLabel('API key').fill(DEMO_USER_APIKEY)
  await page.getByLabel('API key').press('Enter')
  await page.getByRole('button', { name: 'Who owns this key?' }).click()

  const field = page.getByLabel('Paste the key again to look it up (it is not kept)')
  await field.fill('test-only-wrong-key-0000000000000000000000')
  await page.getByRole('button', { name: 'Look up' }).click()

  const alert = page.getByTestId('key-owner').getByRole('alert')
  await expect(alert).toContainText('Provided API key could not be found')
  await expect(field).toHaveValue('')
})

test('the inspect panel with a result has no accessibility violations, light or dark', async ({
  page,
}) => {
  const iat = nowSeconds() - 4000
  await inspect(page, await mintToken({ iat, exp: iat + 3600, claims: { team: 'data' } }))
  await expect(page.getByTestId('expired-warning')).toBeVisible()
  await page.getByText('Raw header and claims (JSON)').click()

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    const { violations } = await new AxeBuilder({ page })
      .include('[data-testid="inspect-panel"]')
      .analyze()
    expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
  }
})
