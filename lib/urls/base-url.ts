/** What is wrong with a base URL, in words that fit after its setting's name. */
export type BaseUrlProblem =
  'not an absolute URL' | 'not http(s) or has a query, fragment or user info'

/**
 * `url` as origin plus path without a trailing slash, or why it cannot be a base URL: only an
 * absolute http(s) URL without query, fragment or credentials is one. Pure, so the server's
 * configuration and the browser-side snippet engine apply the very same rule.
 */
export function parseBaseUrl(
  url: string,
): { ok: true; value: string } | { ok: false; problem: BaseUrlProblem } {
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    return { ok: false, problem: 'not an absolute URL' }
  }

  const isHttp = parsed.protocol === 'https:' || parsed.protocol === 'http:'
  const hasExtras =
    parsed.search !== '' || parsed.hash !== '' || parsed.username !== '' || parsed.password !== ''
  if (!isHttp || hasExtras) {
    return { ok: false, problem: 'not http(s) or has a query, fragment or user info' }
  }
  return { ok: true, value: `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, '') }
}
