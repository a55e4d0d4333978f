import { randomBytes } from 'node:crypto'

import { expect, test, type APIRequestContext } from '@playwright/test'

import { DEMO_INSTANCE_ID, DEMO_SERVICE_ID_APIKEY, DEMO_USER_APIKEY } from '@/lib/emulator'

import { emulatorControl } from './support/emulator-control'
import { APP_URL, extraPort } from './support/env'
import { startExtraServer, type ExtraServer } from './support/extra-server'
import { recordSecret } from './support/secrets'
import { serverLog } from './support/server-log'

// Extra servers take ports after E2E_APP_PORT (see support/env).
const UNREACHABLE_AE_APP_PORT = extraPort(1)
const NOTHING_LISTENS_PORT = extraPort(9)

const JSON_HEADERS = { 'Content-Type': 'application/json' }
const AE_CALL = '/api/walkthrough/ae-call'
const DEMO_TARGET = { api: 'v3', region: 'us-south', instance: DEMO_INSTANCE_ID }

test.afterEach(async () => {
  await emulatorControl.clearFaults()
})

async function getToken(request: APIRequestContext, baseUrl = APP_URL, apikey = DEMO_USER_APIKEY) {
  const response = await request.post(`${baseUrl}/api/token`, {
    headers: JSON_HEADERS,
    data: { apikey },
  })
  expect(response.status()).toBe(200)
  const view = await response.json()
  recordSecret('token', view.accessToken)
  return view
}

test.describe('POST /api/token and renew carry iamResponse', () => {
  test("the exchange answers IAM's non-secret fields in IAM's names", async ({ request }) => {
    const view = await getToken(request)

    expect(view.iamResponse).toEqual({
      token_type: 'Bearer',
      expires_in: 3600,
      expiration: view.expiration,
      scope: 'ibm openid',
      refresh_token: 'not_supported',
      ims_user_id: 7000000,
    })
    expect(JSON.stringify(view.iamResponse)).not.toContain(view.accessToken)
  })

  test('a service ID has no ims_user_id', async ({ request }) => {
    const view = await getToken(request, APP_URL, DEMO_SERVICE_ID_APIKEY)
    expect(view.iamResponse).not.toHaveProperty('ims_user_id')
  })

  test('the session does not keep it, and renewal answers it afresh', async ({ request }) => {
    await request.post('/api/token', {
      headers: JSON_HEADERS,
      data: { apikey: DEMO_USER_APIKEY, remember: true },
    })
    const session = await (await request.get('/api/session')).json()
    expect(session.token).not.toHaveProperty('iamResponse')

    const renewed = await (await request.post('/api/token/renew')).json()
    expect(renewed.iamResponse).toMatchObject({ refresh_token: 'not_supported', expires_in: 3600 })
  })
})

test.describe('POST /api/walkthrough/ae-call', () => {
  test("reads the instance with the session's token and relays Analytics Engine's answer", async ({
    request,
  }) => {
    const { accessToken } = await getToken(request)
    await emulatorControl.resetStats()

    const response = await request.post(AE_CALL, { headers: JSON_HEADERS, data: DEMO_TARGET })
    expect(response.status()).toBe(200)
    expect(response.headers()['cache-control']).toBe('no-store')
    const answer = await response.json()
    expect(answer).toMatchObject({
      status: 200,
      truncated: false,
      body: { id: DEMO_INSTANCE_ID, state: 'active' },
    })
    expect(answer.url).toMatch(new RegExp(`/v3/analytics_engines/${DEMO_INSTANCE_ID}$`))
    expect((await emulatorControl.stats()).aeResponsesByStatus).toEqual({ '200': 1 })
    expect(serverLog()).not.toContain(accessToken)
  })

  test('reads a classic (v2) cluster the same way', async ({ request }) => {
    await getToken(request)
    const response = await request.post(AE_CALL, {
      headers: JSON_HEADERS,
      data: { api: 'v2', region: 'jp-tok', instance: DEMO_INSTANCE_ID },
    })
    expect((await response.json()).status).toBe(200)
  })

  test('refuses a GUID that is not a UUID with a sentence, and calls nothing', async ({
    request,
  }) => {
    await getToken(request)
    await emulatorControl.resetStats()

    const response = await request.post(AE_CALL, {
      headers: JSON_HEADERS,
      data: { ...DEMO_TARGET, instance: '../../identity/keys' },
    })
    expect(response.status()).toBe(400)
    const { error } = await response.json()
    expect(error.code).toBe('invalid_request')
    expect(error.message).toMatch(/^Enter the instance GUID/)
    expect((await emulatorControl.stats()).aeRequests).toBe(0)
  })

  test('refuses a region the API does not serve', async ({ request }) => {
    const response = await request.post(AE_CALL, {
      headers: JSON_HEADERS,
      data: { ...DEMO_TARGET, region: 'attacker.example.com' },
    })
    expect(response.status()).toBe(400)
    expect((await response.json()).error.message).toMatch(/not available in attacker/)
  })

  test('answers 401 no_session without a token in the session', async ({ request }) => {
    const response = await request.post(AE_CALL, { headers: JSON_HEADERS, data: DEMO_TARGET })
    expect(response.status()).toBe(401)
    const { error } = await response.json()
    expect(error.code).toBe('no_session')
    expect(error.message).toMatch(/Get one first/)
  })

  test('refuses a request from another website', async ({ request }) => {
    await getToken(request)
    const crossSite: Record<string, string>[] = [
      { Origin: 'https://attacker.example' },
      { 'Sec-Fetch-Site': 'cross-site' },
    ]
    for (const headers of crossSite) {
      const response = await request.post(AE_CALL, {
        headers: { ...JSON_HEADERS, ...headers },
        data: DEMO_TARGET,
      })
      expect(response.status()).toBe(403)
      expect((await response.json()).error.code).toBe('cross_site')
    }
  })

  test('takes JSON only', async ({ request }) => {
    const response = await request.post(AE_CALL, {
      headers: { 'Content-Type': 'text/plain' },
      data: JSON.stringify(DEMO_TARGET),
    })
    expect(response.status()).toBe(415)
  })

  test('relays a 401 from Analytics Engine as its answer', async ({ request }) => {
    await getToken(request)
    await emulatorControl.setFault({ kind: 'status', status: 401, target: 'ae', times: 1 })
    const answer = await (
      await request.post(AE_CALL, { headers: JSON_HEADERS, data: DEMO_TARGET })
    ).json()
    expect(answer.status).toBe(401)
  })

  test('answers 504 ae_timeout when Analytics Engine is slower than IAM_TIMEOUT_MS', async ({
    request,
  }) => {
    await getToken(request)
    await emulatorControl.setFault({ kind: 'slow', delayMs: 4000, target: 'ae', times: 1 })

    const response = await request.post(AE_CALL, { headers: JSON_HEADERS, data: DEMO_TARGET })
    expect(response.status()).toBe(504)
    const { error } = await response.json()
    expect(error.code).toBe('ae_timeout')
    expect(error.message).toMatch(/did not answer within 3 seconds/)
  })

  test.describe('with Analytics Engine unreachable', () => {
    let server: ExtraServer

    test.beforeAll(async () => {
      server = await startExtraServer(UNREACHABLE_AE_APP_PORT, {
        AE_API_URL: `http://127.0.0.1:${NOTHING_LISTENS_PORT}`,
        SESSION_PASSWORD: randomBytes(32).toString('base64url'),
      })
    })
    test.afterAll(() => server.stop())

    test('answers 503 ae_unavailable with a sentence', async ({ request }) => {
      await getToken(request, server.url)
      const response = await request.post(`${server.url}${AE_CALL}`, {
        headers: JSON_HEADERS,
        data: DEMO_TARGET,
      })
      expect(response.status()).toBe(503)
      const { error } = await response.json()
      expect(error.code).toBe('ae_unavailable')
      expect(error.message).toMatch(/could not be reached/)
    })
  })
})
