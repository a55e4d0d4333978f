'use client'

import type { TokenView } from '@/lib/session/token-view'
import { IDENTITY_LABELS } from '@/lib/tokens/claims'

import { Fact } from '../ui/fact'
import { Timestamp } from '../ui/timestamp'

/** The facts about a token, in a definition list: type, scope, owner, account, times. */
export function TokenDetails({ token }: { token: TokenView }) {
  const { claims } = token
  const owner = claims.name ?? claims.subject ?? claims.iamId ?? 'Not stated in the token'
  const issuedAtMs = (claims.issuedAtSeconds ?? token.obtainedAtMs / 1000) * 1000
  const expiresAtMs = token.expiration * 1000

  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-4 text-sm sm:grid-cols-2">
      <Fact term="Token type">{token.tokenType}</Fact>
      <Fact term="Scope">{token.scope ?? claims.scope ?? '—'}</Fact>
      <Fact term={IDENTITY_LABELS[claims.identityKind]}>
        <span className="break-words">{owner}</span>
        {claims.email && claims.email !== owner ? (
          <span className="block text-slate-500 dark:text-slate-400">{claims.email}</span>
        ) : null}
      </Fact>
      <Fact term="Account">
        <span className="font-mono text-xs break-all">{claims.accountId ?? '—'}</span>
      </Fact>
      {claims.iamId ? (
        <Fact term="IAM ID">
          <span className="font-mono text-xs break-all">{claims.iamId}</span>
        </Fact>
      ) : null}
      <Fact term="Lifetime">{Math.round(token.expiresIn / 60)} minutes</Fact>
      <Fact term="Issued">
        <Timestamp epochMs={issuedAtMs} />
      </Fact>
      <Fact term="Expires">
        <Timestamp epochMs={expiresAtMs} />
      </Fact>
    </dl>
  )
}
