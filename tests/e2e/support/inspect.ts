import type { MintOverrides } from '@/lib/emulator'

import { APP_URL, EMULATOR_URL } from './env'
import { recordSecret } from './secrets'

/** Helpers for the inspect specs: tokens made by the emulator at test time, and API calls. */

export const JSON_HEADERS = { 'Content-Type': 'application/json' }

/** POST /__emulator/mint on the shared emulator: a token with chosen claims, times or kid. */
export async function mintToken(overrides: MintOverrides = {}): Promise<string> {
  const response = await fetch(`${EMULATOR_URL}/__emulator/mint`, {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify(overrides),
  })
  if (!response.ok) throw new Error(`mint failed: ${await response.text()}`)
  const token = ((await response.json()) as { access_token: string }).access_token
  recordSecret('token', token)
  return token
}

/** The emulator's /identity/token answer for a key, as the exact text IAM would send. */
export async function tokenResponseText(apikey: string, iamUrl = EMULATOR_URL): Promise<string> {
  const response = await fetch(`${iamUrl}/identity/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'urn:ibm:params:oauth:grant-type:apikey', apikey }),
  })
  if (!response.ok) throw new Error(`token request failed: HTTP ${response.status}`)
  return response.text()
}

export async function accessTokenFor(apikey: string, iamUrl = EMULATOR_URL): Promise<string> {
  const text = await tokenResponseText(apikey, iamUrl)
  const token = (JSON.parse(text) as { access_token: string }).access_token
  recordSecret('token', token)
  return token
}

/** The same token with claims changed after signing: what a forger without the key can make. */
export function forged(token: string, claims: Record<string, unknown>): string {
  const [header = '', payload = '', signature = ''] = token.split('.')
  const original = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as object
  const changed = Buffer.from(JSON.stringify({ ...original, ...claims })).toString('base64url')
  return [header, changed, signature].join('.')
}

export function postJson(path: string, body: unknown, baseUrl = APP_URL, headers = {}) {
  return fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { ...JSON_HEADERS, ...headers },
    body: JSON.stringify(body),
  })
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000)
}
