// The IAM Identity API error schema ({trace, errors[], status_code, context}, iam-facts §2.1),
// used by /v1/apikeys/details. It differs from the token endpoint's OidcExceptionResponse.
import { randomUUID } from 'node:crypto'
import type { ServerResponse } from 'node:http'

import type { IamExchange, IamInstance } from './iam-context'
import { formatIamTime, iamResponseHeaders } from './iam-context'
import { sendJson } from './http'

/**
 * Field names from the SPEC's ApiKey.context. The operation name and the time format are
 * invented; /v1/apikeys/details is the only Identity API operation the emulator serves.
 */
export function identityApiContext(exchange: IamExchange, instance: IamInstance) {
  const endedAt = new Date()
  return {
    transaction_id: exchange.requestId,
    operation: 'get_api_keys_details',
    user_agent: exchange.userAgent,
    url: 'https://iam.cloud.ibm.com',
    instance_id: instance.podName,
    thread_id: exchange.threadId,
    host: instance.podName,
    start_time: formatIamTime(exchange.startedAt),
    end_time: formatIamTime(endedAt),
    elapsed_time: String(endedAt.getTime() - exchange.startedAt.getTime()),
    cluster_name: instance.clusterName,
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
