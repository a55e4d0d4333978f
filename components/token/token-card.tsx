'use client'

import type { TokenView } from '@/lib/session/token-view'
import type { Remaining } from '@/lib/time/countdown'
import { cn } from '@/lib/ui/cn'

import { KeyOwnerLookup } from '../inspect/key-owner'
import { Spinner } from '../ui/icons'
import { card, cardTitle, dangerButton, mutedText } from '../ui/styles'
import { ClockSkewNotice } from './clock-skew-notice'
import { Countdown } from './countdown'
import { RenewalControls, type RenewalControlsProps } from './renewal-controls'
import { TokenDetails } from './token-details'
import { TokenValue } from './token-value'

interface TokenCardProps {
  token: TokenView
  remaining: Remaining | null
  offsetMs: number
  renewal: RenewalControlsProps
  isForgetting: boolean
  onForget: () => void
  /** The expired state's button: renew with the remembered key, or go to the key field. */
  onExpiredAction: () => void
}

export function TokenCard(props: TokenCardProps) {
  const { token, renewal } = props
  const source =
    token.source === 'adopted'
      ? 'A token you pasted and the workbench verified. '
      : renewal.keyRemembered
        ? 'Your key is remembered for renewal. '
        : ''

  return (
    <section aria-labelledby="token-card-title" className={card} data-testid="token-card">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h2 id="token-card-title" className={cardTitle}>
            Your token
          </h2>
          <p className={cn(mutedText, 'mt-1')}>
            {source}Kept in this browser&apos;s encrypted session cookie, not in page storage.
          </p>
        </div>
        <button
          type="button"
          onClick={props.onForget}
          disabled={props.isForgetting}
          className={cn(dangerButton, 'shrink-0 self-start')}
        >
          {props.isForgetting ? <Spinner /> : null}
          Forget token
        </button>
      </div>

      <div className="mt-6">
        <Countdown
          remaining={props.remaining}
          canRenew={renewal.keyRemembered}
          onRenewRequest={props.onExpiredAction}
        />
        <ClockSkewNotice offsetMs={props.offsetMs} />
      </div>

      <div className="mt-5">
        <RenewalControls {...renewal} />
      </div>

      <div className="mt-6 border-t border-slate-200 pt-6 dark:border-slate-800">
        <TokenValue token={token.accessToken} />
      </div>

      <div className="mt-6 border-t border-slate-200 pt-6 dark:border-slate-800">
        <TokenDetails token={token} />
      </div>

      {token.source === 'apikey' ? (
        <div className="mt-6 border-t border-slate-200 pt-6 dark:border-slate-800">
          <KeyOwnerLookup key={token.obtainedAtMs} keyRemembered={renewal.keyRemembered} />
        </div>
      ) : null}
    </section>
  )
}

export function NoTokenCard() {
  return (
    <section
      aria-labelledby="no-token-title"
      className={cn(card, 'border-dashed text-center')}
      data-testid="no-token"
    >
      <h2 id="no-token-title" className={cardTitle}>
        No token yet
      </h2>
      <p className={cn(mutedText, 'mx-auto mt-1 max-w-md')}>
        Once you get a token it appears here with a live countdown. It lasts one hour.
      </p>
    </section>
  )
}
