// The IAM Identity API error schema ({trace, errors[], status_code, context}, iam-facts §2.1),
// used by /v1/apikeys/details. It differs from the token endpoint's OidcExceptionResponse.
import { randomUUID } from 'node:crypto'
import type { ServerResponse } from 'node:http'

import type { IamExchange, IamInstance } from './iam-context'
import { iamErrorContext, iamResponseHeaders } from './iam-context'
import { sendJson } from './http'

/**
 * The same facts as the token endpoint's context, under the SPEC's ApiKey.context field names.
 * The operation name is invented; /v1/apikeys/details is the only Identity API operation here.
 */
export function identityApiContext(exchange: IamExchange, instance: IamInstance) {
  const context = iamErrorContext(exchange, instance)
  return {
    transaction_id: context.requestId,
    operation: 'get_api_keys_details',
    user_agent: context.userAgent,
    url: context.url,
    instance_id: context.instanceId,
    thread_id: context.threadId,
    host: context.host,
    start_time: context.startTime,
    end_time: context.endTime,
    elapsed_time: context.elapsedTime,
    cluster_name: context.clusterName,
  }
}

export interface IdentityApiError {
  status: number
  /** Invented short codes ('unauthorized', 'not_found', …); real values are unconfirmed. */
  code: string
  messageCode: string
  message: string
  details?: string
}

export function sendIdentityApiError(
  res: ServerResponse,
  exchange: IamExchange,
  instance: IamInstance,
  error: IdentityApiError,
  headers: Record<string, string> = {},
): void {
  const body = {
    trace: randomUUID(),
    errors: [
      {
        code: error.code,
        message_code: error.messageCode,
        message: error.message,
        ...(error.details === undefined ? {} : { details: error.details }),
      },
    ],
    status_code: error.status,
    context: identityApiContext(exchange, instance),
  }
  sendJson(res, error.status, body, { ...iamResponseHeaders(exchange), ...headers })
}
