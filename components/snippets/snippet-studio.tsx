'use client'

import { useId, useState } from 'react'

import { useStoredChoice } from '@/lib/client/use-stored-choice'
import {
  AE_OPERATIONS,
  TARGETS,
  getTarget,
  renderAeCall,
  renderCli,
  renderGetToken,
  renderSetToken,
  type TargetId,
} from '@/lib/snippets'
import { cn } from '@/lib/ui/cn'

import { card, cardTitle, mutedText } from '../ui/styles'
import { AeTargetFields } from './ae-target-fields'
import { CodeBlock } from './code-block'
import { SNIPPET_PANEL_ID, TargetTabs } from './target-tabs'
import { useAeCall } from './use-ae-call'

const TARGET_IDS = TARGETS.map((target) => target.id)

export interface SnippetStudioProps {
  iamUrl: string
  aeApiUrl: string | null
  /** The session's access token, or null when there is none. */
  token: string | null
  /** The session's token has expired: literal-token snippets would fail. */
  isStale?: boolean
}

/**
 * Copy-paste commands for every shell and language: get a token, store it, and call Analytics
 * Engine with it. Everything is rendered by lib/snippets from one description per request.
 */
export function SnippetStudio({ iamUrl, aeApiUrl, token, isStale = false }: SnippetStudioProps) {
  const [targetId, setTargetId] = useStoredChoice<TargetId>(
    'iamwb.snippet-target',
    TARGET_IDS,
    'curl',
  )
  const [showToken, setShowToken] = useState(false)
  const toggleId = useId()
  const ae = useAeCall()

  const target = getTarget(targetId)
  const literalToken = showToken && token ? token : undefined
  const getToken = renderGetToken(targetId, { iamUrl })
  const plainRequest = renderGetToken(targetId, { iamUrl, capture: false })
  const setToken = renderSetToken(targetId, literalToken ? { token: literalToken } : {})
  const cli = renderCli(targetId)
  const cliBearer = renderCli(targetId, { via: 'bearer-token' })
  const operation = AE_OPERATIONS.find((candidate) => candidate.id === ae.values.operationId)
  const aeCall = ae.state.ok
    ? renderAeCall(targetId, ae.values.operationId, {
        aeTarget: ae.state.aeTarget,
        ...(aeApiUrl ? { aeApiUrl } : {}),
        ...(literalToken ? { token: literalToken } : {}),
        appId: ae.state.appId,
      })
    : null

  return (
    <section aria-labelledby="snippets-title" className={card} data-testid="snippet-studio">
      <h2 id="snippets-title" className={cardTitle}>
        Snippets
      </h2>
      <p className={cn(mutedText, 'mt-1')}>
        Commands that run as pasted. Your API key is never in them: they read it from{' '}
        <code className="font-mono text-[0.9em]">IBMCLOUD_API_KEY</code>.
      </p>

      <div className="mt-5">
        <TargetTabs value={targetId} onChange={setTargetId} />
      </div>

      <div
        role="tabpanel"
        id={SNIPPET_PANEL_ID}
        aria-labelledby={`snippet-tab-${targetId}`}
        className="mt-6 space-y-8"
      >
        <div className="space-y-4">
          <h3 className="text-base font-semibold">Get a token</h3>
          <CodeBlock
            title="Request a token and keep it in IAM_TOKEN and IAM_TOKEN_EXPIRES_AT"
            code={getToken.code}
            copyWhat={`the token request for ${target.label}`}
            notes={getToken.notes}
            testId="snippet-get-token"
          />
          <details className="group rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <summary className="cursor-pointer text-sm font-medium">
              Just the request (prints IAM&apos;s answer)
            </summary>
            <div className="mt-4">
              <CodeBlock
                title="Token request"
                code={plainRequest.code}
                copyWhat={`the plain token request for ${target.label}`}
                testId="snippet-token-request"
              />
            </div>
          </details>
          {cli && cliBearer ? (
            <details className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
              <summary className="cursor-pointer text-sm font-medium">
                The CLI way (ibmcloud)
              </summary>
              <div className="mt-4 space-y-5">
                <CodeBlock
                  title="Log in, then take the token from ibmcloud iam oauth-tokens"
                  code={cli.code}
                  copyWhat={`the ibmcloud oauth-tokens commands for ${target.label}`}
                  notes={cli.notes}
                  testId="snippet-cli"
                />
                <CodeBlock
                  title="Newer CLIs: ibmcloud iam bearer-token prints the bare token"
                  code={cliBearer.code}
                  copyWhat={`the ibmcloud bearer-token commands for ${target.label}`}
                  notes={cliBearer.notes}
                  testId="snippet-cli-bearer"
                />
              </div>
            </details>
          ) : null}
        </div>

        <div className="space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h3 className="text-base font-semibold">Use the token</h3>
            <label htmlFor={toggleId} className="flex items-center gap-2 text-sm">
              <input
                id={toggleId}
                type="checkbox"
                checked={showToken && token !== null}
                disabled={token === null}
                onChange={(event) => setShowToken(event.target.checked)}
                className="size-4 accent-brand-500"
              />
              Show my token in the snippets
            </label>
          </div>
          {isStale ? (
            <p
              role="status"
              data-testid="snippets-stale"
              className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-200"
            >
              Stale: your token has expired, so these calls will be refused until IAM_TOKEN holds a
              new one. Get a new token first.
            </p>
          ) : null}
          <CodeBlock
            title={
              literalToken ? 'Set IAM_TOKEN to your token' : 'Set IAM_TOKEN (asks for it, hidden)'
            }
            code={setToken.code}
            copyWhat={
              literalToken ? 'the line that sets your token' : 'the line that asks for your token'
            }
            notes={setToken.notes}
            testId="snippet-set-token"
          />

          <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <p className="mb-4 text-sm font-medium">Call IBM Analytics Engine</p>
            <AeTargetFields
              values={ae.values}
              crnRegion={ae.crnRegion}
              needsAppId={ae.needsAppId}
              errors={ae.state.ok ? {} : ae.state.errors}
              onChange={ae.update}
            />
            <div className="mt-5">
              {aeCall && operation ? (
                <CodeBlock
                  title={operation.title}
                  code={aeCall.code}
                  copyWhat={`the ${operation.title.toLowerCase()} command for ${target.label}`}
                  notes={aeCall.notes}
                  testId="snippet-ae-call"
                />
              ) : (
                <p className={mutedText} role="status">
                  Fix the highlighted field to see the command.
                </p>
              )}
            </div>
          </div>
        </div>
      </div>
    </section>
  )
}
