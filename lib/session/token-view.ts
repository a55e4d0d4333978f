import type { IamResponseFields } from '@/lib/iam/iam-response'
import type { ClaimsSummary } from '@/lib/tokens/claims'

/** Where the token in a session came from. */
export type TokenSource = 'apikey' | 'adopted'

/**
 * The token as the API returns it and the page shows it. Safe to import from client code.
 * Times ending in Ms are epoch milliseconds in the server's clock; `serverNowMs` lets the browser
 * measure its own clock's offset from the server's.
 */
export interface TokenView {
  accessToken: string
  tokenType: string
  scope: string | null
  /** Lifetime in seconds, as IAM said (`expires_in`). */
  expiresIn: number
  /** IAM's `expiration`: Unix seconds in IAM's clock. */
  expiration: number
  obtainedAtMs: number
  /** obtainedAtMs + expiresIn × 1000: when the token dies, in the server's clock. */
  deadlineMs: number
  serverNowMs: number
  source: TokenSource
  claims: ClaimsSummary
  /**
   * IAM's answer besides the token, only on the response to the exchange itself (POST /api/token
   * and renew): it is not kept in the session, so GET /api/session never carries it.
   */
  iamResponse?: IamResponseFields
}

/** GET /api/session. */
export interface SessionState {
  token: TokenView | null
  /** True when the API key is kept (sealed in the cookie) for renewal. */
  keyRemembered: boolean
  serverNowMs: number
}
