import { readJsonBody } from '@/lib/http/json-body'
import { refuseOtherMethods } from '@/lib/http/methods'
import { assertSameOrigin } from '@/lib/http/origin'
import { enforceRateLimit } from '@/lib/http/rate-limit'
import { jsonResponse } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { inspectInput, parseInspectRequest } from '@/lib/inspect/inspect'
import { tokenVerifier } from '@/lib/inspect/verifier'

/**
 * Says what a pasted token is, who it belongs to, whether IAM signed it and when it dies. Changes
 * nothing; the input is neither stored nor logged.
 */
export const POST = route('POST /api/inspect', async (request) => {
  assertSameOrigin(request)
  await enforceRateLimit(request, 'inspect')
  const input = parseInspectRequest(await readJsonBody(request))

  const { result } = await inspectInput(input, tokenVerifier())

  return jsonResponse(result)
})

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods('/api/inspect', [
  'POST',
])
