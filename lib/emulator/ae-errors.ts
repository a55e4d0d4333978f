// Analytics Engine error bodies. Invented, in the common IBM Cloud API style
// ({errors:[{code,message}], trace, status_code}); no capture of real AE errors was available.
import { randomUUID } from 'node:crypto'
import { STATUS_CODES } from 'node:http'
import type { ServerResponse } from 'node:http'

import { sendJson } from './http'

const CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  404: 'not_found',
  405: 'method_not_allowed',
}

function codeFor(status: number): string {
  const known = CODES[status]
  if (known !== undefined) return known
  return (STATUS_CODES[status] ?? `http_${status}`).toLowerCase().replace(/[^a-z0-9]+/g, '_')
}

export function sendAeError(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  const body = {
    errors: [{ code: codeFor(status), message }],
    trace: randomUUID(),
    status_code: status,
  }
  sendJson(res, status, body, headers)
}
