'use client'

import { useGetToken, useRenewToken, type GetTokenInput } from '@/lib/client/session-hooks'
import { useTokenClock } from '@/lib/client/use-token-clock'
import type { SessionState } from '@/lib/session/token-view'

import { Countdown } from '../token/countdown'
import { alertBox } from '../inspect/styles'
import { AlertIcon, Spinner } from '../ui/icons'
import { mutedText, primaryButton } from '../ui/styles'
import { DemoCountdown } from './demo-countdown'
import { ApiKeyForm } from '../token/api-key-form'
import { factList, inlineCode, prose, stepSubheading, successNote } from './styles'
import type { WalkthroughSandbox } from './types'

interface StepExpiryProps {
  session: SessionState
  sandbox: WalkthroughSandbox | null
  isStep2Done: boolean
  isPresenting: boolean
  onTokenObtained: (previousToken: string | null, newToken: string) => void
}

/** Step 5: the hour, what happens after it, and renewing — which means the key again. */
export function StepExpiry(props: StepExpiryProps) {
  const { session, sandbox } = props
  const token = session.token
  const clock = useTokenClock(token)
  const renewToken = useRenewToken()
  const getToken = useGetToken()
  const renewed = renewToken.data?.token ?? getToken.data?.token ?? null

  async function handleRenew() {
    const previous = token?.accessToken ?? null
    const result = await renewToken.trigger()
    if (result?.token) props.onTokenObtained(previous, result.token.accessToken)
  }

  async function handleExchange(input: GetTokenInput) {
    const previous = token?.accessToken ?? null
    const result = await getToken.trigger(input)
    if (result?.token) props.onTokenObtained(previous, result.token.accessToken)
    return result !== undefined
  }

  return (
    <>
      <div className={prose}>
        <ul className={factList}>
          <li>
            A token from an API key lives <strong>one hour</strong>:{' '}
            <code className={inlineCode}>expires_in</code> is 3600 seconds, and{' '}
            <code className={inlineCode}>expiration</code> says when that hour ends.
          </li>
          <li>
            Treat it as over <strong>10 seconds early</strong>, as IBM&apos;s SDKs do, so that a
            request sent with it does not arrive dead. The countdowns here reach zero then.
          </li>
          <li>
            After that every service refuses it: Analytics Engine answers{' '}
            <code className={inlineCode}>HTTP 401</code>. Run step 3 again with an expired token to
            see it.
          </li>
          <li>
            There is no refresh token to use (<code className={inlineCode}>refresh_token</code> is{' '}
            <code className={inlineCode}>&quot;not_supported&quot;</code>), so renewing means
            exchanging the API key again. IBM&apos;s SDKs do it for you at{' '}
            <strong>80 % of the lifetime</strong> (after 48 minutes); so does the workbench&apos;s
            auto-renew.
          </li>
          <li>
            The CLI renews the token of its own login session when you run{' '}
            <code className={inlineCode}>ibmcloud iam oauth-tokens</code>; when that session has
            ended, log in again.
          </li>
        </ul>
      </div>

      <div className="space-y-3">
        <h3 className={stepSubheading}>Your token</h3>
        {token ? (
          <Countdown
            remaining={clock.remaining}
            canRenew={session.keyRemembered}
            onRenewRequest={() => void handleRenew()}
          />
        ) : (
          <p className={mutedText}>No token in this browser yet: get one in step 2.</p>
        )}
      </div>

      <div className="space-y-4">
        <h3 className={stepSubheading}>Renew it</h3>
        {props.isStep2Done ? null : (
          <p className={mutedText}>
            Do step 2 first: this step counts a new token after step 2&apos;s.
          </p>
        )}
        {session.keyRemembered ? (
          <>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              Your key is remembered in the session cookie, so the server can exchange it again.
            </p>
            <button
              type="button"
              onClick={() => void handleRenew()}
              disabled={renewToken.isMutating}
              className={primaryButton}
            >
              {renewToken.isMutating ? <Spinner /> : null}
              {renewToken.isMutating ? 'Renewing…' : 'Renew now'}
            </button>
            {renewToken.error ? (
              <div role="alert" className={alertBox}>
                <AlertIcon className="mt-0.5 shrink-0" />
                <p>{renewToken.error.message}</p>
              </div>
            ) : null}
          </>
        ) : (
          <>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              Your key is not remembered, so exchange it again, exactly as in step 2.
            </p>
            <ApiKeyForm
              idPrefix="renew"
              layout="stacked"
              submitLabel="Get a new token"
              busyLabel="Asking IAM…"
              demoKeys={sandbox?.demoKeys ?? []}
              isMutating={getToken.isMutating}
              error={getToken.error}
              onSubmit={handleExchange}
            />
          </>
        )}
        <p role="status" className={renewed ? successNote : 'sr-only'}>
          {renewed ? 'New token: valid for another hour from now.' : ''}
        </p>
      </div>

      {props.isPresenting ? <DemoCountdown /> : null}
    </>
  )
}
