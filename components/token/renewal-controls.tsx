'use client'

import { useId } from 'react'

import type { ApiError } from '@/lib/client/api-client'
import type { AutoRenewStatus } from '@/lib/client/use-auto-renew'
import { formatClock } from '@/lib/time/countdown'
import { formatLocalTime } from '@/lib/time/format'
import { cn } from '@/lib/ui/cn'

import { Spinner } from '../ui/icons'
import { mutedText, secondaryButton } from '../ui/styles'
import { NotifyToggle } from './notify-toggle'

export interface RenewalControlsProps {
  keyRemembered: boolean
  serverNowMs: number | null
  isRenewing: boolean
  renewError: ApiError | undefined
  onRenewNow: () => void
  autoRenew: boolean
  onAutoRenewChange: (enabled: boolean) => void
  autoRenewStatus: AutoRenewStatus
  /** Why auto-renew gave up (the key was rejected), until the user gets a new token. */
  stopReason: string | null
  notify: boolean
  onNotifyChange: (enabled: boolean) => void
}

/** Renew now, auto-renew and notifications: keeping a token alive without watching it. */
export function RenewalControls(props: RenewalControlsProps) {
  const autoRenewId = useId()
  const { keyRemembered, isRenewing, autoRenew } = props

  return (
    <div className="space-y-3" data-testid="renewal-controls">
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        {keyRemembered ? (
          <button
            type="button"
            onClick={props.onRenewNow}
            disabled={isRenewing}
            className={secondaryButton}
          >
            {isRenewing ? <Spinner /> : null}
            {isRenewing ? 'Renewing…' : 'Renew now'}
          </button>
        ) : null}
        <label
          htmlFor={autoRenewId}
          className={cn('flex items-center gap-2 text-sm', !keyRemembered && 'opacity-60')}
        >
          <input
            id={autoRenewId}
            type="checkbox"
            checked={autoRenew && keyRemembered}
            disabled={!keyRemembered}
            onChange={(event) => props.onAutoRenewChange(event.target.checked)}
            aria-describedby={keyRemembered ? undefined : `${autoRenewId}-why`}
            className="size-4 accent-brand-500"
          />
          Auto-renew at 80 % of the lifetime
        </label>
        <NotifyToggle enabled={props.notify} onChange={props.onNotifyChange} />
      </div>

      {keyRemembered ? (
        <AutoRenewLine status={props.autoRenewStatus} serverNowMs={props.serverNowMs} />
      ) : (
        <p id={`${autoRenewId}-why`} className={cn(mutedText, 'text-xs')}>
          Renewing needs your key: get a token with &ldquo;Remember my key for renewal&rdquo; ticked
          to renew here or automatically.
        </p>
      )}

      {props.stopReason || props.renewError ? (
        <p
          role="alert"
          className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/60 dark:text-red-200"
        >
          {props.stopReason
            ? `Auto-renew stopped. ${props.stopReason}`
            : `Renewal failed. ${props.renewError?.message ?? ''}`}
        </p>
      ) : null}
    </div>
  )
}

interface AutoRenewLineProps {
  status: AutoRenewStatus
  serverNowMs: number | null
}

/** The visible line ticks; the announced one changes only when the state does. */
function AutoRenewLine({ status, serverNowMs }: AutoRenewLineProps) {
  return (
    <>
      <p className={cn(mutedText, 'text-xs')} data-testid="auto-renew-status" aria-hidden="true">
        {describeStatus(status, serverNowMs)}
      </p>
      <p role="status" className="sr-only">
        {describeStatus(status, null)}
      </p>
    </>
  )
}

function describeStatus(status: AutoRenewStatus, serverNowMs: number | null): string {
  const until = (atMs: number) =>
    serverNowMs === null ? '' : ` (in ${formatClock(Math.max(0, atMs - serverNowMs))})`
  switch (status.kind) {
    case 'off':
      return 'Auto-renew is off.'
    case 'standby':
      return 'Auto-renew is on; another open tab of the workbench renews the token.'
    case 'scheduled':
      return `Auto-renew is on: next renewal at ${formatLocalTime(status.atMs)}${until(status.atMs)}.`
    case 'renewing':
      return 'Renewing the token…'
    case 'retrying':
      return `Renewal failed, trying again${until(status.atMs)}. ${status.reason}`
  }
}
