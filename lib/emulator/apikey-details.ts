// GET /v1/apikeys/details: the ApiKey record of the key in the IAM-ApiKey header (iam-facts §4).
// The record never contains the key value itself.
import { checkBearer } from './bearer'
import type { Handler } from './context'
import { headerValue, sendJson } from './http'
import { beginIamExchange, iamResponseHeaders } from './iam-context'
import type { DemoIdentity } from './identities'
import { findIdentityByApikey } from './identities'
import type { IdentityApiError } from './identity-api'
import { identityApiContext, sendIdentityApiError } from './identity-api'

const errorsByProblem = {
  // BXNIM0308E and its text are from the SPEC.
  missing: {
    status: 401,
    code: 'unauthorized',
    messageCode: 'BXNIM0308E',
    message: 'No authorization header found',
  },
  // Invented: the real code and text for a bad or expired bearer token are unconfirmed.
  expired: {
    status: 401,
    code: 'unauthorized',
    messageCode: 'BXNIM0407E',
    message: 'Provided access token is expired.',
  },
  invalid: {
    status: 401,
    code: 'unauthorized',
    messageCode: 'BXNIM0407E',
    message: 'Provided access token is invalid.',
  },
} satisfies Record<string, IdentityApiError>

// Invented: the Identity API's answer for a missing or unknown IAM-ApiKey is unconfirmed.
const MISSING_APIKEY: IdentityApiError = {
  status: 400,
  code: 'bad_request',
  messageCode: 'BXNIM0109E',
  message: 'Property missing or empty.',
  details: "Property 'IAM-ApiKey' either missing or empty.",
}
const UNKNOWN_APIKEY: IdentityApiError = {
  status: 404,
  code: 'not_found',
  messageCode: 'BXNIM0415E',
  message: 'Provided API key could not be found.',
}

function apikeyRecord(identity: DemoIdentity, includeHistory: boolean) {
  const record = identity.apikeyRecord
  const accountId = identity.account.bss
  return {
    id: record.id,
    entity_tag: record.entityTag,
    crn: `crn:v1:bluemix:public:iam-identity::a/${accountId}::apikey:${record.id}`,
    locked: false,
    disabled: false,
    created_at: record.createdAt,
    created_by: record.createdBy,
    modified_at: record.modifiedAt,
    name: record.name,
    support_sessions: false,
    action_when_leaked: 'none',
    description: record.description,
    iam_id: identity.iamId,
    account_id: accountId,
    // Invented history entry; the SPEC names the field but no capture shows its content.
    ...(includeHistory
      ? {
          history: [
            {
              timestamp: record.createdAt,
              iam_id: record.createdBy,
              iam_id_account: accountId,
              action: 'create',
              params: [record.name],
              message: 'Created the API key.',
            },
          ],
        }
      : {}),
  }
}

export const handleApikeyDetails: Handler = async (req, res, ctx, url) => {
  const exchange = beginIamExchange(req, ctx.iam)
  if (req.method !== 'GET') {
    const error = { status: 405, code: 'method_not_allowed', messageCode: 'BXNIM0060E' }
    const message = 'HTTP 405 Method Not Allowed'
    return sendIdentityApiError(res, exchange, ctx.iam, { ...error, message }, { Allow: 'GET' })
  }

  const bearer = await checkBearer(req, ctx.keys, ctx.issuer)
  if (!bearer.ok)
    return sendIdentityApiError(res, exchange, ctx.iam, errorsByProblem[bearer.problem])
  const apikey = headerValue(req, 'iam-apikey')
  if (apikey === undefined || apikey === '') {
    return sendIdentityApiError(res, exchange, ctx.iam, MISSING_APIKEY)
  }
  const identity = findIdentityByApikey(apikey)
  if (identity === undefined) return sendIdentityApiError(res, exchange, ctx.iam, UNKNOWN_APIKEY)

  const includeHistory = url.searchParams.get('include_history') === 'true'
  const body = {
    context: identityApiContext(exchange, ctx.iam),
    ...apikeyRecord(identity, includeHistory),
  }
  sendJson(res, 200, body, iamResponseHeaders(exchange))
}
