import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import {
  DEMO_INSTANCE_ID,
  DEMO_USER_APIKEY,
  startEmulator,
  type RunningEmulator,
} from '@/lib/emulator'
import { exchangeApiKey } from '@/lib/iam/client'
import {
  MAX_AE_BODY_BYTES,
  aeInstanceUrl,
  callAeInstance,
} from '@/lib/walkthrough/ae-instance-call'

import { appErrorFrom } from '../support/app-error'

let emulator: RunningEmulator
let accessToken: string

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, quiet: true })
  const { token } = await exchangeApiKey(DEMO_USER_APIKEY, {
    tokenUrl: `${emulator.url}/identity/token`,
    timeoutMs: 3000,
  })
  accessToken = token.accessToken
})
afterAll(() => emulator.close())
beforeEach(() => emulator.clearFaults())

const v3Target = { api: 'v3', region: 'us-south', instanceId: DEMO_INSTANCE_ID } as const

describe('aeInstanceUrl', () => {
  it("uses IBM's regional host when AE_API_URL is not set", () => {
    expect(aeInstanceUrl({ ...v3Target, region: 'eu-de' }, undefined)).toBe(
      `https://api.eu-de.ae.cloud.ibm.com/v3/analytics_engines/${DEMO_INSTANCE_ID}`,
    )
  })

  it('uses AE_API_URL when it is set, for v2 too', () => {
    expect(aeInstanceUrl({ ...v3Target, api: 'v2' }, 'http://127.0.0.1:4010')).toBe(
      `http://127.0.0.1:4010/v2/analytics_engines/${DEMO_INSTANCE_ID}`,
    )
  })
})

describe('callAeInstance against the emulator', () => {
  const call = (overrides: Partial<Parameters<typeof callAeInstance>[0]> = {}) =>
    callAeInstance({
      url: aeInstanceUrl(v3Target, emulator.url),
      accessToken,
      timeoutMs: 1500,
      ...overrides,
    })

  it('relays the instance details with status 200', async () => {
    const result = await call()
    expect(result).toMatchObject({ status: 200, truncated: false })
    expect(result.body).toMatchObject({ id: DEMO_INSTANCE_ID, state: 'active' })
    expect(result.url).not.toContain(accessToken)
  })

  it("relays AE's 401 for a token it does not accept as an answer, not an error", async () => {
    const result = await call({ accessToken: 'not-a-token' })
    expect(result.status).toBe(401)
    expect(JSON.stringify(result.body)).toMatch(/not valid/)
  })

  it('gives 504 ae_timeout when AE is slower than the timeout', async () => {
    emulator.setFault({ kind: 'slow', delayMs: 1000, target: 'ae' })
    const error = await appErrorFrom(call({ timeoutMs: 300 }))
    expect(error).toMatchObject({ status: 504, code: 'ae_timeout' })
    expect(error.message).toMatch(/did not answer within 0\.3 seconds/)
  })

  it('gives 503 ae_unavailable when the connection drops', async () => {
    emulator.setFault({ kind: 'drop', target: 'ae' })
    const error = await appErrorFrom(call())
    expect(error).toMatchObject({ status: 503, code: 'ae_unavailable' })
    expect(error.message).not.toContain(accessToken)
  })
})

describe('callAeInstance against other servers', () => {
  let server: Server
  let baseUrl: string
  let nextAnswer: (res: ServerResponse) => void

  beforeAll(async () => {
    server = createServer((_req, res) => nextAnswer(res))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const call = () =>
    callAeInstance({ url: `${baseUrl}/v3/analytics_engines/x`, accessToken, timeoutMs: 1500 })

  it('cuts a body larger than the cap and says so', async () => {
    nextAnswer = (res) => res.end('x'.repeat(MAX_AE_BODY_BYTES * 2))
    const result = await call()
    expect(result.truncated).toBe(true)
    expect(String(result.body)).toHaveLength(MAX_AE_BODY_BYTES)
  })

  it('does not follow a redirect', async () => {
    nextAnswer = (res) => {
      res.writeHead(302, { Location: 'http://169.254.169.254/latest/meta-data' })
      res.end()
    }
    const result = await call()
    expect(result).toMatchObject({ status: 302, body: null })
  })

  it('relays a body that is not JSON as text', async () => {
    nextAnswer = (res) => res.end('<html>proxy error</html>')
    expect((await call()).body).toBe('<html>proxy error</html>')
  })

  it('gives 503 when nothing listens', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))

    const error = await appErrorFrom(
      callAeInstance({ url: `http://127.0.0.1:${port}/v3/x`, accessToken, timeoutMs: 1500 }),
    )
    expect(error).toMatchObject({ status: 503, code: 'ae_unavailable' })
  })
})
