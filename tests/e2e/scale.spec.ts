import { randomBytes } from 'node:crypto'

import { expect, test, type APIRequestContext } from '@playwright/test'

import { DEMO_SERVICE_ID_APIKEY, DEMO_USER, DEMO_USER_APIKEY } from '@/lib/emulator'

import { extraPort } from './support/env'
import { startExtraServer, type ExtraServer } from './support/extra-server'
import { recordSecret } from './support/secrets'

// Several instances behind a load balancer, without sticky sessions: the session lives only in
// the sealed cookie, so any instance with the same SESSION_PASSWORD can read it. Cookies belong
// to a host, not a port, so one client talking to localhost:A and localhost:B behaves like one
// browser whose requests a load balancer spreads over two instances.
const SHARED_PASSWORD = randomBytes(32).toString('base64url')
const JSON_HEADERS = { 'Content-Type': 'application/json' }

let instanceA: ExtraServer
let instanceB: ExtraServer
let otherPassword: ExtraServer

test.beforeAll(async () => {
  ;[instanceA, instanceB, otherPassword] = await Promise.all([
    startExtraServer(extraPort(1), { SESSION_PASSWORD: SHARED_PASSWORD }),
    startExtraServer(extraPort(2), { SESSION_PASSWORD: SHARED_PASSWORD }),
    startExtraServer(extraPort(3), { SESSION_PASSWORD: randomBytes(32).toString('base64url') }),
  ])
})
test.afterAll(() => Promise.all([instanceA, instanceB, otherPassword].map((s) => s?.stop())))

async function getToken(client: APIRequestContext, server: ExtraServer, apikey: string) {
  const response = await client.post(`${server.url}/api/token`, {
    headers: JSON_HEADERS,
    data: { apikey },
  })
  expect(response.status()).toBe(200)
  const { accessToken } = (await response.json()) as { accessToken: string }
  recordSecret('token', accessToken)
  return accessToken
}

async function sessionToken(client: APIRequestContext, server: ExtraServer) {
  const response = await client.get(`${server.url}/api/session`)
  expect(response.status()).toBe(200)
  return ((await response.json()) as { token: { accessToken: string } | null }).token
}

test('a session made on one instance is read by another with the same password', async ({
  playwright,
}) => {
  const client = await playwright.request.newContext()

  const accessToken = await getToken(client, instanceA, DEMO_USER_APIKEY)

  expect((await sessionToken(client, instanceB))?.accessToken).toBe(accessToken)
  await client.dispose()
})

test('forgetting the token on one instance ends the session on the other', async ({
  playwright,
}) => {
  const client = await playwright.request.newContext()
  await getToken(client, instanceB, DEMO_USER_APIKEY)

  expect((await client.delete(`${instanceA.url}/api/session`)).status()).toBe(204)

  expect(await sessionToken(client, instanceB)).toBeNull()
  await client.dispose()
})

test('a token obtained on one instance replaces the session another instance reads', async ({
  playwright,
}) => {
  const client = await playwright.request.newContext()
  await getToken(client, instanceA, DEMO_USER_APIKEY)

  const replacement = await getToken(client, instanceB, DEMO_SERVICE_ID_APIKEY)

  expect((await sessionToken(client, instanceA))?.accessToken).toBe(replacement)
  await client.dispose()
})

test('an instance with another SESSION_PASSWORD sees no session, without an error', async ({
  playwright,
}) => {
  const client = await playwright.request.newContext()
  await getToken(client, instanceA, DEMO_USER_APIKEY)

  expect(await sessionToken(client, otherPassword)).toBeNull()
  await client.dispose()
})

test('the page on one instance shows the token obtained through the page of another', async ({
  page,
}) => {
  await page.goto(`${instanceA.url}/`)
  await page.getByLabel('API key').fill(DEMO_USER_APIKEY)
  await page.getByLabel('API key').press('Enter')
  await expect(page.getByTestId('token-card')).toBeVisible()

  await page.goto(`${instanceB.url}/`)

  const card = page.getByTestId('token-card')
  await expect(card).toBeVisible()
  await expect(card.getByText(DEMO_USER.name, { exact: true })).toBeVisible()
})
