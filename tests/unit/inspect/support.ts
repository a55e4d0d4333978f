// Helpers for the inspect tests: a verifier wired to an emulator, and tokens made at test time.
import { createServer } from 'node:net'

import { decodeProtectedHeader } from 'jose'

import type { RunningEmulator } from '@/lib/emulator'
import { createTokenVerifier, type VerifierOptions } from '@/lib/inspect/verify'

export { accessToken, tamperedToken, withEmulator, sharedEmulator } from '../emulator/helpers'

export function verifierFor(
  emulator: Pick<RunningEmulator, 'url'>,
  options: Partial<VerifierOptions> = {},
) {
  return createTokenVerifier({
    iamUrl: emulator.url,
    timeoutMs: 1500,
    keysCooldownMs: 30_000,
    ...options,
  })
}

export function headerOf(token: string): Record<string, unknown> {
  return { ...decodeProtectedHeader(token) }
}

/** A port on which nothing listens: bound for a moment, then released. */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (address === null || typeof address === 'string') throw new Error('no port was bound')
  return address.port
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000)
}
