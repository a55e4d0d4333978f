import 'server-only'

import { logger } from '@/lib/log/logger'

import { AppError } from './app-error'
import { UNEXPECTED_ERROR_MESSAGE, errorResponse, jsonResponse } from './respond'

/** What a handler may add to its request's log line. Never secrets: ids and codes only. */
export interface RequestLogFields {
  iamRequestId?: string
  iamErrorCode?: string
  retried?: boolean
}

export interface RequestContext {
  requestId: string
  note(fields: RequestLogFields): void
}

type Handler<Params> = (
  request: Request,
  context: RequestContext,
  params: Params,
) => Promise<Response>

/**
 * Wraps a route handler: turns AppError into its JSON answer, anything else into a generic 500
 * (logged with the request id, never shown), and writes exactly one log line per request.
 */
export function route<Params = unknown>(name: string, handler: Handler<Params>) {
  return async (request: Request, segment: { params: Promise<Params> }): Promise<Response> => {
    const startedAt = performance.now()
    const requestId = crypto.randomUUID()
    const fields: RequestLogFields = {}
    const context: RequestContext = { requestId, note: (more) => Object.assign(fields, more) }

    let response: Response
    let errorCode: string | undefined
    try {
      response = await handler(request, context, await segment.params)
    } catch (error) {
      if (error instanceof AppError) {
        errorCode = error.code
        fields.iamErrorCode ??= error.iamErrorCode
        fields.iamRequestId ??= error.iamRequestId
        response = errorResponse(error)
      } else {
        errorCode = 'internal_error'
        logger.error({ requestId, route: name, err: describe(error) }, 'unexpected error')
        response = jsonResponse(
          { error: { code: 'internal_error', message: UNEXPECTED_ERROR_MESSAGE, requestId } },
          { status: 500 },
        )
      }
    }

    response.headers.set('X-Request-Id', requestId)
    logger.info(
      {
        requestId,
        method: request.method,
        route: name,
        status: response.status,
        durationMs: Math.round((performance.now() - startedAt) * 10) / 10,
        ...fields,
        ...(errorCode ? { errorCode } : {}),
      },
      'request',
    )
    return response
  }
}

/** Name, message and stack; never the cause, which could carry request data into the log. */
function describe(error: unknown): { type: string; message: string; stack?: string } {
  return error instanceof Error
    ? { type: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) }
    : { type: typeof error, message: 'non-Error value thrown' }
}
