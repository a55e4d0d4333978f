import useSWRMutation from 'swr/mutation'

import { postJson, type ApiError } from '@/lib/client/api-client'
import { SESSION_KEY } from '@/lib/client/session-hooks'
import { announceSessionChange } from '@/lib/client/session-sync'
import { writeSessionExclusively } from '@/lib/client/session-write-lock'
import type { SessionState, TokenView } from '@/lib/session/token-view'

import type { InspectResult, KeyOwner } from './types'

/**
 * The browser side of "Inspect a token". Pasted input lives only in the text field and in these
 * requests' bodies: never in a URL, a cache key or browser storage.
 */

export function useInspectToken() {
  return useSWRMutation<InspectResult, ApiError, string, string>(
    '/api/inspect',
    (url, { arg: input }) => postJson<InspectResult>(url, { input }),
    { throwOnError: false },
  )
}

/** "Use this token": the session cache then holds the adopted token, so the card shows it. */
export function useAdoptToken() {
  return useSWRMutation<SessionState, ApiError, string, string>(
    SESSION_KEY,
    async (_key, { arg: input }) => {
      const view = await writeSessionExclusively(() =>
        postJson<TokenView>('/api/session/adopt', { input }),
      )
      announceSessionChange()
      return { token: view, keyRemembered: false, serverNowMs: view.serverNowMs }
    },
    { populateCache: true, revalidate: false, throwOnError: false },
  )
}

export function useKeyOwner() {
  return useSWRMutation<KeyOwner, ApiError, string, { apikey?: string }>(
    '/api/key-owner',
    (url, { arg }) => postJson<KeyOwner>(url, arg),
    { throwOnError: false },
  )
}
