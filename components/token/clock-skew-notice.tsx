import { describeClockSkew } from '@/lib/time/duration'

/** Says when the browser's clock is off, and that the countdown does not trust it. */
export function ClockSkewNotice({ offsetMs }: { offsetMs: number }) {
  const message = describeClockSkew(offsetMs)
  return (
    <p
      role="status"
      data-testid="clock-skew"
      className={message ? 'mt-3 text-sm text-amber-700 dark:text-amber-400' : 'sr-only'}
    >
      {message ?? ''}
    </p>
  )
}
