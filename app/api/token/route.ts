import { readJsonBody } from '@/lib/http/json-body'
import { refuseOtherMethods } from '@/lib/http/methods'
import { assertSameOrigin } from '@/lib/http/origin'
import { enforceRateLimit } from '@/lib/http/rate-limit'
import { jsonResponse } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { parseTokenRequest } from '@/lib/iam/apikey-input'
import { getTokenWithApiKey } from '@/lib/workbench/get-token'

/** Exchanges an API key for an IAM access token and keeps the token in the session cookie. */
export const POST = route('POST /api/token', async (request, context) => {
  assertSameOrigin(request)
  await enforceRateLimit(request, 'token')
  const input = parseTokenRequest(await readJsonBody(request))

  const { view, iamRequestId, retried } = await getTokenWithApiKey(input)
  context.note({ iamRequestId, retried })

  return jsonResponse(view)
})

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods('/api/token', ['POST'])
