import { describe, expect, it } from 'vitest'

import { AppError } from '@/lib/http/app-error'
import { assertSameOrigin } from '@/lib/http/origin'

function post(headers: Record<string, string>) {
  return new Request('http://localhost:3000/api/token', {
    method: 'POST',
    headers: { host: 'localhost:3000', ...headers },
  })
}

function refusal(request: Request): AppError | undefined {
  try {
    assertSameOrigin(request)
    return undefined
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
}

describe('assertSameOrigin', () => {
  it.each([
    [
      'a same-origin browser request',
      { 'sec-fetch-site': 'same-origin', origin: 'http://localhost:3000' },
    ],
    ['an older browser sending only Origin', { origin: 'http://localhost:3000' }],
    ['a tool sending neither header', {}],
    ['a user-initiated navigation', { 'sec-fetch-site': 'none' }],
    [
      'a request through a reverse proxy',
      { origin: 'https://workbench.example.com', 'x-forwarded-host': 'workbench.example.com' },
    ],
  ])('allows %s', (_name, headers) => {
    expect(refusal(post(headers))).toBeUndefined()
  })

  it.each([
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }],
    ['a same-site (sibling subdomain) fetch', { 'sec-fetch-site': 'same-site' }],
    ['a foreign Origin without fetch metadata', { origin: 'https://evil.example' }],
    ['an opaque Origin', { origin: 'null' }],
    [
      'a lying fetch-metadata header',
      { 'sec-fetch-site': 'same-origin', origin: 'https://evil.example' },
    ],
    ['another port on the same host', { origin: 'http://localhost:4000' }],
  ])('refuses %s with 403 cross_site', (_name, headers) => {
    const error = refusal(post(headers))
    expect(error?.status).toBe(403)
    expect(error?.code).toBe('cross_site')
    expect(error?.message).toMatch(/came from another website/)
  })
})
