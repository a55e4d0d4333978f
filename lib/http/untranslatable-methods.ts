import 'server-only'

import http from 'node:http'

import { logger } from '@/lib/log/logger'

import type { ApiErrorBody } from './error-body'
import { API_CONTENT_SECURITY_POLICY, commonSecurityHeaders } from './security-headers'

/**
 * Methods the Fetch standard forbids in a `Request`. Next builds one for Proxy (`proxy.ts`) on
 * every request, so these crash there and come back as a plain-text 500 before any of our
 * code runs. The workbench serves none of them, so they are refused before Next sees them.
 */
const UNTRANSLATABLE_METHODS = new Set(['TRACE', 'TRACK'])

/** Every method the workbench serves on some address (405 needs an Allow header). */
const SERVED_ANYWHERE = 'GET, HEAD, POST, DELETE, OPTIONS'

const MARK = Symbol.for('iamwb.untranslatableMethodsRefused')

/**
 * Answers TRACE and TRACK with a JSON 405 at the HTTP server, ahead of Next. Installed once per
 * process from `instrumentation.ts`; it wraps `http.Server#emit` because Next's standalone
 * server creates its server before any of our code can run.
 */
export function refuseUntranslatableMethods(): void {
  const prototype = http.Server.prototype as http.Server & { [MARK]?: true }
  if (prototype[MARK]) return
  prototype[MARK] = true

  const emit = prototype.emit as (
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ) => boolean
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    const [request, response] = args as [http.IncomingMessage, http.ServerResponse]
    if (event === 'request' && UNTRANSLATABLE_METHODS.has(request.method ?? '')) {
      refuse(request, response)
      return true
    }
    return emit.call(this, event, ...args)
  } as typeof prototype.emit
}

function refuse(request: http.IncomingMessage, response: http.ServerResponse): void {
  const body: ApiErrorBody = {
    error: {
      code: 'method_not_allowed',
      message: `This server does not accept ${request.method} requests.`,
    },
  }
  const isProduction = process.env.NODE_ENV === 'production'
  response.writeHead(405, {
    ...commonSecurityHeaders({ isProduction }),
    'Content-Security-Policy': API_CONTENT_SECURITY_POLICY,
    'Content-Type': 'application/json',
    'Cache-Control': 'no-store',
    Allow: SERVED_ANYWHERE,
  })
  response.end(JSON.stringify(body))
  request.resume()
  logger.info(
    { method: request.method, route: 'before Next', status: 405, errorCode: 'method_not_allowed' },
    'request',
  )
}
