import type { ReactNode } from 'react'

import type { InspectResult } from '@/lib/inspect/types'
import { formatClock } from '@/lib/time/countdown'
import { formatDuration } from '@/lib/time/duration'
import { cn } from '@/lib/ui/cn'

import { Fact } from '../ui/fact'
import { AlertIcon } from '../ui/icons'
import { Timestamp } from '../ui/timestamp'
import { sectionTitle, warningBox } from './styles'
import type { InspectedExpiry } from './use-inspected-expiry'

interface TokenTimesProps {
  result: InspectResult
  clock: InspectedExpiry
}

/** Issued and expiry times in local time and UTC, the time left, and a warning once expired. */
export function TokenTimes({ result, clock }: TokenTimesProps) {
  const { issuedAt, expiresAt, lifetimeSeconds } = result

  return (
    <div className="space-y-4">
      {clock.expired && expiresAt ? (
        <div className={warningBox} data-testid="expired-warning">
          <AlertIcon className="mt-0.5 shrink-0" />
          <p>
            This token expired {formatDuration(-(clock.remainingMs ?? 0))} ago. Nothing accepts it
            any more; get a new one with{' '}
            <span className="font-mono">ibmcloud iam oauth-tokens</span> or the &ldquo;Get a
            token&rdquo; form.
          </p>
        </div>
      ) : null}

      <dl className="grid grid-cols-1 gap-x-6 gap-y-4 text-sm sm:grid-cols-3">
        <Time term="Issued" iso={issuedAt} />
        <Time term="Expires" iso={expiresAt} />
        <div className="min-w-0">
          <dt className={sectionTitle}>Time left</dt>
          <dd
            className={cn(
              'mt-1 font-mono text-lg font-semibold tabular-nums',
              clock.expired
                ? 'text-red-700 dark:text-red-400'
                : 'text-emerald-700 dark:text-emerald-400',
            )}
            data-testid="inspect-time-left"
          >
            {clock.remainingMs === null
              ? 'No expiry'
              : clock.expired
                ? 'Expired'
                : formatClock(clock.remainingMs)}
          </dd>
          {lifetimeSeconds !== null ? (
            <dd className="text-xs text-slate-500 dark:text-slate-400">
              of a {formatDuration(lifetimeSeconds * 1000)} lifetime
            </dd>
          ) : null}
        </div>
      </dl>
    </div>
  )
}

function Time({ term, iso }: { term: string; iso: string | null }): ReactNode {
  const epochMs = iso === null ? Number.NaN : Date.parse(iso)
  return (
    <Fact term={term}>
      {Number.isNaN(epochMs) ? (
        <span className="text-slate-500">Not stated in the token</span>
      ) : (
        <Timestamp epochMs={epochMs} />
      )}
    </Fact>
  )
}
