import { describe, expect, it } from 'vitest'

import { loadConfig } from '@/lib/config'

const PASSWORD = 'p'.repeat(32)

describe('IAM_KEYS_COOLDOWN_SECONDS', () => {
  it('defaults to 30 seconds, as jose does', () => {
    expect(loadConfig({ SESSION_PASSWORD: PASSWORD }).iamKeysCooldownSeconds).toBe(30)
  })

  it('accepts 0 to 3600 whole seconds', () => {
    for (const value of ['0', '5', '3600']) {
      const config = loadConfig({ SESSION_PASSWORD: PASSWORD, IAM_KEYS_COOLDOWN_SECONDS: value })
      expect(config.iamKeysCooldownSeconds).toBe(Number(value))
    }
  })

  it('refuses anything else with a sentence naming the variable', () => {
    for (const value of ['-1', '1.5', '3601', 'soon']) {
      expect(() =>
        loadConfig({ SESSION_PASSWORD: PASSWORD, IAM_KEYS_COOLDOWN_SECONDS: value }),
      ).toThrow(/IAM_KEYS_COOLDOWN_SECONDS must be/)
    }
  })
})
