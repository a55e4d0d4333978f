// GET /identity/keys (JWKS), the OIDC discovery document, and IAM-style 404s for the rest of
// /identity and /oidc.
import type { EmulatorContext, Handler } from './context'
import { beginIamExchange, iamResponseHeaders } from './iam-context'
import { iamErrors, sendIamError } from './iam-errors'
import { sendJson } from './http'
import { APIKEY_GRANT, REFRESH_GRANT } from './mint'

function discoveryDocument(ctx: EmulatorContext) {
  const base = ctx.issuer
  return {
    issuer: ctx.issuer,
    // authorize, passcode and userinfo are named (the CLI reads them) but not served here.
    authorization_endpoint: `${base}/authorize`,
    token_endpoint: `${base}/token`,
    passcode_endpoint: `${base}/passcode`,
    userinfo_endpoint: `${base}/userinfo`,
    jwks_uri: `${base}/keys`,
    // Invented: IAM's real *_supported values are unconfirmed (iam-facts §3.5). These list
    // what this emulator honours.
    response_types_supported: ['cloud_iam'],
    grant_types_supported: [APIKEY_GRANT, REFRESH_GRANT],
    subject_types_supported: ['public'],
    token_endpoint_auth_methods_supported: ['none', 'client_secret_basic'],
    id_token_signing_alg_values_supported: ['RS256'],
    scopes_supported: ['openid', 'ibm'],
    claims_supported: [
      'iam_id',
      'id',
      'realmid',
      'identifier',
      'sub',
      'sub_type',
      'name',
      'given_name',
      'family_name',
      'email',
      'account',
      'iss',
      'iat',
      'exp',
    ],
  }
}

function documentHandler(build: (ctx: EmulatorContext) => unknown): Handler {
  return async (req, res, ctx) => {
    const exchange = beginIamExchange(req, ctx.iam)
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      const error = iamErrors.methodNotAllowed()
      return sendIamError(res, exchange, ctx.iam, { ...error, headers: { Allow: 'GET' } })
    }
    sendJson(res, 200, await build(ctx), iamResponseHeaders(exchange))
  }
}

export const handleKeys = documentHandler((ctx) => ctx.keys.jwks())

export const handleDiscovery = documentHandler(discoveryDocument)

export const handleIamNotFound: Handler = async (req, res, ctx) => {
  sendIamError(res, beginIamExchange(req, ctx.iam), ctx.iam, iamErrors.notFound())
}
