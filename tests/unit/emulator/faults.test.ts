import { describe, expect, it } from 'vitest'

import type { Fault } from '@/lib/emulator'

import {
  accessToken,
  apikeyOf,
  bearer,
  requestToken,
  sharedEmulator,
  withEmulator,
} from './helpers'

const emulator = sharedEmulator()
const userKey = () => apikeyOf(emulator(), 'user')

describe('injected faults', () => {
  it('answers with the chosen status, Retry-After, and an invented error body', async () => {
    emulator().setFault({ kind: 'status', status: 429, retryAfterSeconds: 7 })
    const response = await requestToken(emulator(), userKey())
    const body = (await response.json()) as { errorCode: string; errorMessage: string }

    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('7')
    expect(body.errorCode).toBe('EMULATOR_FAULT')
    expect(body.errorMessage).toBe('Injected fault: HTTP 429 Too Many Requests.')
  })

  it('affects only `times` requests, then the endpoint recovers', async () => {
    emulator().setFault({ kind: 'status', status: 503, times: 2 })
    const statuses = []
    for (let i = 0; i < 3; i += 1) statuses.push((await requestToken(emulator(), userKey())).status)

    expect(statuses).toEqual([503, 503, 200])
    expect(emulator().stats()).toMatchObject({
      faultsInjected: 2,
      tokenResponsesByStatus: { '503': 2, '200': 1 },
    })
  })

  it('keeps a fault without `times` until it is cleared', async () => {
    emulator().setFault({ kind: 'status', status: 500 })
    expect((await requestToken(emulator(), userKey())).status).toBe(500)
    expect((await requestToken(emulator(), userKey())).status).toBe(500)
    emulator().clearFaults()
    expect((await requestToken(emulator(), userKey())).status).toBe(200)
  })

  it('delays a response with `slow`, then answers normally', async () => {
    emulator().setFault({ kind: 'slow', delayMs: 150, times: 1 })
    const started = performance.now()
    const response = await requestToken(emulator(), userKey())

    expect(performance.now() - started).toBeGreaterThanOrEqual(140)
    expect(response.status).toBe(200)
  })

  it('destroys the socket without an answer with `drop`', async () => {
    emulator().setFault({ kind: 'drop', times: 1 })

    await expect(requestToken(emulator(), userKey())).rejects.toThrow(TypeError)
    expect(emulator().stats().tokenResponsesByStatus).toEqual({ dropped: 1 })
    expect((await requestToken(emulator(), userKey())).status).toBe(200)
  })

  it('answers 200 with an HTML page with `non-json`', async () => {
    emulator().setFault({ kind: 'non-json', times: 1 })
    const response = await requestToken(emulator(), userKey())

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    await expect(response.clone().json()).rejects.toThrow(SyntaxError)
    expect(await response.text()).toContain('<html>')
  })

  it('answers 200 JSON that is no token response with `bad-schema`', async () => {
    emulator().setFault({ kind: 'bad-schema', times: 1 })
    const response = await requestToken(emulator(), userKey())
    const body = (await response.json()) as Record<string, unknown>

    expect(response.status).toBe(200)
    expect(body).not.toHaveProperty('access_token')
    expect(body).not.toHaveProperty('expires_in')
  })

  it('applies a targeted fault to its surface only', async () => {
    const token = await accessToken(emulator(), 'user')
    const instance = `${emulator().url}/v3/analytics_engines/${emulator().demoInstanceId}`
    emulator().setFault({ kind: 'status', status: 502, target: 'ae', times: 1 })

    expect((await requestToken(emulator(), userKey())).status).toBe(200)
    const failed = await fetch(instance, { headers: bearer(token) })
    expect(failed.status).toBe(502)
    expect(await failed.json()).toMatchObject({
      status_code: 502,
      errors: [{ code: 'bad_gateway' }],
    })
    expect((await fetch(instance, { headers: bearer(token) })).status).toBe(200)
  })

  it('can fail the JWKS and the API key details endpoints', async () => {
    const token = await accessToken(emulator(), 'user')
    emulator().setFault({ kind: 'status', status: 500, target: 'keys', times: 1 })
    emulator().setFault({ kind: 'non-json', target: 'apikey-details', times: 1 })

    expect((await fetch(`${emulator().url}/identity/keys`)).status).toBe(500)
    const details = await fetch(`${emulator().url}/v1/apikeys/details`, {
      headers: { ...bearer(token), 'IAM-ApiKey': userKey() },
    })
    expect(details.headers.get('content-type')).toMatch(/^text\/html/)
    expect((await fetch(`${emulator().url}/identity/keys`)).status).toBe(200)
  })

  it.each<[string, unknown]>([
    ['an unknown kind', { kind: 'explode' }],
    ['a status below 400', { kind: 'status', status: 200 }],
    ['a missing delay', { kind: 'slow' }],
    ['zero times', { kind: 'drop', times: 0 }],
    ['an unknown target', { kind: 'drop', target: 'everything' }],
    ['an option of another kind', { kind: 'drop', delayMs: 5 }],
  ])('refuses %s with an Error that says why', (_case, fault) => {
    expect(() => emulator().setFault(fault as Fault)).toThrow(/^IAM emulator: invalid fault\. "/)
  })

  it('adds latencyMs to every token response', async () => {
    await withEmulator({ latencyMs: 150 }, async (slow) => {
      await slow.mintToken() // waits for the signing key, so the timing below is latency only
      const started = performance.now()
      const response = await requestToken(slow, apikeyOf(slow, 'user'))
      expect(response.status).toBe(200)
      expect(performance.now() - started).toBeGreaterThanOrEqual(140)
    })
  })

  it('closes promptly while a slow fault is still waiting', async () => {
    await withEmulator({}, async (closing) => {
      closing.setFault({ kind: 'slow', delayMs: 60_000 })
      const pending = requestToken(closing, apikeyOf(closing, 'user')).catch(
        (error: unknown) => error,
      )
      await new Promise((resolve) => setTimeout(resolve, 50))
      const started = performance.now()
      await closing.close()

      expect(performance.now() - started).toBeLessThan(1000)
      expect(await pending).toBeInstanceOf(TypeError)
    })
  })
})
