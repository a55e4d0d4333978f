import { afterEach, describe, expect, it, vi } from 'vitest'

import { REFRESH_TOKEN_LIFETIME_SECONDS } from '@/lib/emulator/refresh-tokens'

import { apikeyOf, basicAuth, jwtPayload, postForm, requestToken, sharedEmulator } from './helpers'

const emulator = sharedEmulator()
const tokenUrl = () => `${emulator().url}/identity/token`
const CLI_CLIENT = basicAuth('bx', 'bx')

interface TokenBody {
  access_token: string
  refresh_token: string
}
interface IamErrorBody {
  errorCode: string
  errorMessage: string
}

async function tokenWithClient(authorization = CLI_CLIENT): Promise<TokenBody> {
  const response = await requestToken(emulator(), apikeyOf(emulator(), 'user'), {
    Authorization: authorization,
  })
  expect(response.status).toBe(200)
  return (await response.json()) as TokenBody
}

function refresh(refreshToken: string, headers: Record<string, string> = {}) {
  return postForm(tokenUrl(), { grant_type: 'refresh_token', refresh_token: refreshToken }, headers)
}

afterEach(() => {
  vi.useRealTimers()
})

describe('refresh tokens with client credentials', () => {
  it('returns an opaque refresh token and names the client in the access token', async () => {
    const body = await tokenWithClient()

    expect(body.refresh_token).not.toBe('not_supported')
    expect(body.refresh_token).toMatch(/^[A-Za-z0-9+/]{40,}={0,2}$/)
    expect(body.refresh_token.split('.')).toHaveLength(1)
    expect(jwtPayload(body.access_token).client_id).toBe('bx')
  })

  it('honours the refresh_token grant for the same client and secret', async () => {
    const first = await tokenWithClient()
    const response = await refresh(first.refresh_token, { Authorization: CLI_CLIENT })
    const second = (await response.json()) as TokenBody

    expect(response.status).toBe(200)
    const claims = jwtPayload(second.access_token)
    expect(claims).toMatchObject({ grant_type: 'refresh_token', client_id: 'bx', realmid: 'IBMid' })
    expect(second.refresh_token).not.toBe(first.refresh_token)
    expect(second.refresh_token).not.toBe('not_supported')
  })

  it.each([
    ['another client', basicAuth('other-client', 'bx')],
    ['the wrong secret', basicAuth('bx', 'not-the-secret')],
  ])('rejects a refresh token presented by %s', async (_case, authorization) => {
    const { refresh_token } = await tokenWithClient()
    const response = await refresh(refresh_token, { Authorization: authorization })
    const body = (await response.json()) as IamErrorBody

    expect(response.status).toBe(400)
    expect(body.errorCode).toBe('BXNIM0407E')
  })

  it('requires client credentials for the refresh grant (401 BXNIM0308E)', async () => {
    const { refresh_token } = await tokenWithClient()
    const response = await refresh(refresh_token)
    const body = (await response.json()) as IamErrorBody

    expect(response.status).toBe(401)
    expect(body).toMatchObject({
      errorCode: 'BXNIM0308E',
      errorMessage: 'No authorization header found',
    })
  })

  it('does not accept "not_supported" as a refresh token', async () => {
    const response = await refresh('not_supported', { Authorization: CLI_CLIENT })
    expect(response.status).toBe(400)
    expect(((await response.json()) as IamErrorBody).errorCode).toBe('BXNIM0407E')
  })

  it('answers an expired refresh token with 400 BXNIM0408E', async () => {
    const { refresh_token } = await tokenWithClient()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + (REFRESH_TOKEN_LIFETIME_SECONDS + 1) * 1000)

    const response = await refresh(refresh_token, { Authorization: CLI_CLIENT })
    const body = (await response.json()) as IamErrorBody

    expect(response.status).toBe(400)
    expect(body).toEqual({
      errorCode: 'BXNIM0408E',
      errorMessage: 'Provided refresh token is expired',
      context: expect.objectContaining({ requestType: 'incoming.Identity_Token' }),
    })
  })

  it('treats a Basic header with only a client id as the default client', async () => {
    const body = await tokenWithClient(`Basic ${Buffer.from('bx:').toString('base64')}`)
    expect(body.refresh_token).toBe('not_supported')
    expect(jwtPayload(body.access_token).client_id).toBe('default')
  })
})
