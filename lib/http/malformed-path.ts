import { NextResponse } from 'next/server'

import { logger } from '@/lib/log/logger'

import type { ApiErrorBody } from './error-body'

/**
 * Paths with a broken percent-escape (`/api/%zz`). Next cannot decode such a path into a
 * dynamic route's parameters and answers a bare 500 in an App Router app, so Proxy refuses
 * them first. (A rewrite to an API route instead is no good: Proxy only knows the Host the
 * client sent, and Next forwards a rewrite to another origin over HTTP.)
 */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

export function malformedPathResponse(request: Request): NextResponse {
  const body: ApiErrorBody = {
    error: {
      code: 'invalid_request',
      message: 'The address contains a broken percent-escape (such as %zz). Check the URL.',
    },
  }
  logger.info(
    { method: request.method, route: 'proxy', status: 400, errorCode: 'invalid_request' },
    'request',
  )
  return NextResponse.json(body, { status: 400, headers: { 'Cache-Control': 'no-store' } })
}
