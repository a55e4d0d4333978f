import { SignJWT, UnsecuredJWT, generateKeyPair } from 'jose'
import { afterEach, describe, expect, it, vi } from 'vitest'

import {
  accessToken,
  closedPort,
  headerOf,
  nowSeconds,
  sharedEmulator,
  tamperedToken,
  verifierFor,
  withEmulator,
} from './support'

const emulator = sharedEmulator()

afterEach(() => {
  vi.useRealTimers()
})

async function verifyWith(verifier: ReturnType<typeof verifierFor>, token: string) {
  return verifier.verify(token, headerOf(token))
}

describe('token verification against IAM (the emulator)', () => {
  it('verifies a token IAM issued: key by kid, issuer from discovery, not expired', async () => {
    const token = await accessToken(emulator(), 'serviceId')
    const result = await verifyWith(verifierFor(emulator()), token)

    expect(result).toEqual({
      verified: true,
      message: expect.stringMatching(/^Signed by IAM with key \d{12}, issued by http:.*\/identity/),
      expectedIssuer: `${emulator().url}/identity`,
    })
  })

  it('fetches discovery and keys once for many tokens', async () => {
    const verifier = verifierFor(emulator())
    for (const kind of ['user', 'serviceId', 'user'] as const) {
      expect((await verifyWith(verifier, await accessToken(emulator(), kind))).verified).toBe(true)
    }
    expect(emulator().stats()).toMatchObject({ keysRequests: 1, discoveryRequests: 1 })
  })

  it('takes the expected issuer from discovery, never from the IAM URL', async () => {
    // Same emulator under another name: an issuer built from the URL would say localhost.
    const aliased = { url: emulator().url.replace('127.0.0.1', 'localhost') }
    const result = await verifyWith(verifierFor(aliased), await accessToken(emulator(), 'user'))
    expect(result.verified).toBe(true)
    expect(result.expectedIssuer).toBe(`${emulator().url}/identity`)
  })

  it('reports a payload changed after signing as a bad signature', async () => {
    const genuine = await accessToken(emulator(), 'user')
    const forged = tamperedToken(genuine, { account: { valid: true, bss: 'f'.repeat(32) } })
    expect(await verifyWith(verifierFor(emulator()), forged)).toMatchObject({
      verified: false,
      reason: 'bad_signature',
      message: expect.stringContaining('Do not trust what it says'),
    })
  })

  it('reports an expired genuine token as expired, with the moment in UTC', async () => {
    const iat = nowSeconds() - 7200
    const token = await emulator().mintToken({ iat, exp: iat + 3600 })
    const result = await verifyWith(verifierFor(emulator()), token)
    expect(result).toMatchObject({ verified: false, reason: 'expired' })
    expect(result.message).toMatch(/genuine, but the token expired at \d{4}-\d\d-\d\d .* UTC/)
  })

  it('reports a token of another issuer, naming both issuers', async () => {
    const token = await emulator().mintToken({ iss: 'https://iam.test.cloud.ibm.com/identity' })
    const result = await verifyWith(verifierFor(emulator()), token)
    expect(result).toMatchObject({ verified: false, reason: 'wrong_issuer' })
    expect(result.message).toContain('"https://iam.test.cloud.ibm.com/identity"')
    expect(result.message).toContain(`${emulator().url}/identity`)
  })

  it('reports tokens not signed like IAM tokens as malformed', async () => {
    const verifier = verifierFor(emulator())
    const secret = new TextEncoder().encode('test-only-hmac-secret-0123456789abcdef')
    const hmac = await new SignJWT({ iss: `${emulator().url}/identity` })
      .setProtectedHeader({ alg: 'HS256', kid: '202601010000' })
      .sign(secret)
    const unsigned = new UnsecuredJWT({ iss: `${emulator().url}/identity` }).encode()
    const { privateKey } = await generateKeyPair('RS256')
    const noKid = await new SignJWT({}).setProtectedHeader({ alg: 'RS256' }).sign(privateKey)

    expect(await verifyWith(verifier, hmac)).toMatchObject({ reason: 'malformed' })
    expect((await verifyWith(verifier, hmac)).message).toContain('HS256 instead of RS256')
    expect((await verifyWith(verifier, unsigned)).message).toContain('not signed at all')
    expect((await verifyWith(verifier, noKid)).message).toContain('no kid')
    expect(emulator().stats().keysRequests).toBe(0)
  })
})

describe('key rotation and unknown kids', () => {
  it('refetches the keys at most once for an unknown kid, then waits for the cooldown', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const verifier = verifierFor(emulator())
    await verifyWith(verifier, await accessToken(emulator(), 'user'))
    vi.setSystemTime(Date.now() + 31_000)
    const before = emulator().stats().keysRequests

    const stranger = await emulator().mintToken({ kid: '209901010000' })
    const first = await verifyWith(verifier, stranger)
    const second = await verifyWith(verifier, stranger)

    expect(first).toMatchObject({ verified: false, reason: 'unknown_key' })
    expect(first.message).toContain('"209901010000"')
    expect(second.reason).toBe('unknown_key')
    expect(emulator().stats().keysRequests - before).toBe(1)
  })

  it('picks up a rotated key with exactly one refetch once the cooldown has passed', async () => {
    await withEmulator({}, async (iam) => {
      vi.useFakeTimers({ toFake: ['Date'] })
      const verifier = verifierFor(iam)
      expect((await verifyWith(verifier, await accessToken(iam, 'user'))).verified).toBe(true)

      await iam.rotateKeys()
      const rotated = await accessToken(iam, 'user')
      // Within the cooldown the new kid is not fetched for: unknown, and no request to IAM.
      expect((await verifyWith(verifier, rotated)).reason).toBe('unknown_key')
      expect(iam.stats().keysRequests).toBe(1)

      vi.setSystemTime(Date.now() + 31_000)
      expect((await verifyWith(verifier, rotated)).verified).toBe(true)
      expect((await verifyWith(verifier, rotated)).verified).toBe(true)
      expect(iam.stats().keysRequests).toBe(2)
    })
  })

  it('with no cooldown configured, a rotated key verifies at once with one refetch', async () => {
    await withEmulator({}, async (iam) => {
      const verifier = verifierFor(iam, { keysCooldownMs: 0 })
      await verifyWith(verifier, await accessToken(iam, 'user'))
      await iam.rotateKeys()

      expect((await verifyWith(verifier, await accessToken(iam, 'user'))).verified).toBe(true)
      expect(iam.stats().keysRequests).toBe(2)
    })
  })
})

describe('when IAM cannot be asked', () => {
  it('says "could not check" when IAM is unreachable', async () => {
    const verifier = verifierFor({ url: `http://127.0.0.1:${await closedPort()}` })
    const result = await verifyWith(verifier, await accessToken(emulator(), 'user'))
    expect(result).toEqual({
      verified: false,
      reason: 'unreachable',
      message: expect.stringMatching(/could not be reached, so the signature could not be checked/),
    })
  })

  it('says "could not check" when the keys cannot be fetched, however that fails', async () => {
    const cases = [
      { fault: { kind: 'drop', target: 'keys' }, says: /could not be reached/ },
      { fault: { kind: 'status', status: 503, target: 'keys' }, says: /answered HTTP 503/ },
      { fault: { kind: 'non-json', target: 'keys' }, says: /not a key set/ },
      { fault: { kind: 'bad-schema', target: 'keys' }, says: /not a key set/ },
      { fault: { kind: 'slow', delayMs: 1000, target: 'keys' }, says: /did not answer in time/ },
    ] as const
    const token = await accessToken(emulator(), 'user')
    for (const { fault, says } of cases) {
      emulator().setFault(fault)
      const result = await verifyWith(verifierFor(emulator(), { timeoutMs: 300 }), token)
      expect(result).toMatchObject({ verified: false, reason: 'unreachable' })
      expect(result.message).toMatch(says)
      emulator().clearFaults()
    }
  })

  it('tries discovery again after a failure instead of caching it', async () => {
    const port = await closedPort()
    const verifier = verifierFor({ url: `http://127.0.0.1:${port}` })
    const token = await accessToken(emulator(), 'user')
    expect((await verifyWith(verifier, token)).reason).toBe('unreachable')

    await withEmulator({ port }, async (iam) => {
      const result = await verifyWith(verifier, await accessToken(iam, 'user'))
      expect(result.verified).toBe(true)
    })
  })
})
