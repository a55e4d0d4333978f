import useSWRMutation from 'swr/mutation'

import { postJson, type ApiError } from '@/lib/client/api-client'
import type { AeCallResult } from '@/lib/walkthrough/ae-call-request'

export interface AeCallInput {
  api: 'v3' | 'v2'
  region: string
  instance: string
}

/**
 * Step 3's call: POST /api/walkthrough/ae-call, which reads the instance with the session token.
 */
export function useAeInstanceCall() {
  return useSWRMutation<AeCallResult, ApiError, string, AeCallInput>(
    '/api/walkthrough/ae-call',
    (url, { arg }) => postJson<AeCallResult>(url, arg),
    { throwOnError: false },
  )
}
