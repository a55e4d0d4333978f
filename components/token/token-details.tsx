'use client'

import type { ReactNode } from 'react'

import { useHydrated } from '@/lib/client/use-hydrated'
import type { TokenView } from '@/lib/session/token-view'
import { formatLocal, formatUtc } from '@/lib/time/format'
import { IDENTITY_LABELS } from '@/lib/tokens/claims'

/** The facts about a token, in a definition list: type, scope, owner, account, times. */
export function TokenDetails({ token }: { token: TokenView }) {
  const { claims } = token
  const owner = claims.name ?? claims.subject ?? claims.iamId ?? 'Not stated in the token'
  const issuedAtMs = (claims.issuedAtSeconds ?? token.obtainedAtMs / 1000) * 1000
  const expiresAtMs = token.expiration * 1000

  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-4 text-sm sm:grid-cols-2">
      <Detail term="Token type">{token.tokenType}</Detail>
      <Detail term="Scope">{token.scope ?? claims.scope ?? '—'}</Detail>
      <Detail term={IDENTITY_LABELS[claims.identityKind]}>
        <span className="break-words">{owner}</span>
        {claims.email && claims.email !== owner ? (
          <span className="block text-slate-500 dark:text-slate-400">{claims.email}</span>
        ) : null}
      </Detail>
      <Detail term="Account">
        <span className="font-mono text-xs break-all">{claims.accountId ?? '—'}</span>
      </Detail>
      {claims.iamId ? (
        <Detail term="IAM ID">
          <span className="font-mono text-xs break-all">{claims.iamId}</span>
        </Detail>
      ) : null}
      <Detail term="Lifetime">{Math.round(token.expiresIn / 60)} minutes</Detail>
      <Detail term="Issued">
        <Timestamp epochMs={issuedAtMs} />
      </Detail>
      <Detail term="Expires">
        <Timestamp epochMs={expiresAtMs} />
      </Detail>
    </dl>
  )
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase dark:text-slate-400">
        {term}
      </dt>
      <dd className="mt-1 text-slate-900 dark:text-slate-100">{children}</dd>
    </div>
  )
}

/** Local time needs the browser's zone, so it appears after hydration; UTC is the same anywhere. */
function Timestamp({ epochMs }: { epochMs: number }) {
  const isHydrated = useHydrated()
  return (
    <>
      <span className="block">{isHydrated ? formatLocal(epochMs) : ' '}</span>
      <span className="block font-mono text-xs text-slate-500 dark:text-slate-400">
        {formatUtc(epochMs)}
      </span>
    </>
  )
}
