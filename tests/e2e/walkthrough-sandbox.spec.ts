import { randomBytes } from 'node:crypto'

import { expect, test } from '@playwright/test'

import { DEMO_INSTANCE_ID, DEMO_SERVICE_ID_APIKEY, DEMO_USER_APIKEY } from '@/lib/emulator'

import { extraPort } from './support/env'
import { startExtraServer, type ExtraServer } from './support/extra-server'
import { openStep } from './support/walkthrough'

// An app server pointed at real IAM's address: never reached, since only the page is loaded.
const REAL_IAM_APP_PORT = extraPort(2)

let server: ExtraServer

test.beforeAll(async () => {
  server = await startExtraServer(REAL_IAM_APP_PORT, {
    IAM_URL: 'https://iam.cloud.ibm.com',
    AE_API_URL: '',
    SESSION_PASSWORD: randomBytes(32).toString('base64url'),
  })
})
test.afterAll(() => server.stop())

test('outside the sandbox the walkthrough offers no demo key and says nothing of a sandbox', async ({
  page,
}) => {
  const response = await page.goto(`${server.url}/walkthrough`)
  const html = (await response?.text()) ?? ''
  for (const demo of [DEMO_USER_APIKEY, DEMO_SERVICE_ID_APIKEY, DEMO_INSTANCE_ID]) {
    expect(html).not.toContain(demo)
  }

  const exchange = await openStep(page, 2)
  await expect(exchange).toContainText('POST https://iam.cloud.ibm.com/identity/token')
  await expect(exchange.getByRole('button', { name: /demo/ })).toHaveCount(0)
  await expect(page.getByText('Sandbox', { exact: true })).toHaveCount(0)
  const useToken = await openStep(page, 3)
  await expect(useToken.getByLabel('Instance GUID or CRN')).toHaveValue('')
})

test('the workbench page never carries the demo keys, even in the sandbox', async ({ page }) => {
  const response = await page.goto('/')
  const html = (await response?.text()) ?? ''
  expect(html).not.toContain(DEMO_USER_APIKEY)
  expect(html).not.toContain(DEMO_SERVICE_ID_APIKEY)
})
