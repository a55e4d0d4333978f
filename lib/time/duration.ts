/** "2 min 40 s", "45 s", "1 h 5 min": a clock difference in words, for people. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.round(Math.abs(ms) / 1000)
  const hours = Math.floor(totalSeconds / 3600)
  const minutes = Math.floor((totalSeconds % 3600) / 60)
  const seconds = totalSeconds % 60

  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`
  if (minutes > 0) return seconds > 0 ? `${minutes} min ${seconds} s` : `${minutes} min`
  return `${seconds} s`
}

/** The browser clock is called wrong beyond this; smaller offsets are network noise. */
export const NOTICEABLE_SKEW_MS = 30_000

/**
 * The sentence shown when the browser's clock is off, or null when it is close enough.
 * `offsetMs` is the server's clock minus the browser's: negative means the browser is fast.
 */
export function describeClockSkew(offsetMs: number): string | null {
  if (Math.abs(offsetMs) <= NOTICEABLE_SKEW_MS) return null
  const direction = offsetMs < 0 ? 'fast' : 'slow'
  return `Your clock is ${formatDuration(offsetMs)} ${direction}; the countdown is corrected.`
}
