import { useSyncExternalStore } from 'react'

const subscribe = () => () => {}

/** False while rendering on the server and hydrating, true once the browser is in charge. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
}
