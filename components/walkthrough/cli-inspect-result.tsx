'use client'

import type { InspectResult } from '@/lib/inspect/types'
import { KIND_LABELS } from '@/lib/inspect/messages'
import { useHydrated } from '@/lib/client/use-hydrated'
import { formatLocal } from '@/lib/time/format'

import { VerificationBadge, VerificationMessage } from '../inspect/verification-badge'
import { successNote, warningNote } from './styles'

const CLI_KINDS = new Set(['cli_text', 'cli_json', 'bearer_header'])

/** Step 4's compact answer: what the paste was, whether IAM signed its token, when it ends. */
export function CliInspectResult({ result }: { result: InspectResult }) {
  const isCli = CLI_KINDS.has(result.kind)
  const isHydrated = useHydrated()
  const expiresAtMs = result.expiresAt ? Date.parse(result.expiresAt) : Number.NaN

  return (
    <div className="space-y-3" data-testid="cli-inspect-result">
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[9rem_minmax(0,1fr)]">
        <dt className="font-medium">Recognised as</dt>
        <dd>
          {KIND_LABELS[result.kind]}{' '}
          <span className="font-mono text-xs text-slate-600 dark:text-slate-400">
            ({result.kind})
          </span>
        </dd>
        <dt className="font-medium">Signature</dt>
        <dd>
          <VerificationBadge verification={result.verification} />
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
      <VerificationMessage verification={result.verification} />
      <p role="status" className={isCli ? successNote : warningNote}>
        {isCli
          ? 'This is what the CLI hands you: the same kind of IAM token as step 2, with "Bearer " in front.'
          : 'That is a token, but not as the CLI prints it. Paste what ibmcloud iam oauth-tokens printed (IAM token:  Bearer …).'}
      </p>
    </div>
  )
}
