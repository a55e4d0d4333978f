import { useCallback, useSyncExternalStore } from 'react'

/**
 * UI state kept in localStorage — only ever a choice from a fixed list (a tab id) or a list of
 * ids, never anything secret. Server rendering and hydration read null, so markup always matches.
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

/** The stored text, read fresh; null when absent or when storage is unavailable. */
export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key)
  } catch {
    // Storage can be disabled (private modes, policies); the fallback then applies.
    return null
  }
}

/** The raw stored text under `key` and a setter (null removes it). */
export function useStoredText(key: string): [string | null, (next: string | null) => void] {
  const stored = useSyncExternalStore(
    subscribe,
    () => readStored(key),
    () => null,
  )

  const setValue = useCallback(
    (next: string | null) => {
      try {
        if (next === null) window.localStorage.removeItem(key)
        else window.localStorage.setItem(key, next)
      } catch {
        // Not remembered this time; the choice still applies for this page.
      }
      for (const notify of listeners) notify()
    },
    [key],
  )

  return [stored, setValue]
}

export function useStoredChoice<T extends string>(
  key: string,
  allowed: readonly T[],
  fallback: T,
): [T, (next: T) => void] {
  const [stored, setStored] = useStoredText(key)
  const value = allowed.find((choice) => choice === stored) ?? fallback
  return [value, setStored]
}
