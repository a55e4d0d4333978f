import { describe, expect, it } from 'vitest'

import { ConfigError, loadConfig } from '@/lib/config'
import { prepareEnvironment } from '@/lib/config/startup'

const PASSWORD = 'p'.repeat(32)

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({ SESSION_PASSWORD: PASSWORD })
    expect(config).toMatchObject({
      iamUrl: 'https://iam.cloud.ibm.com',
      iamTokenUrl: 'https://iam.cloud.ibm.com/identity/token',
      iamTimeoutMs: 10_000,
      aeApiUrl: undefined,
      tokenRateLimitPerMinute: 30,
      sessionPasswords: { '1': PASSWORD },
    })
  })

  it('accepts IAM_URL with or without the token path and trailing slashes', () => {
    for (const value of ['http://127.0.0.1:4010/', 'http://127.0.0.1:4010/identity/token']) {
      const config = loadConfig({ SESSION_PASSWORD: PASSWORD, IAM_URL: value })
      expect(config.iamTokenUrl).toBe('http://127.0.0.1:4010/identity/token')
    }
  })

  it('treats empty variables as unset', () => {
    const config = loadConfig({ SESSION_PASSWORD: PASSWORD, IAM_URL: '', AE_API_URL: '' })
    expect(config.iamUrl).toBe('https://iam.cloud.ibm.com')
    expect(config.aeApiUrl).toBeUndefined()
  })

  it.each([
    [{ IAM_URL: 'ftp://example.com' }, /IAM_URL must be an http/],
    [{ IAM_URL: 'not a url' }, /IAM_URL must be an http/],
    [{ IAM_TIMEOUT_MS: '10s' }, /IAM_TIMEOUT_MS must be a whole number/],
    [{ IAM_TIMEOUT_MS: '5' }, /IAM_TIMEOUT_MS must be between 100 and 120000/],
    [{ AE_API_URL: 'javascript:alert(1)' }, /AE_API_URL must be an http/],
    [{ AE_API_URL: 'http://127.0.0.1:4010/?x=1' }, /AE_API_URL .* without query, fragment/],
    [{ IAM_URL: 'https://user:secret@iam.example.com' }, /IAM_URL .* user info/],
    [{ IAM_URL: 'https://iam.example.com/#top' }, /IAM_URL .* fragment/],
    [{ LOG_LEVEL: 'verbose' }, /LOG_LEVEL must be one of fatal, error, warn, info, debug/],
    [{ TOKEN_RATE_LIMIT: '0' }, /TOKEN_RATE_LIMIT must be between/],
  ])('rejects %o with a sentence naming the variable', (env, message) => {
    expect(() => loadConfig({ SESSION_PASSWORD: PASSWORD, ...env })).toThrow(message)
  })

  it('refuses a missing or short session password, naming SESSION_PASSWORD', () => {
    expect(() => loadConfig({})).toThrow(/SESSION_PASSWORD is not set/)
    expect(() => loadConfig({ SESSION_PASSWORD: 'short' })).toThrow(
      /SESSION_PASSWORD is too short: it needs at least 32 characters/,
    )
  })

  it('reads numbered passwords for rotation; the highest number seals', () => {
    const rotation = JSON.stringify({ '2': 'n'.repeat(32), '1': 'o'.repeat(32) })
    expect(loadConfig({ SESSION_PASSWORD: rotation }).sessionPasswords).toEqual({
      '1': 'o'.repeat(32),
      '2': 'n'.repeat(32),
    })
    expect(() => loadConfig({ SESSION_PASSWORD: '{"x":"' + 'a'.repeat(32) + '"}' })).toThrow(
      /whole-number ids/,
    )
    expect(() => loadConfig({ SESSION_PASSWORD: '{not json' })).toThrow(/not valid JSON/)
    expect(() => loadConfig({ SESSION_PASSWORD: '{"1":"short"}' })).toThrow(/entry 1/)
  })
})

describe('prepareEnvironment', () => {
  it('refuses to run production without SESSION_PASSWORD', () => {
    expect(() => prepareEnvironment({ NODE_ENV: 'production' })).toThrow(ConfigError)
    expect(() => prepareEnvironment({ NODE_ENV: 'production' })).toThrow(/SESSION_PASSWORD/)
  })

  it('generates a random password outside production and says so', () => {
    const env: Record<string, string | undefined> = { NODE_ENV: 'development' }
    const report = prepareEnvironment(env)
    expect(report.generatedSessionPassword).toBe(true)
    expect(env.SESSION_PASSWORD?.length).toBeGreaterThanOrEqual(32)

    const again = prepareEnvironment({ NODE_ENV: 'development' })
    expect(again.config.sessionPasswords['1']).not.toBe(report.config.sessionPasswords['1'])
  })

  it('keeps a given password', () => {
    const report = prepareEnvironment({ NODE_ENV: 'production', SESSION_PASSWORD: PASSWORD })
    expect(report.generatedSessionPassword).toBe(false)
  })
})
