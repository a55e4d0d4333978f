import { readJsonBody } from '@/lib/http/json-body'
import { refuseOtherMethods } from '@/lib/http/methods'
import { assertSameOrigin } from '@/lib/http/origin'
import { enforceRateLimit } from '@/lib/http/rate-limit'
import { jsonResponse } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { parseAeCallRequest } from '@/lib/walkthrough/ae-call-request'
import { callAeWithSessionToken } from '@/lib/walkthrough/ae-instance-call'

/**
 * The walkthrough's "run it" for step 3: reads one Analytics Engine instance with the session's
 * token and relays AE's answer. Read-only; the host is fixed by configuration.
 */
export const POST = route('POST /api/walkthrough/ae-call', async (request) => {
  assertSameOrigin(request)
  await enforceRateLimit(request, 'token')
  const target = parseAeCallRequest(await readJsonBody(request))

  const result = await callAeWithSessionToken(target)

  return jsonResponse(result)
})

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods(
  '/api/walkthrough/ae-call',
  ['POST'],
)
