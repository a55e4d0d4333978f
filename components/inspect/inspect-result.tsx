'use client'

import type { ApiError } from '@/lib/client/api-client'
import type { InspectResult } from '@/lib/inspect/types'
import { cn } from '@/lib/ui/cn'

import { Fact } from '../ui/fact'
import { AlertIcon, Spinner } from '../ui/icons'
import { mutedText, primaryButton } from '../ui/styles'
import { ClaimsTable, RawToken } from './claims-table'
import { alertBox, neutralBadge } from './styles'
import { TokenResponseFacts } from './token-response-facts'
import { TokenTimes } from './token-times'
import { useInspectedExpiry } from './use-inspected-expiry'
import { VerificationBadge, VerificationMessage } from './verification-badge'

export interface AdoptState {
  isAdopting: boolean
  adopted: boolean
  error: ApiError | undefined
  onUse: () => void
}

/** Everything the server said about the pasted token, and "Use this token". */
export function InspectResultView({ result, adopt }: { result: InspectResult; adopt: AdoptState }) {
  const clock = useInspectedExpiry(result)
  const canUse = result.verification.verified && clock.usable

  return (
    <div
      className="mt-6 space-y-6 border-t border-slate-200 pt-6 dark:border-slate-800"
      data-testid="inspect-result"
    >
      <div className="space-y-3">
        <div className="flex flex-wrap items-center gap-2">
          <span className={neutralBadge} data-testid="kind-badge">
            {result.kindLabel}
          </span>
          <VerificationBadge verification={result.verification} />
        </div>
        <VerificationMessage verification={result.verification} />
        {result.notes.length > 0 ? (
          <ul className="list-disc space-y-1 pl-5 text-xs text-slate-500 dark:text-slate-400">
            {result.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}
      </div>

      <IdentityFacts result={result} />
      <TokenTimes result={result} clock={clock} />
      {result.tokenResponse ? <TokenResponseFacts facts={result.tokenResponse} /> : null}

      <UseThisToken canUse={canUse} result={result} expired={clock.expired} adopt={adopt} />

      <ClaimsTable result={result} />
      <RawToken result={result} />
    </div>
  )
}

function IdentityFacts({ result }: { result: InspectResult }) {
  const { identity, header } = result
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-4 text-sm sm:grid-cols-2">
      <Fact term="Identity">
        <span className="font-medium">{identity.label}</span>
        {identity.name ? <span className="break-words">: {identity.name}</span> : null}
        <span className="block text-xs text-slate-500 dark:text-slate-400">
          {identity.description}
        </span>
      </Fact>
      {identity.email ? <Fact term="Email">{identity.email}</Fact> : null}
      <Fact term="IAM ID">
        <span className="font-mono text-xs break-all">{identity.iamId ?? '—'}</span>
      </Fact>
      <Fact term="Account">
        <span className="font-mono text-xs break-all">{identity.accountId ?? '—'}</span>
      </Fact>
      <Fact term="Signing key">
        <span className="font-mono text-xs break-all">
          {typeof header.kid === 'string' ? header.kid : 'none named'} ·{' '}
          {typeof header.alg === 'string' ? header.alg : 'no algorithm'}
        </span>
      </Fact>
      <Fact term="Length">{result.tokenLength.toLocaleString('en-US')} characters</Fact>
    </dl>
  )
}

interface UseThisTokenProps {
  canUse: boolean
  expired: boolean
  result: InspectResult
  adopt: AdoptState
}

function UseThisToken({ canUse, expired, result, adopt }: UseThisTokenProps) {
  const hint =
    expired || result.verification.reason === 'expired' || (result.verification.verified && !canUse)
      ? 'An expired token cannot be used; get a new one.'
      : !result.verification.verified
        ? 'Only a token IAM verifiably signed can be used here.'
        : 'Makes it the workbench token: the countdown and every snippet above use it.'

  return (
    <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <button
          type="button"
          onClick={adopt.onUse}
          disabled={!canUse || adopt.isAdopting}
          aria-describedby="use-token-hint"
          className={cn(primaryButton, 'shrink-0')}
        >
          {adopt.isAdopting ? <Spinner /> : null}
          {adopt.isAdopting ? 'Using this token…' : 'Use this token'}
        </button>
        <p id="use-token-hint" className={mutedText}>
          {hint}
        </p>
      </div>

      <p role="status" className={cn('text-sm', adopt.adopted ? 'mt-3' : 'sr-only')}>
        {adopt.adopted ? (
          <>
            This token is now the workbench token.{' '}
            <a href="#token-card-title" className="font-medium text-brand-600 underline">
              See its countdown in &ldquo;Your token&rdquo;
            </a>
            .
          </>
        ) : adopt.isAdopting ? (
          'Checking the token again and adopting it…'
        ) : (
          ''
        )}
      </p>
      {adopt.error ? (
        <div role="alert" className={cn(alertBox, 'mt-3')}>
          <AlertIcon className="mt-0.5 shrink-0" />
          <p>{adopt.error.message}</p>
        </div>
      ) : null}
    </div>
  )
}
