/** pino's levels, for LOG_LEVEL. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

export type LogLevel = (typeof LOG_LEVELS)[number]

/**
 * LOG_LEVEL when it names a level, else 'info'. The logger is created on import, before the
 * start-up check can report a wrong value, and must not throw there.
 */
export function logLevelFrom(value: string | undefined): LogLevel {
  return LOG_LEVELS.find((level) => level === value?.trim()) ?? 'info'
}
