// IBM's own Node SDK core, pointed at the emulator, must get (and refresh) tokens from it.
import { IamAuthenticator } from 'ibm-cloud-sdk-core'
import { describe, expect, it } from 'vitest'

import { apikeyOf, jwtPayload, sharedEmulator } from './helpers'

const emulator = sharedEmulator()

async function authorizationHeader(authenticator: IamAuthenticator): Promise<string> {
  const options: { headers?: Record<string, string> } = {}
  await authenticator.authenticate(options)
  return options.headers?.Authorization ?? ''
}

describe('ibm-cloud-sdk-core IamAuthenticator against the emulator', () => {
  it.each(['user', 'serviceId'] as const)('gets a bearer token for the %s key', async (kind) => {
    const apikey = apikeyOf(emulator(), kind)
    const authenticator = new IamAuthenticator({ apikey, url: emulator().url })

    const header = await authorizationHeader(authenticator)
    expect(header).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/)
    expect(jwtPayload(header.slice('Bearer '.length)).iss).toBe(`${emulator().url}/identity`)

    // The SDK caches the token: a second call makes no new request.
    expect(await authorizationHeader(authenticator)).toBe(header)
    expect(emulator().stats().tokenRequests).toBe(1)
    expect(emulator().stats().tokenResponsesByStatus).toEqual({ '200': 1 })
  })

  it('accepts a configured URL that already ends in /identity/token', async () => {
    const authenticator = new IamAuthenticator({
      apikey: apikeyOf(emulator(), 'user'),
      url: `${emulator().url}/identity/token`,
    })
    expect(await authorizationHeader(authenticator)).toMatch(/^Bearer /)
  })

  it('sends client credentials and stores the refresh token it gets', async () => {
    const authenticator = new IamAuthenticator({
      apikey: apikeyOf(emulator(), 'user'),
      url: emulator().url,
      clientId: 'bx',
      clientSecret: 'bx',
    })
    const header = await authorizationHeader(authenticator)
    expect(jwtPayload(header.slice('Bearer '.length)).client_id).toBe('bx')
    expect(authenticator.getRefreshToken()).toMatch(/^[A-Za-z0-9+/]{40,}={0,2}$/)
  })

  it('fails with the IAM status and error body for an unknown key', async () => {
    const authenticator = new IamAuthenticator({ apikey: 'not-a-demo-key', url: emulator().url })
    // The SDK words 400/401 from IAM as "invalid credentials" and keeps IAM's body in `result`.
    await expect(authenticator.authenticate({})).rejects.toMatchObject({
      status: 400,
      message: 'Access is denied due to invalid credentials.',
      result: { errorCode: 'BXNIM0415E', errorMessage: 'Provided API key could not be found.' },
    })
  })
})
