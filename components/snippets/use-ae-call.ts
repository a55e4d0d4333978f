import { useState } from 'react'

import {
  AE_OPERATIONS,
  AE_REGIONS,
  parseAeTarget,
  parseApplicationId,
  type AeOperationId,
  type AeTarget,
} from '@/lib/snippets'

import type { AeFieldValues } from './ae-target-fields'

const INITIAL: AeFieldValues = {
  api: 'v3',
  region: 'us-south',
  instance: '',
  appId: '',
  operationId: 'v3-get-instance',
}

export type AeCallState =
  | { ok: true; aeTarget: AeTarget; appId: string | null }
  | { ok: false; errors: Partial<Record<'api' | 'region' | 'instance' | 'appId', string>> }

/**
 * The Analytics Engine form's values and their validation. Only a fully valid state yields a
 * target, so nothing a user typed reaches a snippet unchecked.
 */
export function useAeCall() {
  const [values, setValues] = useState<AeFieldValues>(INITIAL)

  function update(next: Partial<AeFieldValues>) {
    setValues((current) => {
      const merged = { ...current, ...next }
      if (next.api && next.api !== current.api) {
        const firstOperation = AE_OPERATIONS.find((operation) => operation.api === next.api)
        const servesRegion = AE_REGIONS[next.api].some((region) => region.id === merged.region)
        merged.operationId = (firstOperation?.id ?? merged.operationId) as AeOperationId
        if (!servesRegion) merged.region = AE_REGIONS[next.api][0].id
      }
      return merged
    })
  }

  // A pasted CRN names its region; the region choice then steps aside.
  const isCrn = values.instance.trim().startsWith('crn:')
  const target = parseAeTarget({
    api: values.api,
    region: isCrn ? '' : values.region,
    instance: values.instance,
  })
  const operation = AE_OPERATIONS.find((candidate) => candidate.id === values.operationId)
  const needsAppId = operation?.path.includes('{application_id}') ?? false
  const app = needsAppId ? parseApplicationId(values.appId) : { ok: true as const, value: null }

  const crnRegion = isCrn && target.ok ? target.value.region : undefined
  const state: AeCallState =
    target.ok && app.ok
      ? { ok: true, aeTarget: target.value, appId: app.value }
      : {
          ok: false,
          errors: { ...(target.ok ? {} : target.errors), ...(app.ok ? {} : app.errors) },
        }

  return { values, update, state, crnRegion, needsAppId }
}
