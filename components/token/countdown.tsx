'use client'

import { formatClock, type Remaining, type Urgency } from '@/lib/time/countdown'
import { cn } from '@/lib/ui/cn'

import { labelCaps, primaryButton } from '../ui/styles'

interface CountdownProps {
  /** Null until the browser renders: the server cannot know the browser's time. */
  remaining: Remaining | null
  canRenew: boolean
  onRenewRequest: () => void
}

const URGENCY_STYLES: Record<Urgency, { text: string; bar: string; label: string }> = {
  ok: { text: 'text-emerald-700 dark:text-emerald-400', bar: 'bg-emerald-500', label: 'Valid' },
  soon: { text: 'text-amber-700 dark:text-amber-400', bar: 'bg-amber-500', label: 'Expires soon' },
  critical: { text: 'text-red-700 dark:text-red-400', bar: 'bg-red-500', label: 'About to expire' },
  expired: { text: 'text-red-700 dark:text-red-400', bar: 'bg-red-500', label: 'Expired' },
}

/** Spoken once per change of state, never every second. */
const ANNOUNCEMENTS: Record<Urgency, string> = {
  ok: '',
  soon: 'Your token expires in less than 10 minutes.',
  critical: 'Your token expires in less than 2 minutes.',
  expired: 'Your token has expired. Get a new token to keep working.',
}

/** Time left on the token: mm:ss, a bar of the lifetime left, colours at 10 and 2 minutes. */
export function Countdown({ remaining, canRenew, onRenewRequest }: CountdownProps) {
  if (remaining === null) {
    return <div className="h-[4.75rem]" aria-hidden="true" />
  }

  const { remainingMs, fraction, urgency } = remaining
  const style = URGENCY_STYLES[urgency]

  return (
    <div data-testid="countdown" data-urgency={urgency}>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className={labelCaps}>{urgency === 'expired' ? 'Status' : 'Time left'}</p>
          <p
            className={cn('font-mono text-4xl font-semibold tabular-nums', style.text)}
            data-testid="countdown-clock"
          >
            {urgency === 'expired' ? 'Expired' : formatClock(remainingMs)}
          </p>
        </div>
        {urgency === 'expired' ? (
          <button type="button" onClick={onRenewRequest} className={primaryButton}>
            {canRenew ? 'Renew now' : 'Get a new token'}
          </button>
        ) : (
          <span className={cn('text-sm font-medium', style.text)}>{style.label}</span>
        )}
      </div>

      <div
        role="progressbar"
        aria-label="Token lifetime remaining"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(fraction * 100)}
        aria-valuetext={urgency === 'expired' ? 'Expired' : `${formatClock(remainingMs)} left`}
        className="mt-3 h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <div
          className={cn(
            'h-full rounded-full transition-[width] duration-1000 ease-linear',
            style.bar,
          )}
          style={{ width: `${fraction * 100}%` }}
        />
      </div>

      <p role="status" className="sr-only">
        {ANNOUNCEMENTS[urgency]}
      </p>
    </div>
  )
}
