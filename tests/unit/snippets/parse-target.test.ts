// Validation of what the user types for an Analytics Engine call: one sentence per field.
import { describe, expect, it } from 'vitest'

import { parseAeTarget, parseApplicationId } from '@/lib/snippets'

const GUID = '046a1611-81ff-4215-a5e0-6af8d7910610'
const CRN = (region: string) =>
  `crn:v1:bluemix:public:ibmanalyticsengine:${region}:a/217b0a4bd3b2d3c4e5f6a7b8c9d0e1f2:${GUID}::`

describe('parseAeTarget', () => {
  it('accepts a region the API serves and an instance GUID', () => {
    expect(parseAeTarget({ api: 'v3', region: 'eu-de', instance: ` ${GUID} ` })).toEqual({
      ok: true,
      value: { api: 'v3', region: 'eu-de', instanceId: GUID },
    })
  })

  it('derives region and GUID from a pasted CRN', () => {
    expect(parseAeTarget({ api: 'v3', instance: CRN('us-south') })).toEqual({
      ok: true,
      value: { api: 'v3', region: 'us-south', instanceId: GUID },
    })
  })

  it('renders the INSTANCE_ID variable when no instance is given', () => {
    const result = parseAeTarget({ api: 'v2', region: 'jp-tok' })
    expect(result).toEqual({ ok: true, value: { api: 'v2', region: 'jp-tok', instanceId: null } })
  })

  it('offers only us-south and eu-de for serverless', () => {
    const result = parseAeTarget({ api: 'v3', region: 'us-east', instance: GUID })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.errors.region).toMatch(
        /not available in us-east.*us-south \(Dallas\), eu-de \(Frankfurt\)/,
      )
      expect(result.errors.instance).toBeUndefined()
    }
  })

  it('accepts the six classic regions', () => {
    for (const region of ['us-south', 'us-east', 'eu-gb', 'eu-de', 'jp-tok', 'au-syd']) {
      expect(parseAeTarget({ api: 'v2', region, instance: GUID }).ok).toBe(true)
    }
    expect(parseAeTarget({ api: 'v2', region: 'ca-tor', instance: GUID }).ok).toBe(false)
  })

  it('asks for a region when neither the field nor a CRN gives one', () => {
    const result = parseAeTarget({ api: 'v3', instance: GUID })
    expect(result.ok || result.errors.region).toMatch(/^Choose a region/)
  })

  it('reports a CRN whose region the API does not serve', () => {
    const result = parseAeTarget({ api: 'v3', instance: CRN('jp-tok') })
    expect(result.ok || result.errors.region).toMatch(/CRN's region jp-tok is not served/)
  })

  it('reports a CRN that disagrees with the chosen region', () => {
    const result = parseAeTarget({ api: 'v3', region: 'us-south', instance: CRN('eu-de') })
    expect(result.ok || result.errors.region).toMatch(/CRN is for eu-de.*us-south/)
  })

  it('reports an instance that is neither GUID nor CRN, and a CRN of another service', () => {
    const notGuid = parseAeTarget({ api: 'v3', region: 'us-south', instance: 'my-instance' })
    expect(notGuid.ok || notGuid.errors.instance).toMatch(/instance GUID/)
    const otherService = parseAeTarget({
      api: 'v3',
      instance: `crn:v1:bluemix:public:cloud-object-storage:global:a/abc:${GUID}::`,
    })
    expect(otherService.ok || otherService.errors.instance).toMatch(/not an Analytics Engine/)
  })

  it('reports every bad field at once', () => {
    const result = parseAeTarget({ api: 'v3', region: 'mars', instance: 'nope' })
    expect(result.ok || Object.keys(result.errors).sort()).toEqual(['instance', 'region'])
  })

  it('reports an unknown API', () => {
    expect(parseAeTarget({ api: 'v1', region: 'us-south' })).toEqual({
      ok: false,
      errors: { api: 'Choose Serverless (v3) or Classic (v2).' },
    })
  })
})

describe('parseApplicationId', () => {
  it('accepts a GUID, and empty for the APP_ID variable', () => {
    expect(parseApplicationId(GUID)).toEqual({ ok: true, value: GUID })
    expect(parseApplicationId('  ')).toEqual({ ok: true, value: null })
  })

  it('explains what an application id looks like', () => {
    const result = parseApplicationId('$(rm -rf ~)')
    expect(result.ok || result.errors.appId).toMatch(/GUID/)
  })
})
