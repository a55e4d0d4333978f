// One Analytics Engine call as a request description: the instance, application id and token
// are either literal text or the INSTANCE_ID, APP_ID and IAM_TOKEN variables.
import { normalizeBaseUrl } from '../base-url'
import { env, text } from '../types'
import type { Header, HttpRequest, Part } from '../types'
import { APPLICATION_ID_PLACEHOLDER, getAeOperation, needsApplicationId } from './operations'
import type { AeOperationId } from './operations'
import { isUuid } from './parse-target'
import type { AeTarget } from './parse-target'
import { aePublicBaseUrl, findAeRegion } from './regions'

export interface AeCallOptions {
  aeTarget: AeTarget
  /** Replaces `https://api.<region>.ae.cloud.ibm.com` (the server's AE_API_URL). */
  aeApiUrl?: string
  /** The literal token to show; omitted means `IAM_TOKEN` (the default). */
  token?: string
  /** A checked application id; omitted or null means `APP_ID`. */
  appId?: string | null
}

/** A token as IAM issues it: JWT characters only, so every target can quote it safely. */
const TOKEN_CHARACTERS = /^[A-Za-z0-9._~+/=-]+$/

/** The token part of `Authorization: Bearer …`. Throws for text that is not a token. */
export function tokenPart(token: string | undefined): Part {
  if (token === undefined) return env('IAM_TOKEN')
  if (!TOKEN_CHARACTERS.test(token)) {
    throw new Error(
      'snippets/ae: the token must be an IAM access token (letters, digits and - _ . ~ + / =). Pass the access_token as IAM returned it, without "Bearer ".',
    )
  }
  return text(token)
}

export function aeRequest(operationId: AeOperationId, options: AeCallOptions): HttpRequest {
  const operation = getAeOperation(operationId)
  const { aeTarget } = options
  if (operation.api !== aeTarget.api) {
    throw new Error(
      `snippets/ae: operation ${operation.id} belongs to the ${operation.api} API, but the target is ${aeTarget.api}. Pick an operation of the same API.`,
    )
  }
  const isServed = findAeRegion(aeTarget.api, aeTarget.region) !== undefined
  if (!isServed || (aeTarget.instanceId !== null && !isUuid(aeTarget.instanceId))) {
    throw new Error('snippets/ae: aeTarget is not a checked target. Build it with parseAeTarget.')
  }
  if (options.appId != null && !isUuid(options.appId)) {
    throw new Error('snippets/ae: appId must be a GUID. Check it with parseApplicationId first.')
  }
  const base =
    options.aeApiUrl === undefined
      ? aePublicBaseUrl(aeTarget.region)
      : normalizeBaseUrl(options.aeApiUrl, 'AE_API_URL')

  const instance = aeTarget.instanceId === null ? env('INSTANCE_ID') : text(aeTarget.instanceId)
  const appId = options.appId == null ? env('APP_ID') : text(options.appId)
  const [beforeApp = '', afterApp] = operation.path.split(APPLICATION_ID_PLACEHOLDER)
  const url: Part[] = [
    text(`${base}/${operation.api}/analytics_engines/`),
    instance,
    text(beforeApp),
  ]
  if (needsApplicationId(operation)) url.push(appId, text(afterApp ?? ''))

  const headers: Header[] = [
    { name: 'Authorization', value: [text('Bearer '), tokenPart(options.token)] },
  ]
  if (operation.body !== undefined) {
    headers.push({ name: 'Content-Type', value: [text('application/json')] })
  }
  return {
    method: operation.method,
    url,
    headers,
    ...(operation.body === undefined ? {} : { body: { kind: 'json', json: operation.body } }),
    // Submitting can take about a minute (ae-api §1.4).
    timeoutSeconds: operation.id === 'v3-submit-application' ? 120 : 60,
  }
}
