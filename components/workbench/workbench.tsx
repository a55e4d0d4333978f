'use client'

import dynamic from 'next/dynamic'

import {
  SESSION_KEY,
  useForgetToken,
  useGetToken,
  useSessionState,
} from '@/lib/client/session-hooks'
import { useSessionSync } from '@/lib/client/session-sync'
import { useDocumentTitle } from '@/lib/client/use-document-title'
import { useExpiryNotifications } from '@/lib/client/use-expiry-notifications'
import { useStoredChoice } from '@/lib/client/use-stored-choice'
import { useTokenClock } from '@/lib/client/use-token-clock'
import type { SessionState } from '@/lib/session/token-view'

import { SnippetStudio } from '../snippets/snippet-studio'
import { APIKEY_INPUT_ID, KeyForm } from '../token/key-form'
import { NoTokenCard, TokenCard } from '../token/token-card'
import { card, cardTitle } from '../ui/styles'
import { useRenewal } from './use-renewal'

// Rarely used and heavy (claims, verification, result views): loaded after the page is usable.
const InspectPanel = dynamic(
  () => import('../inspect/inspect-panel').then((module) => module.InspectPanel),
  { ssr: false, loading: InspectPanelPlaceholder },
)

export interface WorkbenchProps {
  initialSession: SessionState
  iamUrl: string
  aeApiUrl: string | null
}

const ON_OFF = ['on', 'off'] as const

/** The main page: key form, the token with its countdown, and the snippets that use it. */
export function Workbench({ initialSession, iamUrl, aeApiUrl }: WorkbenchProps) {
  const { data } = useSessionState(initialSession)
  const session = data ?? initialSession
  const token = session.token
  useSessionSync(SESSION_KEY)

  const getToken = useGetToken()
  const forgetToken = useForgetToken()
  const clock = useTokenClock(token)
  const renewal = useRenewal(session, clock.offsetMs)
  const [notifyChoice, setNotifyChoice] = useStoredChoice('iamwb.notify', ON_OFF, 'off')
  useDocumentTitle(clock.remaining)
  useExpiryNotifications(notifyChoice === 'on', token, clock.remaining)

  async function handleGetToken(input: { apikey: string; remember: boolean }) {
    forgetToken.reset()
    renewal.reset()
    const result = await getToken.trigger(input)
    return result !== undefined
  }

  async function handleForget() {
    getToken.reset()
    renewal.reset()
    await forgetToken.trigger()
    // The button that had focus is gone with the token card; the key field is where to go next.
    document.getElementById(APIKEY_INPUT_ID)?.focus()
  }

  function focusKeyField() {
    const field = document.getElementById(APIKEY_INPUT_ID)
    field?.scrollIntoView({ behavior: 'smooth', block: 'center' })
    field?.focus({ preventScroll: true })
  }

  return (
    <div className="space-y-6">
      <KeyForm
        iamHost={new URL(iamUrl).host}
        isMutating={getToken.isMutating}
        error={getToken.error}
        onSubmit={handleGetToken}
      />

      {token ? (
        <TokenCard
          token={token}
          remaining={clock.remaining}
          offsetMs={clock.offsetMs}
          isForgetting={forgetToken.isMutating}
          onForget={() => void handleForget()}
          onExpiredAction={session.keyRemembered ? () => void renewal.renew() : focusKeyField}
          renewal={{
            keyRemembered: session.keyRemembered,
            serverNowMs: clock.serverNowMs,
            isRenewing: renewal.isRenewing,
            renewError: renewal.renewError,
            onRenewNow: () => void renewal.renew(),
            autoRenew: renewal.autoRenew,
            onAutoRenewChange: renewal.setAutoRenew,
            autoRenewStatus: renewal.autoRenewStatus,
            stopReason: renewal.stopReason,
            notify: notifyChoice === 'on',
            onNotifyChange: (enabled) => setNotifyChoice(enabled ? 'on' : 'off'),
          }}
        />
      ) : (
        <NoTokenCard />
      )}

      <SnippetStudio
        iamUrl={iamUrl}
        aeApiUrl={aeApiUrl}
        token={token?.accessToken ?? null}
        isStale={clock.remaining?.urgency === 'expired'}
      />

      <InspectPanel />
    </div>
  )
}

function InspectPanelPlaceholder() {
  return (
    <section aria-busy="true" aria-labelledby="inspect-placeholder-title" className={card}>
      <h2 id="inspect-placeholder-title" className={cardTitle}>
        Inspect a token
      </h2>
      <div className="mt-5 h-40 animate-pulse rounded-lg bg-slate-100 dark:bg-slate-800" />
    </section>
  )
}
