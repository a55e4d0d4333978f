import { randomBytes } from 'node:crypto'

import { expect, test } from '@playwright/test'

import { DEMO_USER_APIKEY, startEmulator, type RunningEmulator } from '@/lib/emulator'

import { extraPort } from './support/env'
import { startExtraServer, type ExtraServer } from './support/extra-server'
import { accessTokenFor, postJson } from './support/inspect'

// Key rotation changes an emulator's keys for everyone using it, so these tests get their own
// emulator and app servers; the shared ones stay untouched. Ports are from this suite's range.
const PRIVATE_EMULATOR_PORT = extraPort(8)
const CLOSED_PORT = extraPort(9)

let iam: RunningEmulator
const servers: ExtraServer[] = []

async function appServer(port: number, env: Record<string, string>): Promise<ExtraServer> {
  const server = await startExtraServer(port, {
    IAM_URL: iam.url,
    SESSION_PASSWORD: randomBytes(32).toString('base64url'),
    ...env,
  })
  servers.push(server)
  return server
}

async function inspectOn(server: ExtraServer, input: string) {
  const response = await postJson('/api/inspect', { input }, server.url)
  expect(response.status).toBe(200)
  return response.json()
}

test.beforeAll(async () => {
  iam = await startEmulator({ port: PRIVATE_EMULATOR_PORT, quiet: true })
})
test.afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()))
  await iam.close()
})
test.afterEach(() => {
  iam.clearFaults()
})

test('an unknown kid fetches the keys once, not on every inspect', async () => {
  const server = await appServer(extraPort(1), {})
  const stranger = await iam.mintToken({ kid: '209901010000' })
  iam.resetStats()

  const first = await inspectOn(server, stranger)
  const again = await inspectOn(server, stranger)

  expect(first.verification).toMatchObject({ verified: false, reason: 'unknown_key' })
  expect(first.verification.message).toContain('"209901010000"')
  expect(again.verification.reason).toBe('unknown_key')
  expect(iam.stats().keysRequests).toBe(1)
  expect(first.identity.name).toBe('Dana Demo')
})

test('after a key rotation a new token verifies with exactly one refetch of the keys', async () => {
  // No cooldown, so the refetch is not held back by the fetch a moment earlier.
  const server = await appServer(extraPort(2), { IAM_KEYS_COOLDOWN_SECONDS: '0' })
  const before = await accessTokenFor(DEMO_USER_APIKEY, iam.url)
  expect((await inspectOn(server, before)).verification.verified).toBe(true)
  const fetchesBefore = iam.stats().keysRequests

  const { kid } = (await (
    await fetch(`${iam.url}/__emulator/rotate-keys`, { method: 'POST' })
  ).json()) as { kid: string }
  const after = await accessTokenFor(DEMO_USER_APIKEY, iam.url)
  const result = await inspectOn(server, after)

  expect(result.header.kid).toBe(kid)
  expect(result.verification.verified).toBe(true)
  expect(iam.stats().keysRequests - fetchesBefore).toBe(1)
  // Both keys are now cached: neither token makes another request.
  await inspectOn(server, before)
  await inspectOn(server, after)
  expect(iam.stats().keysRequests - fetchesBefore).toBe(1)
})

test('when the keys cannot be fetched, the answer is "could not check" with the claims', async () => {
  const server = await appServer(extraPort(4), { IAM_KEYS_COOLDOWN_SECONDS: '0' })
  await inspectOn(server, await accessTokenFor(DEMO_USER_APIKEY, iam.url))
  await iam.rotateKeys()
  iam.setFault({ kind: 'drop', target: 'keys' })

  const result = await inspectOn(server, await accessTokenFor(DEMO_USER_APIKEY, iam.url))
  expect(result.verification).toMatchObject({ verified: false, reason: 'unreachable' })
  expect(result.verification.message).toMatch(/could not be reached, so the signature could not/)
  expect(result.identity).toMatchObject({ kind: 'user', name: 'Dana Demo' })
})

test('when IAM is unreachable altogether, inspect still answers 200 and says why', async ({
  page,
}) => {
  const server = await appServer(extraPort(3), { IAM_URL: `http://127.0.0.1:${CLOSED_PORT}` })
  const token = await accessTokenFor(DEMO_USER_APIKEY, iam.url)
  const result = await inspectOn(server, token)
  expect(result.verification).toEqual({
    verified: false,
    reason: 'unreachable',
    message: expect.stringContaining(`IAM at 127.0.0.1:${CLOSED_PORT} could not be reached`),
  })
  expect(result.claims.iam_id).toBe('IBMid-270005DEMO')

  await page.goto(server.url)
  await page.getByLabel('Token, Bearer header, or ibmcloud output').fill(token)
  await page.getByRole('button', { name: 'Inspect', exact: true }).click()
  const badge = page.getByTestId('verification-badge')
  await expect(badge).toHaveText('Could not check: IAM unreachable')
  await expect(badge).toHaveAttribute('data-tone', 'unchecked')
  await expect(page.getByRole('button', { name: 'Use this token' })).toBeDisabled()
})
