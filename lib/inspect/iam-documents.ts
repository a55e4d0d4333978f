import 'server-only'

import { z } from 'zod'

import { withDeadline } from '@/lib/http/deadline'
import { USER_AGENT } from '@/lib/http/user-agent'

/**
 * Reads IAM's public documents for verification: the OIDC discovery document (for the expected
 * issuer and the JWKS address, iam-facts §3.5) and, through jose, the JWKS itself. Every way the
 * network can fail becomes an IamKeysUnavailable, so "could not check" is never confused with
 * "forged".
 */

const DISCOVERY_PATH = '/identity/.well-known/openid-configuration'
const KEYS_PATH = '/identity/keys'

export type UnavailableKind = 'unreachable' | 'timeout' | 'status' | 'bad_answer'

/** IAM could not be asked, or did not answer usefully. `message` is a sentence for people. */
export class IamKeysUnavailable extends Error {
  override name = 'IamKeysUnavailable'
  // Compared by code, not instanceof: Next may load this module once per route bundle.
  readonly code = 'IAM_KEYS_UNAVAILABLE'

  constructor(
    readonly kind: UnavailableKind,
    message: string,
  ) {
    super(message)
  }
}

export function unavailable(kind: UnavailableKind, host: string, detail = ''): IamKeysUnavailable {
  const sentences: Record<UnavailableKind, string> = {
    unreachable: `IAM at ${host} could not be reached`,
    timeout: `IAM at ${host} did not answer in time`,
    status: `IAM at ${host} answered ${detail || 'with an error'}`,
    bad_answer: `IAM at ${host} answered with something that is not ${detail || 'what it publishes'}`,
  }
  return new IamKeysUnavailable(
    kind,
    `${sentences[kind]}, so the signature could not be checked. The claims shown are unverified.`,
  )
}

export function isIamKeysUnavailable(error: unknown): error is IamKeysUnavailable {
  return error instanceof Error && (error as { code?: unknown }).code === 'IAM_KEYS_UNAVAILABLE'
}

const discoverySchema = z.looseObject({
  issuer: z.string().min(1),
  jwks_uri: z
    .string()
    .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol))
    .optional(),
})

export interface IamDiscovery {
  /** The `iss` IAM's tokens carry; never built from IAM_URL (iam-facts §3.5). */
  issuer: string
  jwksUri: string
}

/** GET <IAM_URL>/identity/.well-known/openid-configuration, validated. */
export async function fetchDiscovery(iamUrl: string, timeoutMs: number): Promise<IamDiscovery> {
  const host = new URL(iamUrl).host
  const json = await withDeadline(timeoutMs, async (signal) => {
    const response = await guardedFetch(host)(`${iamUrl}${DISCOVERY_PATH}`, {
      headers: new Headers({ Accept: 'application/json', 'User-Agent': USER_AGENT }),
      method: 'GET',
      redirect: 'manual',
      signal,
    })
    try {
      return (await response.json()) as unknown
    } catch {
      if (signal.aborted) throw unavailable('timeout', host)
      throw unavailable('bad_answer', host, 'its discovery document')
    }
  })

  const parsed = discoverySchema.safeParse(json)
  if (!parsed.success) throw unavailable('bad_answer', host, 'its discovery document')
  return {
    issuer: parsed.data.issuer,
    jwksUri: parsed.data.jwks_uri ?? `${iamUrl}${KEYS_PATH}`,
  }
}

interface FetchOptions {
  headers: Headers
  method: 'GET'
  redirect: 'manual'
  signal: AbortSignal
}

/**
 * fetch for IAM's documents (also handed to jose for the JWKS): only a 200 passes; network
 * failures, timeouts and error statuses become IamKeysUnavailable.
 */
export function guardedFetch(host: string) {
  return async (url: string, options: FetchOptions): Promise<Response> => {
    let response: Response
    try {
      response = await fetch(url, { ...options, cache: 'no-store' })
    } catch {
      throw unavailable(options.signal.aborted ? 'timeout' : 'unreachable', host)
    }
    if (response.status !== 200) {
      await response.body?.cancel()
      throw unavailable('status', host, `HTTP ${response.status}`)
    }
    return response
  }
}
