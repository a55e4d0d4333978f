// Turns what a user typed (API, region, instance GUID or pasted CRN) into a checked target, or
// into one sentence per field saying what to fix. Nothing unchecked reaches a snippet.
import { AE_REGIONS, findAeRegion } from './regions'
import type { AeApi, AeRegion } from './regions'

/** A checked instance: region served by the API; `instanceId` null means "use $INSTANCE_ID". */
export interface AeTarget {
  api: AeApi
  region: AeRegion
  instanceId: string | null
}

export interface AeTargetInput {
  api: string
  region?: string
  /** A GUID, a CRN, or empty to render the `INSTANCE_ID` variable instead. */
  instance?: string
}

export type AeTargetField = 'api' | 'region' | 'instance'

export type Validation<T, Field extends string> =
  { ok: true; value: T } | { ok: false; errors: Partial<Record<Field, string>> }

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** `crn:v1:bluemix:public:ibmanalyticsengine:<region>:a/<account>:<guid>::` (ae-api §3.1). */
const AE_CRN =
  /^crn:v1:bluemix:public:ibmanalyticsengine:([a-z0-9-]+):a\/([0-9a-zA-Z]+):([0-9a-fA-F-]+)::$/

export function isUuid(value: string): boolean {
  return UUID.test(value)
}

function regionList(api: AeApi): string {
  return AE_REGIONS[api].map((region) => `${region.id} (${region.name})`).join(', ')
}

type InstanceReading = { instanceId: string | null; crnRegion?: string } | { error: string }

function readInstance(raw: string): InstanceReading {
  const instance = raw.trim()
  if (instance === '') return { instanceId: null }
  if (isUuid(instance)) return { instanceId: instance }
  if (instance.startsWith('crn:')) {
    const match = AE_CRN.exec(instance)
    if (match === null || !isUuid(match[3] ?? '')) {
      return {
        error:
          'This CRN is not an Analytics Engine instance CRN. It should look like crn:v1:bluemix:public:ibmanalyticsengine:us-south:a/<account>:<GUID>::.',
      }
    }
    return { instanceId: match[3] ?? null, crnRegion: match[1] }
  }
  return {
    error:
      'Enter the instance GUID (like 046a1611-81ff-4215-a5e0-6af8d7910610) or paste the instance CRN.',
  }
}

/** Checks the user's input; the errors are sentences to show next to each field. */
export function parseAeTarget(input: AeTargetInput): Validation<AeTarget, AeTargetField> {
  if (input.api !== 'v3' && input.api !== 'v2') {
    return { ok: false, errors: { api: 'Choose Serverless (v3) or Classic (v2).' } }
  }
  const api: AeApi = input.api
  const errors: Partial<Record<AeTargetField, string>> = {}

  const reading = readInstance(input.instance ?? '')
  if ('error' in reading) errors.instance = reading.error

  const typedRegion = input.region?.trim() ?? ''
  const crnRegion = 'crnRegion' in reading ? reading.crnRegion : undefined
  if (crnRegion !== undefined && typedRegion !== '' && typedRegion !== crnRegion) {
    errors.region = `The CRN is for ${crnRegion}, but the region is set to ${typedRegion}. Pick ${crnRegion} or clear the region.`
  }
  const wanted = crnRegion ?? typedRegion
  const region = findAeRegion(api, wanted)
  if (errors.region === undefined && region === undefined) {
    const where =
      crnRegion === undefined ? 'Choose a region' : `The CRN's region ${crnRegion} is not served`
    errors.region =
      wanted === '' || crnRegion !== undefined
        ? `${where}: the ${api} API is available in ${regionList(api)}.`
        : `The ${api} API is not available in ${wanted}. Choose one of ${regionList(api)}.`
  }

  if (region === undefined || 'error' in reading || Object.keys(errors).length > 0) {
    return { ok: false, errors }
  }
  return { ok: true, value: { api, region, instanceId: reading.instanceId } }
}

/** Checks a typed application id; empty means "use $APP_ID". */
export function parseApplicationId(raw: string): Validation<string | null, 'appId'> {
  const appId = raw.trim()
  if (appId === '') return { ok: true, value: null }
  if (isUuid(appId)) return { ok: true, value: appId }
  return {
    ok: false,
    errors: {
      appId: 'An application id is a GUID, like the "id" that submitting an application returns.',
    },
  }
}
