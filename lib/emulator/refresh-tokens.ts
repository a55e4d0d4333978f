// Opaque refresh tokens, issued only to callers with client credentials (iam-facts §1.4).
import { randomBytes, timingSafeEqual } from 'node:crypto'

import type { ClientCredentials } from './form'
import type { DemoIdentity } from './identities'

/** The longest account setting IAM allows (72 h, DOC-TOKENEXP); the real default is unknown. */
export const REFRESH_TOKEN_LIFETIME_SECONDS = 72 * 3600

/** Keeps a long benchmark from growing memory without bound; the oldest tokens go first. */
const MAX_STORED_TOKENS = 10_000

interface RefreshGrant {
  client: ClientCredentials
  identity: DemoIdentity
  scope: string
  expiresAtMs: number
}

export type RefreshLookup =
  | { outcome: 'valid'; identity: DemoIdentity; scope: string }
  | { outcome: 'invalid' }
  | { outcome: 'expired' }

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

export class RefreshTokenStore {
  private readonly grants = new Map<string, RefreshGrant>()

  /**
   * Real examples look like standard base64 ("SPrXw5tBE3…KBQ+luWQVY="); the length is invented.
   * Older refresh tokens stay valid after a refresh; whether IAM revokes them is unknown.
   */
  issue(client: ClientCredentials, identity: DemoIdentity, scope: string): string {
    const token = randomBytes(64).toString('base64')
    const expiresAtMs = Date.now() + REFRESH_TOKEN_LIFETIME_SECONDS * 1000
    this.grants.set(token, { client, identity, scope, expiresAtMs })
    if (this.grants.size > MAX_STORED_TOKENS) {
      const oldest = this.grants.keys().next().value
      if (oldest !== undefined) this.grants.delete(oldest)
    }
    return token
  }

  /** Only the client (ID and secret) that received a token may use it. */
  redeem(token: string, client: ClientCredentials): RefreshLookup {
    const grant = this.grants.get(token)
    const sameClient =
      grant !== undefined &&
      grant.client.clientId === client.clientId &&
      sameSecret(grant.client.clientSecret, client.clientSecret)
    if (!sameClient) return { outcome: 'invalid' }
    if (Date.now() >= grant.expiresAtMs) return { outcome: 'expired' }
    return { outcome: 'valid', identity: grant.identity, scope: grant.scope }
  }
}
