import { randomUUID } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { accessToken, bearer, sharedEmulator } from './helpers'

const emulator = sharedEmulator()

async function classic(path: string, method = 'GET', token?: string) {
  const auth = token ?? (await accessToken(emulator(), 'user'))
  return fetch(`${emulator().url}/v2/analytics_engines/${path}`, { method, headers: bearer(auth) })
}

describe('Analytics Engine v2 (classic)', () => {
  it('describes a cluster without its password', async () => {
    const id = randomUUID()
    const response = await classic(id)
    const body = (await response.json()) as Record<string, unknown>

    expect(response.status).toBe(200)
    expect(body).toMatchObject({
      id,
      state: 'Active',
      service_plan: expect.any(String),
      software_package: expect.any(String),
      nodes: expect.arrayContaining([expect.objectContaining({ type: 'management' })]),
      user_credentials: { user: 'clsadmin' },
    })
  })

  it('reports the cluster state as Active', async () => {
    const response = await classic(`${emulator().demoInstanceId}/state`)
    expect(await response.json()).toEqual({ state: 'Active' })
  })

  it('resets the password with a fresh random one each time', async () => {
    const id = randomUUID()
    const first = await classic(`${id}/reset_password`, 'POST')
    const second = await classic(`${id}/reset_password`, 'POST')
    const bodies = (await Promise.all([first.json(), second.json()])) as {
      id: string
      user_credentials: { user: string; password: string }
    }[]

    expect(first.status).toBe(200)
    expect(bodies[0]).toEqual({
      id,
      user_credentials: { user: 'clsadmin', password: expect.stringMatching(/^[\w-]{16}$/) },
    })
    expect(bodies[0]?.user_credentials.password).not.toBe(bodies[1]?.user_credentials.password)
  })

  it('needs a valid bearer token and a UUID', async () => {
    expect((await classic(randomUUID(), 'GET', 'not-a-jwt')).status).toBe(401)
    expect((await classic('cluster-1')).status).toBe(404)
    expect((await classic(`${randomUUID()}/reset_password`)).status).toBe(405)
  })

  it('answers paths outside IAM and AE with a 404 JSON body', async () => {
    const response = await fetch(`${emulator().url}/v1/resource_instances`)
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({
      status_code: 404,
      errors: [{ code: 'not_found' }],
    })
    expect(emulator().stats().unknownRequests).toBe(1)
  })
})
