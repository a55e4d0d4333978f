import type { Verification, VerificationReason } from '@/lib/inspect/types'
import { cn } from '@/lib/ui/cn'

import { AlertIcon, CheckIcon } from '../ui/icons'
import { badge } from './styles'

const REASON_LABELS: Record<VerificationReason, string> = {
  bad_signature: 'bad signature',
  unknown_key: 'unknown key',
  wrong_issuer: 'wrong issuer',
  expired: 'expired',
  malformed: 'not an IAM signature',
  unreachable: 'IAM unreachable',
}

type Tone = 'verified' | 'failed' | 'unchecked'

function toneOf(verification: Verification): Tone {
  if (verification.verified) return 'verified'
  return verification.reason === 'unreachable' ? 'unchecked' : 'failed'
}

const TONE_STYLES: Record<Tone, string> = {
  verified:
    'border-emerald-300 bg-emerald-50 text-emerald-800 dark:border-emerald-800 dark:bg-emerald-950/60 dark:text-emerald-300',
  failed:
    'border-red-300 bg-red-50 text-red-800 dark:border-red-800 dark:bg-red-950/60 dark:text-red-300',
  unchecked:
    'border-slate-300 bg-slate-100 text-slate-700 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-300',
}

export function verificationHeadline(verification: Verification): string {
  const reason = verification.reason ? REASON_LABELS[verification.reason] : ''
  if (verification.verified) return 'Verified'
  return verification.reason === 'unreachable'
    ? `Could not check: ${reason}`
    : `Not verified: ${reason}`
}

/** Green when IAM's signature checks out, red with the reason when not, grey when unchecked. */
export function VerificationBadge({ verification }: { verification: Verification }) {
  const tone = toneOf(verification)
  return (
    <span
      className={cn(badge, TONE_STYLES[tone])}
      data-testid="verification-badge"
      data-tone={tone}
    >
      {tone === 'verified' ? <CheckIcon /> : <AlertIcon />}
      {verificationHeadline(verification)}
    </span>
  )
}

/** The sentence behind the badge, in a box of the same tone. */
export function VerificationMessage({ verification }: { verification: Verification }) {
  return (
    <p
      className={cn('rounded-lg border px-3 py-2 text-sm', TONE_STYLES[toneOf(verification)])}
      data-testid="verification-message"
    >
      {verification.message}
    </p>
  )
}
