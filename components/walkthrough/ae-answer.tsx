'use client'

import type { AeCallResult } from '@/lib/walkthrough/ae-call-request'
import { maskSecretsInJson } from '@/lib/walkthrough/presenter'
import { cn } from '@/lib/ui/cn'

import { codeBlock } from '../ui/styles'
import { successNote, warningNote } from './styles'

/** What a status means for someone learning to use the token. */
function meaningOf(status: number): string {
  if (status >= 200 && status < 300) {
    return 'The token worked: Analytics Engine checked it and answered with the instance.'
  }
  if (status === 401) {
    return (
      'Analytics Engine refused the token: it is missing, expired or not signed by IAM. Get a new ' +
      'token (step 5 shows how) and run the call again.'
    )
  }
  if (status === 403) {
    return (
      'The token is valid, but its owner has no access to this instance. Ask for an IAM access ' +
      'policy on it (Reader or higher).'
    )
  }
  if (status === 404) {
    return 'There is no instance with this GUID in this region. Check the GUID and the region.'
  }
  if (status >= 300 && status < 400) {
    return 'Analytics Engine answered with a redirect, which the workbench does not follow.'
  }
  return 'Analytics Engine could not answer this call; try again in a moment.'
}

interface AeAnswerProps {
  result: AeCallResult
  masked: boolean
}

/** AE's status and body as it came, with credential-looking fields masked in presenter mode. */
export function AeAnswer({ result, masked }: AeAnswerProps) {
  const isSuccess = result.status >= 200 && result.status < 300
  const body = masked ? maskSecretsInJson(result.body) : result.body
  const text = typeof body === 'string' ? body : JSON.stringify(body, null, 2)

  return (
    <div className="space-y-3" data-testid="ae-answer">
      <div role="status" className={cn(isSuccess ? successNote : warningNote)}>
        <p className="font-medium">
          Analytics Engine answered <span className="font-mono">HTTP {result.status}</span>.
        </p>
        <p className="mt-0.5">{meaningOf(result.status)}</p>
      </div>
      {body === null ? null : (
        <pre
          tabIndex={0}
          aria-label="Analytics Engine's answer"
          className={cn(codeBlock, 'max-h-80 [overflow-wrap:anywhere] whitespace-pre-wrap')}
        >
          <code>{text}</code>
        </pre>
      )}
      {result.truncated ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          The answer was longer than 64 KB and is cut here.
        </p>
      ) : null}
    </div>
  )
}
