import { expect, test, type Page } from '@playwright/test'

import { DEMO_INSTANCE_ID, DEMO_USER_APIKEY } from '@/lib/emulator'

import { runBash } from './support/bash'
import { EMULATOR_URL } from './support/env'
import { recordSessionToken } from './support/secrets'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

async function getToken(page: Page) {
  await page.getByLabel('API key').fill(DEMO_USER_APIKEY)
  await page.getByRole('button', { name: 'Get token' }).click()
  await expect(page.getByTestId('token-card')).toBeVisible()
  await recordSessionToken(page.request)
}

/** Clicks a snippet's copy button and returns what landed on the clipboard. */
async function copySnippet(page: Page, testId: string): Promise<string> {
  await page.getByTestId(testId).getByRole('button', { name: /^Copy/ }).click()
  await expect(page.getByTestId(testId).getByRole('status')).toContainText('Copied')
  return page.evaluate(() => navigator.clipboard.readText())
}

test.beforeEach(async ({ page }) => {
  await page.goto('/')
})

test('the copied bash snippets get a token and call Analytics Engine with it', async ({ page }) => {
  const getTokenSnippet = await copySnippet(page, 'snippet-get-token')
  expect(getTokenSnippet).toContain(`${EMULATOR_URL}/identity/token`)
  expect(getTokenSnippet).toContain('$IBMCLOUD_API_KEY')

  const captured = await runBash(
    `${getTokenSnippet}\nprintf '%s\\n%s' "$IAM_TOKEN" "$IAM_TOKEN_EXPIRES_AT"`,
    { IBMCLOUD_API_KEY: DEMO_USER_APIKEY },
  )
  expect(captured.stderr).toBe('')
  const [token, expiresAt] = captured.stdout.split('\n')
  expect(token).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/)
  expect(expiresAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)

  const aeSnippet = await copySnippet(page, 'snippet-ae-call')
  expect(aeSnippet).toContain('"Authorization: Bearer $IAM_TOKEN"')
  expect(aeSnippet).toContain('$INSTANCE_ID')
  const instance = await runBash(aeSnippet, {
    IAM_TOKEN: token ?? '',
    INSTANCE_ID: DEMO_INSTANCE_ID,
  })
  expect(instance.code).toBe(0)
  expect(JSON.parse(instance.stdout)).toMatchObject({ id: DEMO_INSTANCE_ID, state: 'active' })
})

test('the set-token line carries exactly the session token when asked to', async ({ page }) => {
  await getToken(page)
  const body = await (await page.request.get('/api/session')).json()
  const token: string = body.token.accessToken

  await expect(page.getByTestId('snippet-set-token-code')).not.toContainText(token)
  await page.getByLabel('Show my token in the snippets').check()
  await expect(page.getByTestId('snippet-set-token-code')).toHaveText(`export IAM_TOKEN='${token}'`)

  const result = await runBash(
    `${await copySnippet(page, 'snippet-set-token')}\nprintf %s "$IAM_TOKEN"`,
  )
  expect(result.stdout).toBe(token)

  const aeSnippet = await copySnippet(page, 'snippet-ae-call')
  expect(aeSnippet).toContain(`Bearer ${token}`)
  const instance = await runBash(aeSnippet, { INSTANCE_ID: DEMO_INSTANCE_ID })
  expect(JSON.parse(instance.stdout).id).toBe(DEMO_INSTANCE_ID)
})

test('the chosen shell is remembered across reloads', async ({ page }) => {
  await page.getByRole('tab', { name: 'Python (requests)' }).click()
  await expect(page.getByTestId('snippet-get-token-code')).toContainText(
    "os.environ['IBMCLOUD_API_KEY']",
  )

  await page.reload()
  await expect(page.getByRole('tab', { name: 'Python (requests)' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }))
  expect(stored).toBe('{"iamwb.snippet-target":"python"}')
})

test('tabs move with the arrow keys', async ({ page }) => {
  await page.getByRole('tab', { name: 'bash / zsh (curl)' }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('tab', { name: 'PowerShell 7', exact: true })).toBeFocused()
  await expect(page.getByTestId('snippet-get-token-code')).toContainText('Invoke-RestMethod')
  await page.keyboard.press('End')
  await expect(page.getByRole('tab', { name: 'Go (net/http)' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
})

test('an invalid instance gets an inline message and no command', async ({ page }) => {
  await page.getByLabel('Instance GUID or CRN').fill('not-a-guid')
  await expect(page.getByText('Enter the instance GUID')).toBeVisible()
  await expect(page.getByLabel('Instance GUID or CRN')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByTestId('snippet-ae-call')).toHaveCount(0)
  await expect(page.getByText('Fix the highlighted field to see the command.')).toBeVisible()
})

test('a pasted CRN sets the region and the instance', async ({ page }) => {
  const guid = '046a1611-81ff-4215-a5e0-6af8d7910610'
  await page
    .getByLabel('Instance GUID or CRN')
    .fill(
      `crn:v1:bluemix:public:ibmanalyticsengine:eu-de:a/0123456789abcdef0123456789abcdef:${guid}::`,
    )
  await expect(page.getByLabel('Region')).toHaveValue('eu-de')
  await expect(page.getByLabel('Region')).toBeDisabled()
  // The sandbox replaces the regional host with AE_API_URL; the instance comes from the CRN.
  await expect(page.getByTestId('snippet-ae-call-code')).toContainText(
    `${EMULATOR_URL}/v3/analytics_engines/${guid}`,
  )
})

test('classic v2 offers only its operations and regions, marked as retired', async ({ page }) => {
  await page.getByLabel('Classic clusters (v2, retired plan)').check()
  await expect(page.getByText('The classic plan is retired')).toBeVisible()
  await expect(page.getByLabel('Region').locator('option')).toHaveCount(6)
  await page.getByLabel('Operation').selectOption({ label: 'Reset the cluster password' })
  await expect(page.getByTestId('snippet-ae-call-code')).toContainText(
    '/v2/analytics_engines/$INSTANCE_ID/reset_password',
  )
})

test('no snippet on the page ever contains the API key', async ({ page }) => {
  await getToken(page)
  for (const tab of await page.getByRole('tab').all()) {
    await tab.click()
    const text = await page.getByTestId('snippet-studio').innerText()
    expect(text).not.toContain(DEMO_USER_APIKEY)
  }
})
