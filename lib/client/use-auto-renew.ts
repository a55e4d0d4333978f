import { useEffect, useRef, useState } from 'react'

import type { TokenView } from '@/lib/session/token-view'
import { renewAtMs, retryDelayMs } from '@/lib/time/renewal'

import type { ApiError } from './api-client'

export type RenewResult = { ok: true } | { ok: false; error: ApiError }

export type AutoRenewStatus =
  | { kind: 'off' }
  | { kind: 'standby' }
  | { kind: 'scheduled'; atMs: number }
  | { kind: 'renewing' }
  | { kind: 'retrying'; atMs: number; reason: string }

interface AutoRenewOptions {
  enabled: boolean
  token: TokenView | null
  offsetMs: number
  /** Renews unless the session already holds a newer token than `currentToken`. */
  renew: (currentToken: string) => Promise<RenewResult>
  /** Called once when renewal cannot succeed without the user (key rejected or not kept). */
  onStop: (error: ApiError) => void
}

/** Only the tab holding this Web Lock renews; the others take over if it closes. */
const LOCK_NAME = 'iamwb-auto-renew'
const FINAL_CODES = new Set(['apikey_rejected', 'no_remembered_key'])
const CHECK_EVERY_MS = 1000

/**
 * Renews the token at 80 % of its lifetime with the remembered key, retrying with growing pauses
 * on failures that may pass (network, IAM trouble, rate limits) and stopping on ones that will not.
 *
 * The due time is checked every second (and when the tab becomes visible) against the browser
 * clock corrected by the current offset, instead of one long timer: a long timer does not count
 * the time a computer sleeps, and would carry the offset from when it was set.
 */
export function useAutoRenew({ enabled, token, offsetMs, renew, onStop }: AutoRenewOptions) {
  const [status, setStatus] = useState<AutoRenewStatus>({ kind: 'standby' })
  // Callbacks and the offset change on every render; the schedule should not restart for that.
  const latest = useRef({ offsetMs, renew, onStop })
  useEffect(() => {
    latest.current = { offsetMs, renew, onStop }
  })

  const tokenKey = token?.accessToken
  const timing = token ? { obtainedAtMs: token.obtainedAtMs, deadlineMs: token.deadlineMs } : null

  useEffect(() => {
    if (!enabled || !timing || !tokenKey) return
    const controller = new AbortController()
    let releaseLock = () => {}
    let stopChecking = () => {}
    const serverNow = () => Date.now() + latest.current.offsetMs

    const lead = () =>
      new Promise<void>((release) => {
        // The lock is kept until this effect is cleaned up, even after a final failure, so no
        // other tab starts over with the same doomed renewal.
        releaseLock = release
        let dueAtMs = renewAtMs(timing)
        let attempt = 0
        let isBusy = false
        let isStopped = false
        setStatus({ kind: 'scheduled', atMs: dueAtMs })

        const check = async () => {
          if (isBusy || isStopped || controller.signal.aborted || serverNow() < dueAtMs) return
          isBusy = true
          setStatus({ kind: 'renewing' })
          const result = await latest.current.renew(tokenKey)
          isBusy = false
          if (controller.signal.aborted || result.ok) return // a new token restarts this effect
          if (FINAL_CODES.has(result.error.code)) {
            isStopped = true
            latest.current.onStop(result.error)
            return
          }
          attempt += 1
          dueAtMs = serverNow() + retryDelayMs(attempt)
          setStatus({ kind: 'retrying', atMs: dueAtMs, reason: result.error.message })
        }

        const ticker = setInterval(() => void check(), CHECK_EVERY_MS)
        const onVisible = () => void check()
        document.addEventListener('visibilitychange', onVisible)
        stopChecking = () => {
          clearInterval(ticker)
          document.removeEventListener('visibilitychange', onVisible)
        }
        void check()
      })

    if ('locks' in navigator) {
      navigator.locks.request(LOCK_NAME, { signal: controller.signal }, lead).catch(() => {
        // Aborted while waiting for the lock: this tab was not the one renewing.
      })
    } else {
      void lead()
    }

    return () => {
      controller.abort()
      stopChecking()
      releaseLock()
    }
    // `timing` is derived from the token; the token's identity is what restarts the schedule.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, tokenKey])

  return enabled && token ? status : ({ kind: 'off' } as const)
}
