import useSWR from 'swr'
import useSWRMutation from 'swr/mutation'

import type { SessionState, TokenView } from '@/lib/session/token-view'

import { apiFetch, postJson, type ApiError } from './api-client'

export const SESSION_KEY = '/api/session'

const NO_SESSION: SessionState = { token: null, keyRemembered: false, serverNowMs: 0 }

/** The session as the server sees it; starts from what the page was rendered with. */
export function useSessionState(initial: SessionState) {
  return useSWR<SessionState, ApiError>(SESSION_KEY, (url: string) => apiFetch(url), {
    fallbackData: initial,
    revalidateOnMount: false,
  })
}

export interface GetTokenInput {
  apikey: string
  remember: boolean
}

/** POST /api/token; on success the session cache holds the new token without a refetch. */
export function useGetToken() {
  return useSWRMutation<SessionState, ApiError, string, GetTokenInput>(
    SESSION_KEY,
    async (_key, { arg }) => {
      const view = await postJson<TokenView>('/api/token', arg)
      return { token: view, keyRemembered: arg.remember, serverNowMs: view.serverNowMs }
    },
    { populateCache: true, revalidate: false, throwOnError: false },
  )
}

/** DELETE /api/session ("Forget token"). */
export function useForgetToken() {
  return useSWRMutation<SessionState, ApiError, string>(
    SESSION_KEY,
    async () => {
      await apiFetch<void>(SESSION_KEY, { method: 'DELETE' })
      return NO_SESSION
    },
    { populateCache: true, revalidate: false, throwOnError: false },
  )
}
