/**
 * IBM's SDK cores treat a token as expired 10 s before its deadline, so that a request started
 * with it does not arrive dead (iam-facts §6). The countdown reaches zero at that moment.
 */
export const EXPIRY_WINDOW_MS = 10_000
export const SOON_THRESHOLD_MS = 10 * 60 * 1000
export const CRITICAL_THRESHOLD_MS = 2 * 60 * 1000

export type Urgency = 'ok' | 'soon' | 'critical' | 'expired'

export interface Remaining {
  /** Milliseconds until the token stops being safe to use; 0 once expired. */
  remainingMs: number
  /** Share of the lifetime left, 0…1, for the progress bar. */
  fraction: number
  urgency: Urgency
}

/** `nowMs` must already be in the server's clock (browser time corrected by the offset). */
export function remainingLifetime(
  deadlineMs: number,
  lifetimeMs: number,
  nowMs: number,
): Remaining {
  const usableUntil = deadlineMs - EXPIRY_WINDOW_MS
  const remainingMs = Math.max(0, usableUntil - nowMs)
  const usableLifetime = Math.max(1, lifetimeMs - EXPIRY_WINDOW_MS)
  return {
    remainingMs,
    fraction: Math.min(1, remainingMs / usableLifetime),
    urgency: urgencyOf(remainingMs),
  }
}

export function urgencyOf(remainingMs: number): Urgency {
  if (remainingMs <= 0) return 'expired'
  if (remainingMs < CRITICAL_THRESHOLD_MS) return 'critical'
  if (remainingMs < SOON_THRESHOLD_MS) return 'soon'
  return 'ok'
}

/** 59:07, or 1:02:03 past an hour. Rounds up so "00:00" appears only when time is up. */
export function formatClock(ms: number): string {
  const totalSeconds = Math.ceil(Math.max(0, ms) / 1000)
  const hours = Math.floor(totalSeconds / 3600)
  const minutes = Math.floor((totalSeconds % 3600) / 60)
  const seconds = totalSeconds % 60
  const mmss = `${pad(minutes)}:${pad(seconds)}`
  return hours > 0 ? `${hours}:${mmss}` : mmss
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
