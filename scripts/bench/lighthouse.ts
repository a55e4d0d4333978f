/**
 * `npm run bench:lighthouse`: Lighthouse 12.2.3 against the production build, on the page as a new
 * visitor sees it (no token), with the mobile (default) and desktop presets. Lighthouse is not a
 * dependency of the app: npx fetches it into npm's cache on first use (~110 MB, needs the npm
 * registry). Uses Debian's Chromium ($CHROME_PATH, default /usr/bin/chromium). Reports the four
 * category scores against the targets and the failing audits; reports for every preset are saved
 * under tmp/lighthouse/.
 *
 * Environment: BENCH_APP_PORT (default 3415), BENCH_EMULATOR_PORT (4415).
 */
import { execFile } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import { buildIfNeeded } from '../lib/build-if-needed'
import { CHROMIUM_ARGS } from '../lib/chromium'

import { describeMachine, machineLine } from './machine'
import { benchPorts, startStack } from './stack'

const LIGHTHOUSE = 'lighthouse@12.2.3'
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS].join(' ')
const PRESETS = ['mobile', 'desktop'] as const
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
/** The targets; SEO is reported without one. */
const TARGETS: Partial<Record<(typeof CATEGORIES)[number], number>> = {
  performance: 98,
  accessibility: 100,
  'best-practices': 100,
}
const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
] as const

const OUTPUT_DIR = path.resolve(import.meta.dirname, '..', '..', 'tmp', 'lighthouse')
const log = (line: string) => console.error(`[lighthouse] ${line}`)
const run = promisify(execFile)

interface LighthouseReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string }[] }>
  audits: Record<string, { title: string; score: number | null; displayValue?: string }>
  runWarnings?: string[]
}

async function audit(url: string, preset: (typeof PRESETS)[number]): Promise<LighthouseReport> {
  const outputPath = path.join(OUTPUT_DIR, `${preset}.json`)
  await run(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
      url,
      `--chrome-flags=${CHROME_FLAGS}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
      '--output=json',
      `--output-path=${outputPath}`,
      '--quiet',
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
      maxBuffer: 16 * 1024 * 1024,
    },
  )
  return JSON.parse(readFileSync(outputPath, 'utf8')) as LighthouseReport
}

function describe(preset: string, report: LighthouseReport): string[] {
  const scores = CATEGORIES.map((id) => {
    const score = Math.round((report.categories[id]?.score ?? 0) * 100)
    const target = TARGETS[id]
    const verdict = target === undefined ? '' : score >= target ? ' ✓' : ` ✗ (target ${target})`
    return `${id} ${score}${verdict}`
  })
  const metrics = METRICS.map(
    ([id, label]) => `${label} ${report.audits[id]?.displayValue ?? '–'}`,
  ).join(' · ')
  const failing = CATEGORIES.filter((id) => id !== 'performance').flatMap((id) =>
    (report.categories[id]?.auditRefs ?? [])
      .map((ref) => report.audits[ref.id])
      .filter((result) => result && result.score !== null && result.score < 1)
      .map((result) => `    ✗ ${id}: ${result?.title}`),
  )
  return [
    `${preset.padEnd(8)} ${scores.join(' · ')}`,
    `         ${metrics}`,
    ...failing,
    ...(report.runWarnings ?? []).map((warning) => `    ! ${warning}`),
  ]
}

async function main() {
  buildIfNeeded(log)
  mkdirSync(OUTPUT_DIR, { recursive: true })
  const machine = describeMachine()
  const ports = benchPorts({ app: 3415, emulator: 4415 })
  const stack = await startStack({ ...ports, latencyMs: 0 })
  // localhost, not 127.0.0.1: browsers treat it as a secure context, as they would HTTPS.
  const url = `http://localhost:${ports.appPort}/`

  try {
    const lines: string[] = []
    for (const preset of PRESETS) {
      log(`${preset}: ${url}`)
      lines.push(...describe(preset, await audit(url, preset)))
    }
    console.log(
      ['', `Lighthouse 12.2.3, ${url} (no token)`, machineLine(machine), '', ...lines, ''].join(
        '\n',
      ),
    )
    log(`reports saved in ${path.relative(process.cwd(), OUTPUT_DIR)}/`)
  } finally {
    await stack.stop()
  }
}

main().catch((error: unknown) => {
  console.error(`[lighthouse] ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
