import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  DEMO_SERVICE_ID_APIKEY,
  DEMO_USER_APIKEY,
  startEmulator,
  type RunningEmulator,
} from '@/lib/emulator'
import { iamTokenAnswerSchema } from '@/lib/iam/iam-answer'
import { exchangeApiKey } from '@/lib/iam/client'
import { REFRESH_TOKEN_NOT_KEPT, toIamResponseFields } from '@/lib/iam/iam-response'

const JWT_LOOKALIKE = 'aaa.bbb.ccc'

function answer(extra: Record<string, unknown>) {
  return iamTokenAnswerSchema.parse({
    access_token: JWT_LOOKALIKE,
    token_type: 'Bearer',
    expires_in: 3600,
    expiration: 1_900_000_000,
    ...extra,
  })
}

describe('toIamResponseFields', () => {
  it("keeps IAM's field names and values, without the access token", () => {
    const fields = toIamResponseFields(
      answer({ refresh_token: 'not_supported', scope: 'ibm openid', ims_user_id: 7176943 }),
    )

    expect(fields).toEqual({
      token_type: 'Bearer',
      expires_in: 3600,
      expiration: 1_900_000_000,
      scope: 'ibm openid',
      refresh_token: 'not_supported',
      ims_user_id: 7176943,
    })
    expect(JSON.stringify(fields)).not.toContain(JWT_LOOKALIKE)
  })

  it('replaces a real refresh token with a placeholder', () => {
    const secret = 'test-only-opaque-refresh-token-value'
    const fields = toIamResponseFields(answer({ refresh_token: secret }))

    expect(fields.refresh_token).toBe(REFRESH_TOKEN_NOT_KEPT)
    expect(JSON.stringify(fields)).not.toContain(secret)
  })

  it('leaves out the fields IAM did not send', () => {
    const fields = toIamResponseFields(answer({}))
    expect(Object.keys(fields).sort()).toEqual(['expiration', 'expires_in', 'token_type'])
  })

  it('drops fields it does not know, such as a delegated refresh token', () => {
    const fields = toIamResponseFields(answer({ delegated_refresh_token: 'test-only-delegated' }))
    expect(JSON.stringify(fields)).not.toContain('delegated')
  })
})

describe('the IAM response of a real exchange with the emulator', () => {
  let emulator: RunningEmulator
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, quiet: true })
  })
  afterAll(() => emulator.close())

  const options = () => ({ tokenUrl: `${emulator.url}/identity/token`, timeoutMs: 3000 })

  it('carries refresh_token "not_supported" and the user\'s ims_user_id', async () => {
    const { token } = await exchangeApiKey(DEMO_USER_APIKEY, options())

    expect(token.iamResponse).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      expiration: token.expirationSeconds,
      scope: 'ibm openid',
      refresh_token: 'not_supported',
      ims_user_id: 7000000,
    })
  })

  it('has no ims_user_id for a service ID', async () => {
    const { token } = await exchangeApiKey(DEMO_SERVICE_ID_APIKEY, options())
    expect(token.iamResponse).not.toHaveProperty('ims_user_id')
    expect(token.iamResponse.refresh_token).toBe('not_supported')
  })
})
