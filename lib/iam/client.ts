import 'server-only'

import { getConfig } from '@/lib/config'
import { AppError } from '@/lib/http/app-error'
import { withDeadline } from '@/lib/http/deadline'
import { USER_AGENT } from '@/lib/http/user-agent'

import { AnswerTooLargeError, postForm, type FormAnswer } from './form-post'
import { iamTokenAnswerSchema } from './iam-answer'
import { toAppError } from './iam-failure'
import { toIamResponseFields } from './iam-response'
import type { IamToken } from './iam-token'
import { iamTimeoutError, iamUnreachableError } from './transport-errors'

export const APIKEY_GRANT_TYPE = 'urn:ibm:params:oauth:grant-type:apikey'
const REQUEST_HEADERS = {
  'Content-Type': 'application/x-www-form-urlencoded',
  Accept: 'application/json',
  'User-Agent': USER_AGENT,
}
const RETRYABLE_STATUSES = new Set([502, 503, 504])

export interface IamClientOptions {
  tokenUrl: string
  /** Budget for the whole exchange, retry included. */
  timeoutMs: number
  /** Pause before the single retry. */
  retryDelayMs?: number
}

export interface IamExchange {
  token: IamToken
  retried: boolean
}

/**
 * Exchanges an API key for an access token (iam-facts §1): one form POST, validated answer.
 * Retries once, after a short pause, when IAM answers 502/503/504 or the connection drops —
 * the failures a second attempt can fix. Never follows redirects: the key must not travel on.
 * Connections to IAM are kept alive and reused (see form-post.ts).
 */
export async function exchangeApiKey(
  apikey: string,
  { tokenUrl, timeoutMs, retryDelayMs = 250 }: IamClientOptions,
): Promise<IamExchange> {
  return withDeadline(timeoutMs, (signal) =>
    exchangeWithin(apikey, tokenUrl, timeoutMs, retryDelayMs, signal),
  )
}

async function exchangeWithin(
  apikey: string,
  tokenUrl: string,
  timeoutMs: number,
  retryDelayMs: number,
  signal: AbortSignal,
): Promise<IamExchange> {
  const host = new URL(tokenUrl).host

  for (let attempt = 1; ; attempt++) {
    const isLastAttempt = attempt === 2
    let answer: FormAnswer
    try {
      answer = await postForm(tokenUrl, tokenForm(apikey), REQUEST_HEADERS, signal)
    } catch (error) {
      if (signal.aborted) throw iamTimeoutError(host, timeoutMs)
      if (error instanceof AnswerTooLargeError) throw badAnswer('IAM answered with far too much.')
      if (isLastAttempt) throw iamUnreachableError(host, error)
      await pause(retryDelayMs, signal, host, timeoutMs)
      continue
    }

    if (RETRYABLE_STATUSES.has(answer.status) && !isLastAttempt) {
      await pause(retryDelayMs, signal, host, timeoutMs)
      continue
    }

    const { status, bodyText, headers } = answer
    if (status !== 200) throw toAppError({ status, bodyText, headers, apikey })
    return { token: toIamToken(bodyText, headers), retried: attempt > 1 }
  }
}

function tokenForm(apikey: string): URLSearchParams {
  return new URLSearchParams({ grant_type: APIKEY_GRANT_TYPE, apikey })
}

function toIamToken(bodyText: string, headers: Headers): IamToken {
  const receivedAtMs = Date.now()
  let json: unknown
  try {
    json = JSON.parse(bodyText)
  } catch {
    throw badAnswer('IAM answered with something that is not JSON.')
  }

  const parsed = iamTokenAnswerSchema.safeParse(json)
  if (!parsed.success) throw badAnswer('IAM answered, but not with a token response.')

  const answer = parsed.data
  return {
    accessToken: answer.access_token,
    tokenType: answer.token_type,
    expiresInSeconds: answer.expires_in,
    expirationSeconds: answer.expiration,
    scope: answer.scope,
    receivedAtMs,
    iamRequestId: headers.get('transaction-id') ?? undefined,
    iamResponse: toIamResponseFields(answer),
  }
}

async function pause(ms: number, signal: AbortSignal, host: string, timeoutMs: number) {
  await new Promise((resolve) => setTimeout(resolve, ms))
  if (signal.aborted) throw iamTimeoutError(host, timeoutMs)
}

function badAnswer(what: string): AppError {
  return new AppError(
    'iam_bad_answer',
    502,
    `${what} Try again; if it persists, IAM is having trouble.`,
  )
}

/** The exchange against the IAM this server is configured with (IAM_URL, IAM_TIMEOUT_MS). */
export function exchangeWithConfiguredIam(apikey: string): Promise<IamExchange> {
  const config = getConfig()
  return exchangeApiKey(apikey, { tokenUrl: config.iamTokenUrl, timeoutMs: config.iamTimeoutMs })
}
