// Base URLs come from the server's configuration (IAM_URL, AE_API_URL) or the defaults; they are
// checked here once so a typo in the environment fails loudly instead of producing snippets
// that point nowhere.
import { parseBaseUrl } from '@/lib/urls/base-url'

/**
 * `url` as an origin-plus-path without a trailing slash. Throws for anything but an absolute
 * http(s) URL without query, fragment or credentials.
 */
export function normalizeBaseUrl(url: string, setting: string): string {
  const parsed = parseBaseUrl(url)
  if (parsed.ok) return parsed.value
  throw new Error(
    parsed.problem === 'not an absolute URL'
      ? `snippets/base-url: ${setting} '${url}' is not an absolute URL. Use e.g. https://iam.cloud.ibm.com.`
      : `snippets/base-url: ${setting} '${url}' must be a plain http(s) URL without query, fragment or user info.`,
  )
}
