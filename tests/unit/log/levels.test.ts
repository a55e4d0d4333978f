import { describe, expect, it } from 'vitest'

import { logLevelFrom } from '@/lib/log/levels'

describe('logLevelFrom', () => {
  it('takes a pino level and falls back to info for anything else', () => {
    expect(logLevelFrom('debug')).toBe('debug')
    expect(logLevelFrom(' warn ')).toBe('warn')
    expect(logLevelFrom('verbose')).toBe('info')
    expect(logLevelFrom(undefined)).toBe('info')
  })
})
