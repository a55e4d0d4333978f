import { AppError } from './app-error'

const CROSS_SITE_MESSAGE =
  'This request came from another website, so it was refused. Use the workbench page itself, ' +
  'or call the API from a script or terminal.'

/**
 * Refuses state-changing requests that a browser sent on behalf of another site.
 *
 * The rule, in order:
 * 1. `Sec-Fetch-Site` (sent by every current browser) must be `same-origin` or `none`.
 * 2. `Origin`, when present, must name this server's host.
 * 3. With neither header the caller is not a browser (curl, a script), which cannot carry the
 *    user's cookies by accident, so it is allowed.
 */
export function assertSameOrigin(request: Request): void {
  const fetchSite = request.headers.get('sec-fetch-site')
  if (fetchSite !== null && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    throw new AppError('cross_site', 403, CROSS_SITE_MESSAGE)
  }

  const origin = request.headers.get('origin')
  if (origin === null) return

  const expectedHost = requestHost(request)
  if (!URL.canParse(origin) || new URL(origin).host !== expectedHost) {
    throw new AppError('cross_site', 403, CROSS_SITE_MESSAGE)
  }
}

/** The host the browser addressed: a reverse proxy's X-Forwarded-Host wins over Host. */
function requestHost(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim()
  return forwarded || request.headers.get('host') || new URL(request.url).host
}
