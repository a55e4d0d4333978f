'use client'

import { useRef, useState, type FormEvent } from 'react'

import { useAdoptToken, useInspectToken } from '@/lib/inspect/client-hooks'
import { RECOGNITION_MESSAGES } from '@/lib/inspect/messages'
import { recognizeInput } from '@/lib/inspect/recognize'
import { cn } from '@/lib/ui/cn'

import { AlertIcon, Spinner } from '../ui/icons'
import { card, cardTitle, mutedText, primaryButton, textInput } from '../ui/styles'
import { InspectResultView } from './inspect-result'
import { alertBox } from './styles'
import { verificationHeadline } from './verification-badge'

export const INSPECT_INPUT_ID = 'inspect-input'

/**
 * "Inspect a token": paste anything that holds a token and see what it is. The field is
 * uncontrolled, like the key form, so the paste lives only in the field (never in a DOM attribute,
 * the URL or browser storage). An API key is recognised here and never sent anywhere.
 */
export function InspectPanel() {
  const fieldRef = useRef<HTMLTextAreaElement>(null)
  // The input that produced the result on screen, so "Use this token" adopts exactly that one.
  const inspectedInput = useRef('')
  const [localProblem, setLocalProblem] = useState<string | null>(null)
  const [adopted, setAdopted] = useState(false)
  const inspect = useInspectToken()
  const adopt = useAdoptToken()

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const field = fieldRef.current
    if (!field || inspect.isMutating) return

    inspect.reset()
    adopt.reset()
    setAdopted(false)
    const recognized = recognizeInput(field.value)
    if (!recognized.ok) {
      if (recognized.problem === 'apikey') field.value = ''
      const cleared = recognized.problem === 'apikey' ? ' The field was cleared.' : ''
      setLocalProblem(RECOGNITION_MESSAGES[recognized.problem] + cleared)
      return
    }

    setLocalProblem(null)
    inspectedInput.current = field.value
    await inspect.trigger(field.value)
  }

  async function handleUse() {
    const session = await adopt.trigger(inspectedInput.current)
    setAdopted(session !== undefined)
  }

  const problem = localProblem ?? inspect.error?.message ?? null
  const result = inspect.data

  return (
    <section aria-labelledby="inspect-title" className={card} data-testid="inspect-panel">
      <h2 id="inspect-title" className={cardTitle}>
        Inspect a token
      </h2>
      <p className={cn(mutedText, 'mt-1')}>
        Paste a token from the CLI, a colleague or a notebook to see what it is, who it belongs to,
        whether IAM really signed it, and when it expires. Nothing you paste is kept.
      </p>

      <form method="post" onSubmit={handleSubmit} className="mt-5" noValidate>
        <label htmlFor={INSPECT_INPUT_ID} className="block text-sm font-medium">
          Token, Bearer header, or ibmcloud output
        </label>
        <textarea
          id={INSPECT_INPUT_ID}
          ref={fieldRef}
          defaultValue=""
          rows={5}
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="off"
          spellCheck={false}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'inspect-error' : 'inspect-hint'}
          placeholder={'eyJraWQiOi…  or  IAM token:  Bearer eyJ…'}
          className={cn(textInput, 'mt-1.5 resize-y text-xs leading-relaxed break-all')}
        />
        <p id="inspect-hint" className="mt-1.5 text-xs text-slate-500 dark:text-slate-400">
          Also takes <span className="font-mono">--output json</span> and IAM&apos;s token response.
          Quotes, spaces and line breaks are cleaned up for you.
        </p>
        <button
          type="submit"
          disabled={inspect.isMutating}
          className={cn(primaryButton, 'mt-3 sm:w-36')}
        >
          {inspect.isMutating ? <Spinner /> : null}
          {inspect.isMutating ? 'Inspecting…' : 'Inspect'}
        </button>

        <p role="status" className="sr-only">
          {inspect.isMutating
            ? 'Inspecting the token…'
            : result
              ? `Inspected. ${verificationHeadline(result.verification)}.`
              : ''}
        </p>
        {problem ? (
          <div id="inspect-error" role="alert" className={cn(alertBox, 'mt-4')}>
            <AlertIcon className="mt-0.5 shrink-0" />
            <p>{problem}</p>
          </div>
        ) : null}
      </form>

      {result ? (
        <InspectResultView
          result={result}
          adopt={{
            isAdopting: adopt.isMutating,
            adopted,
            error: adopt.error,
            onUse: () => void handleUse(),
          }}
        />
      ) : null}
    </section>
  )
}
