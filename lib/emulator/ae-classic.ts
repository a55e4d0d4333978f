// Analytics Engine classic (v2, retired 2022) routes from ae-api §2.2: cluster details, state
// and password reset. Field names follow the v2 SDK model; the values are invented.
import { randomBytes } from 'node:crypto'

import type { AeAction, AeRoute } from './ae-router'
import { sendJson } from './http'

const getCluster: AeAction = ({ res, instance }) => {
  const created = new Date(instance.createdAtMs).toISOString()
  const domain = `chs-sandbox-${instance.id.slice(0, 8)}.us-south.ae.appdomain.cloud`
  sendJson(res, 200, {
    id: instance.id,
    name: 'analytics-engine-sandbox-classic',
    service_plan: 'standard-hourly',
    hardware_size: 'default',
    software_package: 'ae-1.2-hadoop-spark',
    domain,
    creation_time: created,
    commision_time: created,
    decommision_time: '',
    deletion_time: '',
    state_change_time: created,
    state: 'Active',
    nodes: [
      { id: 1, fqdn: `chs-sandbox-mn001.${domain}`, type: 'management', state: 'Active' },
      { id: 2, fqdn: `chs-sandbox-dn001.${domain}`, type: 'data', state: 'Active' },
    ],
    // The details never include the password (ae-api §2.2); reset_password returns a new one.
    user_credentials: { user: 'clsadmin' },
  })
}

const resetPassword: AeAction = ({ res, instance }) => {
  sendJson(res, 200, {
    id: instance.id,
    user_credentials: { user: 'clsadmin', password: randomBytes(12).toString('base64url') },
  })
}

export const classicRoutes: AeRoute[] = [
  { path: [], methods: { GET: getCluster } },
  { path: ['state'], methods: { GET: ({ res }) => sendJson(res, 200, { state: 'Active' }) } },
  { path: ['reset_password'], methods: { POST: resetPassword } },
]
