import type { InputKind, TokenResponseFacts } from './types'

/**
 * Finds the access token in whatever was pasted (iam-facts §7): a bare JWT, `Bearer …`, the text
 * or JSON output of `ibmcloud iam oauth-tokens`, or an IAM token response. Pure and safe to run
 * in the browser, so an API key can be refused before it leaves the page. Only the *shape* of
 * the token is checked here; reading it is jose's job (decode.ts).
 */

export type RecognitionProblem =
  | 'empty'
  | 'apikey'
  | 'no_token'
  | 'several_tokens'
  | 'json_without_token'
  | 'unreadable_json'
  | 'encrypted'

export type Recognition =
  | {
      ok: true
      kind: InputKind
      token: string
      notes: string[]
      tokenResponse?: TokenResponseFacts
    }
  | { ok: false; problem: RecognitionProblem }

// A JWS in compact form: header and payload are base64url JSON objects, so they start with "ey".
// The signature may be empty (an unsigned token), which verification then reports.
const JWT_SHAPE = /^ey[\w-]+\.[\w-]+\.[\w-]*$/
const JWE_SHAPE = /^ey[\w-]+\.[\w-]*\.[\w-]*\.[\w-]*\.[\w-]*$/
const EMBEDDED_JWT = /ey[\w-]{8,}\.[\w-]{8,}\.[\w-]*/g
const BEARER_PREFIX = /^(?:authorization\s*:\s*)?bearer\s+/i
const CLI_IAM_LINE = /^\s*IAM token:/im
const CLI_UAA_LINE = /^\s*UAA token:/im
const TOKEN_FRAGMENT_LINE = /^\s*[\w.-]+\s*$/
// IBMCLOUD_API_KEY=…, export IBMCLOUD_API_KEY=…, $env:IBMCLOUD_API_KEY = "…", set API_KEY=…
const APIKEY_ASSIGNMENT = /API_?KEY\s*[=:]/i
const QUOTES = new Set(['"', "'", '`'])

const NOTE_QUOTES = 'Removed the quotes around the paste.'
const NOTE_JOINED =
  'Joined the token back together: it contained spaces or line breaks, as terminals add when ' +
  'they wrap long lines.'
const NOTE_UAA = 'Took the IAM token; the UAA token line (for Cloud Foundry) was ignored.'
const NOTE_EMBEDDED = 'Found the token inside the pasted text; everything around it was ignored.'

export function recognizeInput(input: string): Recognition {
  const trimmed = input.trim()
  const text = stripQuotes(trimmed)
  const notes = text !== trimmed ? [NOTE_QUOTES] : []
  if (text === '') return failure('empty')

  if (text.startsWith('{')) return fromJson(text, notes)
  if (CLI_IAM_LINE.test(text)) return fromCliText(text, notes)
  return fromHeaderOrBareToken(text, notes)
}

function fromHeaderOrBareToken(text: string, notes: string[]): Recognition {
  const prefix = BEARER_PREFIX.exec(text)
  const kind: InputKind = prefix ? 'bearer_header' : 'jwt'
  const value = prefix ? text.slice(prefix[0].length) : text

  const found = asToken(value, kind, notes)
  if (found.ok || found.problem !== 'no_token') return found

  if (looksLikeApiKey(value) || APIKEY_ASSIGNMENT.test(text)) return failure('apikey')
  return embeddedToken(text, notes)
}

/** `IAM token:  Bearer eyJ…`, maybe wrapped over lines, maybe next to `UAA token:  …`. */
function fromCliText(text: string, notes: string[]): Recognition {
  const lines = text.split(/\r?\n/)
  const start = lines.findIndex((line) => CLI_IAM_LINE.test(line))
  const taken: string[] = [lines[start]?.replace(CLI_IAM_LINE, '') ?? '']

  // A wrapped token continues on lines holding nothing but token characters.
  for (const line of lines.slice(start + 1)) {
    if (!TOKEN_FRAGMENT_LINE.test(line)) break
    taken.push(line)
  }

  const value = taken.join('\n').trim().replace(BEARER_PREFIX, '')
  return asToken(value, 'cli_text', CLI_UAA_LINE.test(text) ? [...notes, NOTE_UAA] : notes)
}

/** `{"iam_token": "Bearer …"}` from the CLI, or IAM's own `{"access_token": …}` answer. */
function fromJson(text: string, notes: string[]): Recognition {
  let parsed = parseJson(text)
  if (parsed === undefined) {
    // JSON cannot hold a raw line break inside a string; a wrapped paste can.
    parsed = parseJson(text.replace(/[\r\n]+/g, ''))
    if (parsed === undefined) return failure('unreadable_json')
  }
  if (!isRecord(parsed)) return failure('json_without_token')

  if (typeof parsed.access_token === 'string') {
    const found = asToken(parsed.access_token, 'token_response', notes)
    return found.ok ? { ...found, tokenResponse: tokenResponseFacts(parsed) } : found
  }
  if (typeof parsed.iam_token === 'string') {
    const value = parsed.iam_token.trim().replace(BEARER_PREFIX, '')
    const extra = typeof parsed.uaa_token === 'string' ? [NOTE_UAA] : []
    return asToken(value, 'cli_json', [...notes, ...extra])
  }
  // The key file IBM Cloud offers for download, and `ibmcloud iam api-key-create --output json`.
  if (typeof parsed.apikey === 'string') return failure('apikey')
  return failure('json_without_token')
}

function asToken(value: string, kind: InputKind, notes: string[]): Recognition {
  const compact = value.replace(/\s+/g, '')
  const joinedNotes = compact !== value.trim() ? [...notes, NOTE_JOINED] : notes
  if (JWT_SHAPE.test(compact)) return { ok: true, kind, token: compact, notes: joinedNotes }
  // Two tokens side by side also join into five parts; only a single word can be a JWE.
  if (JWE_SHAPE.test(compact) && embeddedTokens(value).length < 2) return failure('encrypted')
  return failure('no_token')
}

/** A token inside other text, such as a whole `curl -H "Authorization: Bearer …"` command. */
function embeddedToken(text: string, notes: string[]): Recognition {
  const matches = embeddedTokens(text)
  if (matches.length > 1) return failure('several_tokens')
  const [token] = matches
  if (token === undefined) return failure('no_token')

  const before = text.slice(0, text.indexOf(token))
  const kind: InputKind = /bearer\s+$/i.test(before) ? 'bearer_header' : 'jwt'
  return { ok: true, kind, token, notes: [...notes, NOTE_EMBEDDED] }
}

function embeddedTokens(text: string): string[] {
  return [...new Set(text.match(EMBEDDED_JWT) ?? [])].filter((match) => JWT_SHAPE.test(match))
}

/**
 * IBM Cloud API keys are 44 base64url characters, but other IAM-compatible services differ, so
 * any single word that is not a token, has no dots and is not JSON counts (the brief's rule).
 */
function looksLikeApiKey(value: string): boolean {
  const word = value.trim()
  return (
    word !== '' &&
    !/\s/.test(word) &&
    !word.includes('.') &&
    !/^[[{]/.test(word) &&
    !/^bearer$/i.test(word)
  )
}

function tokenResponseFacts(answer: Record<string, unknown>): TokenResponseFacts {
  const refresh = answer.refresh_token
  return {
    ...(typeof answer.token_type === 'string' ? { tokenType: answer.token_type } : {}),
    ...(isWholeNumber(answer.expires_in) ? { expiresIn: answer.expires_in } : {}),
    ...(isWholeNumber(answer.expiration) ? { expiration: answer.expiration } : {}),
    ...(typeof answer.scope === 'string' ? { scope: answer.scope } : {}),
    ...(isWholeNumber(answer.ims_user_id) ? { imsUserId: answer.ims_user_id } : {}),
    refreshToken:
      refresh === 'not_supported'
        ? 'not_supported'
        : typeof refresh === 'string' && refresh !== ''
          ? 'present'
          : 'absent',
  }
}

/** Removes matching quotes around the whole paste, including nested pairs like `"'…'"`. */
function stripQuotes(text: string): string {
  let value = text
  while (value.length >= 2 && QUOTES.has(value[0] ?? '') && value.at(-1) === value[0]) {
    value = value.slice(1, -1).trim()
  }
  return value
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value)
}

function failure(problem: RecognitionProblem): Recognition {
  return { ok: false, problem }
}
