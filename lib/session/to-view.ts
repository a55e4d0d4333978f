import { summarizeClaims } from '@/lib/tokens/claims'

import type { StoredToken } from './session-data'
import type { SessionState, TokenView } from './token-view'

export function toTokenView(stored: StoredToken, serverNowMs: number): TokenView {
  return {
    accessToken: stored.accessToken,
    tokenType: stored.tokenType,
    scope: stored.scope ?? null,
    expiresIn: stored.expiresIn,
    expiration: stored.expiration,
    obtainedAtMs: stored.obtainedAtMs,
    deadlineMs: stored.deadlineMs,
    serverNowMs,
    source: stored.source,
    claims: summarizeClaims(stored.accessToken),
  }
}

export function toSessionState(
  data: { token?: StoredToken; apikey?: string },
  serverNowMs: number,
): SessionState {
  return {
    token: data.token ? toTokenView(data.token, serverNowMs) : null,
    keyRemembered: data.apikey !== undefined,
    serverNowMs,
  }
}
