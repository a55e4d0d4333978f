'use client'

import { useRef, type FormEvent } from 'react'

import type { ApiError } from '@/lib/client/api-client'
import type { GetTokenInput } from '@/lib/client/session-hooks'
import { useHydrated } from '@/lib/client/use-hydrated'
import { cn } from '@/lib/ui/cn'

import { AlertIcon, Spinner } from '../ui/icons'
import { ApiKeyInput } from '../ui/api-key-input'
import { card, cardTitle, mutedText, primaryButton } from '../ui/styles'

export const APIKEY_INPUT_ID = 'apikey'

interface KeyFormProps {
  iamHost: string
  isMutating: boolean
  error: ApiError | undefined
  onSubmit: (input: GetTokenInput) => Promise<boolean>
}

/**
 * The only place an API key is typed. The field is uncontrolled on purpose: React mirrors a
 * controlled input's value into its `value` attribute, where CSS selectors and extensions can read
 * it. Here the key exists only in the field itself, and is emptied as soon as a token arrives.
 */
export function KeyForm({ iamHost, isMutating, error, onSubmit }: KeyFormProps) {
  const inputRef = useRef<HTMLInputElement>(null)
  const rememberRef = useRef<HTMLInputElement>(null)
  // Until React is in charge, a native submit would post the form; keep the button disabled.
  const isHydrated = useHydrated()

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const field = inputRef.current
    if (isMutating || !field) return
    const remember = rememberRef.current?.checked ?? false
    const succeeded = await onSubmit({ apikey: field.value, remember })
    if (succeeded) field.value = ''
  }

  return (
    <section aria-labelledby="key-form-title" className={card}>
      <h2 id="key-form-title" className={cardTitle}>
        Get a token
      </h2>
      <p className={cn(mutedText, 'mt-1')}>
        Paste an IBM Cloud API key. It goes only to this workbench&apos;s server, which exchanges it
        with IAM at <span className="font-mono">{iamHost}</span>. It is never logged or shown again,
        and kept only if you ask below.
      </p>

      {/* method="post": a submit before the page is interactive never puts the key in a URL. */}
      <form method="post" action="/api/token" onSubmit={handleSubmit} className="mt-5" noValidate>
        <label htmlFor={APIKEY_INPUT_ID} className="block text-sm font-medium">
          API key
        </label>
        <div className="mt-1.5 flex flex-col gap-3 sm:flex-row">
          <ApiKeyInput
            id={APIKEY_INPUT_ID}
            name="apikey"
            ref={inputRef}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'apikey-error' : undefined}
            placeholder="Paste your API key"
          />
          <button
            type="submit"
            disabled={!isHydrated || isMutating}
            className={cn(primaryButton, 'shrink-0 sm:w-36')}
          >
            {isMutating ? <Spinner /> : null}
            {isMutating ? 'Getting token…' : 'Get token'}
          </button>
        </div>

        <div className="mt-4 flex gap-3">
          <input
            ref={rememberRef}
            id="remember-key"
            name="remember"
            type="checkbox"
            defaultChecked={false}
            aria-describedby="remember-key-help"
            className="mt-0.5 size-4 shrink-0 accent-brand-500"
          />
          <div className="text-sm">
            <label htmlFor="remember-key" className="font-medium">
              Remember my key for renewal
            </label>
            <p id="remember-key-help" className={cn(mutedText, 'mt-0.5')}>
              IAM gives no refresh token for API keys, so renewing needs the key again. If you tick
              this, the key is kept inside this browser&apos;s encrypted, HttpOnly session cookie,
              which the page itself cannot read, and forgotten when you press Forget token or the
              browser session ends.
            </p>
          </div>
        </div>

        <div aria-live="polite" className="sr-only">
          {isMutating ? 'Asking IAM for a token…' : ''}
        </div>
        {error ? <KeyError error={error} /> : null}
      </form>
    </section>
  )
}

/** IAM's refusal (or ours), with IAM's request id when there is one. */
export function KeyError({ error, id = 'apikey-error' }: { error: ApiError; id?: string }) {
  return (
    <div
      id={id}
      role="alert"
      className="mt-4 flex gap-3 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/60 dark:text-red-200"
    >
      <AlertIcon className="mt-0.5 shrink-0" />
      <div>
        <p>{error.message}</p>
        {error.iamRequestId ? (
          <p className="mt-1 text-xs opacity-80">
            IAM request id: <span className="font-mono">{error.iamRequestId}</span>
          </p>
        ) : null}
      </div>
    </div>
  )
}
