import { useState } from 'react'
import { mutate } from 'swr'

import { apiFetch, type ApiError } from '@/lib/client/api-client'
import { SESSION_KEY, useRenewToken } from '@/lib/client/session-hooks'
import { useAutoRenew, type RenewResult } from '@/lib/client/use-auto-renew'
import { useStoredChoice } from '@/lib/client/use-stored-choice'
import type { SessionState } from '@/lib/session/token-view'

const ON_OFF = ['on', 'off'] as const

/**
 * Everything about keeping the token alive: manual renewal, auto-renew (a remembered
 * preference, acted on by one tab), and the reason it stopped, if it did.
 */
export function useRenewal(session: SessionState, offsetMs: number) {
  const renewToken = useRenewToken()
  const [autoRenewChoice, setAutoRenewChoice] = useStoredChoice('iamwb.auto-renew', ON_OFF, 'off')
  const [stopReason, setStopReason] = useState<string | null>(null)

  async function renew(): Promise<RenewResult> {
    try {
      await renewToken.trigger(undefined, { throwOnError: true })
      setStopReason(null)
      return { ok: true }
    } catch (error) {
      // The server may have forgotten a rejected key: show the session as it now is.
      void mutate(SESSION_KEY)
      return { ok: false, error: error as ApiError }
    }
  }

  /**
   * Another tab may have renewed already (its broadcast can still be on its way), so the server's
   * session is checked first: a newer token there is adopted instead of renewing again.
   */
  async function renewIfStillCurrent(currentToken: string): Promise<RenewResult> {
    const latest = await apiFetch<SessionState>(SESSION_KEY).catch(() => null)
    if (latest && latest.token?.accessToken !== currentToken) {
      await mutate(SESSION_KEY, latest, { revalidate: false })
      return { ok: true }
    }
    return renew()
  }

  const autoRenewStatus = useAutoRenew({
    enabled: autoRenewChoice === 'on' && session.keyRemembered,
    token: session.token,
    offsetMs,
    renew: renewIfStillCurrent,
    onStop: (error) => setStopReason(error.message),
  })

  return {
    renew,
    reset: () => {
      renewToken.reset()
      setStopReason(null)
    },
    isRenewing: renewToken.isMutating,
    renewError: stopReason ? undefined : renewToken.error,
    autoRenew: autoRenewChoice === 'on',
    setAutoRenew: (enabled: boolean) => setAutoRenewChoice(enabled ? 'on' : 'off'),
    autoRenewStatus,
    stopReason,
  }
}
