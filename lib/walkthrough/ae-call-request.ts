// The body of POST /api/walkthrough/ae-call: which Analytics Engine instance to read. Checked with
// the same parser as the snippets, so the call that runs is the one the page shows.
import { AppError } from '@/lib/http/app-error'
import { parseAeTarget, type AeApi, type AeOperationId, type AeTarget } from '@/lib/snippets'

/** A checked target that names its instance (the snippets may leave it to $INSTANCE_ID). */
export interface AeInstanceTarget extends AeTarget {
  instanceId: string
}

/** What Analytics Engine answered, relayed as is (a 401 from AE is an answer, not our error). */
export interface AeCallResult {
  /** The URL that was called: no token, no key. */
  url: string
  status: number
  /** Parsed JSON, or the text when AE sent something else; null for an empty body. */
  body: unknown
  /** True when the body passed MAX_AE_BODY_BYTES and was cut. */
  truncated: boolean
}

/** The one read-only call the walkthrough runs: instance details, per API. */
export const INSTANCE_DETAILS_OPERATION: Record<AeApi, AeOperationId> = {
  v3: 'v3-get-instance',
  v2: 'v2-get-cluster',
}

const SHAPE_HINT =
  'Send a JSON object like {"api": "v3", "region": "us-south", "instance": "<GUID>"}.'

/** Validates the request; a 400 names every field to fix, in the parser's own sentences. */
export function parseAeCallRequest(body: unknown): AeInstanceTarget {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid(SHAPE_HINT)
  const { api, region, instance } = body as Record<string, unknown>
  if (typeof api !== 'string') throw invalid(`"api" must be "v3" or "v2". ${SHAPE_HINT}`)
  if (region !== undefined && typeof region !== 'string') {
    throw invalid('"region" must be text, such as "us-south".')
  }
  if (typeof instance !== 'string' || instance.trim() === '') {
    throw invalid(
      'Enter the instance GUID (like 046a1611-81ff-4215-a5e0-6af8d7910610) or paste the ' +
        'instance CRN.',
    )
  }

  const parsed = parseAeTarget({ api, region: region ?? '', instance })
  if (!parsed.ok) throw invalid(Object.values(parsed.errors).join(' '))
  const { instanceId } = parsed.value
  if (instanceId === null) throw invalid('The instance GUID is missing.')
  return { ...parsed.value, instanceId }
}

function invalid(message: string): AppError {
  return new AppError('invalid_request', 400, message)
}
