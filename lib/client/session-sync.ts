import { useEffect } from 'react'
import { mutate } from 'swr'

/**
 * Tells the workbench's other tabs that the session changed (new, renewed or forgotten token),
 * so they fetch it again instead of counting down a token that no longer exists.
 *
 * One channel object per tab both sends and listens: a BroadcastChannel never receives its own
 * messages, so a tab does not refetch what it just changed itself.
 */
const CHANNEL_NAME = 'iamwb-session'
let channel: BroadcastChannel | null = null

function tabChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null
  channel ??= new BroadcastChannel(CHANNEL_NAME)
  return channel
}

export function announceSessionChange(): void {
  tabChannel()?.postMessage({ type: 'session-changed' })
}

/** Revalidates the session cache whenever another tab announces a change. */
export function useSessionSync(sessionKey: string): void {
  useEffect(() => {
    const shared = tabChannel()
    if (!shared) return
    const refetch = () => void mutate(sessionKey)
    shared.addEventListener('message', refetch)
    return () => shared.removeEventListener('message', refetch)
  }, [sessionKey])
}
