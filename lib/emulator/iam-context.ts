// Per-request tracing data of the IAM surface: the `context` block of IAM error bodies and
// the tracing headers, shaped after the real captures in iam-facts §2.1 and §2.3.
import { randomBytes, randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

import { headerValue } from './http'

/** Stands in for the IAM pod that answers: real IAM reports its pod name as instanceId and host. */
export interface IamInstance {
  podName: string
  clusterName: string
  /** Real request ids start with base64 of the pod-name suffix ("NXA1ZDU" = "5p5d5"). */
  requestIdPrefix: string
  nextThreadId(): string
}

export interface IamExchange {
  requestId: string
  xRequestId: string
  threadId: string
  startedAt: Date
  userAgent: string | undefined
}

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789'

export function createIamInstance(): IamInstance {
  const suffix = Array.from(randomBytes(5), (byte) => ALPHANUMERIC[byte % 36]).join('')
  let threadId = 1000
  return {
    // Invented value in IAM's pod-name format; "emulator" says plainly what answered.
    podName: `iamid-emulator-${randomBytes(5).toString('hex')}-${suffix}`,
    // Format `iam-id-prod-<region>-<dc>` as in the captures; the value is invented.
    clusterName: 'iam-id-prod-us-south-dal10',
    requestIdPrefix: Buffer.from(suffix).toString('base64').replace(/=+$/, ''),
    nextThreadId: () => String((threadId += 1)),
  }
}

/** A caller-supplied Transaction-Id is used for tracing (SPEC); IAM makes one otherwise. */
const TRANSACTION_ID_PATTERN = /^[\x21-\x7e]{1,128}$/

export function beginIamExchange(req: IncomingMessage, instance: IamInstance): IamExchange {
  const supplied = headerValue(req, 'transaction-id')
  const generated = `${instance.requestIdPrefix}-${randomUUID().replaceAll('-', '')}`
  return {
    requestId:
      supplied !== undefined && TRANSACTION_ID_PATTERN.test(supplied) ? supplied : generated,
    xRequestId: randomUUID(),
    threadId: instance.nextThreadId(),
    startedAt: new Date(),
    userAgent: headerValue(req, 'user-agent'),
  }
}

/** `dd.MM.yyyy HH:mm:ss:SSS UTC`, the timestamp format of IAM error contexts. */
export function formatIamTime(date: Date): string {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0')
  const day = `${pad(date.getUTCDate())}.${pad(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
  return `${day} ${time}:${pad(date.getUTCMilliseconds(), 3)} UTC`
}

/** Key order as in the 2024 capture; every value is a string, elapsedTime included. */
export function iamErrorContext(exchange: IamExchange, instance: IamInstance) {
  const endedAt = new Date()
  return {
    requestId: exchange.requestId,
    requestType: 'incoming.Identity_Token',
    userAgent: exchange.userAgent,
    url: 'https://iam.cloud.ibm.com',
    instanceId: instance.podName,
    threadId: exchange.threadId,
    host: instance.podName,
    startTime: formatIamTime(exchange.startedAt),
    endTime: formatIamTime(endedAt),
    elapsedTime: String(endedAt.getTime() - exchange.startedAt.getTime()),
    locale: 'en_US',
    clusterName: instance.clusterName,
  }
}

/**
 * The headers of a real IAM 400 (iam-facts §2.3). Success responses get the same set: their
 * headers were never captured, so that part is a guess. Left out on purpose: `Akamai-GRN` and
 * `Connection: close`, which come from IBM's edge rather than from IAM.
 */
export function iamResponseHeaders(exchange: IamExchange): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    'ibm-cloud-service-name': 'iam-identity',
    'transaction-id': exchange.requestId,
    'x-request-id': exchange.xRequestId,
    'x-correlation-id': exchange.requestId,
    'Cache-Control': 'no-cache, no-store, must-revalidate',
    Expires: '0',
    Pragma: 'no-cache',
    'Content-Language': 'en-US',
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
    'x-proxy-upstream-service-time': String(Date.now() - exchange.startedAt.getTime()),
  }
}
