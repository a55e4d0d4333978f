import { describe, expect, it } from 'vitest'

import {
  APIKEY_GRANT,
  apikeyOf,
  headerText,
  postForm,
  requestToken,
  sharedEmulator,
} from './helpers'

const emulator = sharedEmulator()
const tokenUrl = () => `${emulator().url}/identity/token`

interface IamErrorBody {
  errorCode: string
  errorMessage: string
  errorDetails?: string
  context: Record<string, unknown>
}

const IAM_TIME = /^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2}:\d{3} UTC$/

describe('token endpoint errors', () => {
  it('answers an unknown key with 400 BXNIM0415E and a full context block', async () => {
    const response = await requestToken(emulator(), 'no-such-key', { 'User-Agent': 'probe/1.0' })
    const body = (await response.json()) as IamErrorBody

    expect(response.status).toBe(400)
    expect(Object.keys(body)).toEqual(['errorCode', 'errorMessage', 'context'])
    expect(body.errorCode).toBe('BXNIM0415E')
    expect(body.errorMessage).toBe('Provided API key could not be found.')
    expect(Object.keys(body.context)).toEqual([
      'requestId',
      'requestType',
      'userAgent',
      'url',
      'instanceId',
      'threadId',
      'host',
      'startTime',
      'endTime',
      'elapsedTime',
      'locale',
      'clusterName',
    ])
    expect(body.context).toMatchObject({
      requestId: expect.stringMatching(/^[A-Za-z0-9+/]+-[0-9a-f]{32}$/),
      requestType: 'incoming.Identity_Token',
      userAgent: 'probe/1.0',
      url: 'https://iam.cloud.ibm.com',
      startTime: expect.stringMatching(IAM_TIME),
      endTime: expect.stringMatching(IAM_TIME),
      elapsedTime: expect.stringMatching(/^\d+$/),
      locale: 'en_US',
      clusterName: expect.stringMatching(/^iam-id-prod-[a-z]+-[a-z]+-[a-z]+\d+$/),
    })
    expect(body.context.host).toBe(body.context.instanceId)
    expect(Object.values(body.context).every((value) => typeof value === 'string')).toBe(true)
  })

  it('sends the IAM error headers, with one request id in body and headers', async () => {
    const response = await requestToken(emulator(), 'no-such-key')
    const body = (await response.json()) as IamErrorBody
    const header = (name: string) => response.headers.get(name)

    expect(header('transaction-id')).toBe(body.context.requestId)
    expect(header('x-correlation-id')).toBe(body.context.requestId)
    expect(header('x-request-id')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    )
    expect(header('ibm-cloud-service-name')).toBe('iam-identity')
    expect(header('x-content-type-options')).toBe('nosniff')
    expect(header('cache-control')).toBe('no-cache, no-store, must-revalidate')
    expect(header('expires')).toBe('0')
    expect(header('pragma')).toBe('no-cache')
    expect(header('content-type')).toBe('application/json')
    expect(header('content-language')).toBe('en-US')
  })

  it('uses a caller-supplied Transaction-Id as the request id', async () => {
    const response = await requestToken(emulator(), 'no-such-key', { 'Transaction-Id': 'trace-42' })
    const body = (await response.json()) as IamErrorBody

    expect(body.context.requestId).toBe('trace-42')
    expect(response.headers.get('transaction-id')).toBe('trace-42')
  })

  it.each([
    ['grant_type', { apikey: 'demo-user-apikey-not-a-secret' }],
    ['apikey', { grant_type: APIKEY_GRANT }],
    ['apikey', { grant_type: APIKEY_GRANT, apikey: '' }],
    ['refresh_token', { grant_type: 'refresh_token' }],
  ])('answers a missing or empty %s with 400 BXNIM0109E', async (property, fields) => {
    const response = await postForm(tokenUrl(), fields)
    const body = (await response.json()) as IamErrorBody

    expect(response.status).toBe(400)
    expect(body.errorCode).toBe('BXNIM0109E')
    expect(body.errorMessage).toBe('Property missing or empty.')
    expect(body.errorDetails).toBe(`Property '${property}' either missing or empty.`)
    expect(Object.keys(body)).toEqual(['errorCode', 'errorMessage', 'errorDetails', 'context'])
  })

  it('treats a JSON body as missing form properties', async () => {
    const response = await fetch(tokenUrl(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ grant_type: APIKEY_GRANT, apikey: apikeyOf(emulator(), 'user') }),
    })
    const body = (await response.json()) as IamErrorBody
    expect(response.status).toBe(400)
    expect(body.errorDetails).toBe("Property 'grant_type' either missing or empty.")
  })

  it.each(['GET', 'PUT', 'DELETE'])('answers %s with 405 BXNIM0060E', async (method) => {
    const response = await fetch(tokenUrl(), { method })
    const body = (await response.json()) as IamErrorBody

    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('POST')
    expect(body.errorCode).toBe('BXNIM0060E')
    expect(body.errorMessage).toBe(
      "Web application exception 'javax.ws.rs.ClientErrorException' during request processing.",
    )
    expect(body.errorDetails).toBe('HTTP 405 Method Not Allowed')
  })

  it('rejects response types other than cloud_iam with BXNIM0106E', async () => {
    const response = await postForm(tokenUrl(), {
      grant_type: APIKEY_GRANT,
      apikey: apikeyOf(emulator(), 'user'),
      response_type: 'cloud_iam,uaa',
    })
    const body = (await response.json()) as IamErrorBody

    expect(response.status).toBe(400)
    expect(body.errorCode).toBe('BXNIM0106E')
    expect(body.errorMessage).toBe(
      "Validation of property 'response_type' with value '[cloud_iam, uaa]' failed. Valid values: 'cloud_iam'",
    )
  })

  it('rejects grant types the emulator does not serve with BXNIM0106E', async () => {
    const response = await postForm(tokenUrl(), { grant_type: 'password', username: 'u' })
    const body = (await response.json()) as IamErrorBody

    expect(response.status).toBe(400)
    expect(body.errorCode).toBe('BXNIM0106E')
    expect(body.errorMessage).toMatch(/^Validation of property 'grant_type' with value 'password'/)
  })

  it('answers unknown /identity paths with an IAM-shaped 404', async () => {
    const response = await fetch(`${emulator().url}/identity/introspect`, { method: 'POST' })
    const body = (await response.json()) as IamErrorBody
    expect(response.status).toBe(404)
    expect(body.errorDetails).toBe('HTTP 404 Not Found')
  })

  it('never echoes the submitted key in any body or header', async () => {
    const secretLooking = 'probe-key-that-must-never-be-echoed-0123456789'
    const attempts = [
      requestToken(emulator(), secretLooking),
      requestToken(emulator(), apikeyOf(emulator(), 'user')),
      postForm(tokenUrl(), { grant_type: secretLooking, apikey: secretLooking }),
      postForm(tokenUrl(), {
        grant_type: APIKEY_GRANT,
        apikey: secretLooking,
        response_type: `cloud_iam ${secretLooking}`,
      }),
      postForm(tokenUrl(), { apikey: secretLooking }),
    ]
    for (const response of await Promise.all(attempts)) {
      const text = await response.text()
      expect(text.length).toBeGreaterThan(0)
      expect(text).not.toContain(secretLooking)
      expect(text).not.toContain(apikeyOf(emulator(), 'user'))
      expect(headerText(response)).not.toContain(secretLooking)
    }
  })
})
