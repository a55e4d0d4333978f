import { refuseOtherMethods } from '@/lib/http/methods'
import { assertSameOrigin } from '@/lib/http/origin'
import { emptyResponse, jsonResponse } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { clearSession } from '@/lib/session/cookie-session'
import { currentSessionState } from '@/lib/session/current-session'

/** The token held in this browser's session, or null. */
export const GET = route('GET /api/session', async () => {
  return jsonResponse(await currentSessionState())
})

/** "Forget token": drops the token and any remembered key by clearing the cookie. */
export const DELETE = route('DELETE /api/session', async (request) => {
  assertSameOrigin(request)
  await clearSession()
  return emptyResponse(204)
})

export const { POST, PUT, PATCH, OPTIONS } = refuseOtherMethods('/api/session', ['GET', 'DELETE'])
