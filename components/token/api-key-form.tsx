'use client'

import { useRef, useState, type FormEvent, type ReactNode } from 'react'

import type { ApiError } from '@/lib/client/api-client'
import type { GetTokenInput } from '@/lib/client/session-hooks'
import { useHydrated } from '@/lib/client/use-hydrated'
import { cn } from '@/lib/ui/cn'

import { ApiKeyInput } from '../ui/api-key-input'
import { Spinner } from '../ui/icons'
import { mutedText, primaryButton, smallButton } from '../ui/styles'
import { KeyError } from './key-error'

/** A sandbox demo key the form can fill in: fake, so safe to show (never on the workbench). */
export interface DemoKeyOffer {
  apikey: string
  /** "the demo key", "the demo service ID key": completes "Use …". */
  label: string
  description: string
}

interface ApiKeyFormProps {
  /** Makes the ids unique: a page can hold more than one key form. The field is `<prefix>-apikey`. */
  idPrefix: string
  /** `inline`: field and button side by side on wide screens; `stacked`: button underneath. */
  layout: 'inline' | 'stacked'
  submitLabel: string
  busyLabel: string
  /** Buttons that fill the field with a sandbox demo key; none outside the sandbox. */
  demoKeys?: readonly DemoKeyOffer[]
  /** Offers "Remember my key for renewal", explained by this text; no checkbox without it. */
  rememberHelp?: ReactNode
  isMutating: boolean
  error: ApiError | undefined
  onSubmit: (input: GetTokenInput) => Promise<boolean>
}

export function apiKeyFieldId(idPrefix: string): string {
  return `${idPrefix}-apikey`
}

/**
 * The form an API key is typed into, wherever the app asks for one. The key lives only in the
 * (uncontrolled) field until the server answers and is emptied as soon as a token arrives.
 */
export function ApiKeyForm(props: ApiKeyFormProps) {
  const { idPrefix, layout, demoKeys = [], isMutating, error } = props
  const inputRef = useRef<HTMLInputElement>(null)
  const rememberRef = useRef<HTMLInputElement>(null)
  const [filledWith, setFilledWith] = useState<string | null>(null)
  // Until React is in charge, a native submit would post the form; keep the button disabled.
  const isHydrated = useHydrated()
  const fieldId = apiKeyFieldId(idPrefix)
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

  const submit = (
    <button
      type="submit"
      disabled={!isHydrated || isMutating}
      className={cn(primaryButton, layout === 'inline' ? 'shrink-0 sm:w-36' : 'mt-4')}
    >
      {isMutating ? <Spinner /> : null}
      {isMutating ? props.busyLabel : props.submitLabel}
    </button>
  )

  return (
    // method="post": a submit before the page is interactive never puts the key in a URL.
    <form method="post" action="/api/token" onSubmit={handleSubmit} noValidate>
      <label htmlFor={fieldId} className="block text-sm font-medium">
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
      <div className={cn('mt-1.5 flex flex-col gap-3', layout === 'inline' && 'sm:flex-row')}>
        <ApiKeyInput
          id={fieldId}
          ref={inputRef}
          name="apikey"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          placeholder="Paste your API key"
          onInput={() => setFilledWith(null)}
        />
        {layout === 'inline' ? submit : null}
      </div>

      {props.rememberHelp ? (
        <div className="mt-4 flex gap-3">
          <input
            ref={rememberRef}
            id={`${idPrefix}-remember`}
            name="remember"
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
              {props.rememberHelp}
            </p>
          </div>
        </div>
      ) : null}

      {layout === 'stacked' ? submit : null}

      <p aria-live="polite" className="sr-only">
        {isMutating ? 'Asking IAM for a token…' : filledWith ? `Filled in ${filledWith}.` : ''}
      </p>
      {error ? <KeyError error={error} id={errorId} /> : null}
    </form>
  )
}
