// The Analytics Engine calls the workbench offers, straight from ae-api.md (§1.2, §1.4, §2.2).
// Paths are relative to `/<api>/analytics_engines/<instance id>`; `{application_id}` marks
// where the application id goes.
import type { HttpMethod, JsonValue } from '../types'
import type { AeApi } from './regions'

export interface AeOperation {
  id: string
  title: string
  api: AeApi
  method: HttpMethod
  /** Suffix after the instance id, '' for the instance itself. */
  path: string
  body?: JsonValue
  /** The status a successful call answers with. */
  successStatus: number
}

/** The bundled wordcount sample: it runs without any Cloud Object Storage set-up (§1.4). */
export const WORDCOUNT_APPLICATION = {
  application_details: {
    application: '/opt/ibm/spark/examples/src/main/python/wordcount.py',
    arguments: ['/opt/ibm/spark/examples/src/main/resources/people.txt'],
  },
} as const satisfies JsonValue

export const AE_OPERATIONS = [
  {
    id: 'v3-get-instance',
    title: 'Get instance details',
    api: 'v3',
    method: 'GET',
    path: '',
    successStatus: 200,
  },
  {
    id: 'v3-get-instance-state',
    title: 'Get instance state',
    api: 'v3',
    method: 'GET',
    path: '/state',
    successStatus: 200,
  },
  {
    id: 'v3-submit-application',
    title: 'Submit the wordcount example application',
    api: 'v3',
    method: 'POST',
    path: '/spark_applications',
    body: WORDCOUNT_APPLICATION,
    successStatus: 202,
  },
  {
    id: 'v3-list-applications',
    title: 'List applications',
    api: 'v3',
    method: 'GET',
    path: '/spark_applications',
    successStatus: 200,
  },
  {
    id: 'v3-get-application-state',
    title: 'Get application state',
    api: 'v3',
    method: 'GET',
    path: '/spark_applications/{application_id}/state',
    successStatus: 200,
  },
  {
    id: 'v3-stop-application',
    title: 'Stop an application',
    api: 'v3',
    method: 'DELETE',
    path: '/spark_applications/{application_id}',
    successStatus: 204,
  },
  {
    id: 'v3-start-history-server',
    title: 'Start the Spark history server',
    api: 'v3',
    method: 'POST',
    path: '/spark_history_server',
    successStatus: 202,
  },
  {
    id: 'v3-stop-history-server',
    title: 'Stop the Spark history server',
    api: 'v3',
    method: 'DELETE',
    path: '/spark_history_server',
    successStatus: 204,
  },
  {
    id: 'v2-get-cluster',
    title: 'Get cluster details',
    api: 'v2',
    method: 'GET',
    path: '',
    successStatus: 200,
  },
  {
    id: 'v2-get-cluster-state',
    title: 'Get cluster state',
    api: 'v2',
    method: 'GET',
    path: '/state',
    successStatus: 200,
  },
  {
    id: 'v2-reset-password',
    title: 'Reset the cluster password',
    api: 'v2',
    method: 'POST',
    path: '/reset_password',
    successStatus: 200,
  },
] as const satisfies readonly AeOperation[]

export type AeOperationId = (typeof AE_OPERATIONS)[number]['id']

export const APPLICATION_ID_PLACEHOLDER = '{application_id}'

/** The catalogue entry; throws for an unknown id (a programming error). */
export function getAeOperation(id: AeOperationId): AeOperation {
  const operation: AeOperation | undefined = AE_OPERATIONS.find((candidate) => candidate.id === id)
  if (operation === undefined) {
    throw new Error(`snippets/ae: unknown operation '${String(id)}'. Use an id from AE_OPERATIONS.`)
  }
  return operation
}

export function needsApplicationId(operation: AeOperation): boolean {
  return operation.path.includes(APPLICATION_ID_PLACEHOLDER)
}
