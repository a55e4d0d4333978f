import { randomUUID } from 'node:crypto'

import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { ACCEPTED_FOR_MS, RUNNING_FOR_MS } from '@/lib/emulator/ae-state'

import { accessToken, bearer, sharedEmulator, tamperedToken } from './helpers'

const emulator = sharedEmulator()
let token = ''

beforeAll(async () => {
  token = await accessToken(emulator(), 'serviceId')
})

afterEach(() => {
  vi.useRealTimers()
})

/** Each test gets a fresh instance, so application lists never mix between tests. */
const newInstance = () => `${emulator().url}/v3/analytics_engines/${randomUUID()}`

function call(url: string, method = 'GET', body?: unknown): Promise<Response> {
  return fetch(url, {
    method,
    headers: {
      ...bearer(token),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  })
}

const WORDCOUNT = {
  application_details: {
    application: '/opt/ibm/spark/examples/src/main/python/wordcount.py',
    arguments: ['/opt/ibm/spark/examples/src/main/resources/people.txt'],
  },
}

async function submit(instance: string, body: unknown = WORDCOUNT): Promise<string> {
  const response = await call(`${instance}/spark_applications`, 'POST', body)
  expect(response.status).toBe(202)
  const accepted = (await response.json()) as { id: string; state: string }
  expect(accepted.state).toBe('accepted')
  return accepted.id
}

const json = async <T = Record<string, unknown>>(response: Response) => (await response.json()) as T

describe('Analytics Engine v3 authentication', () => {
  it('answers 401 without a token, with an expired one, a forged one or a foreign issuer', async () => {
    const instance = `${emulator().url}/v3/analytics_engines/${emulator().demoInstanceId}`
    const expired = await emulator().mintToken({ exp: Math.floor(Date.now() / 1000) - 1 })
    const foreign = await emulator().mintToken({ iss: 'https://iam.cloud.ibm.com/identity' })
    const forged = tamperedToken(token, { sub_type: 'Profile' })
    const unknownKid = await emulator().mintToken({ kid: '209901010000' })

    const attempts: [Record<string, string>, RegExp][] = [
      [{}, /Authorization: Bearer/],
      [{ Authorization: 'Basic Yng6Yng=' }, /Authorization: Bearer/],
      [bearer(expired), /expired/],
      [bearer(forged), /not valid/],
      [bearer(unknownKid), /not valid/],
      [bearer(foreign), /not valid/],
    ]
    for (const [headers, message] of attempts) {
      const response = await fetch(instance, { headers })
      const body = await json<{ errors: { code: string; message: string }[]; status_code: number }>(
        response,
      )
      expect(response.status).toBe(401)
      expect(body.status_code).toBe(401)
      expect(body.errors[0]?.code).toBe('unauthorized')
      expect(body.errors[0]?.message).toMatch(message)
    }
  })

  it('accepts the lowercase `bearer` scheme', async () => {
    const instance = newInstance()
    const response = await fetch(instance, { headers: { Authorization: `bearer ${token}` } })
    expect(response.status).toBe(200)
  })
})

describe('Analytics Engine v3 instance', () => {
  it('describes the instance and its state', async () => {
    const instance = newInstance()
    const id = instance.split('/').pop()
    const details = await json(await call(instance))

    expect(details).toMatchObject({
      id,
      href: instance,
      state: 'active',
      default_runtime: { spark_version: expect.stringMatching(/^3\.\d+$/) },
      instance_home: expect.objectContaining({ provider: 'ibm-cos', type: 'objectstore' }),
      default_config: expect.any(Object),
    })
    expect(Number.isNaN(Date.parse(String(details.state_change_time)))).toBe(false)
    expect(await json(await call(`${instance}/state`))).toEqual({ id, state: 'active' })
  })

  it('answers 404 for a non-UUID instance id and for unknown paths', async () => {
    const notUuid = await call(`${emulator().url}/v3/analytics_engines/my-instance`)
    expect(notUuid.status).toBe(404)
    const unknown = await call(`${newInstance()}/no_such_thing`)
    expect(unknown.status).toBe(404)
    expect(await json(unknown)).toMatchObject({ errors: [{ code: 'not_found' }], status_code: 404 })
  })

  it('answers 405 with Allow for a wrong method', async () => {
    const response = await call(`${newInstance()}/state`, 'POST')
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET')
  })
})

describe('Analytics Engine v3 Spark applications', () => {
  it('submits, lists, reads and stops an application', async () => {
    const instance = newInstance()
    const id = await submit(instance)

    const listed = await json<{ applications: Record<string, unknown>[] }>(
      await call(`${instance}/spark_applications`),
    )
    expect(listed.applications).toHaveLength(1)
    expect(listed.applications[0]).toMatchObject({
      id,
      href: `${instance}/spark_applications/${id}`,
      state: 'accepted',
      spark_application_name: 'wordcount.py',
    })

    const details = await json(await call(`${instance}/spark_applications/${id}`))
    expect(details).toMatchObject({
      id,
      state: 'accepted',
      application_details: WORDCOUNT.application_details,
    })
    expect(details.submission_time).toEqual(expect.any(String))

    const first = await call(`${instance}/spark_applications/${id}`, 'DELETE')
    const again = await call(`${instance}/spark_applications/${id}`, 'DELETE')
    expect([first.status, again.status]).toEqual([204, 204])
    expect(await first.text()).toBe('')

    const state = await json(await call(`${instance}/spark_applications/${id}/state`))
    expect(state).toMatchObject({ id, state: 'stopped', end_time: expect.any(String) })
  })

  it('moves an application from accepted to running to finished over time', async () => {
    const instance = newInstance()
    const id = await submit(instance)
    const start = Date.now()
    const at = async (offsetMs: number, method = 'GET', path = '/state') => {
      vi.useFakeTimers({ toFake: ['Date'] })
      vi.setSystemTime(start + offsetMs)
      try {
        return await call(`${instance}/spark_applications/${id}${path}`, method)
      } finally {
        vi.useRealTimers()
      }
    }
    const stateAt = async (offsetMs: number) => json(await at(offsetMs))
    const afterFinish = ACCEPTED_FOR_MS + RUNNING_FOR_MS + 100

    expect(await stateAt(ACCEPTED_FOR_MS + 100)).toMatchObject({
      state: 'running',
      start_time: expect.any(String),
    })
    expect(await stateAt(afterFinish)).toMatchObject({
      state: 'finished',
      finish_time: expect.any(String),
    })
    // Stopping a finished application is accepted and changes nothing.
    expect((await at(afterFinish, 'DELETE', '')).status).toBe(204)
    expect(await stateAt(afterFinish + 100)).toMatchObject({ state: 'finished' })
  })

  it('filters the list by state and pages it with limit', async () => {
    const instance = newInstance()
    const ids = [await submit(instance), await submit(instance), await submit(instance)]
    await call(`${instance}/spark_applications/${ids[0]}`, 'DELETE')

    const stopped = await json<{ applications: { id: string }[] }>(
      await call(`${instance}/spark_applications?state=stopped`),
    )
    expect(stopped.applications.map((app) => app.id)).toEqual([ids[0]])

    const page = await json<{
      applications: { id: string }[]
      next: { href: string; start: string }
    }>(await call(`${instance}/spark_applications?state=accepted,stopped&limit=2`))
    expect(page.applications.map((app) => app.id)).toEqual(ids.slice(0, 2))
    const rest = await json<{ applications: { id: string }[]; next?: unknown }>(
      await call(page.next.href),
    )
    expect(rest.applications.map((app) => app.id)).toEqual([ids[2]])
    expect(rest).not.toHaveProperty('next')
  })

  it.each([
    ['state=sleeping', /Unknown state 'sleeping'/],
    ['limit=0', /limit must be/],
    ['limit=ten', /limit must be/],
  ])('answers 400 for %s', async (query, message) => {
    const response = await call(`${newInstance()}/spark_applications?${query}`)
    expect(response.status).toBe(400)
    expect((await json<{ errors: { message: string }[] }>(response)).errors[0]?.message).toMatch(
      message,
    )
  })

  it.each<[string, unknown]>([
    ['no body', undefined],
    ['a body that is not JSON', '{application'],
    ['no application_details', { application: 'app.py' }],
    ['an empty application', { application_details: { application: ' ' } }],
  ])('refuses a submission with %s (400)', async (_case, body) => {
    const response = await call(`${newInstance()}/spark_applications`, 'POST', body)
    expect(response.status).toBe(400)
    expect((await json<{ errors: { message: string }[] }>(response)).errors[0]?.message).toMatch(
      /application_details\.application/,
    )
  })

  it('answers 404 for an unknown application', async () => {
    const response = await call(`${newInstance()}/spark_applications/${randomUUID()}`)
    expect(response.status).toBe(404)
  })

  it('counts AE requests and their statuses', async () => {
    await call(newInstance())
    await call(`${emulator().url}/v3/analytics_engines/not-a-uuid`)
    expect(emulator().stats()).toMatchObject({
      aeRequests: 2,
      aeResponsesByStatus: { '200': 1, '404': 1 },
    })
  })
})

describe('Analytics Engine v3 Spark history server', () => {
  it('starts with 202, reports started, and stops with 204', async () => {
    const server = `${newInstance()}/spark_history_server`

    expect(await json(await call(server))).toMatchObject({ state: 'stopped' })
    const started = await call(server, 'POST')
    expect(started.status).toBe(202)
    expect(await json(started)).toMatchObject({ state: 'started', start_time: expect.any(String) })
    expect(await json(await call(server))).toMatchObject({
      state: 'started',
      cores: '1',
      memory: '4G',
    })

    const stopped = await call(server, 'DELETE')
    expect(stopped.status).toBe(204)
    expect(await json(await call(server))).toMatchObject({
      state: 'stopped',
      stop_time: expect.any(String),
    })
  })
})
