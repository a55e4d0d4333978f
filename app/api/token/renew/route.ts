import { refuseOtherMethods } from '@/lib/http/methods'
import { assertSameOrigin } from '@/lib/http/origin'
import { enforceRateLimit } from '@/lib/http/rate-limit'
import { jsonResponse } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { renewWithRememberedKey } from '@/lib/workbench/renew-token'

/** Renews the session's token with the remembered key; 409 when no key is remembered. */
export const POST = route('POST /api/token/renew', async (request, context) => {
  assertSameOrigin(request)
  await enforceRateLimit(request, 'renew')

  const { view, iamRequestId, retried } = await renewWithRememberedKey()
  context.note({ iamRequestId, retried })

  return jsonResponse(view)
})

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods('/api/token/renew', [
  'POST',
])
