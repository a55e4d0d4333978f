// Which surface a path belongs to, which handler serves it, and which fault target covers it.
import { handleAdmin } from './admin'
import { sendAeError } from './ae-errors'
import { handleAnalyticsEngine } from './ae-router'
import { handleApikeyDetails } from './apikey-details'
import type { Handler } from './context'
import { handleDiscovery, handleIamNotFound, handleKeys } from './iam-documents'
import type { Surface } from './stats'
import { handleToken } from './token-endpoint'
import type { FaultTarget } from './types'

export function surfaceOf(pathname: string): Surface {
  // /oidc/token is the legacy path that much public code still uses (iam-facts §1.1).
  if (pathname === '/identity/token' || pathname === '/oidc/token') return 'token'
  if (pathname === '/identity/keys') return 'keys'
  if (pathname === '/identity/.well-known/openid-configuration') return 'discovery'
  if (pathname === '/v1/apikeys/details') return 'apikey-details'
  if (/^\/v[23]\/analytics_engines(\/|$)/.test(pathname)) return 'ae'
  if (/^\/__emulator(\/|$)/.test(pathname)) return 'admin'
  if (/^\/(identity|oidc)(\/|$)/.test(pathname)) return 'iam-unknown'
  return 'unknown'
}

const handleUnknown: Handler = async (_req, res, _ctx, url) => {
  const served = '/identity/token, /identity/keys, /v1/apikeys/details, /v3/analytics_engines/{id}'
  sendAeError(res, 404, `The IAM emulator has nothing at ${url.pathname}. It serves ${served}, ….`)
}

export const HANDLERS: Record<Surface, Handler> = {
  token: handleToken,
  keys: handleKeys,
  discovery: handleDiscovery,
  'apikey-details': handleApikeyDetails,
  ae: handleAnalyticsEngine,
  admin: handleAdmin,
  'iam-unknown': handleIamNotFound,
  unknown: handleUnknown,
}

export const FAULT_TARGET: Partial<Record<Surface, FaultTarget>> = {
  token: 'token',
  keys: 'keys',
  ae: 'ae',
  'apikey-details': 'apikey-details',
}
