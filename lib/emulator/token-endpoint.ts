// POST /identity/token (and the legacy alias /oidc/token): the apikey and refresh_token grants.
import type { EmulatorContext, Handler } from './context'
import type { ClientCredentials } from './form'
import { formParam, readClientCredentials, readForm } from './form'
import type { IamError } from './iam-errors'
import { iamErrors, sendIamError } from './iam-errors'
import { beginIamExchange, iamResponseHeaders } from './iam-context'
import { sendJson } from './http'
import type { DemoIdentity } from './identities'
import { findIdentityByApikey } from './identities'
import type { TokenFacts } from './mint'
import {
  APIKEY_GRANT,
  buildClaims,
  DEFAULT_CLIENT_ID,
  grantedScope,
  nowSeconds,
  REFRESH_GRANT,
  signClaims,
  tokenResponseBody,
} from './mint'

type GrantOutcome = { identity: DemoIdentity; scope: string } | { error: IamError }

/** Echoed values are shortened and never contain the submitted key. */
function echo(value: string, apikey: string | undefined): string {
  const scrubbed = apikey === undefined ? value : value.replaceAll(apikey, '***')
  return scrubbed.length > 100 ? `${scrubbed.slice(0, 100)}…` : scrubbed
}

function apikeyGrant(form: URLSearchParams): GrantOutcome {
  const apikey = formParam(form, 'apikey')
  if (apikey === undefined) return { error: iamErrors.missingProperty('apikey') }

  // The emulator serves only cloud_iam, the default and what IBM's SDKs send (iam-facts §1.3).
  const responseType = formParam(form, 'response_type')
  const parts = responseType?.split(/[\s,]+/).filter((part) => part !== '') ?? []
  if (parts.some((part) => part !== 'cloud_iam')) {
    const shown = echo(`[${parts.join(', ')}]`, apikey)
    return { error: iamErrors.invalidValue('response_type', shown, "'cloud_iam'") }
  }

  const identity = findIdentityByApikey(apikey)
  if (identity === undefined) return { error: iamErrors.apikeyNotFound() }
  return { identity, scope: grantedScope(formParam(form, 'scope')) }
}

function refreshGrant(
  form: URLSearchParams,
  client: ClientCredentials | undefined,
  ctx: EmulatorContext,
): GrantOutcome {
  const refreshToken = formParam(form, 'refresh_token')
  if (refreshToken === undefined) return { error: iamErrors.missingProperty('refresh_token') }
  if (client === undefined) return { error: iamErrors.noAuthorizationHeader() }

  const lookup = ctx.refreshTokens.redeem(refreshToken, client)
  if (lookup.outcome === 'invalid') return { error: iamErrors.refreshTokenInvalid() }
  if (lookup.outcome === 'expired') return { error: iamErrors.refreshTokenExpired() }
  return { identity: lookup.identity, scope: lookup.scope }
}

function unsupportedGrant(grantType: string, form: URLSearchParams): GrantOutcome {
  const valid = `'${APIKEY_GRANT}', '${REFRESH_GRANT}'`
  const details = 'The IAM emulator supports only the apikey and refresh_token grants.'
  const shown = echo(grantType, formParam(form, 'apikey'))
  return { error: iamErrors.invalidValue('grant_type', shown, valid, details) }
}

export const handleToken: Handler = async (req, res, ctx) => {
  const exchange = beginIamExchange(req, ctx.iam)
  const fail = (error: IamError) => sendIamError(res, exchange, ctx.iam, error)
  if (req.method !== 'POST') return fail(iamErrors.methodNotAllowed())

  const form = await readForm(req)
  const client = readClientCredentials(req)
  const grantType = formParam(form, 'grant_type')
  if (grantType === undefined) return fail(iamErrors.missingProperty('grant_type'))
  const outcome =
    grantType === APIKEY_GRANT
      ? apikeyGrant(form)
      : grantType === REFRESH_GRANT
        ? refreshGrant(form, client, ctx)
        : unsupportedGrant(grantType, form)
  if ('error' in outcome) return fail(outcome.error)

  const { identity, scope } = outcome
  const iat = nowSeconds()
  const facts: TokenFacts = {
    identity,
    issuer: ctx.issuer,
    grantType,
    clientId: client?.clientId ?? DEFAULT_CLIENT_ID,
    scope,
    iat,
    exp: iat + ctx.tokenLifetimeSeconds,
  }
  const accessToken = await signClaims(buildClaims(facts), await ctx.keys.current())
  // Without client credentials IAM answers with this literal string (iam-facts §1.4).
  const refreshToken = client ? ctx.refreshTokens.issue(client, identity, scope) : 'not_supported'
  const body = tokenResponseBody({ accessToken, refreshToken, identity, facts })
  sendJson(res, 200, body, iamResponseHeaders(exchange))
}
