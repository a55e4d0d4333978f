import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { joinChunks } from '@/lib/session/cookie-chunks'
import { SESSION_COOKIE_NAME } from '@/lib/session/cookie-name'
import { openSeal, sealSession } from '@/lib/session/cookie-session'
import type { SessionData } from '@/lib/session/session-data'

const PASSWORDS = { '1': 'u'.repeat(32) }

const data: SessionData = {
  token: {
    accessToken: 'eyJ.not-a-real-token.test-only',
    tokenType: 'Bearer',
    expiresIn: 3600,
    expiration: 1_900_000_000,
    obtainedAtMs: 1_800_000_000_000,
    deadlineMs: 1_800_003_600_000,
    source: 'apikey',
  },
  apikey: 'test-only-remembered-key',
}

/** Ways a cookie gets damaged or forged: edits, cuts, splices, foreign ids, random text. */
function damaged(seal: string): fc.Arbitrary<string> {
  const anyChar = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })
  return fc.oneof(
    fc
      .tuple(fc.nat({ max: seal.length - 1 }), anyChar)
      .map(([at, char]) => seal.slice(0, at) + char + seal.slice(at + 1)),
    fc.nat({ max: seal.length - 1 }).map((length) => seal.slice(0, length)),
    fc
      .tuple(fc.nat({ max: seal.length }), fc.string({ unit: 'binary', maxLength: 50 }))
      .map(([at, junk]) => seal.slice(0, at) + junk + seal.slice(at)),
    fc.nat({ max: 1000 }).map((id) => seal.replace(/^Fe26\.2\*1\*/, `Fe26.2*${id + 2}*`)),
    fc.string({ unit: 'binary', maxLength: 500 }),
  )
}

describe('opening damaged session cookies', () => {
  it('gives "no session", or the original data when the sealed part is intact, never an error', async () => {
    const seal = await sealSession(data, PASSWORDS)
    // iron-session 8 appends `~<version>` after the iron seal; only the part before it is signed.
    const signedPart = (cookie: string) => cookie.split('~')[0]
    await fc.assert(
      fc.asyncProperty(damaged(seal), async (cookie) => {
        const opened = await openSeal(cookie, PASSWORDS)
        if (signedPart(cookie) === signedPart(seal)) expect([{}, data]).toContainEqual(opened)
        else expect(opened).toEqual({})
      }),
      { numRuns: 1000 },
    )
  })

  it('joins any jar of chunk cookies without throwing', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            ...[0, 1, 2, 3, 4, 7].map((i) =>
              i ? `${SESSION_COOKIE_NAME}.${i}` : SESSION_COOKIE_NAME,
            ),
          ),
          fc.string({ maxLength: 100 }),
        ),
        (jar) => {
          const joined = joinChunks(SESSION_COOKIE_NAME, (name) => jar[name])
          expect(typeof joined).toBe('string')
          expect(joined.startsWith(jar[SESSION_COOKIE_NAME] ?? '')).toBe(true)
        },
      ),
    )
  })
})
