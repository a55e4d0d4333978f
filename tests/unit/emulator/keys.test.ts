import { createLocalJWKSet, jwtVerify } from 'jose'
import type { JSONWebKeySet } from 'jose'
import { describe, expect, it } from 'vitest'

import type { RunningEmulator } from '@/lib/emulator'
import { formatKid, nextKid } from '@/lib/emulator/keys'

import { accessToken, jwtPartText, sharedEmulator, withEmulator } from './helpers'

const shared = sharedEmulator()

async function jwks(emulator: RunningEmulator): Promise<JSONWebKeySet> {
  const response = await fetch(`${emulator.url}/identity/keys`)
  expect(response.status).toBe(200)
  return (await response.json()) as JSONWebKeySet
}

const kidOf = (token: string) => (JSON.parse(jwtPartText(token, 0)) as { kid: string }).kid

async function verify(emulator: RunningEmulator, token: string) {
  return jwtVerify(token, createLocalJWKSet(await jwks(emulator)), {
    issuer: `${emulator.url}/identity`,
  })
}

describe('signing keys', () => {
  it('publishes RSA-2048 keys without `use`, in the member order IAM uses', async () => {
    const { keys } = await jwks(shared())
    expect(keys).toHaveLength(1)
    const [key] = keys

    expect(Object.keys(key ?? {})).toEqual(['kty', 'kid', 'alg', 'n', 'e'])
    expect(key).toMatchObject({
      kty: 'RSA',
      alg: 'RS256',
      e: 'AQAB',
      kid: expect.stringMatching(/^\d{12}$/),
    })
    // A 2048-bit modulus is 256 bytes: 342 base64url characters.
    expect(key?.n).toHaveLength(342)
  })

  it('serves a discovery document that points at its own endpoints', async () => {
    const { url } = shared()
    const response = await fetch(`${url}/identity/.well-known/openid-configuration`)
    const discovery = (await response.json()) as Record<string, unknown>

    expect(response.status).toBe(200)
    expect(discovery).toMatchObject({
      issuer: `${url}/identity`,
      token_endpoint: `${url}/identity/token`,
      jwks_uri: `${url}/identity/keys`,
      authorization_endpoint: `${url}/identity/authorize`,
      passcode_endpoint: `${url}/identity/passcode`,
      userinfo_endpoint: `${url}/identity/userinfo`,
      id_token_signing_alg_values_supported: ['RS256'],
      grant_types_supported: expect.arrayContaining(['urn:ibm:params:oauth:grant-type:apikey']),
    })
    const post = await fetch(`${url}/identity/keys`, { method: 'POST' })
    expect(post.status).toBe(405)
  })

  it('keeps old tokens verifiable after a rotation and signs new ones with the new kid', async () => {
    await withEmulator({}, async (emulator) => {
      const oldToken = await accessToken(emulator, 'user')
      await emulator.rotateKeys()
      const newToken = await accessToken(emulator, 'user')
      const { keys } = await jwks(emulator)

      expect(kidOf(newToken)).not.toBe(kidOf(oldToken))
      expect(keys.map((key) => key.kid)).toEqual([kidOf(newToken), kidOf(oldToken)])
      expect((await verify(emulator, oldToken)).protectedHeader.kid).toBe(kidOf(oldToken))
      expect((await verify(emulator, newToken)).protectedHeader.kid).toBe(kidOf(newToken))
    })
  })

  it('drops the oldest key after two rotations, so its tokens stop verifying', async () => {
    await withEmulator({}, async (emulator) => {
      const oldest = await emulator.mintToken()
      await Promise.all([emulator.rotateKeys(), emulator.rotateKeys()])
      const kids = (await jwks(emulator)).keys.map((key) => key.kid ?? '')

      expect(kids).toHaveLength(2)
      expect(new Set([...kids, kidOf(oldest)]).size).toBe(3)
      expect(kids[0]! > kids[1]!).toBe(true)
      await expect(verify(emulator, oldest)).rejects.toThrow(/no applicable key/i)
    })
  })

  it('mints tokens with chosen iss, exp and kid for tests', async () => {
    const emulator = shared()
    const foreign = await emulator.mintToken({ iss: 'https://iam.cloud.ibm.com/identity' })
    await expect(verify(emulator, foreign)).rejects.toThrow(/"iss" claim/)

    const expired = await emulator.mintToken({ exp: Math.floor(Date.now() / 1000) - 60 })
    await expect(verify(emulator, expired)).rejects.toThrow(/"exp" claim/)

    const unknownKid = await emulator.mintToken({ kid: '209901010000' })
    expect(kidOf(unknownKid)).toBe('209901010000')
    await expect(verify(emulator, unknownKid)).rejects.toThrow(/no applicable key/i)
  })
})

describe('kids', () => {
  it('are the UTC minute as YYYYMMDDHHMM', () => {
    expect(formatKid(new Date(Date.UTC(2025, 2, 1, 8, 44, 59)))).toBe('202503010844')
  })

  it('stay unique and increasing within one minute and across a day boundary', () => {
    const now = new Date(Date.UTC(2025, 11, 31, 23, 59, 30))
    expect(nextKid(now, undefined)).toBe('202512312359')
    expect(nextKid(now, '202512312359')).toBe('202601010000')
    expect(nextKid(now, '202512300000')).toBe('202512312359')
  })
})
