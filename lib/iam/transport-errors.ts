import { AppError } from '@/lib/http/app-error'

/** IAM did not answer in time: 504, for every call the server makes to IAM. */
export function iamTimeoutError(host: string, timeoutMs: number): AppError {
  return new AppError(
    'iam_timeout',
    504,
    `IAM (${host}) did not answer within ${timeoutMs / 1000} seconds. Try again in a moment.`,
  )
}

/** No connection to IAM, or it dropped: 503. */
export function iamUnreachableError(host: string, cause: unknown): AppError {
  return new AppError(
    'iam_unavailable',
    503,
    `IAM (${host}) could not be reached. Check the network connection and try again.`,
    { cause },
  )
}
