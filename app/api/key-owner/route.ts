import { readJsonBody } from '@/lib/http/json-body'
import { refuseOtherMethods } from '@/lib/http/methods'
import { assertSameOrigin } from '@/lib/http/origin'
import { enforceRateLimit } from '@/lib/http/rate-limit'
import { jsonResponse } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { keyToLookUp, lookUpKeyOwner, parseKeyOwnerRequest } from '@/lib/inspect/key-owner'

/** "Who owns this key": the key's name, owner, account and creation date. Never the key. */
export const POST = route('POST /api/key-owner', async (request) => {
  assertSameOrigin(request)
  // It reaches IAM with a key, twice, so it spends the token budget.
  await enforceRateLimit(request, 'token')
  const { apikey } = parseKeyOwnerRequest(await readJsonBody(request))

  const owner = await lookUpKeyOwner(await keyToLookUp(apikey))

  return jsonResponse(owner)
})

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods('/api/key-owner', [
  'POST',
])
