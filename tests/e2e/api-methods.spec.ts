import { expect, test } from '@playwright/test'

import { APP_PORT, APP_URL } from './support/env'
import { sendRaw } from './support/fuzz/raw-http'

const ROUTES = [
  { path: '/api/token', allow: 'POST, OPTIONS', refused: ['GET', 'PUT', 'PATCH', 'DELETE'] },
  { path: '/api/session', allow: 'GET, HEAD, DELETE, OPTIONS', refused: ['POST', 'PUT', 'PATCH'] },
  { path: '/api/health', allow: 'GET, HEAD, OPTIONS', refused: ['POST', 'PUT', 'PATCH', 'DELETE'] },
  ...[
    '/api/token/renew',
    '/api/inspect',
    '/api/session/adopt',
    '/api/key-owner',
    '/api/walkthrough/ae-call',
  ].map((path) => ({
    path,
    allow: 'POST, OPTIONS',
    refused: ['GET', 'PUT', 'PATCH', 'DELETE'],
  })),
]

for (const { path, allow, refused } of ROUTES) {
  test(`${path} answers other methods with a JSON 405 naming the allowed ones`, async () => {
    for (const method of refused) {
      const response = await fetch(`${APP_URL}${path}`, { method })
      expect(response.status, method).toBe(405)
      expect(response.headers.get('allow')).toBe(allow)
      expect(response.headers.get('set-cookie')).toBeNull()
      const body = await response.json()
      expect(body.error.code).toBe('method_not_allowed')
      expect(body.error.message).toBe(
        `${path} does not accept ${method} requests; it accepts ${allow.replace(/, (\w+)$/, ' and $1')}.`,
      )
    }
  })
}

test('OPTIONS lists the allowed methods', async () => {
  const response = await fetch(`${APP_URL}/api/session`, { method: 'OPTIONS' })
  expect(response.status).toBe(204)
  expect(response.headers.get('allow')).toBe('GET, HEAD, DELETE, OPTIONS')
})

test('TRACE gets a JSON 405 instead of crashing in the proxy', async () => {
  for (const path of ['/api/token', '/']) {
    const answer = await sendRaw(APP_PORT, {
      method: 'TRACE',
      path,
      headers: [],
      body: new Uint8Array(),
    })
    expect(answer?.status).toBe(405)
    expect(answer?.headers.get('allow')).toEqual(['GET, HEAD, POST, DELETE, OPTIONS'])
    expect(answer?.headers.get('x-content-type-options')).toEqual(['nosniff'])
    expect(JSON.parse(answer?.body ?? '')).toEqual({
      error: { code: 'method_not_allowed', message: 'This server does not accept TRACE requests.' },
    })
  }
})

test('an API address nobody serves answers a JSON 404', async () => {
  for (const [method, path] of [
    ['GET', '/api/nope'],
    ['POST', '/api/token/extra'],
    ['DELETE', '/api'],
    ['OPTIONS', '/api/nope'],
  ]) {
    const response = await fetch(`${APP_URL}${path}`, { method })
    expect(response.status, `${method} ${path}`).toBe(404)
    expect((await response.json()).error.code).toBe('not_found')
  }
})

test('a path with a broken percent-escape is a 400, not a server error', async () => {
  for (const path of ['/api/%zz', '/api/session/%zz', '/api/token%', '/%E0%A4%A']) {
    const answer = await sendRaw(APP_PORT, {
      method: 'GET',
      path,
      headers: [],
      body: new Uint8Array(),
    })
    expect(answer?.status, path).toBe(400)
    expect(JSON.parse(answer?.body ?? '').error.code).toBe('invalid_request')
  }
})
