import { createServer } from 'node:net'

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { DEMO_USER_APIKEY, startEmulator, type RunningEmulator } from '@/lib/emulator'
import { exchangeApiKey } from '@/lib/iam/client'
import { appErrorFrom } from '../support/app-error'

let emulator: RunningEmulator
let tokenUrl: string

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, quiet: true })
  tokenUrl = `${emulator.url}/identity/token`
})
afterAll(() => emulator.close())
beforeEach(() => {
  emulator.clearFaults()
  emulator.resetStats()
})

const options = () => ({ tokenUrl, timeoutMs: 1500, retryDelayMs: 20 })

describe('exchangeApiKey against the emulator', () => {
  it('gets a token and keeps the facts the session needs', async () => {
    const before = Date.now()
    const { token, retried } = await exchangeApiKey(DEMO_USER_APIKEY, options())

    expect(retried).toBe(false)
    expect(token.accessToken).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/)
    expect(token).toMatchObject({
      tokenType: 'Bearer',
      expiresInSeconds: 3600,
      scope: 'ibm openid',
    })
    expect(token.receivedAtMs).toBeGreaterThanOrEqual(before)
    expect(
      Math.abs(token.expirationSeconds * 1000 - (token.receivedAtMs + 3_600_000)),
    ).toBeLessThan(2000)
    expect(token.iamRequestId).toBeDefined()
  })

  it('leaves no timer behind once IAM has answered', async () => {
    // A timer left running would hold the request's context until it fires (see the client).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      await exchangeApiKey(DEMO_USER_APIKEY, options())
      expect(vi.getTimerCount()).toBe(0)
    } finally {
      vi.useRealTimers()
    }
  })

  it('maps an unknown key to 401 with IAM code BXNIM0415E', async () => {
    const error = await appErrorFrom(exchangeApiKey('test-only-unknown-key', options()))
    expect(error).toMatchObject({
      status: 401,
      code: 'apikey_rejected',
      iamErrorCode: 'BXNIM0415E',
    })
    expect(error.message).toContain('Provided API key could not be found')
  })

  it.each([502, 503, 504])('retries once when IAM answers %d, then succeeds', async (status) => {
    emulator.setFault({ kind: 'status', status, times: 1 })
    const { retried } = await exchangeApiKey(DEMO_USER_APIKEY, options())
    expect(retried).toBe(true)
    expect(emulator.stats().tokenRequests).toBe(2)
  })

  it('retries once after a dropped connection', async () => {
    emulator.setFault({ kind: 'drop', times: 1 })
    const { retried } = await exchangeApiKey(DEMO_USER_APIKEY, options())
    expect(retried).toBe(true)
  })

  it('gives up after one retry: 5xx twice is 502', async () => {
    emulator.setFault({ kind: 'status', status: 503 })
    const error = await appErrorFrom(exchangeApiKey(DEMO_USER_APIKEY, options()))
    expect(error).toMatchObject({ status: 502, code: 'iam_bad_answer' })
    expect(emulator.stats().tokenRequests).toBe(2)
  })

  it('does not retry a 500', async () => {
    emulator.setFault({ kind: 'status', status: 500 })
    const error = await appErrorFrom(exchangeApiKey(DEMO_USER_APIKEY, options()))
    expect(error.status).toBe(502)
    expect(emulator.stats().tokenRequests).toBe(1)
  })

  it('dropped twice is 503 unavailable', async () => {
    emulator.setFault({ kind: 'drop' })
    const error = await appErrorFrom(exchangeApiKey(DEMO_USER_APIKEY, options()))
    expect(error).toMatchObject({ status: 503, code: 'iam_unavailable' })
  })

  it('relays 429 and its Retry-After without retrying', async () => {
    emulator.setFault({ kind: 'status', status: 429, retryAfterSeconds: 42 })
    const error = await appErrorFrom(exchangeApiKey(DEMO_USER_APIKEY, options()))
    expect(error).toMatchObject({ status: 429, code: 'iam_rate_limited', retryAfterSeconds: 42 })
    expect(emulator.stats().tokenRequests).toBe(1)
  })

  it('answers 504 when IAM is slower than the timeout', async () => {
    emulator.setFault({ kind: 'slow', delayMs: 1000 })
    const error = await appErrorFrom(
      exchangeApiKey(DEMO_USER_APIKEY, { ...options(), timeoutMs: 300 }),
    )
    expect(error).toMatchObject({ status: 504, code: 'iam_timeout' })
    expect(error.message).toMatch(/did not answer within 0.3 seconds/)
  })

  it.each(['non-json', 'bad-schema'] as const)('answers 502 for a %s answer', async (kind) => {
    emulator.setFault({ kind })
    const error = await appErrorFrom(exchangeApiKey(DEMO_USER_APIKEY, options()))
    expect(error).toMatchObject({ status: 502, code: 'iam_bad_answer' })
  })

  it('answers 503 when nothing listens at IAM_URL', async () => {
    const port = await closedPort()
    const error = await appErrorFrom(
      exchangeApiKey(DEMO_USER_APIKEY, {
        ...options(),
        tokenUrl: `http://127.0.0.1:${port}/identity/token`,
      }),
    )
    expect(error).toMatchObject({ status: 503, code: 'iam_unavailable' })
  })

  it('answers 502 naming IAM_URL when the path is wrong', async () => {
    const error = await appErrorFrom(
      exchangeApiKey(DEMO_USER_APIKEY, { ...options(), tokenUrl: `${emulator.url}/wrong/path` }),
    )
    expect(error).toMatchObject({ status: 502, code: 'iam_bad_answer' })
    expect(error.message).toMatch(/IAM_URL/)
  })
})

/** A port that was free a moment ago and has nothing listening now. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 1
      server.close(() => resolve(port))
    })
  })
}
