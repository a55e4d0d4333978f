import 'server-only'

import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

import { getConfig } from '@/lib/config'

import { AppError } from './app-error'
import { addressKey } from './client-address'

/** The routes that reach IAM on a client's behalf, each with its own per-client budget. */
export type LimitedAction = 'token' | 'renew' | 'inspect'

const WINDOW_SECONDS = 60
/** A backstop across all clients, for when X-Forwarded-For cannot be trusted (see clientKey). */
const GLOBAL_MULTIPLIER = 20

interface Limiters {
  perClient: RateLimiterMemory
  global: RateLimiterMemory
}

// Kept on globalThis: Next bundles a route's modules separately, and every copy must share the
// same counters. The store is in-process; several instances need a shared store (README).
const registry = globalThis as typeof globalThis & { __iamwbRateLimiters?: Limiters }

function limiters(): Limiters {
  if (!registry.__iamwbRateLimiters) {
    const points = getConfig().tokenRateLimitPerMinute
    registry.__iamwbRateLimiters = {
      perClient: new RateLimiterMemory({ points, duration: WINDOW_SECONDS, keyPrefix: 'client' }),
      global: new RateLimiterMemory({
        points: points * GLOBAL_MULTIPLIER,
        duration: WINDOW_SECONDS,
        keyPrefix: 'global',
      }),
    }
  }
  return registry.__iamwbRateLimiters
}

/**
 * Counts one request against the client's budget for this action and throws 429 with
 * Retry-After once it is spent. Only refusals by the limiter become 429s; a limiter failure
 * is a bug and propagates as one.
 */
export async function enforceRateLimit(request: Request, action: LimitedAction): Promise<void> {
  const { perClient, global } = limiters()
  await consumeOrRefuse(perClient, `${action}:${clientKey(request)}`, 'from this browser')
  await consumeOrRefuse(global, action, 'to this workbench from everyone')
}

async function consumeOrRefuse(limiter: RateLimiterMemory, key: string, whose: string) {
  try {
    await limiter.consume(key)
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal
    const retryAfterSeconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))
    throw new AppError(
      'rate_limited',
      429,
      `Too many requests ${whose} in the last minute. Wait ${retryAfterSeconds} seconds and ` +
        'try again.',
      { retryAfterSeconds },
    )
  }
}

/**
 * The client, from the first X-Forwarded-For entry (an IPv6 client by its /64). Next.js fills
 * that header from the socket when a request arrives without one, and a reverse proxy in front
 * must overwrite it; a client talking to the server directly could forge it, which the global
 * backstop limits.
 */
export function clientKey(request: Request): string {
  const first = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return first ? addressKey(first) : 'unknown'
}
