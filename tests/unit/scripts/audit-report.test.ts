import { describe, expect, it } from 'vitest'

import { interpretAudit } from '@/scripts/lib/audit-report'

/** The shape `npm audit --json` prints (auditReportVersion 2), with made-up advisories. */
function report(vulnerabilities: Record<string, { severity: string; via: unknown[] }>) {
  const counts = { info: 0, low: 0, moderate: 0, high: 0, critical: 0 }
  for (const { severity } of Object.values(vulnerabilities)) {
    counts[severity as keyof typeof counts] += 1
  }
  return JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: { ...counts, total: Object.keys(vulnerabilities).length } },
  })
}

describe('interpretAudit', () => {
  it('passes a clean report', () => {
    expect(interpretAudit(report({}))).toEqual({
      kind: 'report',
      counts: { info: 0, low: 0, moderate: 0, high: 0, critical: 0 },
      blocking: [],
    })
  })

  it('lets low and moderate advisories through but names high and critical ones', () => {
    const outcome = interpretAudit(
      report({
        'left-pad': { severity: 'low', via: [{ title: 'Pads too much' }] },
        'some-parser': { severity: 'high', via: [{ title: 'Prototype pollution' }] },
        'its-user': { severity: 'critical', via: ['some-parser'] },
      }),
    )
    expect(outcome).toMatchObject({
      kind: 'report',
      counts: { low: 1, high: 1, critical: 1 },
      blocking: ['some-parser (high: Prototype pollution)', 'its-user (critical)'],
    })
  })

  it('reports why when the advisory endpoint refuses the request', () => {
    const refusal = JSON.stringify({
      message:
        '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      error: { summary: '', detail: '' },
    })
    expect(interpretAudit(refusal)).toEqual({
      kind: 'unavailable',
      reason:
        '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk',
    })
  })

  it('reports npm error bodies and output that is not JSON', () => {
    const offline = JSON.stringify({
      error: { code: 'ENOTFOUND', summary: 'getaddrinfo ENOTFOUND' },
    })
    expect(interpretAudit(offline)).toEqual({
      kind: 'unavailable',
      reason: 'getaddrinfo ENOTFOUND',
    })
    expect(interpretAudit('', 'npm error network timeout\nmore')).toEqual({
      kind: 'unavailable',
      reason: 'npm error network timeout',
    })
  })
})
