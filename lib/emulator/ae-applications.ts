// Spark applications of the serverless (v3) API: submit, list, read, state, stop (ae-api §1.2–1.4).
// Field names follow the SDK models; the values are sandbox data.
import { sendAeError } from './ae-errors'
import type { AeAction, AeCall } from './ae-router'
import type { SparkApplication } from './ae-state'
import { iso, timelineOf } from './ae-state'
import { readJsonBody, sendEmpty, sendJson } from './http'

export const DEFAULT_SPARK_VERSION = '3.4'
const APPLICATION_STATES = [
  'accepted',
  'running',
  'finished',
  'failed',
  'stopped',
  'auto_terminated',
  'ops_terminated',
]
/** Applications are stopped after 72 h at most (ae-api §1.5). */
const MAX_RUNTIME_MS = 72 * 3600 * 1000

function applicationName(app: SparkApplication): string {
  const { name, conf } = app.details
  if (typeof name === 'string' && name !== '') return name
  const confName = (conf as Record<string, unknown> | undefined)?.['spark.app.name']
  if (typeof confName === 'string' && confName !== '') return confName
  return app.details.application.split('/').pop() ?? app.details.application
}

function describe(app: SparkApplication) {
  const { state, startMs, endMs } = timelineOf(app, Date.now())
  return {
    id: app.id,
    spark_application_id: startMs === undefined ? undefined : `spark-application-${startMs}`,
    spark_application_name: applicationName(app),
    state,
    submission_time: iso(app.submittedAtMs),
    start_time: iso(startMs),
    end_time: iso(endMs),
    finish_time: state === 'finished' ? iso(endMs) : undefined,
    auto_termination_time: iso(app.submittedAtMs + MAX_RUNTIME_MS),
  }
}

function findApplication(call: AeCall): SparkApplication | undefined {
  const app = call.instance.applications.get(call.appId?.toLowerCase() ?? '')
  if (app === undefined) sendAeError(call.res, 404, `Application ${call.appId} was not found.`)
  return app
}

export const submitApplication: AeAction = async ({ req, res, ctx, instance }) => {
  const body = await readJsonBody(req)
  const value = body.ok ? body.value : undefined
  const details = (value as { application_details?: unknown } | undefined)?.application_details
  const application = (details as { application?: unknown } | undefined)?.application
  if (typeof application !== 'string' || application.trim() === '') {
    const message =
      'The body must be JSON with application_details.application: the .py, .jar or .R file to run.'
    return sendAeError(res, 400, message)
  }
  const app = ctx.analytics.submit(instance, { ...(details as object), application })
  sendJson(res, 202, { id: app.id, state: 'accepted' })
}

export const listApplications: AeAction = ({ res, url, instance, instanceUrl }) => {
  const stateFilter =
    url.searchParams
      .get('state')
      ?.split(',')
      .map((s) => s.trim()) ?? []
  const unknown = stateFilter.find((state) => !APPLICATION_STATES.includes(state))
  if (unknown !== undefined) {
    return sendAeError(
      res,
      400,
      `Unknown state '${unknown}'. Use: ${APPLICATION_STATES.join(', ')}.`,
    )
  }
  const limitText = url.searchParams.get('limit')
  const limit = limitText === null ? 50 : Number(limitText)
  const start = Number(url.searchParams.get('start') ?? '0')
  if (
    !Number.isInteger(limit) ||
    limit < 1 ||
    limit > 1000 ||
    !Number.isInteger(start) ||
    start < 0
  ) {
    return sendAeError(
      res,
      400,
      'limit must be an integer from 1 to 1000; start must come from next.',
    )
  }

  const listUrl = `${instanceUrl}/spark_applications`
  const all = [...instance.applications.values()]
    .map((app) => ({ ...describe(app), href: `${listUrl}/${app.id}` }))
    .filter((app) => stateFilter.length === 0 || stateFilter.includes(app.state))
  const page = all.slice(start, start + limit)
  const nextStart = start + limit
  const query = (from: number) => `?limit=${limit}${from > 0 ? `&start=${from}` : ''}`
  sendJson(res, 200, {
    applications: page.map((app) => ({
      ...app,
      runtime: { spark_version: DEFAULT_SPARK_VERSION },
    })),
    first: { href: `${listUrl}${query(0)}` },
    ...(nextStart < all.length
      ? { next: { href: `${listUrl}${query(nextStart)}`, start: String(nextStart) } }
      : {}),
  })
}

export const getApplication: AeAction = (call) => {
  const app = findApplication(call)
  if (app === undefined) return
  sendJson(call.res, 200, { application_details: app.details, ...describe(app), state_details: [] })
}

export const getApplicationState: AeAction = (call) => {
  const app = findApplication(call)
  if (app === undefined) return
  const { id, state, start_time, end_time, finish_time } = describe(app)
  sendJson(call.res, 200, { id, state, start_time, end_time, finish_time })
}

export const stopApplication: AeAction = (call) => {
  const app = findApplication(call)
  if (app === undefined) return
  call.ctx.analytics.stop(app)
  sendEmpty(call.res, 204)
}
