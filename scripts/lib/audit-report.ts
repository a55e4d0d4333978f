/**
 * Reads the JSON that `npm audit --json` prints and decides what it means: a clean report, a
 * report with high or critical advisories, or no report at all (the advisory endpoint could
 * not be reached or refused the request).
 */

export type Severity = 'info' | 'low' | 'moderate' | 'high' | 'critical'

export type AuditOutcome =
  | { kind: 'report'; counts: Record<Severity, number>; blocking: string[] }
  | { kind: 'unavailable'; reason: string }

const BLOCKING: ReadonlySet<string> = new Set(['high', 'critical'])

interface AuditJson {
  vulnerabilities?: Record<string, { severity?: string; via?: unknown[] }>
  metadata?: { vulnerabilities?: Partial<Record<Severity, number>> }
  message?: string
  error?: { summary?: string; detail?: string; code?: string }
}

export function interpretAudit(stdout: string, stderr = ''): AuditOutcome {
  let json: AuditJson
  try {
    json = JSON.parse(stdout) as AuditJson
  } catch {
    return { kind: 'unavailable', reason: firstLine(stderr) || 'npm audit printed no JSON report' }
  }

  const counts = json.metadata?.vulnerabilities
  if (!counts || !json.vulnerabilities) {
    const reason = json.message || json.error?.summary || json.error?.detail || firstLine(stderr)
    return { kind: 'unavailable', reason: reason || 'npm audit returned no report' }
  }

  const blocking = Object.entries(json.vulnerabilities)
    .filter(([, entry]) => BLOCKING.has(entry.severity ?? ''))
    .map(([name, entry]) => `${name} (${entry.severity}${titles(entry.via)})`)
  return {
    kind: 'report',
    counts: {
      info: counts.info ?? 0,
      low: counts.low ?? 0,
      moderate: counts.moderate ?? 0,
      high: counts.high ?? 0,
      critical: counts.critical ?? 0,
    },
    blocking,
  }
}

/** The advisory titles in `via` (entries that are strings name other vulnerable packages). */
function titles(via: unknown[] | undefined): string {
  const found = (via ?? [])
    .map((item) =>
      typeof item === 'object' && item !== null ? (item as { title?: unknown }).title : undefined,
    )
    .filter((title): title is string => typeof title === 'string')
  return found.length > 0 ? `: ${found.join('; ')}` : ''
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? ''
  )
}
