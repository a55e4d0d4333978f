import { randomBytes } from 'node:crypto'

import { expect, test } from '@playwright/test'

import { DEMO_USER_APIKEY } from '@/lib/emulator'

import { EXTRA_PORT } from './support/env'
import { startExtraServer, type ExtraServer } from './support/extra-server'

let server: ExtraServer

test.beforeAll(async () => {
  server = await startExtraServer(EXTRA_PORT.rateLimit, {
    TOKEN_RATE_LIMIT: '3',
    SESSION_PASSWORD: randomBytes(32).toString('base64url'),
  })
})
test.afterAll(() => server.stop())

function requestToken(client: string) {
  return fetch(`${server.url}/api/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client },
    body: JSON.stringify({ apikey: DEMO_USER_APIKEY }),
  })
}

test('token requests past TOKEN_RATE_LIMIT per minute get 429 with Retry-After', async () => {
  for (let i = 0; i < 3; i++) expect((await requestToken('198.51.100.7')).status).toBe(200)

  const refused = await requestToken('198.51.100.7')
  expect(refused.status).toBe(429)
  const retryAfter = Number(refused.headers.get('retry-after'))
  expect(retryAfter).toBeGreaterThan(0)
  expect(retryAfter).toBeLessThanOrEqual(60)
  const body = await refused.json()
  expect(body.error.code).toBe('rate_limited')
  expect(body.error.message).toMatch(/Too many requests .* Wait \d+ seconds/)

  // Another client has its own budget.
  expect((await requestToken('198.51.100.8')).status).toBe(200)
})
