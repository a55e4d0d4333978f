import type { LoadResult } from './load'
import { machineLine, type MachineInfo } from './machine'

/** What the issue asks of the app; reported, never asserted in tests. */
export const TARGETS = {
  /** App p50 ÷ direct p50 at 50 ms IAM latency: at most 1.5 ms added. */
  p50RatioMax: 1.03,
  throughputRatioMin: 0.9,
  /**
   * RSS growth from the halfway point to the end of the 10,000 requests; allows allocator noise.
   */
  rssSecondHalfGrowthMax: 0.03,
} as const

export type Scenario = 'direct' | 'app' | 'floor'

export const SCENARIO_LABELS: Record<Scenario, string> = {
  direct: 'direct  POST /identity/token',
  app: 'app     POST /api/token',
  floor: 'floor   GET /api/health',
}

export interface ScenarioRun {
  scenario: Scenario
  result: LoadResult
  /** The app server's CPU time per measured request (user + system); absent for direct runs. */
  serverCpuMsPerRequest?: number
}

export interface RssSample {
  /** "before", "1k" … "10k", "after". */
  label: string
  bytes: number
}

export interface BenchResults {
  machine: MachineInfo
  latencyMs: number
  secondsPerRun: number
  warmupSeconds: number
  runs: ScenarioRun[]
  /** TCP connections the emulator accepted from the app, for that many token requests. */
  iamConnections: { opened: number; tokenRequests: number }
  rss: { requests: number; connections: number; samples: RssSample[] }
}

export interface Comparison {
  connections: number
  p50Ratio: number
  throughputRatio: number
  addedP50Ms: number
}

/** App against direct, per connection count that has both. */
export function compareRuns(runs: readonly ScenarioRun[]): Comparison[] {
  const connectionCounts = [...new Set(runs.map((run) => run.result.connections))]
  return connectionCounts.flatMap((connections) => {
    const find = (scenario: Scenario) =>
      runs.find((run) => run.scenario === scenario && run.result.connections === connections)
    const direct = find('direct')?.result
    const app = find('app')?.result
    if (!direct || !app) return []
    return [
      {
        connections,
        p50Ratio: app.p50Ms / direct.p50Ms,
        throughputRatio: app.requestsPerSecond / direct.requestsPerSecond,
        addedP50Ms: app.p50Ms - direct.p50Ms,
      },
    ]
  })
}

export interface RssGrowth {
  halfwayBytes: number
  endBytes: number
  growthBytes: number
  growthFraction: number
}

/** From the sample halfway through the load to the last sample under load. */
export function rssSecondHalfGrowth(samples: readonly RssSample[]): RssGrowth | undefined {
  const underLoad = samples.filter((sample) => /^\d+k$/.test(sample.label))
  const halfway = underLoad[Math.floor((underLoad.length - 1) / 2)]
  const end = underLoad.at(-1)
  if (!halfway || !end || halfway === end) return undefined
  const growthBytes = end.bytes - halfway.bytes
  return {
    halfwayBytes: halfway.bytes,
    endBytes: end.bytes,
    growthBytes,
    growthFraction: growthBytes / halfway.bytes,
  }
}

export function verdict(meets: boolean): string {
  return meets ? '✓ meets' : '✗ misses'
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1)
const fixed = (value: number, digits: number) =>
  Number.isFinite(value) ? value.toFixed(digits) : '–'

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, index) => {
      const width = widths[index] ?? 0
      return index === 0 ? cell.padEnd(width) : cell.padStart(width)
    })
    .join(' ')
    .trimEnd()
}

function runsTable(runs: readonly ScenarioRun[]): string[] {
  const widths = [30, 5, 8, 8, 9, 7, 12]
  const header = ['scenario', 'conns', 'p50 ms', 'p99 ms', 'req/s', 'failed', 'server CPU']
  const sorted = [...runs].sort(
    (a, b) =>
      a.result.connections - b.result.connections ||
      Object.keys(SCENARIO_LABELS).indexOf(a.scenario) -
        Object.keys(SCENARIO_LABELS).indexOf(b.scenario),
  )
  return [
    row(header, widths),
    ...sorted.map(({ scenario, result, serverCpuMsPerRequest }) =>
      row(
        [
          SCENARIO_LABELS[scenario],
          String(result.connections),
          fixed(result.p50Ms, 2),
          fixed(result.p99Ms, 2),
          fixed(result.requestsPerSecond, 1),
          String(result.failed),
          serverCpuMsPerRequest === undefined ? '–' : `${fixed(serverCpuMsPerRequest, 2)} ms/req`,
        ],
        widths,
      ),
    ),
  ]
}

function ratiosTable(comparisons: readonly Comparison[]): string[] {
  const widths = [30, 5, 24, 24, 10]
  const header = ['app ÷ direct', 'conns', 'p50 ratio', 'req/s ratio', 'p50 added']
  return [
    row(header, widths),
    ...comparisons.map((c) =>
      row(
        [
          '',
          String(c.connections),
          `${fixed(c.p50Ratio, 3)} ${verdict(c.p50Ratio <= TARGETS.p50RatioMax)} ≤ ` +
            TARGETS.p50RatioMax.toFixed(2),
          `${fixed(c.throughputRatio, 3)} ${verdict(c.throughputRatio >= TARGETS.throughputRatioMin)}` +
            ` ≥ ${TARGETS.throughputRatioMin.toFixed(2)}`,
          `${c.addedP50Ms >= 0 ? '+' : ''}${fixed(c.addedP50Ms, 2)} ms`,
        ],
        widths,
      ),
    ),
  ]
}

function rssLines(rss: BenchResults['rss']): string[] {
  const labels = rss.samples.map((sample) => sample.label.padStart(6)).join('')
  const values = rss.samples.map((sample) => mb(sample.bytes).padStart(6)).join('')
  const growth = rssSecondHalfGrowth(rss.samples)
  const lines = [
    `App server RSS (MB), ${rss.requests.toLocaleString('en-US')} × POST /api/token at ` +
      `${rss.connections} connections:`,
    labels,
    values,
  ]
  if (growth) {
    const sign = growth.growthBytes >= 0 ? '+' : ''
    lines.push(
      `Second half: ${sign}${mb(growth.growthBytes)} MB (${sign}` +
        `${(growth.growthFraction * 100).toFixed(1)} %) ` +
        `${verdict(growth.growthFraction <= TARGETS.rssSecondHalfGrowthMax)} no growth ` +
        `(≤ ${TARGETS.rssSecondHalfGrowthMax * 100} % allowed for allocator noise)`,
    )
  }
  return lines
}

export function formatReport(results: BenchResults): string {
  const { opened, tokenRequests } = results.iamConnections
  // Without keep-alive every token request would open its own connection.
  const reused = opened > 0 && opened < tokenRequests / 10
  return [
    'IAM Token Workbench — npm run bench',
    machineLine(results.machine),
    `IAM emulator latency ${results.latencyMs} ms · ${results.warmupSeconds} s warm-up + ` +
      `${results.secondsPerRun} s measured per row · autocannon, keep-alive connections`,
    '',
    ...runsTable(results.runs),
    '',
    ...ratiosTable(compareRuns(results.runs)),
    '',
    `Connections to IAM: the app opened ${opened} for ${tokenRequests.toLocaleString('en-US')} ` +
      `token requests (${reused ? '✓ kept alive and reused' : '✗ not reused'})`,
    '',
    ...rssLines(results.rss),
  ].join('\n')
}
