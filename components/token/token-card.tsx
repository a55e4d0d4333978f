'use client'

import type { TokenView } from '@/lib/session/token-view'
import { cn } from '@/lib/ui/cn'

import { Spinner } from '../ui/icons'
import { card, cardTitle, dangerButton, mutedText } from '../ui/styles'
import { Countdown } from './countdown'
import { TokenDetails } from './token-details'
import { TokenValue } from './token-value'

interface TokenCardProps {
  token: TokenView
  isForgetting: boolean
  onForget: () => void
  onRenewRequest: () => void
}

export function TokenCard({ token, isForgetting, onForget, onRenewRequest }: TokenCardProps) {
  return (
    <section aria-labelledby="token-card-title" className={card} data-testid="token-card">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="token-card-title" className={cardTitle}>
            Your token
          </h2>
          <p className={cn(mutedText, 'mt-1')}>
            Kept in this browser&apos;s encrypted session cookie, not in page storage.
          </p>
        </div>
        <button type="button" onClick={onForget} disabled={isForgetting} className={dangerButton}>
          {isForgetting ? <Spinner /> : null}
          Forget token
        </button>
      </div>

      <div className="mt-6">
        <Countdown
          deadlineMs={token.deadlineMs}
          lifetimeMs={token.expiresIn * 1000}
          serverNowMs={token.serverNowMs}
          onRenewRequest={onRenewRequest}
        />
      </div>

      <div className="mt-6 border-t border-slate-200 pt-6 dark:border-slate-800">
        <TokenValue token={token.accessToken} />
      </div>

      <div className="mt-6 border-t border-slate-200 pt-6 dark:border-slate-800">
        <TokenDetails token={token} />
      </div>
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
