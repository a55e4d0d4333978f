import { expect, test } from '@playwright/test'

import { DEMO_USER_APIKEY } from '@/lib/emulator'
import { SESSION_COOKIE_NAME } from '@/lib/session/cookie-name'

import { emulatorControl } from './support/emulator-control'
import { APP_URL } from './support/env'
import { recordSecret } from './support/secrets'

const JSON_HEADERS = { 'Content-Type': 'application/json' }

test.afterEach(async () => {
  await emulatorControl.clearFaults()
})

test('POST /api/token answers the token view, no-store, with an HttpOnly strict cookie', async ({
  request,
}) => {
  const before = Date.now()
  const response = await request.post('/api/token', {
    headers: JSON_HEADERS,
    data: { apikey: DEMO_USER_APIKEY },
  })
  expect(response.status()).toBe(200)
  expect(response.headers()['cache-control']).toBe('no-store')

  const view = await response.json()
  recordSecret('token', view.accessToken)
  expect(view).toMatchObject({ tokenType: 'Bearer', expiresIn: 3600, scope: 'ibm openid' })
  expect(view.deadlineMs - view.obtainedAtMs).toBe(3_600_000)
  expect(view.serverNowMs).toBeGreaterThanOrEqual(before)
  expect(view.claims).toMatchObject({ identityKind: 'user', name: 'Dana Demo' })
  expect(JSON.stringify(view)).not.toContain(DEMO_USER_APIKEY)

  const setCookie = response.headers()['set-cookie'] ?? ''
  expect(setCookie).toMatch(new RegExp(`^${SESSION_COOKIE_NAME}=Fe26\\.2\\*`))
  expect(setCookie).toMatch(/HttpOnly/i)
  expect(setCookie).toMatch(/SameSite=Strict/i)
  expect(setCookie).toMatch(/Secure/i)
  expect(setCookie).toMatch(/Path=\//)

  const session = await request.get('/api/session')
  expect(session.headers()['cache-control']).toBe('no-store')
  expect((await session.json()).token.accessToken).toBe(view.accessToken)
})

test('GET /api/health answers 200', async ({ request }) => {
  const response = await request.get('/api/health')
  expect(response.status()).toBe(200)
  expect(await response.json()).toEqual({ status: 'ok' })
})

test('DELETE /api/session answers 204 and clears the cookie', async ({ request }) => {
  await request.post('/api/token', { headers: JSON_HEADERS, data: { apikey: DEMO_USER_APIKEY } })
  const response = await request.delete('/api/session')
  expect(response.status()).toBe(204)
  expect(response.headers()['set-cookie']).toMatch(/Max-Age=0/)
  expect((await (await request.get('/api/session')).json()).token).toBeNull()
})

test('a tampered cookie means no session, not an error', async ({ playwright }) => {
  const owner = await playwright.request.newContext({ baseURL: APP_URL })
  const ok = await owner.post('/api/token', {
    headers: JSON_HEADERS,
    data: { apikey: DEMO_USER_APIKEY },
  })
  const seal = /^[^=]+=([^;]+)/.exec(ok.headers()['set-cookie'] ?? '')?.[1] ?? ''
  expect(seal).not.toBe('')

  for (const forged of [seal.slice(0, -5) + 'AAAAA', seal.slice(0, 100), 'Fe26.2*1*junk']) {
    const response = await fetch(`${APP_URL}/api/session`, {
      headers: { cookie: `${SESSION_COOKIE_NAME}=${forged}` },
    })
    expect(response.status).toBe(200)
    expect((await response.json()).token).toBeNull()

    const page = await fetch(`${APP_URL}/`, {
      headers: { cookie: `${SESSION_COOKIE_NAME}=${forged}` },
    })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('No token yet')
  }
  await owner.dispose()
})

test('cross-site requests to state-changing routes get 403 with a JSON sentence', async () => {
  const attempts: Array<{ method: string; path: string; headers: Record<string, string> }> = [
    { method: 'POST', path: '/api/token', headers: { Origin: 'https://evil.example' } },
    { method: 'POST', path: '/api/token', headers: { 'Sec-Fetch-Site': 'cross-site' } },
    { method: 'DELETE', path: '/api/session', headers: { Origin: 'https://evil.example' } },
  ]
  for (const { method, path, headers } of attempts) {
    const response = await fetch(`${APP_URL}${path}`, {
      method,
      headers: { ...JSON_HEADERS, ...headers },
      body: method === 'POST' ? JSON.stringify({ apikey: DEMO_USER_APIKEY }) : undefined,
    })
    expect(response.status).toBe(403)
    const body = await response.json()
    expect(body.error.code).toBe('cross_site')
    expect(body.error.message).toMatch(/came from another website/)
    expect(response.headers.get('set-cookie')).toBeNull()
  }
})

test('bad input gets a 4xx with a sentence and sets no cookie', async () => {
  const cases: Array<{ body: string; type?: string; status: number; code: string }> = [
    { body: '{}', status: 400, code: 'invalid_apikey' },
    { body: '{"apikey":""}', status: 400, code: 'invalid_apikey' },
    { body: '{"apikey":42}', status: 400, code: 'invalid_apikey' },
    { body: JSON.stringify({ apikey: 'k'.repeat(257) }), status: 400, code: 'invalid_apikey' },
    { body: JSON.stringify({ apikey: 'abc\u0007def' }), status: 400, code: 'invalid_apikey' },
    { body: '{"apikey":"Bearer eyJ.x.y"}', status: 400, code: 'token_not_key' },
    { body: '{"apikey":', status: 400, code: 'invalid_request' },
    {
      body: 'apikey=x',
      type: 'application/x-www-form-urlencoded',
      status: 415,
      code: 'unsupported_media_type',
    },
    {
      body: JSON.stringify({ apikey: 'x'.repeat(17_000) }),
      status: 413,
      code: 'payload_too_large',
    },
  ]
  for (const { body, type, status, code } of cases) {
    const response = await fetch(`${APP_URL}/api/token`, {
      method: 'POST',
      headers: { 'Content-Type': type ?? 'application/json' },
      body,
    })
    expect(response.status, body.slice(0, 40)).toBe(status)
    const json = await response.json()
    expect(json.error.code).toBe(code)
    expect(json.error.message).toMatch(/\.$/)
    expect(response.headers.get('set-cookie')).toBeNull()
  }
})

test('each IAM fault maps to its status', async () => {
  const cases = [
    { fault: { kind: 'status', status: 503 }, status: 502, code: 'iam_bad_answer' },
    { fault: { kind: 'status', status: 500 }, status: 502, code: 'iam_bad_answer' },
    { fault: { kind: 'non-json' }, status: 502, code: 'iam_bad_answer' },
    { fault: { kind: 'bad-schema' }, status: 502, code: 'iam_bad_answer' },
    { fault: { kind: 'drop' }, status: 503, code: 'iam_unavailable' },
    { fault: { kind: 'slow', delayMs: 4000 }, status: 504, code: 'iam_timeout' },
    {
      fault: { kind: 'status', status: 429, retryAfterSeconds: 30 },
      status: 429,
      code: 'iam_rate_limited',
    },
  ] as const

  for (const { fault, status, code } of cases) {
    await emulatorControl.setFault(fault)
    const response = await fetch(`${APP_URL}/api/token`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ apikey: DEMO_USER_APIKEY }),
    })
    expect(response.status, fault.kind).toBe(status)
    expect((await response.json()).error.code).toBe(code)
    if (status === 429) expect(response.headers.get('retry-after')).toBe('30')
    await emulatorControl.clearFaults()
  }
})

test('a single 502, 503, 504 or dropped connection is retried and the user gets a token', async () => {
  for (const fault of [
    { kind: 'status', status: 502, times: 1 },
    { kind: 'status', status: 503, times: 1 },
    { kind: 'status', status: 504, times: 1 },
    { kind: 'drop', times: 1 },
  ] as const) {
    await emulatorControl.resetStats()
    await emulatorControl.setFault(fault)
    const response = await fetch(`${APP_URL}/api/token`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ apikey: DEMO_USER_APIKEY }),
    })
    expect(response.status, JSON.stringify(fault)).toBe(200)
    expect((await emulatorControl.stats()).tokenRequests).toBe(2)
  }
})
