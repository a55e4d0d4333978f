import type { AppError } from './app-error'
import type { ApiErrorBody } from './error-body'

/**
 * Nothing the API returns is cacheable: answers carry tokens or describe a session. `no-store`
 * keeps them out of the browser cache, proxies and back/forward cache.
 */
const NO_STORE_HEADERS = { 'Cache-Control': 'no-store', Pragma: 'no-cache' }

export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers)
  for (const [name, value] of Object.entries(NO_STORE_HEADERS)) headers.set(name, value)
  return Response.json(body, { ...init, headers })
}

export function emptyResponse(status: number, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers)
  for (const [name, value] of Object.entries(NO_STORE_HEADERS)) headers.set(name, value)
  return new Response(null, { ...init, status, headers })
}

export function errorResponse(error: AppError): Response {
  const body: ApiErrorBody = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.iamErrorCode ? { iamErrorCode: error.iamErrorCode } : {}),
      ...(error.iamRequestId ? { iamRequestId: error.iamRequestId } : {}),
    },
  }
  const headers: Record<string, string> = {}
  if (error.retryAfterSeconds !== undefined) {
    headers['Retry-After'] = String(Math.max(1, Math.ceil(error.retryAfterSeconds)))
  }
  if (error.allowedMethods !== undefined) headers.Allow = error.allowedMethods.join(', ')
  return jsonResponse(body, { status: error.status, headers })
}

export const UNEXPECTED_ERROR_MESSAGE =
  'Something went wrong on our side. Try again; if it keeps happening, give the request id ' +
  'in this answer to whoever runs this workbench.'
