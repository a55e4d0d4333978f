import type { ErrorCode } from '@/lib/http/app-error'
import type { ApiErrorBody } from '@/lib/http/error-body'

/** A failed API call, carrying the server's sentence for people and its machine code. */
export class ApiError extends Error {
  override name = 'ApiError'

  constructor(
    message: string,
    readonly status: number,
    readonly code: ErrorCode | 'network_error' | 'unexpected_answer',
    readonly iamErrorCode?: string,
    readonly iamRequestId?: string,
  ) {
    super(message)
  }
}

/** Fetches our own JSON API and throws ApiError for anything but a 2xx. */
export async function apiFetch<T>(url: string, init: RequestInit = {}): Promise<T> {
  let response: Response
  try {
    response = await fetch(url, {
      ...init,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', ...init.headers },
    })
  } catch {
    throw new ApiError(
      'The workbench server could not be reached. Check that it is running and try again.',
      0,
      'network_error',
    )
  }

  if (response.status === 204) return undefined as T

  const body: unknown = await response.json().catch(() => undefined)
  if (response.ok && body !== undefined) return body as T
  throw toApiError(response.status, body)
}

export function postJson<T>(url: string, payload: unknown): Promise<T> {
  return apiFetch<T>(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(payload),
  })
}

function toApiError(status: number, body: unknown): ApiError {
  const error = (body as Partial<ApiErrorBody> | undefined)?.error
  if (error && typeof error.message === 'string') {
    return new ApiError(error.message, status, error.code, error.iamErrorCode, error.iamRequestId)
  }
  return new ApiError(
    `The workbench server answered HTTP ${status} without an explanation. Try again.`,
    status,
    'unexpected_answer',
  )
}
