import { createRemoteJWKSet, jwtVerify } from 'jose'
import { describe, expect, it } from 'vitest'

import { apikeyOf, jwtPartText, jwtPayload, requestToken, sharedEmulator } from './helpers'

const emulator = sharedEmulator()
const control = (path: string) => `${emulator().url}/__emulator/${path}`

function sendJsonTo(path: string, method: string, body?: unknown): Promise<Response> {
  return fetch(control(path), {
    method,
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  })
}

async function errorSentence(response: Response): Promise<string> {
  const body = (await response.json()) as { error: string }
  return body.error
}

describe('/__emulator control endpoints', () => {
  it('sets a fault with PUT /fault and clears it with DELETE /fault', async () => {
    const set = await sendJsonTo('fault', 'PUT', { kind: 'status', status: 503, times: 5 })
    expect(set.status).toBe(200)
    expect(await set.json()).toEqual({ active: [{ kind: 'status', status: 503, times: 5 }] })
    expect((await requestToken(emulator(), apikeyOf(emulator(), 'user'))).status).toBe(503)

    const cleared = await fetch(control('fault'), { method: 'DELETE' })
    expect(cleared.status).toBe(204)
    expect((await requestToken(emulator(), apikeyOf(emulator(), 'user'))).status).toBe(200)
  })

  it('reports and resets stats', async () => {
    await requestToken(emulator(), apikeyOf(emulator(), 'user'))
    await fetch(`${emulator().url}/identity/keys`)

    const stats = (await (await fetch(control('stats'))).json()) as Record<string, unknown>
    expect(stats).toMatchObject({
      tokenRequests: 1,
      tokenResponsesByStatus: { '200': 1 },
      keysRequests: 1,
    })

    expect((await fetch(control('stats/reset'), { method: 'POST' })).status).toBe(204)
    expect(emulator().stats()).toMatchObject({ tokenRequests: 0, keysRequests: 0 })
  })

  it('mints a token with chosen claims that verifies against the JWKS', async () => {
    const exp = Math.floor(Date.now() / 1000) + 120
    const response = await sendJsonTo('mint', 'POST', {
      identity: 'serviceId',
      exp,
      claims: { scope: 'ibm openid resource-controller', acr: null },
    })
    const { access_token: token } = (await response.json()) as { access_token: string }

    expect(response.status).toBe(200)
    const jwks = createRemoteJWKSet(new URL(`${emulator().url}/identity/keys`))
    const { payload } = await jwtVerify(token, jwks, { issuer: `${emulator().url}/identity` })
    expect(payload).toMatchObject({
      exp,
      sub_type: 'ServiceId',
      scope: 'ibm openid resource-controller',
    })
    expect(payload).not.toHaveProperty('acr')
  })

  it('mints with an empty body too', async () => {
    const response = await fetch(control('mint'), { method: 'POST' })
    const { access_token: token } = (await response.json()) as { access_token: string }
    expect(jwtPayload(token).realmid).toBe('IBMid')
  })

  it('describes itself at GET /info', async () => {
    const info = (await (await fetch(control('info'))).json()) as Record<string, unknown>
    expect(info).toMatchObject({
      url: emulator().url,
      issuer: `${emulator().url}/identity`,
      demoInstanceId: emulator().demoInstanceId,
      demoKeys: emulator().demoKeys,
    })
  })

  it.each<[string, string, string, unknown, RegExp]>([
    ['a body that is not JSON', 'fault', 'PUT', '{kind:', /not valid JSON/],
    ['an empty fault', 'fault', 'PUT', undefined, /Send a JSON fault/],
    ['an unknown fault kind', 'fault', 'PUT', { kind: 'explode' }, /"kind" must be one of status/],
    ['a fault without status', 'fault', 'PUT', { kind: 'status' }, /"status" is required/],
    ['a string delay', 'fault', 'PUT', { kind: 'slow', delayMs: '5' }, /"delayMs" must be a whole/],
    ['an extra fault field', 'fault', 'PUT', { kind: 'drop', when: 1 }, /"when" is not allowed/],
    ['a fault that is a list', 'fault', 'PUT', [], /must be a JSON object/],
    ['a negative exp', 'mint', 'POST', { exp: -1 }, /"exp" must be a whole number/],
    ['an unknown identity', 'mint', 'POST', { identity: 'root' }, /"identity" must be one of/],
    ['claims that are not an object', 'mint', 'POST', { claims: 3 }, /"claims" must be a JSON/],
  ])('answers %s with 400 and a sentence', async (_case, path, method, body, message) => {
    const response = await sendJsonTo(path, method, body)
    expect(response.status).toBe(400)
    expect(await errorSentence(response)).toMatch(message)
  })

  it('answers unknown control paths with 404 and wrong methods with 405', async () => {
    const unknown = await fetch(control('nope'))
    expect(unknown.status).toBe(404)
    expect(await errorSentence(unknown)).toMatch(/Unknown control endpoint/)

    const wrongMethod = await fetch(control('stats'), { method: 'DELETE' })
    expect(wrongMethod.status).toBe(405)
    expect(wrongMethod.headers.get('allow')).toBe('GET')
  })

  it('does not count control requests in the stats', async () => {
    await fetch(control('info'))
    await fetch(control('stats'))
    const stats = emulator().stats()
    expect(stats.tokenRequests + stats.unknownRequests + stats.aeRequests).toBe(0)
  })

  it('rotates keys with POST /rotate-keys', async () => {
    const before = JSON.parse(jwtPartText(await emulator().mintToken(), 0)) as { kid: string }
    const response = await fetch(control('rotate-keys'), { method: 'POST' })
    const { kid } = (await response.json()) as { kid: string }

    expect(response.status).toBe(200)
    expect(kid > before.kid).toBe(true)
    expect(JSON.parse(jwtPartText(await emulator().mintToken(), 0))).toEqual({ kid, alg: 'RS256' })
  })
})
