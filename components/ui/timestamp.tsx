'use client'

import { useHydrated } from '@/lib/client/use-hydrated'
import { formatLocal, formatUtc } from '@/lib/time/format'

/**
 * A moment in the browser's local time and in UTC. Local time needs the browser's zone, so it
 * appears after hydration; UTC is the same on the server and everywhere.
 */
export function Timestamp({ epochMs }: { epochMs: number }) {
  const isHydrated = useHydrated()
  return (
    <>
      <span className="block">{isHydrated ? formatLocal(epochMs) : ' '}</span>
      <span className="block font-mono text-xs text-slate-500 dark:text-slate-400">
        {formatUtc(epochMs)}
      </span>
    </>
  )
}
