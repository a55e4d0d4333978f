import { describe, expect, it } from 'vitest'

import { parseAeCallRequest } from '@/lib/walkthrough/ae-call-request'

import { appErrorFromCall } from '../support/app-error'

const GUID = '046a1611-81ff-4215-a5e0-6af8d7910610'
const CRN = `crn:v1:bluemix:public:ibmanalyticsengine:eu-de:a/217b0e1f2a3b4c5d6e7f8091a2b3c4d5:${GUID}::`

function refusal(body: unknown) {
  return appErrorFromCall(() => parseAeCallRequest(body))
}

describe('parseAeCallRequest', () => {
  it('accepts a v3 instance GUID in a served region', () => {
    expect(parseAeCallRequest({ api: 'v3', region: 'us-south', instance: GUID })).toEqual({
      api: 'v3',
      region: 'us-south',
      instanceId: GUID,
    })
  })

  it('takes the region from a pasted CRN', () => {
    expect(parseAeCallRequest({ api: 'v3', instance: CRN })).toMatchObject({
      region: 'eu-de',
      instanceId: GUID,
    })
  })

  it('accepts a classic (v2) cluster in a v2-only region', () => {
    expect(parseAeCallRequest({ api: 'v2', region: 'jp-tok', instance: GUID })).toMatchObject({
      api: 'v2',
      region: 'jp-tok',
    })
  })

  it('refuses a GUID that is not a UUID with the field sentence', () => {
    const error = refusal({ api: 'v3', region: 'us-south', instance: '../../admin' })
    expect(error).toMatchObject({ status: 400, code: 'invalid_request' })
    expect(error.message).toMatch(/^Enter the instance GUID/)
  })

  it('refuses a region the API does not serve, naming the ones it does', () => {
    const error = refusal({ api: 'v3', region: 'jp-tok', instance: GUID })
    expect(error.message).toMatch(/not available in jp-tok.*us-south \(Dallas\), eu-de/)
  })

  it('refuses a host smuggled in as the region', () => {
    const error = refusal({ api: 'v3', region: 'evil.example.com', instance: GUID })
    expect(error.status).toBe(400)
  })

  it('names both fields when both are wrong', () => {
    const error = refusal({ api: 'v3', region: 'mars', instance: 'nope' })
    expect(error.message).toMatch(/instance GUID/)
    expect(error.message).toMatch(/not available in mars/)
  })

  it('asks for an instance when it is missing or blank', () => {
    for (const instance of [undefined, '', '   ']) {
      expect(refusal({ api: 'v3', region: 'us-south', instance }).message).toMatch(
        /^Enter the instance GUID/,
      )
    }
  })

  it('refuses an unknown API', () => {
    expect(refusal({ api: 'v4', region: 'us-south', instance: GUID }).message).toMatch(
      /Serverless \(v3\) or Classic \(v2\)/,
    )
  })

  it.each([null, [], 'v3', 42])('refuses a body that is not an object: %j', (body) => {
    expect(refusal(body).message).toMatch(/^Send a JSON object/)
  })

  it('refuses a region that is not text', () => {
    expect(refusal({ api: 'v3', region: 7, instance: GUID }).message).toMatch(/"region"/)
  })
})
