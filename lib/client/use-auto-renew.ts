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

/**
 * Renews the token at 80 % of its lifetime with the remembered key, retrying with growing pauses
 * on failures that may pass (network, IAM trouble, rate limits) and stopping on ones that will not.
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
    if (!enabled || !timing) return
    const controller = new AbortController()
    let timer: ReturnType<typeof setTimeout> | undefined
    let releaseLock = () => {}
    const serverNow = () => Date.now() + latest.current.offsetMs

    const schedule = (attempt: number, reason = '') => {
      const atMs = attempt === 0 ? renewAtMs(timing) : serverNow() + retryDelayMs(attempt)
      setStatus(attempt === 0 ? { kind: 'scheduled', atMs } : { kind: 'retrying', atMs, reason })
      timer = setTimeout(() => void attemptRenewal(attempt), Math.max(0, atMs - serverNow()))
    }

    const attemptRenewal = async (attempt: number) => {
      setStatus({ kind: 'renewing' })
      const result = await latest.current.renew(tokenKey ?? '')
      if (controller.signal.aborted || result.ok) return // a new token restarts this effect
      if (FINAL_CODES.has(result.error.code)) {
        latest.current.onStop(result.error)
        releaseLock()
        return
      }
      schedule(attempt + 1, result.error.message)
    }

    const lead = () =>
      new Promise<void>((release) => {
        releaseLock = release
        schedule(0)
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
      clearTimeout(timer)
      releaseLock()
    }
    // `timing` is derived from the token; the token's identity is what restarts the schedule.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, tokenKey])

  return enabled && token ? status : ({ kind: 'off' } as const)
}
