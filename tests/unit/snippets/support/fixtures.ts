// Inputs shared by the rendering tests.
import { parseAeTarget } from '@/lib/snippets'
import type { AeTarget } from '@/lib/snippets'

export const GUID = '046a1611-81ff-4215-a5e0-6af8d7910610'
export const APP = '9b2c8a1e-2f3d-4c5b-8a7e-1d2c3b4a5f6e'
/** Shaped like an access token (three base64url parts); not a real one. */
export const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl-_x'

/** A checked us-south target; the instance GUID is optional. */
export function usSouth(api: 'v3' | 'v2', instance?: string): AeTarget {
  const parsed = parseAeTarget({ api, region: 'us-south', ...(instance ? { instance } : {}) })
  if (!parsed.ok) throw new Error('test set-up: bad target')
  return parsed.value
}
