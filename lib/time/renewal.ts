/** IBM's SDK cores refresh a token once 80 % of its lifetime has passed; so does auto-renew. */
export const RENEW_AT_FRACTION = 0.8

/** Pauses between failed renewal attempts; the last one repeats. */
export const RETRY_DELAYS_MS = [5_000, 15_000, 30_000, 60_000] as const

/** When to renew a token, in the server's clock. */
export function renewAtMs(token: { obtainedAtMs: number; deadlineMs: number }): number {
  return token.obtainedAtMs + RENEW_AT_FRACTION * (token.deadlineMs - token.obtainedAtMs)
}

/** The pause before retry number `attempt` (1 for the first retry). */
export function retryDelayMs(attempt: number): number {
  const index = Math.min(Math.max(attempt, 1), RETRY_DELAYS_MS.length) - 1
  return RETRY_DELAYS_MS[index] ?? 60_000
}
