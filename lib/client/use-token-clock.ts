import type { TokenView } from '@/lib/session/token-view'
import { remainingLifetime, type Remaining } from '@/lib/time/countdown'

import { useClockOffset } from './use-clock-offset'
import { useNow } from './use-now'

export interface TokenClock {
  /** Server clock minus browser clock, in ms. */
  offsetMs: number
  /** The browser's time corrected to the server's clock; null until the browser renders. */
  serverNowMs: number | null
  /** What is left of the token; null without a token or before the browser renders. */
  remaining: Remaining | null
}

/**
 * One ticking view of the token's lifetime for everything that depends on it (countdown, tab
 * title, notifications, auto-renew, stale snippets), all in the server's clock.
 */
export function useTokenClock(token: TokenView | null): TokenClock {
  const browserNowMs = useNow()
  const offsetMs = useClockOffset(token?.serverNowMs, token?.accessToken)
  const serverNowMs = browserNowMs === null ? null : browserNowMs + offsetMs
  const remaining =
    token && serverNowMs !== null
      ? remainingLifetime(token.deadlineMs, token.expiresIn * 1000, serverNowMs)
      : null
  return { offsetMs, serverNowMs, remaining }
}
