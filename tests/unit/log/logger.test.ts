import { randomBytes } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { createLogger } from '@/lib/log/logger'

/** A logger with the server's configuration, writing its lines into an array. */
function capturingLogger() {
  const lines: string[] = []
  const logger = createLogger({ write: (line: string) => void lines.push(line) })
  return { logger, output: () => lines.join('') }
}

const base64url = (text: string) => Buffer.from(text).toString('base64url')

/** Made at test time: token-shaped, signed by nobody. */
function fakeJwt(): string {
  const header = base64url(JSON.stringify({ alg: 'RS256', kid: 'test' }))
  const claims = base64url(JSON.stringify({ sub: 'test-only', iat: Date.now() }))
  return `${header}.${claims}.${randomBytes(64).toString('base64url')}`
}

const apikey = () => `test-only-key-${randomBytes(16).toString('hex')}`
const seal = () =>
  `Fe26.2*1*${randomBytes(48).toString('base64url')}*${randomBytes(8).toString('hex')}`

describe('the logger configuration', () => {
  it('blanks secret-named fields at any depth and in any spelling', () => {
    const { logger, output } = capturingLogger()
    const secrets = Array.from({ length: 12 }, apikey)
    const [a, b, c, d, e, f, g, h, i, j, k, l] = secrets

    logger.info({ apikey: a, apiKey: b, api_key: c, password: d }, 'top level')
    logger.info({ req: { headers: { Authorization: `Basic ${e}`, Cookie: f } } }, 'headers')
    logger.info({ res: { headers: { 'set-cookie': [g], 'IAM-ApiKey': h } } }, 'header names')
    logger.info({ one: { two: { three: { four: { five: { token: i } } } } } }, 'deep')
    logger.info({ items: [{ access_token: j }, { nested: [{ refresh_token: k }] }] }, 'arrays')
    logger.info({ config: { SESSION_PASSWORD: l } }, 'environment')

    const log = output()
    for (const secret of secrets) expect(log).not.toContain(secret)
    expect(log.match(/\[redacted\]/g)?.length).toBeGreaterThanOrEqual(secrets.length)
  })

  it('cuts tokens, session seals and bearer credentials out of any text', () => {
    const { logger, output } = capturingLogger()
    const token = fakeJwt()
    const sealed = seal()
    const bearer = randomBytes(24).toString('base64url')

    logger.info(`message with ${token}`)
    logger.info({ detail: `IAM said: ${token} is wrong` }, 'in a field')
    logger.warn({ header: `iamwb_session=${sealed}; Path=/` }, 'a cookie line')
    logger.info({ curl: `curl -H "Authorization: Bearer ${bearer}"` }, 'a command')
    logger.error({ err: new Error(`failed with ${token}`) }, 'an error')
    logger.child({ session: sealed }).info('a child binding')

    const log = output()
    expect(log).not.toContain(token)
    expect(log).not.toContain(token.split('.')[2])
    expect(log).not.toContain(sealed)
    expect(log).not.toContain(bearer)
    expect(log).toContain('Bearer [redacted]')
  })

  it('keeps the fields operators need: ids, routes, statuses, codes', () => {
    const { logger, output } = capturingLogger()
    const requestId = crypto.randomUUID()

    logger.info(
      {
        requestId,
        method: 'POST',
        route: 'POST /api/token',
        status: 401,
        durationMs: 12.5,
        iamRequestId: 'test-req-0001',
        errorCode: 'apikey_rejected',
        tokenType: 'Bearer',
      },
      'request',
    )

    const record = JSON.parse(output()) as Record<string, unknown>
    expect(record).toMatchObject({
      level: 'info',
      app: 'iam-token-workbench',
      requestId,
      method: 'POST',
      route: 'POST /api/token',
      status: 401,
      durationMs: 12.5,
      iamRequestId: 'test-req-0001',
      errorCode: 'apikey_rejected',
      tokenType: 'Bearer',
      msg: 'request',
    })
  })

  it('writes exactly one JSON line per call, even for circular records', () => {
    const { logger, output } = capturingLogger()
    const circular: Record<string, unknown> = { name: 'loop' }
    circular.self = circular

    logger.info({ circular }, 'first')
    logger.info('second')

    const lines = output().trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ circular: { self: '[circular]' } })
  })
})
