import { describe, expect, it } from 'vitest'

import { parseApiKey, parseTokenRequest } from '@/lib/iam/apikey-input'

import { appErrorFromCall } from '../support/app-error'

const SAMPLE_KEY = 'test-only-key-0123456789abcdefghijklmnopqrstu'

describe('parseApiKey', () => {
  it('accepts a key and trims whitespace from a paste', () => {
    expect(parseApiKey(`  ${SAMPLE_KEY}\n`)).toBe(SAMPLE_KEY)
  })

  it.each([
    [undefined, /missing/],
    [null, /missing/],
    ['', /empty/],
    ['   ', /empty/],
    [42, /must be text/],
    [['a'], /must be text/],
    ['a'.repeat(257), /257 characters long; an API key is at most 256/],
    ['abc\u0000def', /control characters/],
    ['abc\tdef', /control characters/],
    ['abc\u009bdef', /control characters/],
  ])('rejects %j with 400 and a sentence', (input, message) => {
    const error = appErrorFromCall(() => parseApiKey(input))
    expect(error.status).toBe(400)
    expect(error.code).toBe('invalid_apikey')
    expect(error.message).toMatch(message)
  })

  it.each([
    'Bearer abc.def.ghi',
    'bearer something',
    'eyJraWQiOiIyMDI1MDMwMTA4NDQiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln',
    'eyJraWQiOiIyMDI1MDMw\nMTA4NDQiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln',
  ])('says a pasted access token is a token, not a key: %j', (input) => {
    const error = appErrorFromCall(() => parseApiKey(input))
    expect(error.code).toBe('token_not_key')
    expect(error.message).toMatch(/This is an access token, not an API key/)
  })

  it('never repeats the input in its message', () => {
    for (const input of [`${SAMPLE_KEY}\u0001`, SAMPLE_KEY.repeat(7)]) {
      expect(appErrorFromCall(() => parseApiKey(input)).message).not.toContain(SAMPLE_KEY)
    }
  })
})

describe('parseTokenRequest', () => {
  it('reads apikey and remember', () => {
    expect(parseTokenRequest({ apikey: SAMPLE_KEY })).toEqual({
      apikey: SAMPLE_KEY,
      remember: false,
    })
    expect(parseTokenRequest({ apikey: SAMPLE_KEY, remember: true }).remember).toBe(true)
  })

  it.each([null, [], 'text', 3])('rejects a body that is not an object: %j', (body) => {
    expect(appErrorFromCall(() => parseTokenRequest(body)).status).toBe(400)
  })

  it('rejects a remember flag that is not a boolean', () => {
    const error = appErrorFromCall(() => parseTokenRequest({ apikey: SAMPLE_KEY, remember: 'yes' }))
    expect(error.message).toMatch(/"remember" must be true or false/)
  })
})
