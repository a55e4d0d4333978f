import { IAM_TOKEN_PATH, envSchema } from './env-schema'
import { parseSessionPasswords, type SessionPasswords } from './session-passwords'

export interface AppConfig {
  /** IAM base URL without a trailing slash, e.g. https://iam.cloud.ibm.com */
  iamUrl: string
  iamTokenUrl: string
  iamTimeoutMs: number
  /** Replaces https://api.<region>.ae.cloud.ibm.com in snippets when set. */
  aeApiUrl: string | undefined
  tokenRateLimitPerMinute: number
  /** After fetching IAM's signing keys, how long a token with an unknown kid waits for another. */
  iamKeysCooldownSeconds: number
  sessionPasswords: SessionPasswords
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

type Env = Record<string, string | undefined>

/** Parses and validates the environment. Throws ConfigError with one sentence per problem. */
export function loadConfig(env: Env = process.env): AppConfig {
  // An empty variable (FOO=) means "not set", so defaults apply.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''))
  const parsed = envSchema.safeParse(present)
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => issue.message).join(' '))
  }

  const { data } = parsed
  let sessionPasswords: SessionPasswords
  try {
    sessionPasswords = parseSessionPasswords(data.SESSION_PASSWORD)
  } catch (error) {
    throw new ConfigError(error instanceof Error ? error.message : String(error))
  }

  return {
    iamUrl: data.IAM_URL,
    iamTokenUrl: `${data.IAM_URL}${IAM_TOKEN_PATH}`,
    iamTimeoutMs: data.IAM_TIMEOUT_MS,
    aeApiUrl: data.AE_API_URL,
    tokenRateLimitPerMinute: data.TOKEN_RATE_LIMIT,
    iamKeysCooldownSeconds: data.IAM_KEYS_COOLDOWN_SECONDS,
    sessionPasswords,
  }
}

let cached: AppConfig | undefined

/** The process-wide configuration, parsed on first use. */
export function getConfig(): AppConfig {
  cached ??= loadConfig()
  return cached
}
