// Base URLs come from the server's configuration (IAM_URL, AE_API_URL) or the defaults; they are
// checked here once so a typo in the environment fails loudly instead of producing snippets
// that point nowhere.

/**
 * `url` as an origin-plus-path without a trailing slash. Throws for anything but an absolute
 * http(s) URL without query, fragment or credentials.
 */
export function normalizeBaseUrl(url: string, setting: string): string {
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    throw new Error(
      `snippets/base-url: ${setting} '${url}' is not an absolute URL. Use e.g. https://iam.cloud.ibm.com.`,
    )
  }
  const isHttp = parsed.protocol === 'https:' || parsed.protocol === 'http:'
  if (!isHttp || parsed.search !== '' || parsed.hash !== '' || parsed.username !== '') {
    throw new Error(
      `snippets/base-url: ${setting} '${url}' must be a plain http(s) URL without query, fragment or user info.`,
    )
  }
  return `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, '')
}
