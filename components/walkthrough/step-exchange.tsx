'use client'

import { useGetToken, type GetTokenInput } from '@/lib/client/session-hooks'
import type { TokenView } from '@/lib/session/token-view'
import { renderGetToken } from '@/lib/snippets'
import { APIKEY_GRANT_TYPE } from '@/lib/snippets/token-request'

import { CodeBlock } from '../snippets/code-block'
import { IamResponseView } from './iam-response-view'
import { ApiKeyForm } from '../token/api-key-form'
import { inlineCode, prose, stepSubheading, subtlePanel } from './styles'
import type { WalkthroughSandbox } from './types'

interface StepExchangeProps {
  iamUrl: string
  sandbox: WalkthroughSandbox | null
  masked: boolean
  onExchanged: (token: TokenView) => void
}

/** Step 2: the exact request, then the user makes it here and reads IAM's answer. */
export function StepExchange({ iamUrl, sandbox, masked, onExchanged }: StepExchangeProps) {
  const getToken = useGetToken()
  const token = getToken.data?.token ?? null
  const curl = renderGetToken('curl', { iamUrl, capture: false })
  const powershell = renderGetToken('pwsh', { iamUrl, capture: false })

  async function handleSubmit(input: GetTokenInput) {
    const result = await getToken.trigger(input)
    if (result?.token) onExchanged(result.token)
    return result !== undefined
  }

  return (
    <>
      <div className={prose}>
        <h3 className={stepSubheading}>The request</h3>
        <p>One form POST to IAM&apos;s token endpoint. Nothing else is needed:</p>
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[8rem_minmax(0,1fr)]">
          <dt className="font-medium">Method, URL</dt>
          <dd className="font-mono text-xs break-all">POST {iamUrl}/identity/token</dd>
          <dt className="font-medium">Headers</dt>
          <dd className="font-mono text-xs">
            Content-Type: application/x-www-form-urlencoded
            <br />
            Accept: application/json
          </dd>
          <dt className="font-medium">Form fields</dt>
          <dd className="font-mono text-xs break-all">
            grant_type={APIKEY_GRANT_TYPE}
            <br />
            apikey=&lt;your API key&gt;
          </dd>
        </dl>
        <p>
          No <code className={inlineCode}>Authorization</code> header: without a client ID and
          secret you are IAM&apos;s &ldquo;default&rdquo; client. A key IAM does not know gets{' '}
          <code className={inlineCode}>HTTP 400</code> with errorCode{' '}
          <code className={inlineCode}>BXNIM0415E</code>, &ldquo;Provided API key could not be
          found.&rdquo;
        </p>
      </div>

      <CodeBlock
        title="With curl (bash or zsh)"
        code={curl.code}
        copyWhat="the token request for bash"
        notes={curl.notes}
        testId="walkthrough-token-request"
      />
      <details className={subtlePanel}>
        <summary className="cursor-pointer text-sm font-medium">With PowerShell</summary>
        <div className="mt-4">
          <CodeBlock
            title="Invoke-RestMethod"
            code={powershell.code}
            copyWhat="the token request for PowerShell"
            notes={powershell.notes}
          />
        </div>
      </details>

      <div className="space-y-4">
        <h3 className={stepSubheading}>Now do it here</h3>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Your key goes to this workbench&apos;s server, which sends exactly this request and keeps
          the token in your browser&apos;s encrypted session cookie. The key is not logged or shown
          again.
        </p>
        <ApiKeyForm
          idPrefix="exchange"
          layout="stacked"
          submitLabel="Exchange for a token"
          busyLabel="Asking IAM…"
          demoKeys={sandbox?.demoKeys ?? []}
          rememberHelp={
            <>
              Lets step 5 renew with &ldquo;Renew now&rdquo;. The key is then kept inside this
              browser&apos;s encrypted, HttpOnly session cookie until you forget the token or the
              browser session ends.
            </>
          }
          isMutating={getToken.isMutating}
          error={getToken.error}
          onSubmit={handleSubmit}
        />
      </div>

      <p role="status" className="sr-only">
        {token ? "Got a token. IAM's answer is shown below, field by field." : ''}
      </p>
      {token?.iamResponse ? (
        <IamResponseView
          accessToken={token.accessToken}
          fields={token.iamResponse}
          masked={masked}
        />
      ) : null}
    </>
  )
}
