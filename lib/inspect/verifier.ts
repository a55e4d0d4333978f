import 'server-only'

import { getConfig } from '@/lib/config'

import { createTokenVerifier, type TokenVerifier } from './verify'

interface SharedVerifier {
  settings: string
  verifier: TokenVerifier
}

// Kept on globalThis: Next bundles each route's modules separately, and inspect and adopt must
// share one discovery cache and one JWKS, or every route would fetch IAM's keys on its own.
const registry = globalThis as typeof globalThis & { __iamwbTokenVerifier?: SharedVerifier }

/** The process-wide verifier for the configured IAM. */
export function tokenVerifier(): TokenVerifier {
  const config = getConfig()
  const settings = [config.iamUrl, config.iamTimeoutMs, config.iamKeysCooldownSeconds].join('|')
  if (registry.__iamwbTokenVerifier?.settings !== settings) {
    registry.__iamwbTokenVerifier = {
      settings,
      verifier: createTokenVerifier({
        iamUrl: config.iamUrl,
        timeoutMs: config.iamTimeoutMs,
        keysCooldownMs: config.iamKeysCooldownSeconds * 1000,
      }),
    }
  }
  return registry.__iamwbTokenVerifier.verifier
}
