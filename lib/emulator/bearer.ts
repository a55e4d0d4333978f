// Checks `Authorization: Bearer <token>` against the emulator's own keys, as IBM services
// check IAM tokens: RS256 signature by a published kid, issuer, and expiry.
import type { IncomingMessage } from 'node:http'

import { errors, jwtVerify } from 'jose'
import type { JWTPayload } from 'jose'

import { headerValue } from './http'
import type { KeyRing } from './keys'

export type BearerCheck =
  { ok: true; claims: JWTPayload } | { ok: false; problem: 'missing' | 'expired' | 'invalid' }

/** Both `Bearer` and `bearer` appear in IBM's own snippets (ae-api §3.3). */
const BEARER_PATTERN = /^bearer\s+(\S+)\s*$/i

export async function checkBearer(
  req: IncomingMessage,
  keys: KeyRing,
  issuer: string,
): Promise<BearerCheck> {
  const token = BEARER_PATTERN.exec(headerValue(req, 'authorization') ?? '')?.[1]
  if (token === undefined) return { ok: false, problem: 'missing' }
  try {
    const { payload } = await jwtVerify(
      token,
      async (header) => {
        const key = await keys.find(header.kid)
        if (key === undefined) throw new errors.JWKSNoMatchingKey()
        return key.publicKey
      },
      { issuer, algorithms: ['RS256'] },
    )
    return { ok: true, claims: payload }
  } catch (error) {
    return { ok: false, problem: error instanceof errors.JWTExpired ? 'expired' : 'invalid' }
  }
}
