import { useEffect, useState } from 'react'

/**
 * How far the server's clock is ahead of this browser's (ms), measured whenever a fresh server
 * time arrives. Network delay makes it slightly late, by milliseconds, which a countdown in
 * seconds does not show.
 */
export function useClockOffset(serverNowMs: number | undefined): number {
  const [offsetMs, setOffsetMs] = useState(0)

  useEffect(() => {
    // Reading the browser clock is the point of this effect; it cannot happen during render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (serverNowMs !== undefined) setOffsetMs(serverNowMs - Date.now())
  }, [serverNowMs])

  return offsetMs
}
