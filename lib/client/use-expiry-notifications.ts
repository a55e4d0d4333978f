import { useEffect, useRef } from 'react'

import type { TokenView } from '@/lib/session/token-view'
import type { Remaining } from '@/lib/time/countdown'

export const NOTIFY_BEFORE_MS = 5 * 60 * 1000

/**
 * Browser notifications 5 minutes before expiry and at expiry, once each per token, for people
 * who are not looking at the page. Only when the user turned them on and the browser allows it.
 */
export function useExpiryNotifications(
  enabled: boolean,
  token: TokenView | null,
  remaining: Remaining | null,
): void {
  const sent = useRef(new Set<string>())
  const tokenKey = token?.accessToken.slice(-24)

  const due =
    remaining === null
      ? null
      : remaining.urgency === 'expired'
        ? 'expired'
        : remaining.remainingMs <= NOTIFY_BEFORE_MS
          ? 'soon'
          : null

  useEffect(() => {
    if (!enabled || !due || !tokenKey) return
    if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return
    const id = `${tokenKey}:${due}`
    if (sent.current.has(id)) return
    sent.current.add(id)

    const [title, body] =
      due === 'expired'
        ? ['Your IAM token has expired', 'Get a new token in the IAM Token Workbench.']
        : ['Your IAM token expires in 5 minutes', 'Renew it in the IAM Token Workbench.']
    // The tag makes several open tabs show one notification instead of one each.
    new Notification(title, { body, tag: `iamwb-${due}` })
  }, [enabled, due, tokenKey])
}
