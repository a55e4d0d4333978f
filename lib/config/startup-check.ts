import { logger } from '@/lib/log/logger'

import { prepareEnvironment } from './startup'

/** Logs the effective configuration (no secrets), or prints why it is wrong and exits with 1. */
export function checkConfigurationOrExit(): void {
  try {
    const { config, generatedSessionPassword } = prepareEnvironment()
    if (generatedSessionPassword) {
      logger.warn(
        'SESSION_PASSWORD is not set, so a random one was generated for this process; ' +
          'sessions end when the server stops. Set SESSION_PASSWORD to keep them.',
      )
    }
    logger.info(
      { iamUrl: config.iamUrl, aeApiUrl: config.aeApiUrl ?? null, timeoutMs: config.iamTimeoutMs },
      'configuration loaded',
    )
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    console.error(`IAM Token Workbench cannot start: ${message}`)
    process.exit(1)
  }
}
