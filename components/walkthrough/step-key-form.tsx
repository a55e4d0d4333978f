'use client'

import { useRef, useState, type FormEvent } from 'react'

import type { ApiError } from '@/lib/client/api-client'
import type { GetTokenInput } from '@/lib/client/session-hooks'
import { useHydrated } from '@/lib/client/use-hydrated'
import { cn } from '@/lib/ui/cn'

import { KeyError } from '../token/key-form'
import { Spinner } from '../ui/icons'
import { ApiKeyInput } from '../ui/api-key-input'
import { mutedText, primaryButton, smallButton } from '../ui/styles'
import { fieldLabel } from './styles'
import type { DemoKeyOffer } from './types'

interface StepKeyFormProps {
  /** Makes the ids unique: the page has more than one key form. */
  idPrefix: string
  submitLabel: string
  busyLabel: string
  /** The sandbox's demo keys, each with a button that fills the field; empty elsewhere. */
  demoKeys: readonly DemoKeyOffer[]
  offerRemember: boolean
  isMutating: boolean
  error: ApiError | undefined
  onSubmit: (input: GetTokenInput) => Promise<boolean>
}

/**
 * A key field for a step. Like the workbench's form it is uncontrolled, so the key lives only in
 * the field (never in a DOM attribute or React state), and it is emptied once a token arrives.
 */
export function StepKeyForm(props: StepKeyFormProps) {
  const { idPrefix, demoKeys, isMutating, error } = props
  const inputRef = useRef<HTMLInputElement>(null)
  const rememberRef = useRef<HTMLInputElement>(null)
  const [filledWith, setFilledWith] = useState<string | null>(null)
  const isHydrated = useHydrated()
  const fieldId = `${idPrefix}-apikey`
  const errorId = `${fieldId}-error`

  function fill(offer: DemoKeyOffer) {
    if (!inputRef.current) return
    inputRef.current.value = offer.apikey
    setFilledWith(offer.label)
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const field = inputRef.current
    if (isMutating || !field) return
    const remember = rememberRef.current?.checked ?? false
    const succeeded = await props.onSubmit({ apikey: field.value, remember })
    if (succeeded) {
      field.value = ''
      setFilledWith(null)
    }
  }

  return (
    // method="post": even a submit before the page is interactive never puts the key in a URL.
    <form method="post" action="/api/token" onSubmit={handleSubmit} noValidate>
      <label htmlFor={fieldId} className={fieldLabel}>
        API key
      </label>
      {demoKeys.length > 0 ? (
        <div className="mt-1.5 flex flex-wrap gap-2">
          {demoKeys.map((offer) => (
            <button
              key={offer.apikey}
              type="button"
              onClick={() => fill(offer)}
              className={smallButton}
            >
              Use {offer.label}
            </button>
          ))}
        </div>
      ) : null}
      <ApiKeyInput
        id={fieldId}
        ref={inputRef}
        name="apikey"
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        placeholder="Paste your API key"
        onInput={() => setFilledWith(null)}
        className="mt-2"
      />

      {props.offerRemember ? (
        <div className="mt-4 flex gap-3">
          <input
            ref={rememberRef}
            id={`${idPrefix}-remember`}
            type="checkbox"
            defaultChecked={false}
            aria-describedby={`${idPrefix}-remember-help`}
            className="mt-0.5 size-4 shrink-0 accent-brand-500"
          />
          <div className="text-sm">
            <label htmlFor={`${idPrefix}-remember`} className="font-medium">
              Remember my key for renewal
            </label>
            <p id={`${idPrefix}-remember-help`} className={cn(mutedText, 'mt-0.5')}>
              Lets step 5 renew with &ldquo;Renew now&rdquo;. The key is then kept inside this
              browser&apos;s encrypted, HttpOnly session cookie until you forget the token or the
              browser session ends.
            </p>
          </div>
        </div>
      ) : null}

      <button
        type="submit"
        disabled={!isHydrated || isMutating}
        className={cn(primaryButton, 'mt-4')}
      >
        {isMutating ? <Spinner /> : null}
        {isMutating ? props.busyLabel : props.submitLabel}
      </button>

      <p aria-live="polite" className="sr-only">
        {isMutating ? 'Asking IAM for a token…' : filledWith ? `Filled in ${filledWith}.` : ''}
      </p>
      {error ? <KeyError error={error} id={errorId} /> : null}
    </form>
  )
}
