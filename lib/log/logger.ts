import pino from 'pino'

/**
 * Field names whose values are secrets wherever they appear in a log record (top level or one
 * level down). Log call sites never pass these on purpose; this is the net under them.
 */
const SECRET_FIELDS = [
  'apikey',
  'apiKey',
  'api_key',
  'access_token',
  'accessToken',
  'refresh_token',
  'token',
  'password',
  'cookie',
  'authorization',
  'set-cookie',
]

export const REDACTED_PATHS = SECRET_FIELDS.flatMap((field) => [
  field,
  `*.${field}`,
  `*.*.${field}`,
])

/** The server's structured logger: one JSON line per event on stdout. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { app: 'iam-token-workbench' },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  formatters: { level: (label) => ({ level: label }) },
})
