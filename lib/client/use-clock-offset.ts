import { useEffect, useState } from 'react'

/**
 * How far the server's clock is ahead of this browser's (ms), measured when a token arrives
 * from the server's time stamped on it. Network delay makes it late by milliseconds, which a
 * countdown in seconds does not show. It is measured once per token, so a later refetch of the
 * same session does not make the countdown jump.
 */
export function useClockOffset(serverNowMs: number | undefined, tokenKey: string | undefined) {
  const [offsetMs, setOffsetMs] = useState(0)

  useEffect(() => {
    // Reading the browser clock is the point of this effect; it cannot happen during render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (serverNowMs !== undefined) setOffsetMs(serverNowMs - Date.now())
    // Keyed on the token on purpose; see above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tokenKey])

  return offsetMs
}
