// Reading the token endpoint's form body and optional Basic client credentials.
import type { IncomingMessage } from 'node:http'

import { headerValue, readBody } from './http'

/**
 * Only `application/x-www-form-urlencoded` bodies count, as documented. Any other body (JSON,
 * grant parameters in the query string) reads as empty, so IAM-style "missing property"
 * errors follow; what real IAM does with those is unconfirmed.
 */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const body = await readBody(req)
  const contentType = headerValue(req, 'content-type') ?? ''
  const isForm =
    contentType.split(';')[0]?.trim().toLowerCase() === 'application/x-www-form-urlencoded'
  return new URLSearchParams(isForm ? body.toString('utf8') : '')
}

/** The first value of a form parameter; empty values count as missing, as IAM's 0109E says. */
export function formParam(form: URLSearchParams, name: string): string | undefined {
  const value = form.get(name)
  return value === null || value === '' ? undefined : value
}

export interface ClientCredentials {
  clientId: string
  clientSecret: string
}

/**
 * Basic client credentials, when both parts are present. A malformed header counts as no
 * client at all (the caller then is IAM's "default" client); real IAM's answer is unknown.
 */
export function readClientCredentials(req: IncomingMessage): ClientCredentials | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(headerValue(req, 'authorization') ?? '')
  if (match?.[1] === undefined) return undefined
  const decoded = Buffer.from(match[1], 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon <= 0 || colon === decoded.length - 1) return undefined
  return { clientId: decoded.slice(0, colon), clientSecret: decoded.slice(colon + 1) }
}
