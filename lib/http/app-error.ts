/** Machine-readable error codes of the JSON API. Clients switch on these, never on messages. */
export type ErrorCode =
  | 'invalid_request'
  | 'invalid_apikey'
  | 'token_not_key'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'cross_site'
  | 'apikey_rejected'
  | 'rate_limited'
  | 'iam_rate_limited'
  | 'iam_bad_answer'
  | 'iam_unavailable'
  | 'iam_timeout'
  | 'ae_unavailable'
  | 'ae_timeout'
  | 'no_session'
  | 'no_remembered_key'
  | 'not_a_token'
  | 'apikey_pasted'
  | 'token_not_verified'
  | 'method_not_allowed'
  | 'not_found'
  | 'internal_error'

export interface AppErrorOptions {
  iamErrorCode?: string
  iamRequestId?: string
  /** Seconds the client should wait before trying again (sent as Retry-After). */
  retryAfterSeconds?: number
  /** The methods the address does accept (sent as Allow with a 405). */
  allowedMethods?: readonly string[]
  cause?: unknown
}

/**
 * The one error type route handlers throw. `message` is shown to people as is, so it must be a
 * whole sentence that says what happened and what to do, and must never contain a secret.
 */
export class AppError extends Error {
  override name = 'AppError'
  readonly iamErrorCode: string | undefined
  readonly iamRequestId: string | undefined
  readonly retryAfterSeconds: number | undefined
  readonly allowedMethods: readonly string[] | undefined

  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message, { cause: options.cause })
    this.iamErrorCode = options.iamErrorCode
    this.iamRequestId = options.iamRequestId
    this.retryAfterSeconds = options.retryAfterSeconds
    this.allowedMethods = options.allowedMethods
  }
}
