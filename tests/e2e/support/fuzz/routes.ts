import { DEMO_INSTANCE_ID } from '@/lib/emulator'

/**
 * The API routes the fuzzer attacks. Adding a route is one line: its method, its path and,
 * for routes that take a JSON body, the field that carries a secret (the fuzzer puts a
 * recognisable fake secret there and checks it never comes back) and other fields with some
 * valid values (the fuzzer mixes them with random ones, so requests reach deeper).
 */
export interface FuzzRoute {
  method: 'GET' | 'POST' | 'DELETE'
  path: string
  secretField?: string
  fields?: Record<string, string[]>
}

export const FUZZ_ROUTES: FuzzRoute[] = [
  { method: 'POST', path: '/api/token', secretField: 'apikey' },
  { method: 'GET', path: '/api/session' },
  { method: 'DELETE', path: '/api/session' },
  { method: 'GET', path: '/api/health' },
  { method: 'POST', path: '/api/token/renew' },
  { method: 'POST', path: '/api/inspect', secretField: 'input' },
  { method: 'POST', path: '/api/session/adopt', secretField: 'input' },
  { method: 'POST', path: '/api/key-owner', secretField: 'apikey' },
  {
    method: 'POST',
    path: '/api/walkthrough/ae-call',
    fields: { api: ['v3', 'v2'], region: ['us-south', 'eu-de'], instance: [DEMO_INSTANCE_ID] },
  },
]

/** Every fake secret the fuzzer sends starts with this; no answer or log may ever contain it. */
export const FUZZ_SECRET_PREFIX = 'test-only-fuzz-'
