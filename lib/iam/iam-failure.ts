import { AppError } from '@/lib/http/app-error'

import { iamErrorBodySchema } from './iam-answer'
import { scrubSecret } from './scrub'

/** What to do next, for the IAM codes a user can meet with an API key (iam-facts §2.2). */
const ADVICE_BY_IAM_CODE: Record<string, string> = {
  BXNIM0415E:
    'Check that you copied the whole key and that it has not been deleted. IBM Cloud shows a ' +
    'key only once, so create a new one if you no longer have it.',
  BXNIM0410E: 'The user or service ID that owns this key no longer exists or is not active.',
  BXNIM0436E: 'The owner of this key is suspended in the account; ask an account administrator.',
  BXNIM0400E: 'IAM could not authenticate the key owner; check the account or ask its admin.',
}

const DEFAULT_ADVICE =
  'Check the key, or create a new one in IBM Cloud → Manage → Access (IAM) → API keys.'

interface IamFailure {
  status: number
  bodyText: string
  headers: Headers
  apikey: string
}

/** Turns an IAM answer that is not a token into our error, with IAM's own words, scrubbed. */
export function toAppError({ status, bodyText, headers, apikey }: IamFailure): AppError {
  const iamBody = parseIamErrorBody(bodyText)
  const iamErrorCode = iamBody?.errorCode
  const iamRequestId = headers.get('transaction-id') ?? iamBody?.context?.requestId ?? undefined
  const iamMessage = iamBody ? scrubSecret(iamBody.errorMessage, apikey).trim() : undefined
  const ids = { iamErrorCode, iamRequestId }

  if (status === 429) {
    const retryAfterSeconds = parseRetryAfter(headers.get('retry-after'))
    const wait = retryAfterSeconds ? `about ${retryAfterSeconds} seconds` : 'a minute'
    return new AppError(
      'iam_rate_limited',
      429,
      `IAM is receiving too many requests right now. Wait ${wait} and try again.`,
      { ...ids, retryAfterSeconds },
    )
  }

  if (status === 400 || status === 401 || status === 403) {
    const said = iamMessage ? `: ${iamMessage.replace(/[.!?]+$/, '')}` : ''
    const code = iamErrorCode ? ` (${iamErrorCode})` : ` (HTTP ${status})`
    const advice = (iamErrorCode && ADVICE_BY_IAM_CODE[iamErrorCode]) ?? DEFAULT_ADVICE
    return new AppError(
      'apikey_rejected',
      401,
      `IAM rejected this API key${said}${code}. ${advice}`,
      ids,
    )
  }

  if (status >= 500) {
    return new AppError(
      'iam_bad_answer',
      502,
      `IAM answered with a server error (HTTP ${status}). This is on IBM's side; try again ` +
        'in a minute.',
      ids,
    )
  }

  return new AppError(
    'iam_bad_answer',
    502,
    `The IAM endpoint answered HTTP ${status} instead of a token. The workbench may be ` +
      'configured with the wrong IAM_URL.',
    ids,
  )
}

function parseIamErrorBody(bodyText: string) {
  try {
    const parsed = iamErrorBodySchema.safeParse(JSON.parse(bodyText))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, nowMs = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined
  if (/^\d+$/.test(value.trim())) return Number(value.trim())

  const dateMs = Date.parse(value)
  if (Number.isNaN(dateMs)) return undefined
  return Math.max(1, Math.ceil((dateMs - nowMs) / 1000))
}
