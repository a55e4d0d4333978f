// Access tokens: claims shaped like real IAM API-key tokens (iam-facts §3.2), signed RS256
// with header {"kid","alg"} in that order and no typ (§3.1), plus the token response (§1.5).
import { randomUUID } from 'node:crypto'

import { SignJWT } from 'jose'

import type { DemoIdentity } from './identities'
import type { SigningKey } from './keys'

export const APIKEY_GRANT = 'urn:ibm:params:oauth:grant-type:apikey'
export const REFRESH_GRANT = 'refresh_token'
export const BASE_SCOPE = 'ibm openid'
export const DEFAULT_CLIENT_ID = 'default'

export interface TokenFacts {
  identity: DemoIdentity
  issuer: string
  grantType: string
  clientId: string
  scope: string
  iat: number
  exp: number
}

export type Claims = Record<string, unknown>

function profileClaims(identity: DemoIdentity): Claims {
  if (identity.key.kind === 'serviceId') return { name: identity.name }
  return {
    given_name: identity.givenName,
    family_name: identity.familyName,
    name: identity.name,
    email: identity.email,
  }
}

function accountClaim(identity: DemoIdentity): Claims {
  const { bss, ims, imsUserId, frozen } = identity.account
  return {
    valid: true,
    bss,
    ...(imsUserId === undefined ? {} : { ims_user_id: imsUserId }),
    ...(frozen === undefined ? {} : { frozen }),
    ...(ims === undefined ? {} : { ims }),
  }
}

/** Claim order follows the real tokens in iam-facts §3.2. */
export function buildClaims(facts: TokenFacts): Claims {
  const { identity } = facts
  const subType = identity.key.kind === 'serviceId' ? { sub_type: 'ServiceId' } : {}
  const profile = profileClaims(identity)
  return {
    iam_id: identity.iamId,
    id: identity.iamId,
    realmid: identity.realmId,
    jti: randomUUID(),
    identifier: identity.identifier,
    ...profile,
    sub: identity.subject,
    ...subType,
    authn: { sub: identity.subject, iam_id: identity.iamId, ...subType, ...profile },
    account: accountClaim(identity),
    iat: facts.iat,
    exp: facts.exp,
    iss: facts.issuer,
    grant_type: facts.grantType,
    scope: facts.scope,
    client_id: facts.clientId,
    acr: 1,
    amr: ['pwd'],
  }
}

/** `kid` may differ from the signing key's own kid, to build tokens that must not verify. */
export async function signClaims(claims: Claims, key: SigningKey, kid = key.kid): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ kid, alg: 'RS256' }).sign(key.privateKey)
}

/** `null` values remove a claim; other values replace or add it. */
export function applyClaimOverrides(claims: Claims, overrides: Record<string, unknown>): Claims {
  const result = { ...claims }
  for (const [name, value] of Object.entries(overrides)) {
    if (value === null) delete result[name]
    else result[name] = value
  }
  return result
}

export interface TokenResponseInput {
  accessToken: string
  refreshToken: string
  identity: DemoIdentity
  facts: TokenFacts
}

/** Key order of IBM's documented example; `ims_user_id` is an integer here, a string in the JWT. */
export function tokenResponseBody({
  accessToken,
  refreshToken,
  identity,
  facts,
}: TokenResponseInput) {
  const imsUserId = identity.account.imsUserId
  return {
    access_token: accessToken,
    refresh_token: refreshToken,
    ...(imsUserId === undefined ? {} : { ims_user_id: Number(imsUserId) }),
    token_type: 'Bearer',
    expires_in: facts.exp - facts.iat,
    expiration: facts.exp,
    scope: facts.scope,
  }
}

/** IAM returns "ibm openid" and keeps extra scopes a caller asks for (derived, §3.2). */
export function grantedScope(requested: string | undefined): string {
  const extra = (requested ?? '')
    .split(/\s+/)
    .filter((word) => word !== '' && !BASE_SCOPE.split(' ').includes(word))
  return [BASE_SCOPE, ...new Set(extra)].join(' ')
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000)
}
