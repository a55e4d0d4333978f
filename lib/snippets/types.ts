// The shared vocabulary of the snippet engine: a request is described once, as data, and every
// target renders that same description. Values are lists of parts so that an environment
// variable stays a variable in each shell's own syntax instead of being pasted in as text.

/** Environment variables a snippet may read. The API key is only ever referenced, never held. */
export type EnvName =
  'IBMCLOUD_API_KEY' | 'IAM_TOKEN' | 'IAM_TOKEN_EXPIRES_AT' | 'INSTANCE_ID' | 'APP_ID'

/** One piece of a value: literal text, or a reference to an environment variable. */
export type Part = { text: string } | { env: EnvName }

/** A value is the concatenation of its parts. */
export type Value = readonly Part[]

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface Header {
  name: string
  value: Value
}

/** A form field; rendered so that the target form-URL-encodes the value itself. */
export interface FormField {
  name: string
  value: Value
}

/** JSON the snippets send; kept as data so each language can render it natively. */
export type JsonValue =
  string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue }

export type RequestBody =
  { kind: 'form'; fields: readonly FormField[] } | { kind: 'json'; json: JsonValue }

/** The single description of an HTTP call that every renderer works from. */
export interface HttpRequest {
  method: HttpMethod
  url: Value
  /** Includes `Content-Type` when there is a body; renderers map it to their own idiom. */
  headers: readonly Header[]
  body?: RequestBody
  /** Client timeout for the language targets (shell tools wait until you press Ctrl+C). */
  timeoutSeconds: number
}

/** What every render function returns. */
export interface Snippet {
  /** Ready to paste; never contains an API key. */
  code: string
  /** Syntax class for highlighting, e.g. `bash`, `powershell`, `python`. */
  language: string
  /** Short caveats to show under the snippet. */
  notes?: string[]
}

export function text(value: string): Part {
  return { text: value }
}

export function env(name: EnvName): Part {
  return { env: name }
}

export function isEnvPart(part: Part): part is { env: EnvName } {
  return 'env' in part
}

/** The value as it reads with variables shown as `$NAME`; for messages and tests, not for shells. */
export function describeValue(value: Value): string {
  return value.map((part) => (isEnvPart(part) ? `$${part.env}` : part.text)).join('')
}

/** Drops empty text and merges neighbouring text, so renderers can look at their neighbours. */
export function normalizeValue(value: Value): Part[] {
  const parts: Part[] = []
  for (const part of value) {
    const last = parts[parts.length - 1]
    if (isEnvPart(part)) parts.push(part)
    else if (part.text === '') continue
    else if (last !== undefined && !isEnvPart(last))
      parts[parts.length - 1] = text(last.text + part.text)
    else parts.push(part)
  }
  return parts
}

/** The text of a value without variables, or `undefined` when it references one. */
export function literalText(value: Value): string | undefined {
  let joined = ''
  for (const part of value) {
    if (isEnvPart(part)) return undefined
    joined += part.text
  }
  return joined
}
