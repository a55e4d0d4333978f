import 'server-only'

import { AppError } from '@/lib/http/app-error'

import { iamTokenAnswerSchema } from './iam-answer'
import { toAppError } from './iam-failure'
import type { IamToken } from './iam-token'

export const APIKEY_GRANT_TYPE = 'urn:ibm:params:oauth:grant-type:apikey'
const USER_AGENT = 'iam-token-workbench/0.1'
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
 */
export async function exchangeApiKey(
  apikey: string,
  { tokenUrl, timeoutMs, retryDelayMs = 250 }: IamClientOptions,
): Promise<IamExchange> {
  const signal = AbortSignal.timeout(timeoutMs)
  const host = new URL(tokenUrl).host

  for (let attempt = 1; ; attempt++) {
    const isLastAttempt = attempt === 2
    let response: Response
    try {
      response = await postForm(tokenUrl, apikey, signal)
    } catch (error) {
      if (signal.aborted) throw timeoutError(host, timeoutMs)
      if (isLastAttempt) throw unreachableError(host, error)
      await pause(retryDelayMs, signal, host, timeoutMs)
      continue
    }

    if (RETRYABLE_STATUSES.has(response.status) && !isLastAttempt) {
      await response.body?.cancel()
      await pause(retryDelayMs, signal, host, timeoutMs)
      continue
    }

    const bodyText = await readText(response, signal, host, timeoutMs)
    if (response.status !== 200) {
      throw toAppError({ status: response.status, bodyText, headers: response.headers, apikey })
    }
    return { token: toIamToken(bodyText, response.headers), retried: attempt > 1 }
  }
}

function postForm(tokenUrl: string, apikey: string, signal: AbortSignal): Promise<Response> {
  return fetch(tokenUrl, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'application/json',
      'User-Agent': USER_AGENT,
    },
    body: new URLSearchParams({ grant_type: APIKEY_GRANT_TYPE, apikey }),
    redirect: 'manual',
    cache: 'no-store',
    signal,
  })
}

async function readText(response: Response, signal: AbortSignal, host: string, ms: number) {
  try {
    return await response.text()
  } catch (error) {
    if (signal.aborted) throw timeoutError(host, ms)
    throw unreachableError(host, error)
  }
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
  }
}

async function pause(ms: number, signal: AbortSignal, host: string, timeoutMs: number) {
  await new Promise((resolve) => setTimeout(resolve, ms))
  if (signal.aborted) throw timeoutError(host, timeoutMs)
}

function badAnswer(what: string): AppError {
  return new AppError(
    'iam_bad_answer',
    502,
    `${what} Try again; if it persists, IAM is having trouble.`,
  )
}

function timeoutError(host: string, timeoutMs: number): AppError {
  return new AppError(
    'iam_timeout',
    504,
    `IAM (${host}) did not answer within ${timeoutMs / 1000} seconds. Try again in a moment.`,
  )
}

function unreachableError(host: string, cause: unknown): AppError {
  return new AppError(
    'iam_unavailable',
    503,
    `IAM (${host}) could not be reached. Check the network connection and try again.`,
    { cause },
  )
}
