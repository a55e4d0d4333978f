// Tokens with chosen claims, issuer, times or kid, for tests (RunningEmulator.mintToken and
// POST /__emulator/mint). They are signed exactly like tokens from /identity/token.
import type { EmulatorContext } from './context'
import { identityOfKind } from './identities'
import {
  APIKEY_GRANT,
  applyClaimOverrides,
  BASE_SCOPE,
  buildClaims,
  DEFAULT_CLIENT_ID,
  nowSeconds,
  signClaims,
} from './mint'
import type { MintOverrides } from './types'

type MintDefaults = Pick<EmulatorContext, 'keys' | 'issuer' | 'tokenLifetimeSeconds'>

export async function mintTestToken(
  defaults: MintDefaults,
  overrides: MintOverrides = {},
): Promise<string> {
  const iat = overrides.iat ?? nowSeconds()
  const facts = {
    identity: identityOfKind(overrides.identity ?? 'user'),
    issuer: overrides.iss ?? defaults.issuer,
    grantType: APIKEY_GRANT,
    clientId: DEFAULT_CLIENT_ID,
    scope: BASE_SCOPE,
    iat,
    exp: overrides.exp ?? iat + defaults.tokenLifetimeSeconds,
  }
  const claims = applyClaimOverrides(buildClaims(facts), overrides.claims ?? {})
  // An unknown kid still gets a valid RS256 signature, just not one any published key checks.
  const key = (await defaults.keys.find(overrides.kid)) ?? (await defaults.keys.current())
  return signClaims(claims, key, overrides.kid ?? key.kid)
}
