/**
 * Runs `work` with an AbortSignal that fires after `timeoutMs`, and clears the timer when the
 * work settles. Not AbortSignal.timeout(): its timer stays registered until the signal is
 * garbage collected, and under Next.js that timer holds the request's async context, which
 * reaches the signal, so neither is ever collected and every request leaks (about 70 KB each).
 */
export async function withDeadline<T>(
  timeoutMs: number,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const deadline = new AbortController()
  const timer = setTimeout(() => deadline.abort(), timeoutMs)
  try {
    return await work(deadline.signal)
  } finally {
    clearTimeout(timer)
  }
}
