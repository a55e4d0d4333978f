import 'server-only'

import { createRemoteJWKSet, customFetch, jwtVerify } from 'jose'

import { USER_AGENT } from '@/lib/http/user-agent'

import {
  fetchDiscovery,
  guardedFetch,
  isIamKeysUnavailable,
  unavailable,
  type IamDiscovery,
} from './iam-documents'
import type { Verification, VerificationReason } from './types'
import {
  BAD_SIGNATURE_MESSAGE,
  expiredMessage,
  malformedMessage,
  unknownKeyMessage,
  verifiedMessage,
  wrongIssuerMessage,
} from './verification-messages'

export interface VerifierOptions {
  /** IAM base URL, e.g. https://iam.cloud.ibm.com */
  iamUrl: string
  /** Budget for each request to IAM (discovery or keys). */
  timeoutMs: number
  /** After a JWKS fetch, how long an unknown kid waits before it may cause another (jose). */
  keysCooldownMs: number
  /** How long the discovery document is trusted before it is read again. @default 1 hour */
  discoveryMaxAgeMs?: number
}

export interface TokenVerifier {
  /** Never throws for a bad token or an unreachable IAM: those are outcomes, not errors. */
  verify(token: string, header: Record<string, unknown>): Promise<Verification>
}

const DEFAULT_DISCOVERY_MAX_AGE_MS = 60 * 60 * 1000

/**
 * Checks a token the way an IBM service would: RS256 signature by a key IAM publishes (chosen
 * by kid), the issuer IAM's discovery document names, and the expiry. Discovery and keys are
 * fetched once and cached; jose refetches the keys when an unknown kid appears (key rotation),
 * at most once per cooldown, so a flood of made-up kids cannot make this server hammer IAM.
 */
export function createTokenVerifier(options: VerifierOptions): TokenVerifier {
  const { iamUrl, timeoutMs, keysCooldownMs } = options
  const discoveryMaxAgeMs = options.discoveryMaxAgeMs ?? DEFAULT_DISCOVERY_MAX_AGE_MS
  const iamHost = new URL(iamUrl).host

  let discovery: { value: IamDiscovery; fetchedAtMs: number } | undefined
  let pendingDiscovery: Promise<IamDiscovery> | undefined
  let keySet: { uri: string; resolve: ReturnType<typeof createRemoteJWKSet> } | undefined

  function currentDiscovery(): Promise<IamDiscovery> {
    if (discovery && Date.now() - discovery.fetchedAtMs < discoveryMaxAgeMs) {
      return Promise.resolve(discovery.value)
    }
    // Concurrent requests share one fetch; a failure is not cached, the next request tries again.
    pendingDiscovery ??= fetchDiscovery(iamUrl, timeoutMs)
      .then((value) => {
        discovery = { value, fetchedAtMs: Date.now() }
        return value
      })
      .finally(() => {
        pendingDiscovery = undefined
      })
    return pendingDiscovery
  }

  function keysAt(uri: string) {
    if (keySet?.uri !== uri) {
      const resolve = createRemoteJWKSet(new URL(uri), {
        cooldownDuration: keysCooldownMs,
        timeoutDuration: timeoutMs,
        headers: { 'User-Agent': USER_AGENT },
        [customFetch]: guardedFetch(iamHost),
      })
      keySet = { uri, resolve }
    }
    return keySet.resolve
  }

  return {
    async verify(token, header) {
      const headerProblem = problemWithHeader(header)
      if (headerProblem) return notVerified('malformed', malformedMessage(headerProblem))
      const kid = String(header.kid)

      let iam: IamDiscovery
      try {
        iam = await currentDiscovery()
      } catch (error) {
        if (isIamKeysUnavailable(error)) return notVerified('unreachable', error.message)
        throw error
      }

      try {
        await jwtVerify(token, keysAt(iam.jwksUri), {
          issuer: iam.issuer,
          algorithms: ['RS256'],
          requiredClaims: ['iat', 'exp'],
        })
        return {
          verified: true,
          message: verifiedMessage(kid, iam.issuer),
          expectedIssuer: iam.issuer,
        }
      } catch (error) {
        const outcome = explainFailure(error, { kid, iamHost, expectedIssuer: iam.issuer })
        return { ...outcome, expectedIssuer: iam.issuer }
      }
    },
  }
}

/** IAM signs with RS256 and names the key (iam-facts §3.1); anything else cannot be IAM's. */
function problemWithHeader(header: Record<string, unknown>): string | undefined {
  const { alg, kid } = header
  if (alg === 'none' || alg === undefined) return 'it is not signed at all (no algorithm)'
  if (alg !== 'RS256')
    return `it uses ${typeof alg === 'string' ? alg.slice(0, 20) : 'an unknown algorithm'} instead of RS256`
  if (typeof kid !== 'string' || kid === '') return 'it does not name its signing key (no kid)'
  return undefined
}

interface FailureContext {
  kid: string
  iamHost: string
  expectedIssuer: string
}

/** jose's errors, compared by code: this module may be loaded once per route bundle. */
function explainFailure(error: unknown, { kid, iamHost, expectedIssuer }: FailureContext) {
  if (isIamKeysUnavailable(error)) return notVerified('unreachable', error.message)

  const { code, claim, payload } = (error ?? {}) as {
    code?: string
    claim?: string
    payload?: Record<string, unknown>
  }
  switch (code) {
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return notVerified('unknown_key', unknownKeyMessage(kid, iamHost))
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return notVerified('bad_signature', BAD_SIGNATURE_MESSAGE)
    case 'ERR_JWT_EXPIRED':
      return notVerified('expired', expiredMessage(payload?.exp))
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      if (claim === 'iss') {
        return notVerified('wrong_issuer', wrongIssuerMessage(payload?.iss, expectedIssuer))
      }
      return notVerified('malformed', malformedMessage(`its "${claim}" claim is missing or wrong`))
    case 'ERR_JWS_INVALID':
    case 'ERR_JWT_INVALID':
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
    case 'ERR_JOSE_NOT_SUPPORTED':
      return notVerified('malformed', malformedMessage('its parts cannot be read as a signed JWT'))
    case 'ERR_JWKS_TIMEOUT':
      return notVerified('unreachable', unavailable('timeout', iamHost).message)
    case 'ERR_JOSE_GENERIC':
    case 'ERR_JWKS_INVALID':
    case 'ERR_JWK_INVALID':
    case 'ERR_JWKS_MULTIPLE_MATCHING_KEYS':
      return notVerified('unreachable', unavailable('bad_answer', iamHost, 'a key set').message)
  }
  throw error
}

function notVerified(reason: VerificationReason, message: string): Verification {
  return { verified: false, reason, message }
}
