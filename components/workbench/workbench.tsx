'use client'

import { useGetToken, useForgetToken, useSessionState } from '@/lib/client/session-hooks'
import type { SessionState } from '@/lib/session/token-view'

import { SnippetStudio } from '../snippets/snippet-studio'
import { APIKEY_INPUT_ID, KeyForm } from '../token/key-form'
import { NoTokenCard, TokenCard } from '../token/token-card'

export interface WorkbenchProps {
  initialSession: SessionState
  iamUrl: string
  aeApiUrl: string | null
}

/** The main page: key form, the token with its countdown, and the snippets that use it. */
export function Workbench({ initialSession, iamUrl, aeApiUrl }: WorkbenchProps) {
  const { data: session } = useSessionState(initialSession)
  const getToken = useGetToken()
  const forgetToken = useForgetToken()
  const token = session?.token ?? null

  async function handleGetToken(input: { apikey: string; remember: boolean }) {
    forgetToken.reset()
    const result = await getToken.trigger(input)
    return result !== undefined
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
          isForgetting={forgetToken.isMutating}
          onForget={() => {
            getToken.reset()
            void forgetToken.trigger()
          }}
          onRenewRequest={focusKeyField}
        />
      ) : (
        <NoTokenCard />
      )}

      <SnippetStudio iamUrl={iamUrl} aeApiUrl={aeApiUrl} token={token?.accessToken ?? null} />
    </div>
  )
}
