// How an injected status fault looks on each surface. Invented bodies: IAM publishes no 429 or
// 5xx body (iam-facts §2.4), so the token endpoint gets its usual error shape with a code that
// is plainly not a BXNIM code.
import { STATUS_CODES } from 'node:http'
import type { IncomingMessage } from 'node:http'

import { sendAeError } from './ae-errors'
import type { EmulatorContext } from './context'
import type { FaultErrorWriter } from './faults'
import { beginIamExchange } from './iam-context'
import { sendIamError } from './iam-errors'
import { sendIdentityApiError } from './identity-api'
import type { FaultTarget } from './types'

const FAULT_ERROR_CODE = 'EMULATOR_FAULT'

export function faultErrorWriter(
  target: FaultTarget,
  req: IncomingMessage,
  ctx: EmulatorContext,
): FaultErrorWriter {
  return (res, status, headers) => {
    const message = `Injected fault: HTTP ${status} ${STATUS_CODES[status] ?? ''}`.trim() + '.'
    if (target === 'ae') return sendAeError(res, status, message, headers)

    const exchange = beginIamExchange(req, ctx.iam)
    if (target === 'apikey-details') {
      const error = { status, code: 'emulator_fault', messageCode: FAULT_ERROR_CODE, message }
      return sendIdentityApiError(res, exchange, ctx.iam, error, headers)
    }
    const error = { status, errorCode: FAULT_ERROR_CODE, errorMessage: message, headers }
    sendIamError(res, exchange, ctx.iam, error)
  }
}
