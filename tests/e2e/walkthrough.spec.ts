import { expect, test } from '@playwright/test'

import { DEMO_USER_APIKEY } from '@/lib/emulator'

import { mintToken } from './support/inspect'
import {
  PROGRESS_KEY,
  exchangeDemoKey,
  expectDone,
  expectNotDone,
  gotoWalkthrough,
  openStep,
  progress,
  step,
  stepToggle,
} from './support/walkthrough'

test('a new user walks all five steps in the sandbox, and the progress survives a reload', async ({
  page,
}) => {
  await gotoWalkthrough(page)
  await expect(progress(page)).toContainText('0 of 5 done')

  // Step 1: where keys come from; the sandbox offers its demo keys instead.
  const createKey = await openStep(page, 1)
  await expect(createKey.getByText('Sandbox', { exact: true })).toBeVisible()
  await expect(createKey).toContainText('Manage → Access (IAM) → API keys')
  await expect(createKey).toContainText(DEMO_USER_APIKEY)

  // Step 2: the demo key, exchanged in the step's own form; IAM's answer explained.
  await exchangeDemoKey(page, { remember: true })
  const exchange = step(page, 2)
  await expect(exchange.getByText('Sandbox', { exact: true })).toBeVisible()
  const answer = exchange.getByTestId('iam-response')
  await expect(answer).toContainText('"not_supported"')
  await expect(answer).toContainText('3600')
  await expect(answer).toContainText('7000000')
  await expectDone(page, 1)
  await expectDone(page, 2)

  // Step 3: the demo instance is filled in; the call runs for real against the emulator.
  const useToken = await openStep(page, 3)
  await expect(useToken.getByText('Sandbox', { exact: true })).toBeVisible()
  await expect(useToken.getByTestId('walkthrough-ae-call-code')).toContainText(
    'Authorization: Bearer $IAM_TOKEN',
  )
  await useToken.getByRole('button', { name: 'Run the call' }).click()
  await expect(useToken.getByTestId('ae-answer')).toContainText('HTTP 200')
  await expect(useToken.getByTestId('ae-answer')).toContainText('"state": "active"')
  await expectDone(page, 3)

  // Step 4: CLI-shaped text around a token the emulator minted, inspected by the server.
  const cli = await openStep(page, 4)
  await expect(cli.getByText('Sandbox', { exact: true })).toBeVisible()
  const minted = await mintToken()
  await cli.getByLabel('Output of ibmcloud iam oauth-tokens').fill(`IAM token:  Bearer ${minted}\n`)
  await cli.getByRole('button', { name: 'Inspect' }).click()
  const result = cli.getByTestId('cli-inspect-result')
  await expect(result).toContainText('cli_text')
  await expect(result.getByTestId('verification-badge')).toHaveText('Verified')
  await expectDone(page, 4)

  // Step 5: renewal with the remembered key gives a second token.
  const expiry = await openStep(page, 5)
  await expect(expiry.getByText('Sandbox', { exact: true })).toBeVisible()
  await expiry.getByRole('button', { name: 'Renew now' }).click()
  await expect(expiry.getByText('New token: valid for another hour from now.')).toBeVisible()
  await expectDone(page, 5)
  await expect(progress(page)).toContainText('5 of 5 done')
  await expect(page.getByRole('progressbar', { name: 'Walkthrough progress' })).toHaveAttribute(
    'aria-valuenow',
    '5',
  )

  await page.reload()
  await expect(progress(page)).toContainText('5 of 5 done')
  for (const n of [1, 2, 3, 4, 5]) await expectDone(page, n)
})

test('progress is stored as step ids only: no key or token in browser storage', async ({
  page,
}) => {
  await gotoWalkthrough(page)
  await exchangeDemoKey(page, { remember: true })
  await expectDone(page, 2)
  const token = (await (await page.request.get('/api/session')).json()).token.accessToken

  const storage = await page.evaluate(() => ({ ...window.localStorage }))
  expect(JSON.parse(storage[PROGRESS_KEY] ?? '[]')).toEqual(['step-1', 'step-2'])
  const everything = JSON.stringify(storage) + JSON.stringify(await page.context().cookies())
  expect(everything).not.toContain(DEMO_USER_APIKEY)
  expect(JSON.stringify(storage)).not.toContain(token)
  const sessionStore = await page.evaluate(() => JSON.stringify({ ...window.sessionStorage }))
  expect(sessionStore).not.toContain(token)
})

test('a token from the workbench marks step 1 only; step 5 waits for step 2', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('API key').fill(DEMO_USER_APIKEY)
  await page.getByRole('button', { name: 'Get token' }).click()
  await expect(page.getByTestId('token-card')).toBeVisible()

  await gotoWalkthrough(page)
  await expectDone(page, 1)
  await expectNotDone(page, 2)

  const expiry = await openStep(page, 5)
  await expect(expiry).toContainText('Do step 2 first')
  await expiry.getByRole('button', { name: 'Use the demo key' }).click()
  await expiry.getByRole('button', { name: 'Get a new token' }).click()
  await expect(expiry.getByText('New token: valid for another hour from now.')).toBeVisible()
  await expectNotDone(page, 5)
  await expect(progress(page)).toContainText('1 of 5 done')
})

test('step 5 counts a token from the key again when no key is remembered', async ({ page }) => {
  await gotoWalkthrough(page)
  await exchangeDemoKey(page)

  const expiry = await openStep(page, 5)
  await expect(expiry.getByRole('button', { name: 'Renew now' })).toHaveCount(0)
  await expiry.getByRole('button', { name: 'Use the demo key' }).click()
  await expiry.getByRole('button', { name: 'Get a new token' }).click()
  await expectDone(page, 5)
})

test('a failed Analytics Engine answer does not mark step 3', async ({ page }) => {
  await gotoWalkthrough(page)
  const useToken = await openStep(page, 3)
  await useToken.getByRole('button', { name: 'Run the call' }).click()
  await expect(useToken.getByRole('alert')).toContainText("no token in this browser's session")
  await expectNotDone(page, 3)
})

test('a bare token is inspected but does not count as CLI output', async ({ page }) => {
  await gotoWalkthrough(page)
  const cli = await openStep(page, 4)
  await cli.getByLabel('Output of ibmcloud iam oauth-tokens').fill(await mintToken())
  await cli.getByRole('button', { name: 'Inspect' }).click()
  await expect(cli.getByTestId('cli-inspect-result')).toContainText('not as the CLI prints it')
  await expectNotDone(page, 4)
})

test('a pasted API key is refused in the page and never sent', async ({ page }) => {
  await gotoWalkthrough(page)
  const cli = await openStep(page, 4)
  const inspectCalls: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/api/inspect')) inspectCalls.push(request.url())
  })

  await cli.getByLabel('Output of ibmcloud iam oauth-tokens').fill(DEMO_USER_APIKEY)
  await cli.getByRole('button', { name: 'Inspect' }).click()
  await expect(cli.getByRole('alert')).toContainText('looks like an API key')
  await expect(cli.getByLabel('Output of ibmcloud iam oauth-tokens')).toHaveValue('')
  expect(inspectCalls).toEqual([])
})

test('"Start over" clears the marks and forgets the token', async ({ page }) => {
  await gotoWalkthrough(page)
  await exchangeDemoKey(page)
  await expectDone(page, 2)

  await page.getByRole('button', { name: 'Start over' }).click()
  await expect(progress(page)).toContainText('0 of 5 done')
  await expect
    .poll(async () => (await page.request.get('/api/session')).json())
    .toMatchObject({
      token: null,
    })
  await page.reload()
  await expect(progress(page)).toContainText('0 of 5 done')
  await expectNotDone(page, 1)
})

test.describe('deep links', () => {
  for (const n of [1, 3, 5]) {
    test(`/walkthrough#step-${n} opens, focuses and shows step ${n}`, async ({ page }) => {
      await page.goto(`/walkthrough#step-${n}`)
      await expect(stepToggle(page, n)).toHaveAttribute('aria-expanded', 'true')
      await expect(stepToggle(page, n)).toBeFocused()
      await expect(step(page, n)).toBeInViewport()
    })
  }

  test('a changed hash opens and focuses the step it names', async ({ page }) => {
    await gotoWalkthrough(page)
    await expect(stepToggle(page, 4)).toHaveAttribute('aria-expanded', 'false')

    await page.evaluate(() => (window.location.hash = '#step-4'))
    await expect(stepToggle(page, 4)).toHaveAttribute('aria-expanded', 'true')
    await expect(stepToggle(page, 4)).toBeFocused()
  })

  test('the progress list links to each step', async ({ page }) => {
    await gotoWalkthrough(page)
    await progress(page)
      .getByRole('link', { name: /Step 3: Use the token/ })
      .click()
    await expect(page).toHaveURL(/#step-3$/)
    await expect(stepToggle(page, 3)).toBeFocused()
    await expect(step(page, 3).getByRole('button', { name: 'Run the call' })).toBeVisible()
  })

  test('without a hash, the first step not done yet is open', async ({ page }) => {
    await gotoWalkthrough(page)
    await exchangeDemoKey(page)
    await page.reload()
    await expect(stepToggle(page, 3)).toHaveAttribute('aria-expanded', 'true')
    await expect(stepToggle(page, 1)).toHaveAttribute('aria-expanded', 'false')
  })
})
