import { randomBytes } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { chunkName, joinChunks, splitIntoChunks } from '@/lib/session/cookie-chunks'
import { SESSION_COOKIE_NAME } from '@/lib/session/cookie-name'
import { openSeal, sealSession } from '@/lib/session/cookie-session'
import type { SessionData } from '@/lib/session/session-data'

const CURRENT = { '1': 'c'.repeat(32) }

/** A token-shaped string of a given length: random base64url, not a real JWT. */
function fakeToken(length: number): string {
  const body = randomBytes(length)
    .toString('base64url')
    .slice(0, length - 8)
  return `eyJ.${body.slice(0, body.length / 2)}.${body.slice(body.length / 2)}`
}

function session(tokenLength: number, apikey?: string): SessionData {
  const now = Date.now()
  return {
    token: {
      accessToken: fakeToken(tokenLength),
      tokenType: 'Bearer',
      scope: 'ibm openid',
      expiresIn: 3600,
      expiration: Math.floor(now / 1000) + 3600,
      obtainedAtMs: now,
      deadlineMs: now + 3_600_000,
      source: 'apikey',
    },
    ...(apikey ? { apikey } : {}),
  }
}

describe('session seal', () => {
  it('round-trips the session data', async () => {
    const data = session(1472, 'test-only-remembered-key-000000000000000000')
    await expect(openSeal(await sealSession(data, CURRENT), CURRENT)).resolves.toEqual(data)
  })

  it.each([1472, 2600, 5000])(
    'carries a %d-character token plus a remembered key in cookies under 4096 bytes each',
    async (tokenLength) => {
      const data = session(tokenLength, 'k'.repeat(256))
      const chunks = splitIntoChunks(await sealSession(data, CURRENT))
      const jar = new Map(chunks.map((chunk, i) => [chunkName(SESSION_COOKIE_NAME, i), chunk]))

      for (const [name, value] of jar) expect(`${name}=${value}`.length).toBeLessThan(4096)
      const sealed = joinChunks(SESSION_COOKIE_NAME, (name) => jar.get(name))
      await expect(openSeal(sealed, CURRENT)).resolves.toEqual(data)
    },
  )

  it('keeps a typical user token in a single cookie', async () => {
    const sealed = await sealSession(session(1476, 'k'.repeat(44)), CURRENT)
    expect(splitIntoChunks(sealed)).toHaveLength(1)
  })

  it('ignores a stale chunk after a gap', () => {
    const jar = new Map([
      [SESSION_COOKIE_NAME, 'a'],
      [`${SESSION_COOKIE_NAME}.2`, 'stale'],
    ])
    expect(joinChunks(SESSION_COOKIE_NAME, (name) => jar.get(name))).toBe('a')
  })

  it.each([
    [
      'a flipped character',
      (s: string) => s.slice(0, 40) + (s[40] === 'a' ? 'b' : 'a') + s.slice(41),
    ],
    ['a truncated seal', (s: string) => s.slice(0, s.length / 2)],
    ['garbage', () => 'not-a-seal'],
    ['an empty string', () => ''],
    ['a seal from another app', (s: string) => s.replace(/^Fe26\.2\*1\*/, 'Fe26.2*9*')],
  ])('treats %s as no session', async (_name, tamper) => {
    const sealed = await sealSession(session(1472), CURRENT)
    await expect(openSeal(tamper(sealed), CURRENT)).resolves.toEqual({})
  })

  it('treats data of another shape, sealed with our password, as no session', async () => {
    const foreign = await sealSession({ user: 'someone' } as unknown as SessionData, CURRENT)
    await expect(openSeal(foreign, CURRENT)).resolves.toEqual({})
  })

  it('opens cookies sealed before a password rotation, and seals with the newest', async () => {
    const old = { '1': 'o'.repeat(32) }
    const rotated = { '2': 'n'.repeat(32), '1': 'o'.repeat(32) }
    const data = session(1472)

    const sealedBefore = await sealSession(data, old)
    await expect(openSeal(sealedBefore, rotated)).resolves.toEqual(data)

    const sealedAfter = await sealSession(data, rotated)
    await expect(openSeal(sealedAfter, { '2': 'n'.repeat(32) })).resolves.toEqual(data)
    await expect(openSeal(sealedAfter, old)).resolves.toEqual({})
  })
})
