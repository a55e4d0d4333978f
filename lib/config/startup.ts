import { randomBytes } from 'node:crypto'

import { ConfigError, loadConfig, type AppConfig } from './index'

type Env = Record<string, string | undefined>

export interface StartupReport {
  config: AppConfig
  /** True when no SESSION_PASSWORD was given and a random one was made for this process. */
  generatedSessionPassword: boolean
}

/**
 * Validates the environment once, before the server takes requests. Outside production a missing
 * SESSION_PASSWORD is replaced by a random one (sessions then end when the process stops);
 * production must be given one. Throws ConfigError naming the variable at fault.
 */
export function prepareEnvironment(env: Env = process.env): StartupReport {
  const isProduction = env.NODE_ENV === 'production'
  const missingPassword = (env.SESSION_PASSWORD ?? '').trim() === ''

  if (missingPassword && isProduction) {
    throw new ConfigError(
      'SESSION_PASSWORD is not set. Production needs a random secret of at least 32 characters, ' +
        'for example the output of `openssl rand -base64 32`.',
    )
  }
  if (missingPassword) env.SESSION_PASSWORD = randomBytes(32).toString('base64url')

  return { config: loadConfig(env), generatedSessionPassword: missingPassword }
}
