'use client'

import { useHydrated } from '@/lib/client/use-hydrated'
import { formatLocal } from '@/lib/time/format'
import { cn } from '@/lib/ui/cn'

import { successNote, warningNote } from './styles'
import type { CliInspection } from './use-walkthrough-api'

const KIND_LABELS: Record<string, string> = {
  cli_text: 'Text output of ibmcloud iam oauth-tokens',
  cli_json: 'JSON output of ibmcloud iam oauth-tokens --output json',
  bearer_header: 'A Bearer header value (Bearer and the token)',
  jwt: 'A bare access token',
  token_response: "IAM's token response (JSON)",
}

const CLI_KINDS = new Set(['cli_text', 'cli_json', 'bearer_header'])

/** The compact answer to step 4: what the paste was, and whether IAM signed the token in it. */
export function CliInspectResult({ result }: { result: CliInspection }) {
  const isCli = CLI_KINDS.has(result.kind)
  const isHydrated = useHydrated()
  const label = result.kindLabel ?? KIND_LABELS[result.kind] ?? result.kind
  const { verification } = result
  const expiresAtMs = result.expiresAt ? Date.parse(result.expiresAt) : Number.NaN

  return (
    <div className="space-y-3" data-testid="cli-inspect-result">
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[9rem_minmax(0,1fr)]">
        <dt className="font-medium">Recognised as</dt>
        <dd>
          {label} <span className="font-mono text-xs text-slate-600">({result.kind})</span>
        </dd>
        <dt className="font-medium">Signature</dt>
        <dd
          className={cn(
            verification.verified
              ? 'text-emerald-700 dark:text-emerald-400'
              : 'text-amber-700 dark:text-amber-400',
          )}
        >
          {verification.verified ? 'Verified' : 'Not verified'}
          {verification.message ? (
            <span className="block text-slate-700 dark:text-slate-300">{verification.message}</span>
          ) : null}
        </dd>
        {Number.isNaN(expiresAtMs) ? null : (
          <>
            <dt className="font-medium">Expires</dt>
            <dd>
              {isHydrated ? formatLocal(expiresAtMs) : result.expiresAt}
              {result.expired ? ' (expired)' : ''}
            </dd>
          </>
        )}
      </dl>
      <p role="status" className={isCli ? successNote : warningNote}>
        {isCli
          ? 'This is what the CLI hands you: the same kind of IAM token as step 2, with "Bearer " in front.'
          : 'That is a token, but not as the CLI prints it. Paste what ibmcloud iam oauth-tokens printed (IAM token:  Bearer …).'}
      </p>
    </div>
  )
}
