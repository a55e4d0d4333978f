import { describe, expect, it } from 'vitest'

import {
  accessToken,
  apikeyOf,
  bearer,
  headerText,
  jwtPartText,
  sharedEmulator,
  tamperedToken,
} from './helpers'

const emulator = sharedEmulator()
const detailsUrl = () => `${emulator().url}/v1/apikeys/details`

interface IdentityApiError {
  trace: string
  errors: { code: string; message_code: string; message: string; details?: string }[]
  status_code: number
  context: Record<string, unknown>
}

async function details(headers: Record<string, string>, query = '') {
  return fetch(`${detailsUrl()}${query}`, { headers })
}

describe('GET /v1/apikeys/details', () => {
  it.each(['user', 'serviceId'] as const)(
    'describes the %s key without ever returning the key value',
    async (kind) => {
      const apikey = apikeyOf(emulator(), kind)
      const token = await accessToken(emulator(), kind)
      const response = await details({ ...bearer(token), 'IAM-ApiKey': apikey })
      const text = await response.text()
      const body = JSON.parse(text) as Record<string, unknown>

      expect(response.status).toBe(200)
      expect(body).toMatchObject({
        id: expect.stringMatching(/^ApiKey-[0-9a-f-]{36}$/),
        entity_tag: expect.any(String),
        locked: false,
        disabled: false,
        created_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}\+0000$/),
        created_by: expect.stringMatching(/^IBMid-/),
        modified_at: expect.any(String),
        name: expect.any(String),
        description: expect.any(String),
        account_id: expect.stringMatching(/^[0-9a-f]{32}$/),
        context: expect.objectContaining({ transaction_id: expect.any(String) }),
      })
      expect(body.crn).toBe(
        `crn:v1:bluemix:public:iam-identity::a/${body.account_id}::apikey:${body.id}`,
      )
      expect(body.iam_id).toBe(JSON.parse(jwtPartText(token, 1)).iam_id)
      expect(body).not.toHaveProperty('apikey')
      expect(body).not.toHaveProperty('history')
      expect(text).not.toContain(apikey)
      expect(headerText(response)).not.toContain(apikey)
    },
  )

  it('adds the history when include_history=true', async () => {
    const token = await accessToken(emulator(), 'user')
    const response = await details(
      { ...bearer(token), 'IAM-ApiKey': apikeyOf(emulator(), 'user') },
      '?include_history=true',
    )
    const body = (await response.json()) as { history: { action: string }[] }
    expect(body.history.map((entry) => entry.action)).toEqual(['create'])
  })

  it('answers a missing bearer token with 401 in the Identity API error schema', async () => {
    const response = await details({ 'IAM-ApiKey': apikeyOf(emulator(), 'user') })
    const body = (await response.json()) as IdentityApiError

    expect(response.status).toBe(401)
    expect(Object.keys(body)).toEqual(['trace', 'errors', 'status_code', 'context'])
    expect(body.trace).toMatch(/^[0-9a-f-]{36}$/)
    expect(body.status_code).toBe(401)
    expect(body.errors).toEqual([
      {
        code: 'unauthorized',
        message_code: 'BXNIM0308E',
        message: 'No authorization header found',
      },
    ])
  })

  it('answers expired and forged tokens with 401', async () => {
    const expired = await emulator().mintToken({ exp: Math.floor(Date.now() / 1000) - 5 })
    const forged = tamperedToken(await emulator().mintToken(), { iam_id: 'IBMid-0000000000' })

    for (const token of [expired, forged]) {
      const response = await details({
        ...bearer(token),
        'IAM-ApiKey': apikeyOf(emulator(), 'user'),
      })
      const body = (await response.json()) as IdentityApiError
      expect(response.status).toBe(401)
      expect(body.errors[0]?.code).toBe('unauthorized')
    }
  })

  it('answers a missing IAM-ApiKey with 400 and an unknown one with 404', async () => {
    const token = await accessToken(emulator(), 'user')

    const missing = await details(bearer(token))
    expect(missing.status).toBe(400)
    expect(((await missing.json()) as IdentityApiError).errors[0]?.details).toBe(
      "Property 'IAM-ApiKey' either missing or empty.",
    )

    const unknown = await details({ ...bearer(token), 'IAM-ApiKey': 'not-a-known-key' })
    const body = (await unknown.json()) as IdentityApiError
    expect(unknown.status).toBe(404)
    expect(body).toMatchObject({ status_code: 404, errors: [{ code: 'not_found' }] })
    expect(JSON.stringify(body)).not.toContain('not-a-known-key')
  })

  it('counts requests and refuses other methods', async () => {
    const response = await fetch(detailsUrl(), { method: 'DELETE' })
    expect(response.status).toBe(405)
    expect(emulator().stats().apikeyDetailsRequests).toBe(1)
  })
})
