'use client'

import { useRef, useState, type FormEvent } from 'react'

import { useKeyOwner } from '@/lib/inspect/client-hooks'
import type { KeyOwner } from '@/lib/inspect/types'
import { formatLocal, formatUtc } from '@/lib/time/format'
import { cn } from '@/lib/ui/cn'

import { ApiKeyInput } from '../ui/api-key-input'
import { Fact } from '../ui/fact'
import { AlertIcon, Spinner } from '../ui/icons'
import { secondaryButton } from '../ui/styles'
import { alertBox } from './styles'

const KEY_FIELD_ID = 'key-owner-apikey'

/**
 * "Who owns this key?" for a token obtained with a key. The server asks IAM, only when the user
 * asks: with the remembered key when there is one, else with the key pasted again here. The field
 * is uncontrolled and emptied as soon as IAM has answered.
 */
export function KeyOwnerLookup({ keyRemembered }: { keyRemembered: boolean }) {
  const [isAskingForKey, setIsAskingForKey] = useState(false)
  const fieldRef = useRef<HTMLInputElement>(null)
  const lookup = useKeyOwner()

  function handleStart() {
    lookup.reset()
    if (keyRemembered) {
      void lookup.trigger({})
      return
    }
    setIsAskingForKey(true)
    // The field renders on the next paint; focus it then.
    requestAnimationFrame(() => fieldRef.current?.focus())
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const field = fieldRef.current
    if (!field || lookup.isMutating) return
    const apikey = field.value
    const owner = await lookup.trigger({ apikey })
    field.value = ''
    if (owner) setIsAskingForKey(false)
  }

  return (
    <div data-testid="key-owner">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h3 className="text-sm font-medium">API key owner</h3>
          <p className="text-xs text-slate-500 dark:text-slate-400">
            Name, owner and account of the API key behind this token, from IAM.
          </p>
        </div>
        {!isAskingForKey && !lookup.data ? (
          <button
            type="button"
            onClick={handleStart}
            disabled={lookup.isMutating}
            className={secondaryButton}
          >
            {lookup.isMutating ? <Spinner /> : null}
            Who owns this key?
          </button>
        ) : null}
      </div>

      {isAskingForKey ? (
        <form method="post" onSubmit={handleSubmit} className="mt-4" noValidate>
          <label htmlFor={KEY_FIELD_ID} className="block text-sm font-medium">
            Paste the key again to look it up (it is not kept)
          </label>
          <div className="mt-1.5 flex flex-col gap-3 sm:flex-row">
            <ApiKeyInput id={KEY_FIELD_ID} ref={fieldRef} />
            <div className="flex shrink-0 gap-2">
              <button type="submit" disabled={lookup.isMutating} className={secondaryButton}>
                {lookup.isMutating ? <Spinner /> : null}
                {lookup.isMutating ? 'Looking up…' : 'Look up'}
              </button>
              <button
                type="button"
                onClick={() => setIsAskingForKey(false)}
                className={secondaryButton}
              >
                Cancel
              </button>
            </div>
          </div>
        </form>
      ) : null}

      <p role="status" className="sr-only">
        {lookup.isMutating
          ? 'Asking IAM who owns the key…'
          : lookup.data
            ? `The key is ${lookup.data.name}.`
            : ''}
      </p>
      {lookup.error ? (
        <div role="alert" className={cn(alertBox, 'mt-4')}>
          <AlertIcon className="mt-0.5 shrink-0" />
          <p>{lookup.error.message}</p>
        </div>
      ) : null}
      {lookup.data ? <OwnerFacts owner={lookup.data} /> : null}
    </div>
  )
}

function OwnerFacts({ owner }: { owner: KeyOwner }) {
  const createdMs = Date.parse(owner.createdAt)
  const flags = [owner.locked ? 'locked' : null, owner.disabled ? 'disabled' : null].filter(Boolean)

  return (
    <dl
      className="mt-4 grid grid-cols-1 gap-x-6 gap-y-4 text-sm sm:grid-cols-2"
      data-testid="key-owner-facts"
    >
      <Fact term="Key name">
        {owner.name}
        {owner.description ? (
          <span className="block text-xs text-slate-500 dark:text-slate-400">
            {owner.description}
          </span>
        ) : null}
      </Fact>
      <Fact term="Owner (IAM ID)">
        <span className="font-mono text-xs break-all">{owner.iamId}</span>
      </Fact>
      <Fact term="Account">
        <span className="font-mono text-xs break-all">{owner.accountId}</span>
      </Fact>
      <Fact term="Created">
        {Number.isNaN(createdMs) ? (
          owner.createdAt
        ) : (
          <>
            <span className="block">{formatLocal(createdMs)}</span>
            <span className="block font-mono text-xs text-slate-500 dark:text-slate-400">
              {formatUtc(createdMs)}
            </span>
          </>
        )}
        {owner.createdBy && owner.createdBy !== owner.iamId ? (
          <span className="block text-xs text-slate-500 dark:text-slate-400">
            by <span className="font-mono">{owner.createdBy}</span>
          </span>
        ) : null}
      </Fact>
      {flags.length > 0 ? (
        <Fact term="Status">
          <span className="font-medium text-red-700 dark:text-red-400">{flags.join(', ')}</span>
        </Fact>
      ) : null}
    </dl>
  )
}
