import { describe, expect, it } from 'vitest'

import { demoRemaining, DEMO_LIFETIME_MS } from '@/lib/walkthrough/demo-clock'
import {
  maskSecretsInJson,
  maskTokensInText,
  presenterFromQuery,
} from '@/lib/walkthrough/presenter'

// Shaped like a JWT (base64url JSON header and payload), built here: never a committed token.
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
const TOKEN = `${b64({ kid: '1', alg: 'RS256' })}.${b64({ sub: 'test-only' })}.c2lnbmF0dXJl`

describe('presenterFromQuery', () => {
  it('reads on and off, and leaves anything else to the stored choice', () => {
    expect(presenterFromQuery('1')).toBe('on')
    expect(presenterFromQuery(['true', '0'])).toBe('on')
    expect(presenterFromQuery('0')).toBe('off')
    expect(presenterFromQuery(undefined)).toBeNull()
    expect(presenterFromQuery('maybe')).toBeNull()
  })
})

describe('maskTokensInText', () => {
  it('masks the token in CLI output and keeps the rest', () => {
    const masked = maskTokensInText(`IAM token:  Bearer ${TOKEN}\n`, () => '[masked]')
    expect(masked).toBe('IAM token:  Bearer [masked]\n')
  })

  it('masks every token, also inside JSON', () => {
    const text = JSON.stringify({ iam_token: `Bearer ${TOKEN}`, uaa_token: `Bearer ${TOKEN}` })
    expect(maskTokensInText(text, () => 'x')).not.toContain(TOKEN)
  })
})

describe('maskSecretsInJson', () => {
  it('masks credential-like fields at any depth and leaves the rest', () => {
    const masked = maskSecretsInJson({
      id: 'abc',
      state: 'active',
      instance_home: { hmac_access_key: 'test-only-access', hmac_secret_key: '***', region: 'x' },
      list: [{ password: 'test-only-pw' }],
      note: `token inside: ${TOKEN}`,
    })
    const text = JSON.stringify(masked)

    expect(text).not.toMatch(/test-only-access|test-only-pw/)
    expect(text).not.toContain(TOKEN)
    expect(masked).toMatchObject({ id: 'abc', state: 'active', instance_home: { region: 'x' } })
  })

  it('leaves numbers, booleans and null alone, even under credential-like names', () => {
    expect(maskSecretsInJson({ key_count: 2, token_valid: true, secret: null })).toEqual({
      key_count: 2,
      token_valid: true,
      secret: null,
    })
  })
})

describe('demoRemaining', () => {
  const start = 1_000_000

  it('starts full and valid', () => {
    expect(demoRemaining(start, start)).toEqual({
      remainingMs: DEMO_LIFETIME_MS,
      fraction: 1,
      urgency: 'ok',
    })
  })

  it('runs through the real states at the same share of the lifetime', () => {
    // Ten minutes of sixty is a sixth: 20 s of a 2-minute demo; two minutes is 4 s.
    expect(demoRemaining(start, start + DEMO_LIFETIME_MS - 21_000).urgency).toBe('ok')
    expect(demoRemaining(start, start + DEMO_LIFETIME_MS - 19_000).urgency).toBe('soon')
    expect(demoRemaining(start, start + DEMO_LIFETIME_MS - 3_000).urgency).toBe('critical')
    expect(demoRemaining(start, start + DEMO_LIFETIME_MS)).toMatchObject({
      remainingMs: 0,
      urgency: 'expired',
    })
  })
})
