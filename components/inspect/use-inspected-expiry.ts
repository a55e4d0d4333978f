import { useClockOffset } from '@/lib/client/use-clock-offset'
import { useNow } from '@/lib/client/use-now'
import type { InspectResult } from '@/lib/inspect/types'
import { EXPIRY_WINDOW_MS } from '@/lib/time/countdown'

export interface InspectedExpiry {
  /** Milliseconds until `exp`, in the server's clock; null when the token has no expiry. */
  remainingMs: number | null
  expired: boolean
  /** Long enough left to be worth adopting (the server refuses the last 10 seconds too). */
  usable: boolean
}

/** The inspected token's time left, ticking each second and corrected for this browser's clock. */
export function useInspectedExpiry(result: InspectResult): InspectedExpiry {
  const browserNowMs = useNow()
  // Measured once per answer: each inspect stamps the server's time anew.
  const offsetMs = useClockOffset(result.serverNowMs, String(result.serverNowMs))
  const nowMs = browserNowMs === null ? result.serverNowMs : browserNowMs + offsetMs

  if (result.expiresAt === null) return { remainingMs: null, expired: false, usable: false }
  const remainingMs = Date.parse(result.expiresAt) - nowMs
  return {
    remainingMs,
    expired: remainingMs <= 0,
    usable: remainingMs > EXPIRY_WINDOW_MS,
  }
}
