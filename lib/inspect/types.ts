import type { IdentityKind } from '@/lib/tokens/claims'

/**
 * The shapes of "Inspect a token", as the API returns them and the page shows them. Safe to
 * import from client code: types only.
 */

/** Which paste form was recognised. */
export type InputKind = 'jwt' | 'bearer_header' | 'cli_text' | 'cli_json' | 'token_response'

/** Why a token is not verified. `unreachable` means "could not check", not "forged". */
export type VerificationReason =
  'bad_signature' | 'unknown_key' | 'wrong_issuer' | 'expired' | 'malformed' | 'unreachable'

export interface Verification {
  verified: boolean
  reason?: VerificationReason
  /** One sentence for people: what was checked, or what failed and what it means. */
  message: string
  /** The issuer IAM's discovery document names, when it could be read. */
  expectedIssuer?: string
}

/** An IBM claim in plain words. `value` is display text; the raw value is in `claims`. */
export interface ExplainedClaim {
  claim: string
  label: string
  value: string
  meaning: string
}

/** A claim IAM defines that does not have the shape IAM gives it. */
export interface InvalidClaim {
  claim: string
  problem: string
}

export interface IdentitySummary {
  kind: IdentityKind
  /** "User", "Service ID", "Trusted profile"… */
  label: string
  /** What this kind of identity is, in one sentence. */
  description: string
  name?: string
  email?: string
  iamId?: string
  accountId?: string
}

/** What a pasted IAM token response (`POST /identity/token` JSON) said besides the token. */
export interface TokenResponseFacts {
  tokenType?: string
  expiresIn?: number
  expiration?: number
  scope?: string
  /** `not_supported` is what IAM sends to the default client (no client credentials). */
  refreshToken: 'not_supported' | 'present' | 'absent'
  imsUserId?: number
}

/** POST /api/inspect. */
export interface InspectResult {
  kind: InputKind
  /** What was recognised, in words: "Output of ibmcloud iam oauth-tokens". */
  kindLabel: string
  /** What was cleaned up or ignored to find the token. */
  notes: string[]
  /** Length of the token that was found, in characters. */
  tokenLength: number
  header: Record<string, unknown>
  /** Every claim as the token carries it, known or not. */
  claims: Record<string, unknown>
  identity: IdentitySummary
  explained: ExplainedClaim[]
  /** Claims this workbench does not know; shown raw. */
  otherClaims: string[]
  invalidClaims: InvalidClaim[]
  verification: Verification
  /** ISO 8601, from `iat` / `exp`; null when the token lacks them. */
  issuedAt: string | null
  expiresAt: string | null
  /** `exp - iat` in seconds. */
  lifetimeSeconds: number | null
  /** Expired by the server's clock when it answered. */
  expired: boolean
  tokenResponse?: TokenResponseFacts
  serverNowMs: number
}

/** POST /api/key-owner: who an API key belongs to. Never contains the key. */
export interface KeyOwner {
  name: string
  description?: string
  iamId: string
  accountId: string
  /** ISO 8601 when IAM's date could be read, else IAM's text. */
  createdAt: string
  createdBy?: string
  locked?: boolean
  disabled?: boolean
}
