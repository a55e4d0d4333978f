import { useSyncExternalStore } from 'react'

/**
 * One shared one-second clock for every countdown on the page. It reads `null` during server
 * rendering and hydration, so time-dependent text is only ever rendered by the browser.
 */
let nowMs = 0
const listeners = new Set<() => void>()
let timer: ReturnType<typeof setInterval> | undefined

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  if (timer === undefined) {
    nowMs = Date.now()
    timer = setInterval(() => {
      nowMs = Date.now()
      for (const notify of listeners) notify()
    }, 1000)
  }
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) {
      clearInterval(timer)
      timer = undefined
    }
  }
}

export function useNow(): number | null {
  return useSyncExternalStore(
    subscribe,
    () => (timer === undefined ? null : nowMs),
    () => null,
  )
}
