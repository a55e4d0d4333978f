// Analytics Engine serverless (v3) routes, after the SDK operations in ae-api §1.2: the instance,
// its Spark applications and its Spark history server. Values are invented sandbox data.
import {
  DEFAULT_SPARK_VERSION,
  getApplication,
  getApplicationState,
  listApplications,
  stopApplication,
  submitApplication,
} from './ae-applications'
import type { AeAction, AeCall, AeRoute } from './ae-router'
import { iso } from './ae-state'
import { sendEmpty, sendJson } from './http'

const getInstance: AeAction = ({ res, instance, instanceUrl }) => {
  sendJson(res, 200, {
    id: instance.id,
    href: instanceUrl,
    state: 'active',
    state_change_time: iso(instance.createdAtMs),
    default_runtime: { spark_version: DEFAULT_SPARK_VERSION },
    instance_home: {
      instance_id: '5a4db0c5-0000-4000-8000-c05de70de700',
      provider: 'ibm-cos',
      type: 'objectstore',
      region: 'us-south',
      endpoint: 'https://s3.direct.us-south.cloud-object-storage.appdomain.cloud',
      hmac_access_key: 'sandbox-hmac-access-key',
      hmac_secret_key: '***',
    },
    default_config: { 'spark.driver.memory': '4G', 'spark.executor.memory': '4G' },
  })
}

function historyServerView({ instance }: AeCall) {
  const { startedAtMs, stoppedAtMs } = instance.historyServer
  const running = startedAtMs !== undefined && stoppedAtMs === undefined
  const times = { start_time: iso(startedAtMs), stop_time: iso(stoppedAtMs) }
  return { state: running ? 'started' : 'stopped', cores: '1', memory: '4G', ...times }
}

const startHistoryServer: AeAction = (call) => {
  const server = call.instance.historyServer
  if (server.startedAtMs === undefined || server.stoppedAtMs !== undefined) {
    call.instance.historyServer = { startedAtMs: Date.now() }
  }
  sendJson(call.res, 202, historyServerView(call))
}

const stopHistoryServer: AeAction = (call) => {
  const server = call.instance.historyServer
  if (server.startedAtMs !== undefined && server.stoppedAtMs === undefined) {
    server.stoppedAtMs = Date.now()
  }
  sendEmpty(call.res, 204)
}

export const serverlessRoutes: AeRoute[] = [
  { path: [], methods: { GET: getInstance } },
  {
    path: ['state'],
    methods: {
      GET: ({ res, instance }) => sendJson(res, 200, { id: instance.id, state: 'active' }),
    },
  },
  { path: ['spark_applications'], methods: { GET: listApplications, POST: submitApplication } },
  {
    path: ['spark_applications', ':app'],
    methods: { GET: getApplication, DELETE: stopApplication },
  },
  { path: ['spark_applications', ':app', 'state'], methods: { GET: getApplicationState } },
  {
    path: ['spark_history_server'],
    methods: {
      GET: (call) => sendJson(call.res, 200, historyServerView(call)),
      POST: startHistoryServer,
      DELETE: stopHistoryServer,
    },
  },
]
