import 'server-only'

import { getConfig } from '@/lib/config'
import { AppError } from '@/lib/http/app-error'
import { withDeadline } from '@/lib/http/deadline'
import { readCapped } from '@/lib/http/read-capped'
import { USER_AGENT } from '@/lib/http/user-agent'
import { readSession } from '@/lib/session/cookie-session'
import { aePublicBaseUrl } from '@/lib/snippets/ae/regions'

import type { AeCallResult, AeInstanceTarget } from './ae-call-request'

/** Instance details are a few kilobytes; anything much larger is not worth relaying. */
export const MAX_AE_BODY_BYTES = 64 * 1024

/**
 * The instance URL. The host comes only from AE_API_URL or IBM's fixed regional pattern and the
 * path only from a validated UUID, so no request can be steered to another server.
 */
export function aeInstanceUrl(target: AeInstanceTarget, aeApiUrl: string | undefined): string {
  const base = aeApiUrl ?? aePublicBaseUrl(target.region)
  return `${base}/${target.api}/analytics_engines/${target.instanceId}`
}

/** Reads the instance with the token in this browser's session: one GET, nothing changed. */
export async function callAeWithSessionToken(target: AeInstanceTarget): Promise<AeCallResult> {
  const session = await readSession()
  if (!session.token) {
    throw new AppError(
      'no_session',
      401,
      "There is no token in this browser's session yet. Get one first (step 2 of the " +
        'walkthrough, or the workbench), then run the call again.',
    )
  }

  const config = getConfig()
  return callAeInstance({
    url: aeInstanceUrl(target, config.aeApiUrl),
    accessToken: session.token.accessToken,
    timeoutMs: config.iamTimeoutMs,
  })
}

interface AeInstanceCall {
  url: string
  accessToken: string
  timeoutMs: number
}

/** One GET with `Authorization: Bearer`, bounded in time and size; redirects are not followed. */
export function callAeInstance({ url, accessToken, timeoutMs }: AeInstanceCall) {
  return withDeadline(timeoutMs, async (signal): Promise<AeCallResult> => {
    const host = new URL(url).host
    try {
      const response = await fetch(url, {
        method: 'GET',
        headers: { Authorization: `Bearer ${accessToken}`, 'User-Agent': USER_AGENT },
        redirect: 'manual',
        cache: 'no-store',
        signal,
      })
      const { bytes, truncated } = await readCapped(response.body, MAX_AE_BODY_BYTES)
      const text = new TextDecoder().decode(bytes)
      return { url, status: response.status, body: parseBody(text), truncated }
    } catch (error) {
      if (signal.aborted) {
        throw new AppError(
          'ae_timeout',
          504,
          `Analytics Engine (${host}) did not answer within ${timeoutMs / 1000} seconds. Try ` +
            'again in a moment.',
        )
      }
      throw new AppError(
        'ae_unavailable',
        503,
        `Analytics Engine (${host}) could not be reached. Check the network connection and ` +
          'the region, then try again.',
        { cause: error },
      )
    }
  })
}

function parseBody(text: string): unknown {
  if (text.trim() === '') return null
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}
