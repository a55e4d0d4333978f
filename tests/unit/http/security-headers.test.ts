import { describe, expect, it } from 'vitest'

import {
  API_CONTENT_SECURITY_POLICY,
  commonSecurityHeaders,
  createNonce,
  pageContentSecurityPolicy,
} from '@/lib/http/security-headers'

const production = { nonce: 'bm9uY2U=', isDevelopment: false, isProduction: true }

describe('pageContentSecurityPolicy', () => {
  it('allows scripts and styles only with the nonce in production', () => {
    const policy = pageContentSecurityPolicy(production)
    expect(policy).toContain("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic';")
    expect(policy).toContain("style-src 'self' 'nonce-bm9uY2U=';")
    expect(policy).not.toMatch(/unsafe-(inline|eval)/)
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toMatch(/upgrade-insecure-requests$/)
  })

  it("adds 'unsafe-eval' for scripts only in development, and never upgrades there", () => {
    const policy = pageContentSecurityPolicy({
      ...production,
      isDevelopment: true,
      isProduction: false,
    })
    expect(policy).toContain("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic' 'unsafe-eval';")
    expect(policy).not.toContain('upgrade-insecure-requests')
  })
})

describe('commonSecurityHeaders', () => {
  it('sends HSTS only in production', () => {
    expect(commonSecurityHeaders({ isProduction: true })['Strict-Transport-Security']).toBe(
      'max-age=63072000; includeSubDomains',
    )
    expect(commonSecurityHeaders({ isProduction: false })).not.toHaveProperty(
      'Strict-Transport-Security',
    )
  })

  it('denies powerful features without naming any the browser does not know', () => {
    const policy = commonSecurityHeaders({ isProduction: true })['Permissions-Policy']
    for (const entry of policy.split(', ')) expect(entry).toMatch(/^[a-z-]+=\(\)$/)
    expect(policy).not.toContain('interest-cohort')
  })

  it('lets API answers load nothing', () => {
    expect(API_CONTENT_SECURITY_POLICY).toBe("default-src 'none'; frame-ancestors 'none'")
  })
})

describe('createNonce', () => {
  it('is base64 from 122 random bits and differs every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce))
    expect(nonces.size).toBe(100)
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{48}$/)
  })
})
