import { readJsonBody } from '@/lib/http/json-body'
import { refuseOtherMethods } from '@/lib/http/methods'
import { assertSameOrigin } from '@/lib/http/origin'
import { enforceRateLimit } from '@/lib/http/rate-limit'
import { jsonResponse } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { adoptToken } from '@/lib/inspect/adopt'
import { parseInspectRequest } from '@/lib/inspect/inspect'

/** "Use this token": a verified, unexpired pasted token becomes the session's token. */
export const POST = route('POST /api/session/adopt', async (request) => {
  assertSameOrigin(request)
  await enforceRateLimit(request, 'inspect')
  const input = parseInspectRequest(await readJsonBody(request))

  const view = await adoptToken(input)

  return jsonResponse(view)
})

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods('/api/session/adopt', [
  'POST',
])
