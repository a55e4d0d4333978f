/**
 * `npm run check:budget`: fails when the JavaScript the home page loads on first visit, gzipped,
 * is over budget. Runs after `next build` (CI runs it in `npm test`). How the chunks are found,
 * and how the number was checked against what Chromium downloads: scripts/bench/first-load-js.ts
 * and tests/e2e/page-weight.spec.ts.
 */
import path from 'node:path'

import { firstLoadJs } from './bench/first-load-js'

/** Most of this is the framework every page loads (~134 kB today): keep the page's own small. */
export const FIRST_LOAD_JS_BUDGET_BYTES = 200_000

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`

function main(): void {
  const nextDir = path.resolve(import.meta.dirname, '..', '.next')
  const firstLoad = firstLoadJs(nextDir, '/')

  console.log(`First-load JavaScript of ${firstLoad.route} (gzip, zlib default level):`)
  for (const chunk of firstLoad.chunks) {
    console.log(
      `  ${kB(chunk.gzipBytes).padStart(9)}  ${kB(chunk.bytes).padStart(9)} raw  ` +
        `${chunk.kind.padEnd(9)}  ${chunk.url}`,
    )
  }
  const ofKind = (kind: string) =>
    firstLoad.chunks.filter((c) => c.kind === kind).reduce((sum, c) => sum + c.gzipBytes, 0)
  console.log(
    `  ${kB(ofKind('framework')).padStart(9)}  runtime and framework: every page loads these`,
  )
  console.log(
    `  ${kB(ofKind('page')).padStart(9)}  entries of the layout and page, with their client components`,
  )
  const within = firstLoad.gzipBytes <= FIRST_LOAD_JS_BUDGET_BYTES
  console.log(
    `  ${kB(firstLoad.gzipBytes).padStart(9)}  total, budget ${kB(FIRST_LOAD_JS_BUDGET_BYTES)}: ` +
      (within ? '✓ within budget' : '✗ OVER BUDGET'),
  )
  if (!within) {
    console.error(
      'check-budget: the page loads too much JavaScript. Keep client components small and load ' +
        'rarely used panels with next/dynamic.',
    )
    process.exitCode = 1
  }
}

try {
  main()
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
}
