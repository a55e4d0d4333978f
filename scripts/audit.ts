/**
 * `npm run audit`: checks the production dependencies (`npm audit --omit=dev`) and fails on any
 * high or critical advisory. When the advisory service cannot be reached, it says so in one
 * line and fails, unless AUDIT_ALLOW_OFFLINE=1 (set by .ci/run, whose network cannot reach it):
 * then it passes, having checked nothing, and says that too.
 */
import { execFile } from 'node:child_process'

import { interpretAudit } from './lib/audit-report'

const allowOffline = process.env.AUDIT_ALLOW_OFFLINE === '1'

execFile(
  'npm',
  ['audit', '--omit=dev', '--json'],
  { maxBuffer: 64 * 1024 * 1024 },
  (_error, stdout, stderr) => {
    const outcome = interpretAudit(stdout, stderr)

    if (outcome.kind === 'unavailable') {
      const verdict = allowOffline
        ? 'AUDIT_ALLOW_OFFLINE=1, so nothing was checked and this is not a failure'
        : 'set AUDIT_ALLOW_OFFLINE=1 to accept that'
      console.log(`audit: npm audit could not run (${outcome.reason}); ${verdict}.`)
      process.exit(allowOffline ? 0 : 1)
    }

    const { counts, blocking } = outcome
    const summary = Object.entries(counts)
      .map(([severity, count]) => `${count} ${severity}`)
      .join(', ')
    console.log(`audit: production dependencies: ${summary}.`)
    if (blocking.length > 0) {
      console.log(`audit: high or critical advisories in: ${blocking.join(', ')}.`)
      process.exit(1)
    }
  },
)
