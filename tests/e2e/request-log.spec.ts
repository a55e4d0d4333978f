import { expect, test } from '@playwright/test'

import { APP_URL } from './support/env'
import { recordSecret } from './support/secrets'
import { serverLog } from './support/server-log'

/** The server log's records for one request, found by the X-Request-Id it answered with. */
function recordsOf(requestId: string): Array<Record<string, unknown>> {
  return serverLog()
    .split('\n')
    .filter((line) => line.includes(requestId))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}

test('each API request writes one JSON log line with route, status, timing and IAM ids', async () => {
  const wrongKey = `test-only-log-line-${Date.now()}`
  recordSecret('apikey', wrongKey)
  const response = await fetch(`${APP_URL}/api/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ apikey: wrongKey }),
  })
  expect(response.status).toBe(401)
  const requestId = response.headers.get('x-request-id') ?? ''
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/)

  await expect.poll(() => recordsOf(requestId).length).toBe(1)
  const [record] = recordsOf(requestId)
  expect(record).toMatchObject({
    level: 'info',
    msg: 'request',
    method: 'POST',
    route: 'POST /api/token',
    status: 401,
    errorCode: 'apikey_rejected',
    iamErrorCode: 'BXNIM0415E',
    iamRequestId: expect.any(String),
    durationMs: expect.any(Number),
  })
  expect(JSON.stringify(record)).not.toContain(wrongKey)
})

test('a request that succeeds is logged without an error code', async () => {
  const response = await fetch(`${APP_URL}/api/session`)
  const requestId = response.headers.get('x-request-id') ?? ''

  await expect.poll(() => recordsOf(requestId).length).toBe(1)
  const [record] = recordsOf(requestId)
  expect(record).toMatchObject({ method: 'GET', route: 'GET /api/session', status: 200 })
  expect(record).not.toHaveProperty('errorCode')
})
