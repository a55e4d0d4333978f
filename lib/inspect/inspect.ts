import { AppError } from '@/lib/http/app-error'

import { decodeToken } from './decode'
import { explainClaims, summarizeIdentity } from './explain'
import { KIND_LABELS, RECOGNITION_MESSAGES, UNREADABLE_TOKEN_MESSAGE } from './messages'
import { recognizeInput } from './recognize'
import type { InspectResult } from './types'
import type { TokenVerifier } from './verify'

export interface InspectedToken {
  /** The token found in the input: only for adoption, never sent back to the browser. */
  token: string
  /** `iat` and `exp` when they are whole seconds, as IAM writes them. */
  issuedAtSeconds: number | undefined
  expiresAtSeconds: number | undefined
  result: InspectResult
}

/**
 * Everything "Inspect a token" says about a paste: which form it was, the header and claims
 * (IBM's explained, the rest raw), whether IAM signed it, and when it dies. Input that holds no
 * token is a 400 whose sentence never repeats the input.
 */
export async function inspectInput(
  input: string,
  verifier: TokenVerifier,
  nowMs = Date.now(),
): Promise<InspectedToken> {
  const recognized = recognizeInput(input)
  if (!recognized.ok) {
    const code = recognized.problem === 'apikey' ? 'apikey_pasted' : 'not_a_token'
    throw new AppError(code, 400, RECOGNITION_MESSAGES[recognized.problem])
  }

  const decoded = decodeToken(recognized.token)
  if (decoded === undefined) throw new AppError('not_a_token', 400, UNREADABLE_TOKEN_MESSAGE)

  const verification = await verifier.verify(recognized.token, decoded.header)
  const { iat, exp } = decoded.ibmClaims
  const result: InspectResult = {
    kind: recognized.kind,
    kindLabel: KIND_LABELS[recognized.kind],
    notes: recognized.notes,
    tokenLength: recognized.token.length,
    header: decoded.header,
    claims: decoded.claims,
    identity: summarizeIdentity(decoded.ibmClaims),
    explained: explainClaims(decoded.ibmClaims),
    otherClaims: decoded.otherClaims,
    invalidClaims: decoded.invalidClaims,
    verification,
    issuedAt: iat === undefined ? null : isoTime(iat),
    expiresAt: exp === undefined ? null : isoTime(exp),
    lifetimeSeconds: iat === undefined || exp === undefined ? null : exp - iat,
    expired: exp !== undefined && exp * 1000 <= nowMs,
    ...(recognized.tokenResponse ? { tokenResponse: recognized.tokenResponse } : {}),
    serverNowMs: nowMs,
  }
  return { token: recognized.token, issuedAtSeconds: iat, expiresAtSeconds: exp, result }
}

/** Validates `{"input": "…"}`, the body of inspect and adopt. */
export function parseInspectRequest(body: unknown): string {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalid('Send a JSON object like {"input": "<token or ibmcloud output>"}.')
  }
  const { input } = body as Record<string, unknown>
  if (input === undefined || input === null) {
    throw invalid('Paste a token first: the "input" field is missing.')
  }
  if (typeof input !== 'string') throw invalid('"input" must be text (a JSON string).')
  return input
}

/** Seconds far outside Date's range would throw; they are shown as the raw number instead. */
function isoTime(seconds: number): string | null {
  const date = new Date(seconds * 1000)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

function invalid(message: string): AppError {
  return new AppError('invalid_request', 400, message)
}
