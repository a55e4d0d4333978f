import { decodeJwt, decodeProtectedHeader } from 'jose'

import { ibmClaimSchemas, ibmClaimsSchema, isIbmClaimName, type IbmClaims } from './claims-schema'
import type { InvalidClaim } from './types'

export interface DecodedToken {
  header: Record<string, unknown>
  /** Every claim, exactly as the token carries it. */
  claims: Record<string, unknown>
  /** IBM's claims that have IBM's shape; the others are in `invalidClaims`. */
  ibmClaims: IbmClaims
  invalidClaims: InvalidClaim[]
  /** Names of claims IAM does not define (or this workbench does not know). */
  otherClaims: string[]
}

/**
 * Reads a token's header and claims with jose, without verifying anything. Returns undefined
 * when either part is not base64url JSON: the paste is cut off or not a JWT at all.
 */
export function decodeToken(token: string): DecodedToken | undefined {
  let header: Record<string, unknown>
  let claims: Record<string, unknown>
  try {
    header = { ...decodeProtectedHeader(token) }
    claims = { ...decodeJwt(token) }
  } catch {
    return undefined
  }

  const valid: Record<string, unknown> = {}
  const invalidClaims: InvalidClaim[] = []
  const otherClaims: string[] = []
  for (const [name, value] of Object.entries(claims)) {
    if (!isIbmClaimName(name)) {
      otherClaims.push(name)
      continue
    }
    const checked = ibmClaimSchemas[name].safeParse(value)
    if (checked.success) valid[name] = checked.data
    else invalidClaims.push({ claim: name, problem: describeIssue(checked.error.issues[0]) })
  }

  return { header, claims, ibmClaims: ibmClaimsSchema.parse(valid), invalidClaims, otherClaims }
}

function describeIssue(issue: { message: string; path: PropertyKey[] } | undefined): string {
  if (issue === undefined) return 'not in the shape IAM uses'
  const where = issue.path.length > 0 ? ` (at ${issue.path.map(String).join('.')})` : ''
  return `${issue.message}${where}`
}
