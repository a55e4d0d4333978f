import { createRemoteJWKSet, jwtVerify } from 'jose'
import { describe, expect, it } from 'vitest'

import {
  APIKEY_GRANT,
  apikeyOf,
  headerText,
  jwtPartText,
  jwtPayload,
  postForm,
  requestToken,
  sharedEmulator,
} from './helpers'

const emulator = sharedEmulator()

interface TokenBody {
  access_token: string
  refresh_token: string
  ims_user_id?: number
  token_type: string
  expires_in: number
  expiration: number
  scope: string
}

async function tokenFor(kind: 'user' | 'serviceId'): Promise<TokenBody> {
  const response = await requestToken(emulator(), apikeyOf(emulator(), kind))
  expect(response.status).toBe(200)
  return (await response.json()) as TokenBody
}

describe('POST /identity/token with a demo API key', () => {
  it('answers a user key with the documented body, keys in IBM order', async () => {
    const before = Math.floor(Date.now() / 1000)
    const body = await tokenFor('user')

    expect(Object.keys(body)).toEqual([
      'access_token',
      'refresh_token',
      'ims_user_id',
      'token_type',
      'expires_in',
      'expiration',
      'scope',
    ])
    expect(body.refresh_token).toBe('not_supported')
    expect(body.ims_user_id).toBe(7000000)
    expect(Number.isInteger(body.ims_user_id)).toBe(true)
    expect(body.token_type).toBe('Bearer')
    expect(body.expires_in).toBe(3600)
    expect(body.expiration).toBeGreaterThanOrEqual(before + 3600)
    expect(body.expiration).toBeLessThanOrEqual(before + 3602)
    expect(body.scope).toBe('ibm openid')
  })

  it('answers a service-ID key without ims_user_id', async () => {
    const body = await tokenFor('serviceId')
    expect(body).not.toHaveProperty('ims_user_id')
    expect(body.refresh_token).toBe('not_supported')
  })

  it('signs a JWT whose header is exactly {"kid":"<YYYYMMDDHHMM>","alg":"RS256"}', async () => {
    const { access_token: token } = await tokenFor('user')
    const header = jwtPartText(token, 0)

    expect(header).toMatch(/^\{"kid":"\d{12}","alg":"RS256"\}$/)
    expect(token.split('.')[0]).toHaveLength(48)
    // RSA-2048 signatures are 256 bytes: 342 base64url characters.
    expect(token.split('.')[2]).toHaveLength(342)
  })

  it('puts user claims in the shape of real IBMid tokens', async () => {
    const { access_token: token, expires_in, expiration } = await tokenFor('user')
    const claims = jwtPayload(token)

    expect(claims).toMatchObject({
      iam_id: expect.stringMatching(/^IBMid-[A-Za-z0-9]{10}$/),
      realmid: 'IBMid',
      given_name: 'Dana',
      family_name: 'Demo',
      name: 'Dana Demo',
      email: expect.stringContaining('@'),
      grant_type: APIKEY_GRANT,
      scope: 'ibm openid',
      client_id: 'default',
      acr: 1,
      amr: ['pwd'],
      iss: `${emulator().url}/identity`,
    })
    expect(claims.id).toBe(claims.iam_id)
    expect(claims.sub).toBe(claims.email)
    expect(claims.identifier).toBe(String(claims.iam_id).replace('IBMid-', ''))
    expect(claims).not.toHaveProperty('sub_type')
    expect(claims).not.toHaveProperty('aud')
    expect(claims.jti).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
    expect(claims.authn).toMatchObject({
      sub: claims.sub,
      iam_id: claims.iam_id,
      name: 'Dana Demo',
    })
    expect(claims.account).toEqual({
      valid: true,
      bss: expect.stringMatching(/^[0-9a-f]{32}$/),
      ims_user_id: '7000000',
      ims: '2000000',
    })
    expect(Number(claims.exp) - Number(claims.iat)).toBe(expires_in)
    expect(claims.exp).toBe(expiration)
  })

  it('puts service-ID claims in the shape of real service-ID tokens', async () => {
    const claims = jwtPayload((await tokenFor('serviceId')).access_token)

    expect(claims.iam_id).toMatch(/^iam-ServiceId-[0-9a-f-]{36}$/)
    expect(claims).toMatchObject({ realmid: 'iam', sub_type: 'ServiceId' })
    expect(claims.identifier).toBe(claims.sub)
    expect(claims.sub).toBe(String(claims.iam_id).replace(/^iam-/, ''))
    expect(claims).not.toHaveProperty('email')
    expect(claims).not.toHaveProperty('given_name')
    expect(claims.authn).toEqual({
      sub: claims.sub,
      iam_id: claims.iam_id,
      sub_type: 'ServiceId',
      name: claims.name,
    })
    expect(claims.account).toEqual({ valid: true, bss: expect.any(String), frozen: true })
  })

  it('makes tokens about as long as real ones (about 1.4 KB)', async () => {
    for (const kind of ['user', 'serviceId'] as const) {
      const { length } = (await tokenFor(kind)).access_token
      expect(length).toBeGreaterThan(1300)
      expect(length).toBeLessThan(1700)
    }
  })

  it('issues tokens that verify against /identity/keys with the discovery issuer', async () => {
    const { url } = emulator()
    const discovery = (await (
      await fetch(`${url}/identity/.well-known/openid-configuration`)
    ).json()) as { issuer: string; jwks_uri: string }
    const jwks = createRemoteJWKSet(new URL(discovery.jwks_uri))

    for (const kind of ['user', 'serviceId'] as const) {
      const { access_token: token } = await tokenFor(kind)
      const { payload, protectedHeader } = await jwtVerify(token, jwks, {
        issuer: discovery.issuer,
        algorithms: ['RS256'],
      })
      expect(payload.iss).toBe(`${url}/identity`)
      expect(protectedHeader.kid).toMatch(/^\d{12}$/)
    }
  })

  it('sends no-store caching headers and IAM tracing headers on success', async () => {
    const response = await requestToken(emulator(), apikeyOf(emulator(), 'user'))

    expect(response.headers.get('content-type')).toBe('application/json')
    expect(response.headers.get('cache-control')).toBe('no-cache, no-store, must-revalidate')
    expect(response.headers.get('pragma')).toBe('no-cache')
    expect(response.headers.get('ibm-cloud-service-name')).toBe('iam-identity')
    expect(response.headers.get('transaction-id')).toBe(response.headers.get('x-correlation-id'))
    expect(headerText(response)).not.toContain(apikeyOf(emulator(), 'user'))
  })

  it('serves the legacy /oidc/token path the same way', async () => {
    const response = await postForm(`${emulator().url}/oidc/token`, {
      grant_type: APIKEY_GRANT,
      apikey: apikeyOf(emulator(), 'serviceId'),
    })
    expect(response.status).toBe(200)
    const body = (await response.json()) as TokenBody
    expect(jwtPayload(body.access_token).sub_type).toBe('ServiceId')
  })

  it('accepts response_type=cloud_iam and keeps extra requested scopes', async () => {
    const response = await postForm(`${emulator().url}/identity/token`, {
      grant_type: APIKEY_GRANT,
      apikey: apikeyOf(emulator(), 'user'),
      response_type: 'cloud_iam',
      scope: 'openid resource-controller',
    })
    const body = (await response.json()) as TokenBody

    expect(response.status).toBe(200)
    expect(body.scope).toBe('ibm openid resource-controller')
    expect(jwtPayload(body.access_token).scope).toBe('ibm openid resource-controller')
  })

  it('counts token requests by status', async () => {
    await tokenFor('user')
    await requestToken(emulator(), 'not-a-demo-key')

    expect(emulator().stats()).toMatchObject({
      tokenRequests: 2,
      tokenResponsesByStatus: { '200': 1, '400': 1 },
    })
  })
})
