import { useCallback, useSyncExternalStore } from 'react'

/**
 * A UI preference kept in localStorage — only ever a choice from a fixed list (a tab id), never
 * anything secret. Server rendering and hydration use the fallback, so markup always matches.
 */
const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  window.addEventListener('storage', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', listener)
  }
}

function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key)
  } catch {
    // Storage can be disabled (private modes, policies); the fallback then applies.
    return null
  }
}

export function useStoredChoice<T extends string>(
  key: string,
  allowed: readonly T[],
  fallback: T,
): [T, (next: T) => void] {
  const stored = useSyncExternalStore(
    subscribe,
    () => readStored(key),
    () => null,
  )
  const value = allowed.find((choice) => choice === stored) ?? fallback

  const setValue = useCallback(
    (next: T) => {
      try {
        window.localStorage.setItem(key, next)
      } catch {
        // Not remembered this time; the choice still applies for this page.
      }
      for (const notify of listeners) notify()
    },
    [key],
  )

  return [value, setValue]
}
