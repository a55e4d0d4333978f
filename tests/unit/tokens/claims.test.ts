import { SignJWT, generateKeyPair } from 'jose'
import { describe, expect, it } from 'vitest'

import { identityKindOf, summarizeClaims } from '@/lib/tokens/claims'

async function signed(claims: Record<string, unknown>): Promise<string> {
  const { privateKey } = await generateKeyPair('RS256')
  return new SignJWT(claims)
    .setProtectedHeader({ kid: '202612030000', alg: 'RS256' })
    .sign(privateKey)
}

const SERVICE_ID = {
  iam_id: 'iam-ServiceId-00000000-0000-4000-8000-000000000001',
  id: 'iam-ServiceId-00000000-0000-4000-8000-000000000001',
  realmid: 'iam',
  identifier: 'ServiceId-00000000-0000-4000-8000-000000000001',
  name: 'test-pipeline',
  sub: 'ServiceId-00000000-0000-4000-8000-000000000001',
  sub_type: 'ServiceId',
  account: { valid: true, bss: '0123456789abcdef0123456789abcdef', frozen: true },
  iat: 1_790_000_000,
  exp: 1_790_003_600,
  iss: 'https://iam.cloud.ibm.com/identity',
  grant_type: 'urn:ibm:params:oauth:grant-type:apikey',
  scope: 'ibm openid',
  client_id: 'default',
  acr: 1,
  amr: ['pwd'],
}

describe('summarizeClaims', () => {
  it('summarises a service-ID token', async () => {
    expect(summarizeClaims(await signed(SERVICE_ID))).toEqual({
      identityKind: 'serviceId',
      name: 'test-pipeline',
      iamId: SERVICE_ID.iam_id,
      subject: SERVICE_ID.sub,
      accountId: '0123456789abcdef0123456789abcdef',
      grantType: 'urn:ibm:params:oauth:grant-type:apikey',
      clientId: 'default',
      scope: 'ibm openid',
      issuer: 'https://iam.cloud.ibm.com/identity',
      issuedAtSeconds: 1_790_000_000,
      expiresAtSeconds: 1_790_003_600,
    })
  })

  it('summarises a user token, which has no sub_type', async () => {
    const summary = summarizeClaims(
      await signed({
        iam_id: 'IBMid-0000000TST',
        realmid: 'IBMid',
        name: 'Test User',
        email: 'test.user@example.com',
        sub: 'test.user@example.com',
        account: { valid: true, bss: 'abcdefabcdefabcdefabcdefabcdefab', ims: '1234567' },
      }),
    )
    expect(summary).toMatchObject({
      identityKind: 'user',
      name: 'Test User',
      email: 'test.user@example.com',
      accountId: 'abcdefabcdefabcdefabcdefabcdefab',
    })
  })

  it('returns an unknown identity for text that is not a JWT', () => {
    expect(summarizeClaims('not-a-token')).toEqual({ identityKind: 'unknown' })
  })
})

describe('identityKindOf', () => {
  it.each([
    [{ sub_type: 'Profile' }, 'profile'],
    [{ sub_type: 'CRN' }, 'crn'],
    [{ iam_id: 'iam-Profile-1' }, 'profile'],
    [{ iam_id: 'crn-crn:v1:bluemix:public:x' }, 'crn'],
    [{ iam_id: 'iam-ServiceId-1' }, 'serviceId'],
    [{ realmid: 'IBMid' }, 'user'],
    [{}, 'unknown'],
  ])('%j → %s', (claims, kind) => {
    expect(identityKindOf(claims)).toBe(kind)
  })
})
