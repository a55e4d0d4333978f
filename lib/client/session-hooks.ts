import useSWR from 'swr'
import useSWRMutation from 'swr/mutation'

import type { SessionState, TokenView } from '@/lib/session/token-view'

import { apiFetch, postJson, type ApiError } from './api-client'
import { announceSessionChange } from './session-sync'
import { writeSessionExclusively } from './session-write-lock'

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

const MUTATION_OPTIONS = { populateCache: true, revalidate: false, throwOnError: false } as const

/** POST /api/token; on success the session cache holds the new token without a refetch. */
export function useGetToken() {
  return useSWRMutation<SessionState, ApiError, string, GetTokenInput>(
    SESSION_KEY,
    async (_key, { arg }) => {
      const view = await writeSessionExclusively(() => postJson<TokenView>('/api/token', arg))
      announceSessionChange()
      return { token: view, keyRemembered: arg.remember, serverNowMs: view.serverNowMs }
    },
    MUTATION_OPTIONS,
  )
}

/** POST /api/token/renew with the key remembered in the session. */
export function useRenewToken() {
  return useSWRMutation<SessionState, ApiError, string>(
    SESSION_KEY,
    async () => {
      try {
        const view = await writeSessionExclusively(() =>
          postJson<TokenView>('/api/token/renew', {}),
        )
        return { token: view, keyRemembered: true, serverNowMs: view.serverNowMs }
      } finally {
        // A rejected key is forgotten on the server, so other tabs must hear of failures too.
        announceSessionChange()
      }
    },
    MUTATION_OPTIONS,
  )
}

/** DELETE /api/session ("Forget token"). */
export function useForgetToken() {
  return useSWRMutation<SessionState, ApiError, string>(
    SESSION_KEY,
    async () => {
      await writeSessionExclusively(() => apiFetch<void>(SESSION_KEY, { method: 'DELETE' }))
      announceSessionChange()
      return NO_SESSION
    },
    MUTATION_OPTIONS,
  )
}
