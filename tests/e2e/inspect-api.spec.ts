import { expect, test } from '@playwright/test'

import { DEMO_SERVICE_ID, DEMO_USER, DEMO_USER_APIKEY } from '@/lib/emulator'

import { emulatorControl } from './support/emulator-control'
import { APP_URL, EMULATOR_URL } from './support/env'
import {
  JSON_HEADERS,
  accessTokenFor,
  forged,
  mintToken,
  nowSeconds,
  postJson,
  tokenResponseText,
} from './support/inspect'
import { serverLog } from './support/server-log'

const FAKE_KEY = 'test-only-FAKEkey0000000000000000000000000000'

async function inspect(input: string) {
  const response = await postJson('/api/inspect', { input })
  return { status: response.status, headers: response.headers, body: await response.json() }
}

test('each paste form is recognised and its token verified', async () => {
  const token = await accessTokenFor(DEMO_USER_APIKEY)
  const wrappedCli = `IAM token:  Bearer ${token.slice(0, 500)}\n${token.slice(500)}`
  const forms: Array<[string, string]> = [
    [token, 'jwt'],
    [`bearer   ${token}`, 'bearer_header'],
    [`IAM token:  Bearer ${token}\nUAA token:  Bearer ${await mintToken()}`, 'cli_text'],
    [wrappedCli, 'cli_text'],
    [JSON.stringify({ iam_token: `Bearer ${token}` }, null, 2), 'cli_json'],
    [await tokenResponseText(DEMO_USER_APIKEY), 'token_response'],
    [`'${token}'\n`, 'jwt'],
  ]
  for (const [input, kind] of forms) {
    const { status, body } = await inspect(input)
    expect(status).toBe(200)
    expect(body.kind).toBe(kind)
    expect(body.verification).toEqual({
      verified: true,
      message: expect.stringContaining('Signed by IAM'),
      expectedIssuer: `${EMULATOR_URL}/identity`,
    })
  }
})

test('the answer explains IBM claims, keeps unknown ones raw, and never echoes the token', async () => {
  const token = await mintToken({ identity: 'serviceId', claims: { team: { name: 'data' } } })
  const { status, headers, body } = await inspect(`Bearer ${token}`)

  expect(status).toBe(200)
  expect(headers.get('cache-control')).toBe('no-store')
  expect(body.identity).toMatchObject({
    kind: 'serviceId',
    label: 'Service ID',
    name: DEMO_SERVICE_ID.name,
    iamId: DEMO_SERVICE_ID.iamId,
    accountId: DEMO_SERVICE_ID.account.bss,
  })
  expect(body.header).toEqual({ kid: expect.stringMatching(/^\d{12}$/), alg: 'RS256' })
  expect(body.claims.team).toEqual({ name: 'data' })
  expect(body.otherClaims).toEqual(['team'])
  const grant = body.explained.find((row: { claim: string }) => row.claim === 'grant_type')
  expect(grant).toMatchObject({ label: 'Grant type', value: 'API key' })
  expect(Date.parse(body.expiresAt) - Date.parse(body.issuedAt)).toBe(3_600_000)
  expect(body.expired).toBe(false)
  expect(JSON.stringify(body)).not.toContain(token.split('.')[2])
})

test('a token response pasted whole reports what IAM said besides the token', async () => {
  const { body } = await inspect(await tokenResponseText(DEMO_USER_APIKEY))
  expect(body.tokenResponse).toEqual({
    tokenType: 'Bearer',
    expiresIn: 3600,
    expiration: expect.any(Number),
    scope: 'ibm openid',
    imsUserId: 7000000,
    refreshToken: 'not_supported',
  })
})

test('a payload changed after signing is not verified: bad signature', async () => {
  const token = forged(await accessTokenFor(DEMO_USER_APIKEY), { name: 'Mallory' })
  const { status, body } = await inspect(token)
  expect(status).toBe(200)
  expect(body.verification).toMatchObject({ verified: false, reason: 'bad_signature' })
  expect(body.identity.name).toBe('Mallory')
})

test('an expired token is reported expired, with its signature still checked', async () => {
  const iat = nowSeconds() - 7200
  const { body } = await inspect(await mintToken({ iat, exp: iat + 3600 }))
  expect(body.expired).toBe(true)
  expect(body.verification).toMatchObject({ verified: false, reason: 'expired' })
  expect(body.verification.message).toMatch(/genuine, but the token expired at .* UTC/)
})

test('a token of another issuer is reported as the wrong issuer', async () => {
  const { body } = await inspect(await mintToken({ iss: 'https://iam.cloud.ibm.com/identity' }))
  expect(body.verification).toMatchObject({ verified: false, reason: 'wrong_issuer' })
  expect(body.verification.message).toContain('"https://iam.cloud.ibm.com/identity"')
})

test('a pasted API key is refused with advice and never reaches IAM', async () => {
  await emulatorControl.resetStats()
  for (const input of [FAKE_KEY, DEMO_USER_APIKEY, `Bearer ${FAKE_KEY}`]) {
    const { status, body } = await inspect(input)
    expect(status).toBe(400)
    expect(body.error.code).toBe('apikey_pasted')
    expect(body.error.message).toMatch(/looks like an API key.*not sent to IAM or stored/)
    expect(JSON.stringify(body)).not.toContain(input)
  }
  expect((await emulatorControl.stats()).tokenRequests).toBe(0)
  expect(serverLog()).not.toContain(FAKE_KEY)
})

test('input that holds no token gets a 400 with a sentence', async () => {
  const cases = ['', 'hello there', '{"hello": "world"}', 'eyJhbGciOi.eyJzdWIi.c2ln']
  for (const input of cases) {
    const { status, body } = await inspect(input)
    expect(status).toBe(400)
    expect(body.error.code).toBe('not_a_token')
    expect(body.error.message).toMatch(/\w.*\.$/)
  }
  const missing = await postJson('/api/inspect', {})
  expect(missing.status).toBe(400)
  expect((await missing.json()).error.message).toMatch(/"input" field is missing/)
})

test('adopt refuses a token that is not verified or has expired, and changes nothing', async ({
  request,
}) => {
  await request.post('/api/token', { headers: JSON_HEADERS, data: { apikey: DEMO_USER_APIKEY } })
  const before = (await (await request.get('/api/session')).json()).token.accessToken
  const iat = nowSeconds() - 7200
  const refused: Array<[string, RegExp]> = [
    [forged(before, { name: 'Mallory' }), /signature does not match/],
    [await mintToken({ iat, exp: iat + 3600 }), /expired/],
    [await mintToken({ iss: 'https://iam.cloud.ibm.com/identity' }), /issuer/],
  ]
  for (const [token, reason] of refused) {
    const response = await request.post('/api/session/adopt', {
      headers: JSON_HEADERS,
      data: { input: token, verified: true },
    })
    expect(response.status()).toBe(422)
    const body = await response.json()
    expect(body.error.code).toBe('token_not_verified')
    expect(body.error.message).toMatch(/^This token was not adopted\./)
    expect(body.error.message).toMatch(reason)
    expect(response.headers()['set-cookie']).toBeUndefined()
  }
  expect((await (await request.get('/api/session')).json()).token.accessToken).toBe(before)
})

test('adopt makes a verified token the session token and drops a remembered key', async ({
  request,
}) => {
  await request.post('/api/token', {
    headers: JSON_HEADERS,
    data: { apikey: DEMO_USER_APIKEY, remember: true },
  })
  expect((await (await request.get('/api/session')).json()).keyRemembered).toBe(true)

  const iat = nowSeconds() - 600
  const token = await mintToken({ identity: 'serviceId', iat, exp: iat + 1800 })
  const response = await request.post('/api/session/adopt', {
    headers: JSON_HEADERS,
    data: { input: `IAM token:  Bearer ${token}` },
  })
  expect(response.status()).toBe(200)
  expect(response.headers()['cache-control']).toBe('no-store')
  const view = await response.json()
  expect(view).toMatchObject({
    accessToken: token,
    tokenType: 'Bearer',
    source: 'adopted',
    expiresIn: 1800,
    expiration: iat + 1800,
    deadlineMs: (iat + 1800) * 1000,
    claims: { identityKind: 'serviceId' },
  })

  const session = await (await request.get('/api/session')).json()
  expect(session).toMatchObject({ keyRemembered: false, token: { accessToken: token } })
})

test('cross-site POSTs to inspect, adopt and key owner get 403', async () => {
  const token = await mintToken()
  const routes: Array<[string, unknown]> = [
    ['/api/inspect', { input: token }],
    ['/api/session/adopt', { input: token }],
    ['/api/key-owner', { apikey: DEMO_USER_APIKEY }],
  ]
  for (const [path, body] of routes) {
    for (const headers of [
      { Origin: 'https://evil.example' },
      { 'Sec-Fetch-Site': 'cross-site' },
    ]) {
      const response = await postJson(path, body, APP_URL, headers)
      expect(response.status).toBe(403)
      expect((await response.json()).error.code).toBe('cross_site')
      expect(response.headers.get('set-cookie')).toBeNull()
    }
  }
})

test("key owner: a pasted key gives the key's name, owner, account and date, never the key", async () => {
  const response = await postJson('/api/key-owner', { apikey: DEMO_USER_APIKEY })
  expect(response.status).toBe(200)
  expect(response.headers.get('cache-control')).toBe('no-store')
  const text = await response.text()
  expect(text).not.toContain(DEMO_USER_APIKEY)
  expect(JSON.parse(text)).toEqual({
    name: DEMO_USER.apikeyRecord.name,
    description: DEMO_USER.apikeyRecord.description,
    iamId: DEMO_USER.iamId,
    accountId: DEMO_USER.account.bss,
    createdAt: '2025-01-15T09:30:00.000Z',
    createdBy: DEMO_USER.apikeyRecord.createdBy,
    locked: false,
    disabled: false,
  })
})

test('key owner uses the remembered key, and says so when there is none', async ({ request }) => {
  const none = await request.post('/api/key-owner', { headers: JSON_HEADERS, data: {} })
  expect(none.status()).toBe(409)
  expect((await none.json()).error).toMatchObject({
    code: 'no_remembered_key',
    message: expect.stringMatching(/Paste the key to look up who owns it/),
  })

  await request.post('/api/token', {
    headers: JSON_HEADERS,
    data: { apikey: DEMO_USER_APIKEY, remember: true },
  })
  const remembered = await request.post('/api/key-owner', { headers: JSON_HEADERS, data: {} })
  expect(remembered.status()).toBe(200)
  expect((await remembered.json()).name).toBe(DEMO_USER.apikeyRecord.name)
})

test('key owner maps a wrong key like the token route, without repeating it', async () => {
  const response = await postJson('/api/key-owner', { apikey: FAKE_KEY })
  expect(response.status).toBe(401)
  const body = await response.json()
  expect(body.error).toMatchObject({ code: 'apikey_rejected', iamErrorCode: 'BXNIM0415E' })
  expect(JSON.stringify(body)).not.toContain(FAKE_KEY)
})

test('nothing pasted for inspection reaches the server log', async () => {
  const token = await mintToken()
  await inspect(`IAM token:  Bearer ${token}`)
  await postJson('/api/session/adopt', { input: token })
  const log = serverLog()
  expect(log).toContain('"route":"POST /api/inspect"')
  expect(log).not.toContain(token.split('.')[1])
  expect(log).not.toContain(token.split('.')[2])
})
