// IAM token-endpoint errors ("OidcExceptionResponse", iam-facts §2.1–2.2). Codes, statuses and
// messages come from real captures unless a comment says they are invented.
import type { ServerResponse } from 'node:http'

import { sendJson } from './http'
import type { IamExchange, IamInstance } from './iam-context'
import { iamErrorContext, iamResponseHeaders } from './iam-context'

export interface IamError {
  status: number
  errorCode: string
  errorMessage: string
  errorDetails?: string
  headers?: Record<string, string>
}

const WEB_APPLICATION_EXCEPTION =
  "Web application exception 'javax.ws.rs.ClientErrorException' during request processing."

export const iamErrors = {
  missingProperty: (property: string): IamError => ({
    status: 400,
    errorCode: 'BXNIM0109E',
    errorMessage: 'Property missing or empty.',
    errorDetails: `Property '${property}' either missing or empty.`,
  }),
  // The 2026 capture has no errorDetails for this one.
  apikeyNotFound: (): IamError => ({
    status: 400,
    errorCode: 'BXNIM0415E',
    errorMessage: 'Provided API key could not be found.',
  }),
  methodNotAllowed: (): IamError => ({
    status: 405,
    errorCode: 'BXNIM0060E',
    errorMessage: WEB_APPLICATION_EXCEPTION,
    errorDetails: 'HTTP 405 Method Not Allowed',
    headers: { Allow: 'POST' },
  }),
  // Invented: the 405 pattern applied to unknown paths under /identity and /oidc.
  notFound: (): IamError => ({
    status: 404,
    errorCode: 'BXNIM0060E',
    errorMessage: WEB_APPLICATION_EXCEPTION,
    errorDetails: 'HTTP 404 Not Found',
  }),
  // Message format from a real 2018 response_type rejection; applying it to grant_type and
  // the errorDetails sentence are invented.
  invalidValue: (property: string, value: string, valid: string, details?: string): IamError => ({
    status: 400,
    errorCode: 'BXNIM0106E',
    errorMessage: `Validation of property '${property}' with value '${value}' failed. Valid values: ${valid}`,
    ...(details === undefined ? {} : { errorDetails: details }),
  }),
  // Code and text as in the SPEC; using it for a refresh grant without client credentials is
  // derived (the refresh grant needs the client that received the token).
  noAuthorizationHeader: (): IamError => ({
    status: 401,
    errorCode: 'BXNIM0308E',
    errorMessage: 'No authorization header found',
  }),
  // The message has no trailing period in the 2021 capture.
  refreshTokenExpired: (): IamError => ({
    status: 400,
    errorCode: 'BXNIM0408E',
    errorMessage: 'Provided refresh token is expired',
  }),
  // BXNIM0407E is the CLI SDK's "invalid token" code; status and message are invented.
  refreshTokenInvalid: (): IamError => ({
    status: 400,
    errorCode: 'BXNIM0407E',
    errorMessage: 'Provided refresh token is invalid.',
    errorDetails: 'The refresh token is unknown or was issued to a different client.',
  }),
}

export function sendIamError(
  res: ServerResponse,
  exchange: IamExchange,
  instance: IamInstance,
  error: IamError,
): void {
  const body = {
    errorCode: error.errorCode,
    errorMessage: error.errorMessage,
    ...(error.errorDetails === undefined ? {} : { errorDetails: error.errorDetails }),
    context: iamErrorContext(exchange, instance),
  }
  sendJson(res, error.status, body, { ...iamResponseHeaders(exchange), ...error.headers })
}
