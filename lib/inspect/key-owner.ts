import 'server-only'

import { getConfig } from '@/lib/config'
import { AppError } from '@/lib/http/app-error'
import { withDeadline } from '@/lib/http/deadline'
import { USER_AGENT } from '@/lib/http/user-agent'
import { parseApiKey } from '@/lib/iam/apikey-input'
import { exchangeWithConfiguredIam } from '@/lib/iam/client'
import { toAppError } from '@/lib/iam/iam-failure'
import { scrubSecret } from '@/lib/iam/scrub'
import { iamTimeoutError, iamUnreachableError } from '@/lib/iam/transport-errors'
import { readSession } from '@/lib/session/cookie-session'

import { apiKeyDetailsSchema, identityApiErrorSchema, toKeyOwner } from './key-owner-answer'
import { NO_REMEMBERED_KEY_MESSAGE } from './messages'
import type { KeyOwner } from './types'

const DETAILS_PATH = '/v1/apikeys/details'

/** Validates `{"apikey"?: "…"}`; without a key the session's remembered one is used. */
export function parseKeyOwnerRequest(body: unknown): { apikey?: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new AppError('invalid_request', 400, 'Send a JSON object like {"apikey": "…"} or {}.')
  }
  const { apikey } = body as Record<string, unknown>
  return apikey === undefined ? {} : { apikey: parseApiKey(apikey) }
}

/** The key in the request, else the one sealed in the session ("remember"), else 409. */
export async function keyToLookUp(requested: string | undefined): Promise<string> {
  if (requested !== undefined) return requested
  const remembered = (await readSession()).apikey
  if (remembered === undefined)
    throw new AppError('no_remembered_key', 409, NO_REMEMBERED_KEY_MESSAGE)
  return remembered
}

/**
 * "Who owns this key": a token from IAM with the key itself, then IAM's record of that key. Only
 * the owner facts come back; the key is used for these two calls and dropped.
 */
export async function lookUpKeyOwner(apikey: string): Promise<KeyOwner> {
  const config = getConfig()
  const host = new URL(config.iamUrl).host
  const { token } = await exchangeWithConfiguredIam(apikey)

  const { response, bodyText } = await withDeadline(config.iamTimeoutMs, async (signal) => {
    try {
      const response = await fetch(`${config.iamUrl}${DETAILS_PATH}`, {
        headers: {
          Authorization: `${token.tokenType} ${token.accessToken}`,
          'IAM-ApiKey': apikey,
          Accept: 'application/json',
          'User-Agent': USER_AGENT,
        },
        redirect: 'manual',
        cache: 'no-store',
        signal,
      })
      return { response, bodyText: await response.text() }
    } catch (cause) {
      if (signal.aborted) throw iamTimeoutError(host, config.iamTimeoutMs)
      throw iamUnreachableError(host, cause)
    }
  })

  if (response.status !== 200) throw detailsFailure(response, bodyText, apikey)
  const parsed = apiKeyDetailsSchema.safeParse(parseJson(bodyText))
  if (!parsed.success) {
    throw new AppError(
      'iam_bad_answer',
      502,
      "IAM answered, but not with the key's details. Try again; if it persists, IAM is having " +
        'trouble.',
    )
  }
  return toKeyOwner(parsed.data, apikey)
}

/**
 * IAM's Identity API speaks its own error shape; it is translated into the token endpoint's, so
 * refusals, rate limits and server errors read exactly as they do for "Get a token".
 */
function detailsFailure(response: Response, bodyText: string, apikey: string): AppError {
  const { status, headers } = response
  const iamError = identityApiErrorSchema.safeParse(parseJson(bodyText))
  const first = iamError.success ? iamError.data.errors[0] : undefined
  const iamErrorCode = first?.message_code

  if (status === 404) {
    const said = first ? `: ${scrubSecret(first.message, apikey).replace(/[.!?]+$/, '')}` : ''
    return new AppError(
      'apikey_rejected',
      401,
      `IAM has no record of this API key${said}. It may have been deleted a moment ago.`,
      {
        ...(iamErrorCode ? { iamErrorCode } : {}),
        iamRequestId: headers.get('transaction-id') ?? undefined,
      },
    )
  }

  const asTokenError = first
    ? JSON.stringify({ errorCode: iamErrorCode ?? '', errorMessage: first.message })
    : bodyText
  if ([400, 401, 403, 429].includes(status) || status >= 500) {
    return toAppError({ status, bodyText: asTokenError, headers, apikey })
  }
  return new AppError(
    'iam_bad_answer',
    502,
    `IAM answered HTTP ${status} instead of the key's details. The workbench may be configured ` +
      'with the wrong IAM_URL.',
  )
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}
