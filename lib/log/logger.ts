import pino, { type DestinationStream, type Logger } from 'pino'

import { logLevelFrom } from './levels'
import { redactSecretFields, scrubSecretShapes } from './redact'

/**
 * A structured logger: one JSON line per event. Secrets are removed by the configuration
 * itself (see ./redact), so no call site can leak one by passing the wrong object.
 * `destination` is for tests; the server writes to stdout.
 */
export function createLogger(destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: logLevelFrom(process.env.LOG_LEVEL),
    base: { app: 'iam-token-workbench' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: {
      level: (label) => ({ level: label }),
      log: redactSecretFields,
    },
    hooks: { streamWrite: scrubSecretShapes },
  }
  return destination ? pino(options, destination) : pino(options)
}

/** The server's logger. */
export const logger = createLogger()
