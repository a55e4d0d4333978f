import 'server-only'

import { AppError } from '@/lib/http/app-error'
import { writeSession } from '@/lib/session/cookie-session'
import type { StoredToken } from '@/lib/session/session-data'
import { toTokenView } from '@/lib/session/to-view'
import type { TokenView } from '@/lib/session/token-view'
import { EXPIRY_WINDOW_MS } from '@/lib/time/countdown'

import { inspectInput } from './inspect'
import { ADOPT_REFUSED_PREFIX } from './messages'
import { tokenVerifier } from './verifier'

/**
 * Far above any IAM token (about 1.5 KB, trusted profiles up to about 2.6 KB), and low enough
 * that the sealed session always fits the cookie chunks.
 */
export const MAX_ADOPTABLE_TOKEN_LENGTH = 8 * 1024

/**
 * "Use this token": re-reads and re-verifies the pasted input on the server (a client's word that
 * it was verified counts for nothing), then makes it the session's token. Any remembered key is
 * dropped, because it belongs to another token.
 */
export async function adoptToken(input: string): Promise<TokenView> {
  const nowMs = Date.now()
  const inspected = await inspectInput(input, tokenVerifier(), nowMs)
  const { token, issuedAtSeconds: iat, expiresAtSeconds: exp, result } = inspected

  if (!result.verification.verified) refuse(result.verification.message)
  if (iat === undefined || exp === undefined || exp <= iat) {
    refuse('Its issue and expiry times ("iat" and "exp") do not describe a lifetime.')
  }
  if (exp * 1000 - nowMs <= EXPIRY_WINDOW_MS) {
    refuse('It expires within seconds; get a new token instead.')
  }
  if (token.length > MAX_ADOPTABLE_TOKEN_LENGTH) {
    refuse('It is too long to keep in the session cookie.')
  }

  const scope = typeof result.claims.scope === 'string' ? result.claims.scope : undefined
  const stored: StoredToken = {
    accessToken: token,
    tokenType: 'Bearer',
    ...(scope ? { scope } : {}),
    // IAM's own rule for its tokens: expires_in = exp - iat and expiration = exp (iam-facts §1.5).
    expiresIn: exp - iat,
    expiration: exp,
    obtainedAtMs: nowMs,
    deadlineMs: exp * 1000,
    source: 'adopted',
  }
  await writeSession({ token: stored })
  return toTokenView(stored, Date.now())
}

function refuse(reason: string): never {
  throw new AppError('token_not_verified', 422, `${ADOPT_REFUSED_PREFIX} ${reason}`)
}
