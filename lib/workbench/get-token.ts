import 'server-only'

import { exchangeWithConfiguredIam } from '@/lib/iam/client'
import type { TokenRequest } from '@/lib/iam/apikey-input'
import type { IamToken } from '@/lib/iam/iam-token'
import { logger } from '@/lib/log/logger'
import { writeSession } from '@/lib/session/cookie-session'
import type { StoredToken } from '@/lib/session/session-data'
import { toTokenView } from '@/lib/session/to-view'
import type { TokenView } from '@/lib/session/token-view'

/** Beyond this, our clock and IAM's disagree enough to be worth an operator's attention. */
const CLOCK_DISAGREEMENT_WARN_MS = 2 * 60 * 1000

export interface ObtainedToken {
  view: TokenView
  iamRequestId: string | undefined
  retried: boolean
}

/**
 * Exchanges the key for a token and starts a session holding it. The key itself is sealed into
 * the session only when the user asked to remember it; otherwise it is dropped here.
 */
export async function getTokenWithApiKey({
  apikey,
  remember,
}: TokenRequest): Promise<ObtainedToken> {
  const { token, retried } = await exchangeWithConfiguredIam(apikey)

  const stored = toStoredToken(token)
  await writeSession({ token: stored, ...(remember ? { apikey } : {}) })
  return { view: freshTokenView(token, stored), iamRequestId: token.iamRequestId, retried }
}

/** The answer to an exchange: the session's view plus what IAM said, which is not stored. */
export function freshTokenView(token: IamToken, stored: StoredToken): TokenView {
  return { ...toTokenView(stored, Date.now()), iamResponse: token.iamResponse }
}

/**
 * The deadline counts from receipt with IAM's `expires_in`, which needs no agreement between
 * clocks; IAM's absolute `expiration` is kept for display and used only as a cross-check.
 */
export function toStoredToken(token: IamToken): StoredToken {
  const deadlineMs = token.receivedAtMs + token.expiresInSeconds * 1000
  const disagreementMs = token.expirationSeconds * 1000 - deadlineMs
  if (Math.abs(disagreementMs) > CLOCK_DISAGREEMENT_WARN_MS) {
    logger.warn(
      { disagreementMs, iamRequestId: token.iamRequestId },
      "IAM's expiration and this server's clock disagree; check the server's time sync",
    )
  }

  return {
    accessToken: token.accessToken,
    tokenType: token.tokenType,
    ...(token.scope ? { scope: token.scope } : {}),
    expiresIn: token.expiresInSeconds,
    expiration: token.expirationSeconds,
    obtainedAtMs: token.receivedAtMs,
    deadlineMs,
    source: 'apikey',
  }
}
