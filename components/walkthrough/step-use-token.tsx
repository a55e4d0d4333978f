'use client'

import { useId, useState, type FormEvent } from 'react'

import { useHydrated } from '@/lib/client/use-hydrated'
import { AE_REGIONS, parseAeTarget, renderAeCall, renderSetToken, type AeApi } from '@/lib/snippets'
import { INSTANCE_DETAILS_OPERATION } from '@/lib/walkthrough/ae-call-request'
import { cn } from '@/lib/ui/cn'

import { CodeBlock } from '../snippets/code-block'
import { alertBox } from '../inspect/styles'
import { AlertIcon, Spinner } from '../ui/icons'
import { mutedText, primaryButton, textInput } from '../ui/styles'
import { AeAnswer } from './ae-answer'
import { fieldLabel, inlineCode, prose, stepSubheading } from './styles'
import type { WalkthroughSandbox } from './types'
import { useAeInstanceCall } from './use-walkthrough-api'
import { AeApiChoice } from '../snippets/ae-api-choice'

interface StepUseTokenProps {
  aeApiUrl: string | null
  sandbox: WalkthroughSandbox | null
  /** The session's token, or null before step 2. */
  token: string | null
  masked: boolean
  onAnswered: (status: number) => void
}

/**
 * The engine's note points at the studio's "Get a token"; here the token comes from step 2 or 4.
 */
function explainTokenNote(note: string): string {
  return note.startsWith('Uses the token in IAM_TOKEN')
    ? "Uses the token in IAM_TOKEN: set it with the line above, or with step 4's CLI lines."
    : note
}

/** Step 3: the Bearer header, and one Analytics Engine call the user runs from the page. */
export function StepUseToken({ aeApiUrl, sandbox, token, masked, onAnswered }: StepUseTokenProps) {
  const [api, setApi] = useState<AeApi>('v3')
  const [region, setRegion] = useState('us-south')
  const [instance, setInstance] = useState(sandbox?.demoInstanceId ?? '')
  const [showToken, setShowToken] = useState(false)
  const [wasSubmitted, setWasSubmitted] = useState(false)
  const call = useAeInstanceCall()
  const isHydrated = useHydrated()
  const id = useId()

  const isCrn = instance.trim().startsWith('crn:')
  const target = parseAeTarget({ api, region: isCrn ? '' : region, instance })
  const errors = target.ok
    ? instance.trim() === ''
      ? { instance: 'Enter the instance GUID, or paste the instance CRN.' }
      : {}
    : target.errors
  const setToken = renderSetToken('curl')
  const isValid = target.ok && target.value.instanceId !== null
  const literalToken = showToken && token && !masked ? token : undefined
  const snippet = target.ok
    ? renderAeCall('curl', INSTANCE_DETAILS_OPERATION[api], {
        aeTarget: target.value,
        ...(aeApiUrl ? { aeApiUrl } : {}),
        ...(literalToken ? { token: literalToken } : {}),
      })
    : null

  function chooseApi(next: AeApi) {
    setApi(next)
    if (!AE_REGIONS[next].some((candidate) => candidate.id === region)) {
      setRegion(AE_REGIONS[next][0].id)
    }
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setWasSubmitted(true)
    if (!isValid || call.isMutating) return
    const result = await call.trigger({ api, region: isCrn ? '' : region, instance })
    if (result) onAnswered(result.status)
  }

  const showErrors = wasSubmitted || instance !== (sandbox?.demoInstanceId ?? '')

  return (
    <>
      <div className={prose}>
        <p>
          Every IBM Cloud API takes the token the same way, in one header:{' '}
          <code className={inlineCode}>Authorization: Bearer &lt;access_token&gt;</code>. Nothing
          else: no key, no account header.
        </p>
        <p>
          Analytics Engine serverless (v3) lives at{' '}
          <code className={inlineCode}>https://api.&lt;region&gt;.ae.cloud.ibm.com</code>, in
          us-south (Dallas) and eu-de (Frankfurt), and names an instance by its GUID in the path.{' '}
          <code className={inlineCode}>ibmcloud resource service-instance &lt;name&gt;</code> prints
          the GUID; or paste the instance&apos;s CRN, which carries its region too.
        </p>
      </div>

      <form onSubmit={handleSubmit} noValidate className="space-y-4">
        <h3 className={stepSubheading}>Read your instance</h3>
        <AeApiChoice
          name={`${id}-api`}
          value={api}
          onChange={chooseApi}
          legendClassName={fieldLabel}
        />

        <div className="grid gap-4 sm:grid-cols-[12rem_minmax(0,1fr)]">
          <div>
            <label htmlFor={`${id}-region`} className={fieldLabel}>
              Region
            </label>
            <select
              id={`${id}-region`}
              value={region}
              disabled={isCrn}
              onChange={(event) => setRegion(event.target.value)}
              className={cn(textInput, 'mt-1.5 font-sans')}
            >
              {AE_REGIONS[api].map((option) => (
                <option key={option.id} value={option.id}>
                  {option.id} ({option.name})
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-instance`} className={fieldLabel}>
              Instance GUID or CRN
            </label>
            <input
              id={`${id}-instance`}
              value={instance}
              onChange={(event) => setInstance(event.target.value)}
              spellCheck={false}
              autoComplete="off"
              aria-invalid={showErrors && errors.instance ? true : undefined}
              aria-describedby={showErrors && errors.instance ? `${id}-instance-error` : undefined}
              className={cn(textInput, 'mt-1.5')}
            />
          </div>
        </div>
        {showErrors && (errors.instance || errors.region) ? (
          <div className="space-y-1 text-sm text-red-700 dark:text-red-400">
            {errors.instance ? <p id={`${id}-instance-error`}>{errors.instance}</p> : null}
            {errors.region ? <p>{errors.region}</p> : null}
          </div>
        ) : null}

        {snippet ? (
          <div className="space-y-3">
            <CodeBlock
              title="Put your token in IAM_TOKEN (bash or zsh; asks for it, hidden)"
              code={setToken.code}
              copyWhat="the line that asks for your token"
              testId="walkthrough-set-token"
            />
            <CodeBlock
              title="The same call with curl"
              code={snippet.code}
              copyWhat="the Analytics Engine call for bash"
              notes={snippet.notes?.map(explainTokenNote)}
              testId="walkthrough-ae-call"
            />
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
              <input
                id={`${id}-show-token`}
                type="checkbox"
                checked={showToken && token !== null && !masked}
                disabled={token === null || masked}
                onChange={(event) => setShowToken(event.target.checked)}
                aria-describedby={masked ? `${id}-show-token-why` : undefined}
                className="size-4 accent-brand-500"
              />
              <label htmlFor={`${id}-show-token`}>Show my token in the command</label>
              {masked ? (
                <span id={`${id}-show-token-why`} className={mutedText}>
                  (off in presenter mode)
                </span>
              ) : null}
            </div>
          </div>
        ) : null}

        {token === null ? (
          <p className={mutedText}>You have no token yet: get one in step 2 first.</p>
        ) : null}
        <button type="submit" disabled={!isHydrated || call.isMutating} className={primaryButton}>
          {call.isMutating ? <Spinner /> : null}
          {call.isMutating ? 'Calling Analytics Engine…' : 'Run the call'}
        </button>
        <p aria-live="polite" className="sr-only">
          {call.isMutating ? 'Calling Analytics Engine…' : ''}
        </p>
      </form>

      {call.error ? (
        <div role="alert" className={alertBox}>
          <AlertIcon className="mt-0.5 shrink-0" />
          <p>{call.error.message}</p>
        </div>
      ) : call.data ? (
        <AeAnswer result={call.data} masked={masked} />
      ) : null}
    </>
  )
}
