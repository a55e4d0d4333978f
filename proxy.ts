import { NextResponse, type NextRequest } from 'next/server'

import { isDecodablePath, malformedPathResponse } from '@/lib/http/malformed-path'
import {
  API_CONTENT_SECURITY_POLICY,
  commonSecurityHeaders,
  createNonce,
  pageContentSecurityPolicy,
} from '@/lib/http/security-headers'

/**
 * The one place security headers are set (Next's Proxy, formerly middleware, on Node). Every
 * response gets them: pages, API answers, 404s and static assets alike.
 *
 * A page request gets a fresh nonce. It travels to the renderer in the request's own
 * Content-Security-Policy header, from which Next reads it and marks its scripts and style
 * tags; `x-nonce` offers it to our own components. Pages must render per request for this
 * (`await connection()`), or their scripts would carry no nonce and be blocked.
 */
export function proxy(request: NextRequest) {
  const isProduction = process.env.NODE_ENV === 'production'
  const isDevelopment = process.env.NODE_ENV === 'development'
  const { pathname } = request.nextUrl
  const isApi = pathname === '/api' || pathname.startsWith('/api/')

  let policy = API_CONTENT_SECURITY_POLICY
  let response: NextResponse
  if (!isDecodablePath(pathname)) {
    response = malformedPathResponse(request)
  } else if (isApi) {
    response = NextResponse.next()
  } else {
    const nonce = createNonce()
    policy = pageContentSecurityPolicy({ nonce, isDevelopment, isProduction })
    const requestHeaders = new Headers(request.headers)
    requestHeaders.set('x-nonce', nonce)
    requestHeaders.set('Content-Security-Policy', policy)
    response = NextResponse.next({ request: { headers: requestHeaders } })
  }

  response.headers.set('Content-Security-Policy', policy)
  for (const [name, value] of Object.entries(commonSecurityHeaders({ isProduction }))) {
    response.headers.set(name, value)
  }
  return response
}
