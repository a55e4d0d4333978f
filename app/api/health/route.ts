import { refuseOtherMethods } from '@/lib/http/methods'
import { jsonResponse } from '@/lib/http/respond'
import { route } from '@/lib/http/route'

/** Liveness for load balancers and the test harness. Touches neither IAM nor the session. */
export const GET = route('GET /api/health', async () => jsonResponse({ status: 'ok' }))

export const { POST, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods('/api/health', ['GET'])
