import { describe, expect, it } from 'vitest'

import { DEMO_SERVICE_ID, DEMO_USER } from '@/lib/emulator'
import { AppError } from '@/lib/http/app-error'
import { inspectInput, parseInspectRequest } from '@/lib/inspect/inspect'
import type { InputKind } from '@/lib/inspect/types'

import { accessToken, nowSeconds, sharedEmulator, tamperedToken, verifierFor } from './support'
import { appErrorFrom } from '../support/app-error'

const emulator = sharedEmulator()

async function inspect(input: string) {
  return (await inspectInput(input, verifierFor(emulator()))).result
}

function refusal(input: string) {
  return appErrorFrom(inspect(input))
}

/** The token response exactly as the emulator's /identity/token sends it. */
async function tokenResponseText(apikey = DEMO_USER.key.apikey): Promise<string> {
  const response = await fetch(`${emulator().url}/identity/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'urn:ibm:params:oauth:grant-type:apikey', apikey }),
  })
  return response.text()
}

describe('inspectInput: every paste form, with tokens from the emulator', () => {
  it('recognises and verifies each form', async () => {
    const token = await accessToken(emulator(), 'user')
    const forms: Array<[string, InputKind]> = [
      [token, 'jwt'],
      [`Bearer ${token}`, 'bearer_header'],
      [`IAM token:  Bearer ${token}\nUAA token:  Bearer ${token.slice(0, -4)}AAAA`, 'cli_text'],
      [JSON.stringify({ iam_token: `Bearer ${token}` }), 'cli_json'],
      [await tokenResponseText(), 'token_response'],
      [`"${token.slice(0, 700)}\n${token.slice(700)}"`, 'jwt'],
    ]
    for (const [input, kind] of forms) {
      const result = await inspect(input)
      expect(result.kind).toBe(kind)
      expect(result.verification.verified).toBe(true)
    }
  })

  it('reports the facts of a pasted token response', async () => {
    const result = await inspect(await tokenResponseText())
    expect(result.kindLabel).toMatch(/token response/)
    expect(result.tokenResponse).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 3600,
      refreshToken: 'not_supported',
      imsUserId: 7000000,
    })
  })

  it("explains a user's claims in plain words", async () => {
    const result = await inspect(await accessToken(emulator(), 'user'))
    expect(result.identity).toEqual({
      kind: 'user',
      label: 'User',
      description: 'A person who signs in with an IBMid.',
      name: DEMO_USER.name,
      email: DEMO_USER.email,
      iamId: DEMO_USER.iamId,
      accountId: DEMO_USER.account.bss,
    })
    const byClaim = Object.fromEntries(result.explained.map((row) => [row.claim, row]))
    expect(byClaim.grant_type).toMatchObject({ label: 'Grant type', value: 'API key' })
    expect(byClaim.client_id?.meaning).toMatch(/^default: the request sent no client credentials/)
    expect(byClaim.realmid?.meaning).toMatch(/IBMid.*a person/)
    expect(byClaim.account?.value).toBe(
      `${DEMO_USER.account.bss} · classic infrastructure account ${DEMO_USER.account.ims}`,
    )
    expect(byClaim.exp?.value).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC \(\d+\)$/)
    expect(result.otherClaims).toEqual([])
    expect(result.invalidClaims).toEqual([])
  })

  it('names a service ID from sub_type and realmid', async () => {
    const result = await inspect(await accessToken(emulator(), 'serviceId'))
    expect(result.identity).toMatchObject({ kind: 'serviceId', name: DEMO_SERVICE_ID.name })
    const subType = result.explained.find((row) => row.claim === 'sub_type')
    expect(subType?.meaning).toBe('ServiceId: the subject is a service ID.')
  })

  it('names trusted profiles and CRN identities', async () => {
    const profile = await emulator().mintToken({
      claims: {
        iam_id: 'iam-Profile-00000000-0000-4000-8000-000000000001',
        sub_type: 'Profile',
        realmid: 'iam',
        grant_type: 'urn:ibm:params:oauth:grant-type:cr-token',
      },
    })
    const crn = await emulator().mintToken({
      claims: { iam_id: 'crn-crn:v1:bluemix:public:is:us-south:a/1::instance:x', sub_type: 'CRN' },
    })
    const profileResult = await inspect(profile)
    expect(profileResult.identity.label).toBe('Trusted profile')
    expect(profileResult.explained.find((row) => row.claim === 'grant_type')?.value).toBe(
      'Compute resource token (trusted profile)',
    )
    expect((await inspect(crn)).identity.kind).toBe('crn')
  })

  it('shows unknown claims raw and flags IBM claims in the wrong shape', async () => {
    const token = await emulator().mintToken({
      claims: { team: { name: 'data' }, acr: 'strong', account: { bss: 'not-an-account' } },
    })
    const result = await inspect(token)
    expect(result.otherClaims).toEqual(['team'])
    expect(result.claims.team).toEqual({ name: 'data' })
    expect(result.claims.acr).toBe('strong')
    expect(result.invalidClaims.map((claim) => claim.claim).sort()).toEqual(['account', 'acr'])
    expect(result.invalidClaims.find((claim) => claim.claim === 'account')?.problem).toMatch(
      /32-character account ID \(at bss\)/,
    )
    expect(result.explained.map((row) => row.claim)).not.toContain('acr')
  })

  it('gives the times as ISO strings, the lifetime, and the header as sent', async () => {
    const iat = nowSeconds() - 100
    const token = await emulator().mintToken({ iat, exp: iat + 1800 })
    const result = await inspect(token)
    expect(result.issuedAt).toBe(new Date(iat * 1000).toISOString())
    expect(result.expiresAt).toBe(new Date((iat + 1800) * 1000).toISOString())
    expect(result.lifetimeSeconds).toBe(1800)
    expect(result.expired).toBe(false)
    expect(Object.keys(result.header)).toEqual(['kid', 'alg'])
    expect(result.tokenLength).toBe(token.length)
  })

  it('marks an expired token expired, and a forged one not verified', async () => {
    const iat = nowSeconds() - 4000
    const expired = await inspect(await emulator().mintToken({ iat, exp: iat + 3600 }))
    expect(expired).toMatchObject({ expired: true, verification: { reason: 'expired' } })

    const forged = tamperedToken(await accessToken(emulator(), 'user'), { name: 'Mallory' })
    const result = await inspect(forged)
    expect(result.verification.reason).toBe('bad_signature')
    expect(result.identity.name).toBe('Mallory')
  })
})

describe('inspectInput: input that holds no token', () => {
  it('refuses an API key with advice, without repeating it and without calling IAM', async () => {
    const key = 'test-only-FAKEkey0000000000000000000000000000'
    const error = await refusal(key)
    expect(error).toMatchObject({ code: 'apikey_pasted', status: 400 })
    expect(error.message).toMatch(/looks like an API key.*Get a token.*not sent to IAM or stored/)
    expect(error.message).not.toContain(key)
    expect(emulator().stats()).toMatchObject({ tokenRequests: 0, keysRequests: 0 })
  })

  it('answers 400 not_a_token with a sentence for other input', async () => {
    for (const input of ['', 'hello there', '{"a": 1}', 'eyJhbGciOi.eyJzdWIi.c2ln']) {
      const error = await refusal(input)
      expect(error).toMatchObject({ code: 'not_a_token', status: 400 })
      expect(error.message).toMatch(/\.$/)
    }
    expect((await refusal('eyJhbGciOi.eyJzdWIi.c2ln')).message).toMatch(/cannot be read/)
  })

  it('validates the request body', () => {
    expect(parseInspectRequest({ input: 'x' })).toBe('x')
    for (const body of [null, [], 'x', {}, { input: 42 }]) {
      expect(() => parseInspectRequest(body)).toThrow(AppError)
    }
  })
})
