// Shared helpers for the emulator tests: start a quiet emulator, call its endpoints, read JWTs.
import { afterAll, afterEach, beforeAll } from 'vitest'

import { startEmulator } from '@/lib/emulator'
import type { EmulatorOptions, RunningEmulator } from '@/lib/emulator'

export const APIKEY_GRANT = 'urn:ibm:params:oauth:grant-type:apikey'

/**
 * One emulator for the whole test file, with faults and stats reset after every test. Tests
 * that change keys or need special options start their own emulator instead.
 */
export function sharedEmulator(options: EmulatorOptions = {}): () => RunningEmulator {
  let emulator: RunningEmulator | undefined
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, quiet: true, ...options })
  })
  afterEach(() => {
    emulator?.clearFaults()
    emulator?.resetStats()
  })
  afterAll(async () => {
    await emulator?.close()
  })
  return () => {
    if (emulator === undefined) throw new Error('The shared emulator has not started yet.')
    return emulator
  }
}

export async function withEmulator<T>(
  options: EmulatorOptions,
  run: (emulator: RunningEmulator) => Promise<T>,
): Promise<T> {
  const emulator = await startEmulator({ port: 0, quiet: true, ...options })
  try {
    return await run(emulator)
  } finally {
    await emulator.close()
  }
}

export function postForm(
  url: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  })
}

export function requestToken(
  emulator: RunningEmulator,
  apikey: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return postForm(`${emulator.url}/identity/token`, { grant_type: APIKEY_GRANT, apikey }, headers)
}

export function apikeyOf(emulator: RunningEmulator, kind: 'user' | 'serviceId'): string {
  const key = emulator.demoKeys.find((demoKey) => demoKey.kind === kind)
  if (key === undefined) throw new Error(`The emulator has no demo key of kind ${kind}.`)
  return key.apikey
}

export async function accessToken(emulator: RunningEmulator, kind: 'user' | 'serviceId') {
  const response = await requestToken(emulator, apikeyOf(emulator, kind))
  const body = (await response.json()) as { access_token: string }
  return body.access_token
}

/** The raw JSON text of a JWT part: 0 = header, 1 = payload. */
export function jwtPartText(token: string, part: 0 | 1): string {
  const segment = token.split('.')[part]
  if (segment === undefined) throw new Error('Not a JWT: it has fewer than three parts.')
  return Buffer.from(segment, 'base64url').toString('utf8')
}

export function jwtPayload(token: string): Record<string, unknown> {
  return JSON.parse(jwtPartText(token, 1)) as Record<string, unknown>
}

export function basicAuth(clientId: string, clientSecret: string): string {
  return `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`
}

export function bearer(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` }
}

/** Every header name and value of a response, as one string, for "never leaks" checks. */
export function headerText(response: Response): string {
  return [...response.headers.entries()].map(([name, value]) => `${name}: ${value}`).join('\n')
}

/**
 * A token whose payload was changed after signing, so its signature no longer matches: what a
 * forger without the private key can produce. Cheaper than generating a second RSA key.
 */
export function tamperedToken(token: string, claims: Record<string, unknown>): string {
  const [header = '', payload = '', signature = ''] = token.split('.')
  const original = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as object
  const forged = Buffer.from(JSON.stringify({ ...original, ...claims })).toString('base64url')
  return [header, forged, signature].join('.')
}
