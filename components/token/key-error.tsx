import type { ApiError } from '@/lib/client/api-client'

import { AlertIcon } from '../ui/icons'

/** IAM's refusal (or ours) of a key, with IAM's request id when there is one. */
export function KeyError({ error, id }: { error: ApiError; id: string }) {
  return (
    <div
      id={id}
      role="alert"
      className="mt-4 flex gap-3 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/60 dark:text-red-200"
    >
      <AlertIcon className="mt-0.5 shrink-0" />
      <div>
        <p>{error.message}</p>
        {error.iamRequestId ? (
          <p className="mt-1 text-xs opacity-80">
            IAM request id: <span className="font-mono">{error.iamRequestId}</span>
          </p>
        ) : null}
      </div>
    </div>
  )
}
