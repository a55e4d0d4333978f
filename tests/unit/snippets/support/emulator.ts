// The local IAM + Analytics Engine emulator for the execution tests, plus the checks on its
// answers that every target shares.
import { afterAll, beforeAll, expect } from 'vitest'

import { AE_OPERATIONS, parseAeTarget } from '@/lib/snippets'
import type { AeOperationId, AeTarget } from '@/lib/snippets'
import { startEmulator } from '@/lib/emulator'
import type { RunningEmulator } from '@/lib/emulator'

export { startEmulator }
export type { RunningEmulator }

export async function startQuietEmulator(): Promise<RunningEmulator> {
  return startEmulator({ port: 0, quiet: true })
}

export function aeTargetFor(api: 'v3' | 'v2', instanceId?: string): AeTarget {
  const parsed = parseAeTarget({
    api,
    region: 'us-south',
    ...(instanceId ? { instance: instanceId } : {}),
  })
  if (!parsed.ok) throw new Error(`test set-up: ${JSON.stringify(parsed.errors)}`)
  return parsed.value
}

export interface Sandbox {
  emulator: RunningEmulator
  /** The demo user's key, as the snippets read it from IBMCLOUD_API_KEY. */
  apikey: string
  token: string
  /** An application already submitted, for the calls that need an application id. */
  appId: string
}

/** An emulator for one test file, with a key, a minted token and a submitted application. */
export async function startSandbox(): Promise<Sandbox> {
  const emulator = await startQuietEmulator()
  const token = await emulator.mintToken()
  return {
    emulator,
    apikey: emulator.demoKeys[0]?.apikey ?? '',
    token,
    appId: await submitApplication(emulator, token),
  }
}

/** One sandbox for the calling test file: started before its tests, closed after them. */
export function withSandbox(receive: (sandbox: Sandbox) => void): void {
  let sandbox: Sandbox | undefined
  beforeAll(async () => {
    sandbox = await startSandbox()
    receive(sandbox)
  })
  afterAll(async () => {
    await sandbox?.emulator.close()
  })
}

/** Submits the wordcount sample directly, for calls that need an application id. */
export async function submitApplication(emulator: RunningEmulator, token: string): Promise<string> {
  const response = await fetch(
    `${emulator.url}/v3/analytics_engines/${emulator.demoInstanceId}/spark_applications`,
    {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ application_details: { application: '/opt/app.py' } }),
    },
  )
  const body = (await response.json()) as { id: string }
  return body.id
}

export function successStatus(operationId: AeOperationId): number {
  return AE_OPERATIONS.find((operation) => operation.id === operationId)?.successStatus ?? 0
}

/** Checks an AE answer: status, and the body fields that show the right call was made. */
export function expectAeAnswer(
  operationId: AeOperationId,
  status: number,
  body: string,
  ids: { instanceId: string; appId: string },
): void {
  expect(status, `${operationId}: ${body}`).toBe(successStatus(operationId))
  const json = body.trim() === '' ? undefined : (JSON.parse(body) as Record<string, unknown>)
  switch (operationId) {
    case 'v3-get-instance':
    case 'v2-get-cluster':
      expect(json?.id).toBe(ids.instanceId)
      break
    case 'v3-get-instance-state':
    case 'v2-get-cluster-state':
      expect(json?.state).toEqual(expect.any(String))
      break
    case 'v3-submit-application':
      expect(json).toMatchObject({ id: expect.any(String), state: 'accepted' })
      break
    case 'v3-list-applications':
      expect(JSON.stringify(json?.applications)).toContain(ids.appId)
      break
    case 'v3-get-application-state':
      expect(json).toMatchObject({ id: ids.appId, state: expect.any(String) })
      break
    case 'v2-reset-password':
      expect(json).toMatchObject({ user_credentials: { user: 'clsadmin' } })
      break
    case 'v3-stop-application':
    case 'v3-stop-history-server':
      expect(body.trim()).toBe('')
      break
    case 'v3-start-history-server':
      break
  }
}
