'use client'

import type { ApiError } from '@/lib/client/api-client'
import type { GetTokenInput } from '@/lib/client/session-hooks'
import { cn } from '@/lib/ui/cn'

import { card, cardTitle, mutedText } from '../ui/styles'
import { ApiKeyForm, apiKeyFieldId } from './api-key-form'

const FORM_ID_PREFIX = 'workbench'
export const APIKEY_INPUT_ID = apiKeyFieldId(FORM_ID_PREFIX)

interface KeyFormProps {
  iamHost: string
  isMutating: boolean
  error: ApiError | undefined
  onSubmit: (input: GetTokenInput) => Promise<boolean>
}

/** The workbench's "Get a token" card. */
export function KeyForm({ iamHost, isMutating, error, onSubmit }: KeyFormProps) {
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

      <div className="mt-5">
        <ApiKeyForm
          idPrefix={FORM_ID_PREFIX}
          layout="inline"
          submitLabel="Get token"
          busyLabel="Getting token…"
          rememberHelp={
            <>
              IAM gives no refresh token for API keys, so renewing needs the key again. If you tick
              this, the key is kept inside this browser&apos;s encrypted, HttpOnly session cookie,
              which the page itself cannot read, and forgotten when you press Forget token or the
              browser session ends.
            </>
          }
          isMutating={isMutating}
          error={error}
          onSubmit={onSubmit}
        />
      </div>
    </section>
  )
}
