// Entry point of the Analytics Engine surface: bearer check, instance id, then the v3
// (serverless) or v2 (classic) route tables.
import type { IncomingMessage, ServerResponse } from 'node:http'

import { classicRoutes } from './ae-classic'
import { sendAeError } from './ae-errors'
import { serverlessRoutes } from './ae-serverless'
import type { InstanceRecord } from './ae-state'
import { checkBearer } from './bearer'
import type { EmulatorContext, Handler } from './context'
import { isUuid } from './http'

export interface AeCall {
  req: IncomingMessage
  res: ServerResponse
  ctx: EmulatorContext
  url: URL
  instance: InstanceRecord
  /** `<emulator url>/v3/analytics_engines/<id>` (or v2), for hrefs. */
  instanceUrl: string
  /** The `:app` path segment, when the route has one. */
  appId?: string
}

export type AeAction = (call: AeCall) => void | Promise<void>

/** `path` holds the segments after the instance id; ':app' matches an application id. */
export interface AeRoute {
  path: string[]
  methods: Partial<Record<string, AeAction>>
}

const ROUTES_BY_VERSION: Record<string, AeRoute[]> = { v3: serverlessRoutes, v2: classicRoutes }

const UNAUTHORIZED_MESSAGES = {
  missing: "Send the IAM access token as 'Authorization: Bearer <access_token>'.",
  expired: 'The IAM access token has expired. Get a new one from /identity/token.',
  invalid: 'The IAM access token is not valid (signature, kid or issuer does not match).',
}

function matchRoute(routes: AeRoute[], segments: string[]) {
  for (const route of routes) {
    if (route.path.length !== segments.length) continue
    const fits = route.path.every((part, i) => part === ':app' || part === segments[i])
    if (!fits) continue
    const appIndex = route.path.indexOf(':app')
    return { route, appId: appIndex === -1 ? undefined : segments[appIndex] }
  }
  return undefined
}

export const handleAnalyticsEngine: Handler = async (req, res, ctx, url) => {
  const bearer = await checkBearer(req, ctx.keys, ctx.issuer)
  if (!bearer.ok) {
    const headers = { 'WWW-Authenticate': 'Bearer' }
    return sendAeError(res, 401, UNAUTHORIZED_MESSAGES[bearer.problem], headers)
  }

  // '/v3/analytics_engines/<id>/rest…' splits into ['', 'v3', 'analytics_engines', id, …rest].
  const [, version = '', , instanceId = '', ...rest] = url.pathname.replace(/\/$/, '').split('/')
  const routes = ROUTES_BY_VERSION[version]
  if (routes === undefined || !isUuid(instanceId)) {
    return sendAeError(res, 404, `No Analytics Engine instance at ${url.pathname}.`)
  }
  const match = matchRoute(routes, rest)
  if (match === undefined) return sendAeError(res, 404, `Unknown path ${url.pathname}.`)
  const action = match.route.methods[req.method ?? 'GET']
  if (action === undefined) {
    const allow = Object.keys(match.route.methods).join(', ')
    return sendAeError(res, 405, `Use ${allow} on ${url.pathname}.`, { Allow: allow })
  }

  const instance = ctx.analytics.instance(instanceId)
  const instanceUrl = `${ctx.url}/${version}/analytics_engines/${instance.id}`
  await action({ req, res, ctx, url, instance, instanceUrl, appId: match.appId })
}
