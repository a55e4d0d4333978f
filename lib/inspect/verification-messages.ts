import { formatUtc } from '@/lib/time/format'

/**
 * One sentence per verification outcome. Values taken from the token (kid, iss) are shown only
 * when they have the shape IAM uses, and shortened: they come from a paste and could be anything.
 */

export function verifiedMessage(kid: string, issuer: string): string {
  return `Signed by IAM with key ${kid}, issued by ${issuer}, and not expired.`
}

export const BAD_SIGNATURE_MESSAGE =
  'The signature does not match the token: it was changed after it was signed, or IAM did not ' +
  'sign it. Do not trust what it says.'

export function unknownKeyMessage(kid: string, iamHost: string): string {
  return (
    `The token names signing key ${quoted(kid)}, which IAM at ${iamHost} does not publish. It ` +
    'comes from another IAM environment, from something that is not IAM, or from a retired key.'
  )
}

export function wrongIssuerMessage(issuer: unknown, expectedIssuer: string): string {
  const claimed = typeof issuer === 'string' ? quoted(issuer) : 'no issuer'
  return (
    `The token names ${claimed} as its issuer, but this workbench's IAM issues tokens as ` +
    `${expectedIssuer}. It belongs to another IAM environment, or it did not come from IAM.`
  )
}

export function expiredMessage(expSeconds: unknown): string {
  const when =
    typeof expSeconds === 'number' && Number.isFinite(expSeconds)
      ? ` at ${formatUtc(expSeconds * 1000)}`
      : ''
  return (
    `The signature is genuine, but the token expired${when}. Get a new one: ` +
    'ibmcloud iam oauth-tokens, or the "Get a token" form.'
  )
}

export function malformedMessage(detail: string): string {
  return `This token is not signed the way IAM signs its tokens: ${detail}.`
}

/** Short enough for a sentence, and only characters that cannot disguise the rest of it. */
function quoted(value: string): string {
  const safe = value.replace(/[^\w:/.@+-]/g, '?')
  return `"${safe.length > 80 ? `${safe.slice(0, 77)}…` : safe}"`
}
