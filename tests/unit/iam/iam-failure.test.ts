import { describe, expect, it } from 'vitest'

import { parseRetryAfter, toAppError } from '@/lib/iam/iam-failure'
import { scrubSecret } from '@/lib/iam/scrub'

const KEY = 'test-only-key-for-failure-mapping'

function iamBody(code: string, message: string, details?: string) {
  return JSON.stringify({
    errorCode: code,
    errorMessage: message,
    ...(details ? { errorDetails: details } : {}),
    context: { requestId: 'ABCD123-0123456789abcdef0123456789abcdef' },
  })
}

describe('toAppError', () => {
  it("maps BXNIM0415E to 401 with IAM's sentence, code and advice", () => {
    const error = toAppError({
      status: 400,
      bodyText: iamBody('BXNIM0415E', 'Provided API key could not be found.'),
      headers: new Headers({ 'transaction-id': 'TXN-1' }),
      apikey: KEY,
    })
    expect(error.status).toBe(401)
    expect(error.code).toBe('apikey_rejected')
    expect(error.iamErrorCode).toBe('BXNIM0415E')
    expect(error.iamRequestId).toBe('TXN-1')
    expect(error.message).toBe(
      'IAM rejected this API key: Provided API key could not be found (BXNIM0415E). Check that ' +
        'you copied the whole key and that it has not been deleted. IBM Cloud shows a key only ' +
        'once, so create a new one if you no longer have it.',
    )
  })

  it('falls back to the request id in the body', () => {
    const error = toAppError({
      status: 400,
      bodyText: iamBody('BXNIM0410E', 'Provided user not found or active'),
      headers: new Headers(),
      apikey: KEY,
    })
    expect(error.iamRequestId).toBe('ABCD123-0123456789abcdef0123456789abcdef')
    expect(error.message).toMatch(/no longer exists or is not active/)
  })

  it('scrubs the submitted key from anything relayed', () => {
    const error = toAppError({
      status: 400,
      bodyText: iamBody('BXNIM0415E', `Key ${KEY} and ${encodeURIComponent(KEY + ' ')} unknown`),
      headers: new Headers(),
      apikey: KEY,
    })
    expect(error.message).not.toContain(KEY)
    expect(error.message).toContain('[redacted]')
  })

  it('relays 429 with Retry-After', () => {
    const error = toAppError({
      status: 429,
      bodyText: 'Too many requests',
      headers: new Headers({ 'retry-after': '17' }),
      apikey: KEY,
    })
    expect(error).toMatchObject({ status: 429, code: 'iam_rate_limited', retryAfterSeconds: 17 })
    expect(error.message).toMatch(/Wait about 17 seconds/)
  })

  it.each([500, 502, 503, 504])('maps IAM %d to 502', (status) => {
    const error = toAppError({ status, bodyText: '<html>', headers: new Headers(), apikey: KEY })
    expect(error).toMatchObject({ status: 502, code: 'iam_bad_answer' })
    expect(error.message).toContain(`HTTP ${status}`)
  })

  it('points at IAM_URL when the endpoint answers something odd', () => {
    const error = toAppError({ status: 404, bodyText: '', headers: new Headers(), apikey: KEY })
    expect(error).toMatchObject({ status: 502, code: 'iam_bad_answer' })
    expect(error.message).toMatch(/wrong IAM_URL/)
  })

  it('still answers 401 for a rejection without an IAM body', () => {
    const error = toAppError({ status: 403, bodyText: 'nope', headers: new Headers(), apikey: KEY })
    expect(error.message).toMatch(/^IAM rejected this API key \(HTTP 403\)\./)
  })
})

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-12-03T10:00:00Z')
    expect(parseRetryAfter('30', now)).toBe(30)
    expect(parseRetryAfter('Thu, 03 Dec 2026 10:01:00 GMT', now)).toBe(60)
    expect(parseRetryAfter('Thu, 03 Dec 2026 09:00:00 GMT', now)).toBe(1)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(null, now)).toBeUndefined()
  })
})

describe('scrubSecret', () => {
  it('replaces raw and URL-encoded forms', () => {
    expect(scrubSecret('a+b/c= and a%2Bb%2Fc%3D', 'a+b/c=')).toBe('[redacted] and [redacted]')
    expect(scrubSecret('nothing', '')).toBe('nothing')
  })
})
