import { decodeJwt } from 'jose'

export type IdentityKind = 'user' | 'serviceId' | 'profile' | 'crn' | 'unknown'

/** Who a token speaks for, in the words the page shows. Every field is optional: tokens vary. */
export interface ClaimsSummary {
  identityKind: IdentityKind
  name?: string
  email?: string
  iamId?: string
  subject?: string
  accountId?: string
  grantType?: string
  clientId?: string
  scope?: string
  issuer?: string
  issuedAtSeconds?: number
  expiresAtSeconds?: number
}

export const IDENTITY_LABELS: Record<IdentityKind, string> = {
  user: 'User',
  serviceId: 'Service ID',
  profile: 'Trusted profile',
  crn: 'Compute resource (CRN)',
  unknown: 'Unknown identity',
}

/**
 * Reads the IBM claims (iam-facts §3.2) from a token without verifying it. Used for display of a
 * token this server just received from IAM; verification of pasted tokens is a separate step.
 */
export function summarizeClaims(accessToken: string): ClaimsSummary {
  let claims: Record<string, unknown>
  try {
    claims = decodeJwt(accessToken)
  } catch {
    return { identityKind: 'unknown' }
  }

  const account = isRecord(claims.account) ? claims.account : {}
  const summary: ClaimsSummary = {
    identityKind: identityKindOf(claims),
    name: text(claims.name),
    email: text(claims.email),
    iamId: text(claims.iam_id),
    subject: text(claims.sub),
    accountId: text(account.bss),
    grantType: text(claims.grant_type),
    clientId: text(claims.client_id),
    scope: text(claims.scope),
    issuer: text(claims.iss),
    issuedAtSeconds: seconds(claims.iat),
    expiresAtSeconds: seconds(claims.exp),
  }
  return withoutUndefined(summary)
}

/** `sub_type` names service IDs, profiles and CRNs; users have none and live in the IBMid realm. */
export function identityKindOf(claims: Record<string, unknown>): IdentityKind {
  switch (claims.sub_type) {
    case 'ServiceId':
      return 'serviceId'
    case 'Profile':
      return 'profile'
    case 'CRN':
      return 'crn'
  }

  const iamId = text(claims.iam_id) ?? ''
  if (iamId.startsWith('iam-ServiceId-')) return 'serviceId'
  if (iamId.startsWith('iam-Profile-')) return 'profile'
  if (iamId.startsWith('crn-')) return 'crn'
  if (claims.realmid === 'IBMid' || iamId.startsWith('IBMid-')) return 'user'
  return 'unknown'
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

function seconds(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}
