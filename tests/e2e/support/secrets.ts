import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { APIRequestContext } from '@playwright/test'

/**
 * Every API key and token the end-to-end run uses is recorded here, so the global teardown can
 * prove none of them reached a server log. One JSON object per line; cleared by global setup.
 */
export const SECRETS_FILE = 'tmp/e2e/secrets.jsonl'

export type SecretKind = 'apikey' | 'token'

export interface RecordedSecret {
  kind: SecretKind
  value: string
}

export function recordSecret(kind: SecretKind, value: string): void {
  if (value.trim() === '') throw new Error(`recordSecret: refusing an empty ${kind}`)
  mkdirSync(path.dirname(SECRETS_FILE), { recursive: true })
  appendFileSync(SECRETS_FILE, `${JSON.stringify({ kind, value })}\n`)
}

export function recordedSecrets(): RecordedSecret[] {
  if (!existsSync(SECRETS_FILE)) return []
  return readFileSync(SECRETS_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RecordedSecret)
}

/** Records the token in the session of this request context (a page's), if there is one. */
export async function recordSessionToken(request: APIRequestContext): Promise<void> {
  const body = (await (await request.get('/api/session')).json()) as {
    token: { accessToken: string } | null
  }
  if (body.token) recordSecret('token', body.token.accessToken)
}
