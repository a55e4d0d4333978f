/**
 * The logger's two nets under every log call (call sites never pass secrets on purpose):
 * secret-named fields are blanked at any depth, and anything shaped like a credential is cut
 * out of the finished line, wherever it hides (a message, an error, a nested value).
 */

export const REDACTED = '[redacted]'

/**
 * Field names whose values are secrets, compared without case, dashes or underscores, so
 * `apikey`, `apiKey`, `api_key`, `IAM-ApiKey`, `Authorization` and `Set-Cookie` all match.
 */
const SECRET_FIELD_NAMES = new Set([
  'apikey',
  'iamapikey',
  'xapikey',
  'accesstoken',
  'refreshtoken',
  'idtoken',
  'token',
  'password',
  'sessionpassword',
  'secret',
  'clientsecret',
  'cookie',
  'setcookie',
  'authorization',
  'proxyauthorization',
])

/** Deeper than any record we write; beyond it values are dropped rather than walked. */
const MAX_DEPTH = 10

export function isSecretFieldName(name: string): boolean {
  return SECRET_FIELD_NAMES.has(name.toLowerCase().replace(/[-_\s]/g, ''))
}

/**
 * A copy of a log record with every secret-named field's value replaced. pino's own `redact`
 * needs each path spelled out, case and depth included; a key name can turn up anywhere.
 */
export function redactSecretFields(record: Record<string, unknown>): Record<string, unknown> {
  return redactObject(record, 0, new WeakSet())
}

function redactValue(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value !== 'object' || value === null) return value
  if (depth >= MAX_DEPTH) return '[too deep]'
  if (seen.has(value)) return '[circular]'
  seen.add(value)

  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1, seen))
  if (value instanceof Error) {
    // Kept as pino's error serializer would show it; the cause is dropped (request data).
    return { type: value.name, message: value.message, stack: value.stack }
  }
  return redactObject(value as Record<string, unknown>, depth + 1, seen)
}

function redactObject(
  record: Record<string, unknown>,
  depth: number,
  seen: WeakSet<object>,
): Record<string, unknown> {
  const copy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) {
    copy[key] = isSecretFieldName(key) ? REDACTED : redactValue(value, depth, seen)
  }
  return copy
}

/**
 * Credential shapes cut from the finished JSON line: JWTs (every IAM access token), iron
 * seals (the session cookie) and the credential after `Bearer` or `Basic`.
 */
const SECRET_SHAPES: Array<[RegExp, string]> = [
  [/eyJ[\w-]{4,}\.[\w-]{4,}(?:\.[\w-]*)?/g, REDACTED],
  [/Fe26\.2\*[^\s"',;\\]*/g, REDACTED],
  [/\b(Bearer|Basic)\s+[\w.~+/=-]+/gi, `$1 ${REDACTED}`],
]

export function scrubSecretShapes(line: string): string {
  let scrubbed = line
  for (const [pattern, replacement] of SECRET_SHAPES) {
    scrubbed = scrubbed.replace(pattern, replacement)
  }
  return scrubbed
}
