import { describe, expect, it } from 'vitest'

import { REFRESH_TOKEN_NOT_KEPT } from '@/lib/iam/iam-response'
import { explainIamResponse } from '@/lib/walkthrough/iam-fields'

const USER_ANSWER = {
  token_type: 'Bearer',
  expires_in: 3600,
  expiration: 1_798_761_600,
  scope: 'ibm openid',
  refresh_token: 'not_supported',
  ims_user_id: 7000000,
} as const

describe('explainIamResponse', () => {
  it("explains every field in the order of IBM's documented example", () => {
    expect(explainIamResponse(USER_ANSWER).map((field) => field.name)).toEqual([
      'refresh_token',
      'ims_user_id',
      'token_type',
      'expires_in',
      'expiration',
      'scope',
    ])
  })

  it('shows values as the JSON IAM sent', () => {
    const values = Object.fromEntries(
      explainIamResponse(USER_ANSWER).map((field) => [field.name, field.value]),
    )
    expect(values).toMatchObject({
      refresh_token: '"not_supported"',
      ims_user_id: '7000000',
      expires_in: '3600',
      scope: '"ibm openid"',
    })
  })

  it('says why refresh_token is "not_supported": the key is the way to a new token', () => {
    const [refresh] = explainIamResponse(USER_ANSWER)
    expect(refresh?.meaning).toMatch(/"default" client/)
    expect(refresh?.meaning).toMatch(/exchanging the key again/)
  })

  it('turns expiration into a UTC time and expires_in into an hour', () => {
    const fields = explainIamResponse(USER_ANSWER)
    expect(fields.find((field) => field.name === 'expiration')?.meaning).toContain(
      '2027-01-01 00:00:00 UTC',
    )
    expect(fields.find((field) => field.name === 'expires_in')?.meaning).toMatch(/one hour/)
  })

  it('leaves out what a service ID does not get, and explains a withheld refresh token', () => {
    const fields = explainIamResponse({
      token_type: 'Bearer',
      expires_in: 1800,
      expiration: 1_798_761_600,
      refresh_token: REFRESH_TOKEN_NOT_KEPT,
    })
    expect(fields.map((field) => field.name)).toEqual([
      'refresh_token',
      'token_type',
      'expires_in',
      'expiration',
    ])
    expect(fields[0]?.meaning).toMatch(/neither keeps nor shows/)
    expect(fields[2]?.meaning).toMatch(/30 minutes/)
  })
})
