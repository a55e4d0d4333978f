/**
 * The security headers every response carries (Mozilla Observatory's set, OWASP ASVS V14.4).
 * Pure functions, so the exact policy is unit-tested; `proxy.ts` applies them to each request.
 */

export interface PolicyContext {
  /** Fresh for every page request; only scripts and styles carrying it may run. */
  nonce: string
  /** `next dev` needs `'unsafe-eval'` for React's debugging aids; production never gets it. */
  isDevelopment: boolean
  isProduction: boolean
}

/**
 * The Content-Security-Policy of an HTML page.
 *
 * - Scripts: only those Next marks with the request's nonce, and what they load
 *   (`'strict-dynamic'`); `'self'` is a fallback for browsers without nonce support.
 * - Styles: the app's own stylesheet and nonce-marked style elements. Inline `style`
 *   attributes in server HTML are blocked; styles React sets from script (the countdown bar's
 *   width, rendered only in the browser) go through the CSSOM, which CSP does not restrict.
 * - Everything else: this origin only, no plugins, no `<base>`, never framed.
 * - `upgrade-insecure-requests` only in production, which is served over HTTPS (its session
 *   cookie is `Secure`); on plain-HTTP development hosts it would break every asset.
 */
export function pageContentSecurityPolicy({
  nonce,
  isDevelopment,
  isProduction,
}: PolicyContext): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isProduction ? ['upgrade-insecure-requests'] : []),
  ]
  return directives.join('; ')
}

/** JSON answers are never rendered, so they may load nothing and never be framed. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'"

/** Powerful features the workbench never uses, denied to the page and anything it embeds. */
const DENIED_FEATURES = [
  'accelerometer',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
]

export const PERMISSIONS_POLICY = DENIED_FEATURES.map((feature) => `${feature}=()`).join(', ')

/** Two years, the HSTS preload list's minimum. */
const HSTS_MAX_AGE_SECONDS = 63_072_000

/** The headers every response gets, page or API, besides its Content-Security-Policy. */
export function commonSecurityHeaders({ isProduction }: { isProduction: boolean }) {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    ...(isProduction
      ? { 'Strict-Transport-Security': `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains` }
      : {}),
  }
}

/** A nonce as Next's guide makes it: a random UUID (122 random bits), base64-encoded. */
export function createNonce(): string {
  return Buffer.from(crypto.randomUUID()).toString('base64')
}
