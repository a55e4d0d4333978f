import { randomBytes } from 'node:crypto'

import { expect, test } from '@playwright/test'

import { DEMO_USER_APIKEY } from '@/lib/emulator'

import { EXTRA_PORT } from './support/env'
import { startExtraServer, type ExtraServer } from './support/extra-server'
import { recordSecret } from './support/secrets'

let server: ExtraServer

test.beforeAll(async () => {
  server = await startExtraServer(EXTRA_PORT.rateLimit, {
    TOKEN_RATE_LIMIT: '3',
    SESSION_PASSWORD: randomBytes(32).toString('base64url'),
  })
})
test.afterAll(() => server.stop())

async function requestToken(client: string) {
  const response = await fetch(`${server.url}/api/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client },
    body: JSON.stringify({ apikey: DEMO_USER_APIKEY }),
  })
  if (response.ok) {
    recordSecret('token', ((await response.clone().json()) as { accessToken: string }).accessToken)
  }
  return response
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

function post(path: string, client: string, body: unknown) {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client },
    body: JSON.stringify(body),
  })
}

test('inspect and renew requests are limited per client too, each with its own budget', async () => {
  const client = '198.51.100.20'
  for (const path of ['/api/inspect', '/api/token/renew']) {
    // Refused input still counts: the limit comes before validation.
    for (let i = 0; i < 3; i++) expect((await post(path, client, {})).status).not.toBe(429)

    const refused = await post(path, client, {})
    expect(refused.status, path).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await refused.json()).error.code).toBe('rate_limited')
  }
  expect((await requestToken(client)).status).toBe(200)
})

test('a backstop limits all clients together at 20 times the per-client budget', async () => {
  const statuses: number[] = []
  for (let i = 0; i < 61; i++) {
    statuses.push((await post('/api/inspect', `203.0.113.${i}`, { input: 'x' })).status)
  }
  expect(statuses.filter((status) => status !== 429).length).toBeLessThanOrEqual(60)

  const refused = await post('/api/inspect', '192.0.2.99', { input: 'x' })
  expect(refused.status).toBe(429)
  expect((await refused.json()).error.message).toMatch(
    /^Too many requests to this workbench from everyone in the last minute\. Wait \d+ seconds/,
  )
})
