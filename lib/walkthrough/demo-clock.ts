// Presenter mode's demo countdown: a short lifetime that runs the real countdown's states
// (valid, expires soon, about to expire, expired) at the same proportions of the lifetime.
import { urgencyOf, type Remaining } from '@/lib/time/countdown'

export const DEMO_LIFETIME_MS = 2 * 60 * 1000
/** What an API-key token lives (expires_in 3600); the demo's states are scaled from it. */
export const REAL_LIFETIME_MS = 60 * 60 * 1000

/**
 * What is left of a demo token started at `startedAtMs`. The urgency is the one a real token
 * would have at the same share of its hour, so "Expires soon" comes at a sixth of the lifetime.
 */
export function demoRemaining(
  startedAtMs: number,
  nowMs: number,
  lifetimeMs: number = DEMO_LIFETIME_MS,
): Remaining {
  const remainingMs = Math.max(0, startedAtMs + lifetimeMs - nowMs)
  return {
    remainingMs,
    fraction: Math.min(1, remainingMs / lifetimeMs),
    urgency: urgencyOf(remainingMs * (REAL_LIFETIME_MS / lifetimeMs)),
  }
}
