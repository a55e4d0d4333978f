import type { ReactNode } from 'react'

import type { TokenResponseFacts as Facts } from '@/lib/inspect/types'
import { formatUtc } from '@/lib/time/format'

import { sectionTitle } from './styles'

const REFRESH_WORDS: Record<Facts['refreshToken'], string> = {
  not_supported:
    '"not_supported": IAM gives no refresh token to the default client. Ask again with the API ' +
    'key when this token expires.',
  present: 'present: this client may renew the token with the refresh_token grant.',
  absent: 'none in the response.',
}

/** What IAM's token response said besides the token itself (iam-facts §1.5). */
export function TokenResponseFacts({ facts }: { facts: Facts }) {
  return (
    <div className="text-sm" data-testid="token-response-facts">
      <h3 className={sectionTitle}>From the token response</h3>
      <ul className="mt-2 space-y-1 text-slate-700 dark:text-slate-300">
        {facts.tokenType ? <Item name="token_type">{facts.tokenType}</Item> : null}
        {facts.expiresIn !== undefined ? (
          <Item name="expires_in">{facts.expiresIn} seconds</Item>
        ) : null}
        {facts.expiration !== undefined ? (
          <Item name="expiration">{formatUtc(facts.expiration * 1000)}</Item>
        ) : null}
        {facts.scope ? <Item name="scope">{facts.scope}</Item> : null}
        {facts.imsUserId !== undefined ? (
          <Item name="ims_user_id">{facts.imsUserId} (classic infrastructure user)</Item>
        ) : null}
        <Item name="refresh_token">{REFRESH_WORDS[facts.refreshToken]}</Item>
      </ul>
    </div>
  )
}

function Item({ name, children }: { name: string; children: ReactNode }) {
  return (
    <li>
      <code className="text-xs text-slate-500 dark:text-slate-400">{name}</code> {children}
    </li>
  )
}
