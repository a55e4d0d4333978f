/**
 * `npm run bench`: the app's cost on top of IAM, measured side by side in one run. Starts the IAM
 * emulator with 50 ms of latency (a real IAM round trip) and the production app, then loads both
 * with autocannon: POST /identity/token on the emulator directly, POST /api/token through the app,
 * and GET /api/health as the floor of what any Next.js route costs. Also follows the server's RSS
 * through 10,000 token requests. Prints one table and saves the figures under tmp/bench/.
 *
 * Environment: BENCH_SECONDS (measured seconds per row, default 8), BENCH_APP_PORT (3411),
 * BENCH_EMULATOR_PORT (4411).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import { DEMO_USER_APIKEY } from '../../lib/emulator'
import { buildIfNeeded } from '../lib/build-if-needed'

import { runLoad, type LoadRequest } from './load'
import { describeMachine } from './machine'
import { readCpuMs, readRssBytes } from './proc-stats'
import {
  formatReport,
  type BenchResults,
  type RssSample,
  type Scenario,
  type ScenarioRun,
} from './report'
import { benchPorts, startStack, type Stack } from './stack'

const IAM_LATENCY_MS = 50
const CONNECTION_COUNTS = [1, 50]
const WARMUP_SECONDS = 2
const RSS_REQUESTS = 10_000
const RSS_CONNECTIONS = 50
const RSS_SAMPLE_EVERY = 1_000
/** Idle time before the "after" RSS sample, so in-flight work and timers settle. */
const SETTLE_MS = 3_000
/** Far above what the bench sends in a minute; the default 30/min would refuse almost all. */
const BENCH_RATE_LIMIT = '100000'
const APIKEY_GRANT = 'urn:ibm:params:oauth:grant-type:apikey'

const log = (line: string) => console.error(`[bench] ${line}`)

function requests(stack: Stack): Record<Scenario, LoadRequest> {
  return {
    direct: {
      url: `${stack.emulator.url}/identity/token`,
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams({ grant_type: APIKEY_GRANT, apikey: DEMO_USER_APIKEY }).toString(),
    },
    app: {
      url: `${stack.appUrl}/api/token`,
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ apikey: DEMO_USER_APIKEY }),
    },
    floor: { url: `${stack.appUrl}/api/health`, method: 'GET' },
  }
}

/** Counts the emulator connections and token requests of the app's runs only. */
class IamConnectionTally {
  opened = 0
  tokenRequests = 0

  constructor(private readonly stack: Stack) {}

  async during<T extends { ok: number }>(work: () => Promise<T>): Promise<T> {
    const before = this.stack.emulatorConnections()
    const result = await work()
    this.opened += this.stack.emulatorConnections() - before
    this.tokenRequests += result.ok
    return result
  }
}

async function followRss(stack: Stack, tally: IamConnectionTally): Promise<RssSample[]> {
  const pid = stack.server.pid ?? 0
  const samples: RssSample[] = [{ label: 'before', bytes: readRssBytes(pid) }]
  log(
    `RSS: ${RSS_REQUESTS.toLocaleString('en-US')} token requests at ${RSS_CONNECTIONS} connections`,
  )

  await tally.during(() =>
    runLoad(requests(stack).app, {
      connections: RSS_CONNECTIONS,
      amount: RSS_REQUESTS,
      onResponse: (completed) => {
        if (completed % RSS_SAMPLE_EVERY === 0) {
          samples.push({ label: `${completed / 1000}k`, bytes: readRssBytes(pid) })
        }
      },
    }),
  )

  await sleep(SETTLE_MS)
  samples.push({ label: 'after', bytes: readRssBytes(pid) })
  return samples
}

async function measure(
  stack: Stack,
  tally: IamConnectionTally,
  scenario: Scenario,
  connections: number,
  seconds: number,
): Promise<ScenarioRun> {
  const request = requests(stack)[scenario]
  const pid = stack.server.pid ?? 0
  const load = () => runLoad(request, { connections, durationSeconds: seconds })
  const warmUp = () => runLoad(request, { connections, durationSeconds: WARMUP_SECONDS })
  log(`${scenario}, ${connections} connection${connections === 1 ? '' : 's'}`)

  if (scenario !== 'app') {
    await warmUp()
    const cpuBefore = readCpuMs(pid)
    const result = await load()
    if (scenario === 'direct') return { scenario, result }
    return { scenario, result, serverCpuMsPerRequest: (readCpuMs(pid) - cpuBefore) / result.ok }
  }

  await tally.during(warmUp)
  const cpuBefore = readCpuMs(pid)
  const result = await tally.during(load)
  return { scenario, result, serverCpuMsPerRequest: (readCpuMs(pid) - cpuBefore) / result.ok }
}

function secondsPerRun(): number {
  const value = Number(process.env.BENCH_SECONDS ?? 8)
  if (!Number.isFinite(value) || value < 1) throw new Error('BENCH_SECONDS must be 1 or more.')
  return value
}

async function main() {
  const seconds = secondsPerRun()
  buildIfNeeded(log)
  const machine = describeMachine()
  const ports = benchPorts({ app: 3411, emulator: 4411 })
  log(`starting the emulator (${IAM_LATENCY_MS} ms latency) and the production app`)
  const stack = await startStack({
    ...ports,
    latencyMs: IAM_LATENCY_MS,
    env: { TOKEN_RATE_LIMIT: BENCH_RATE_LIMIT },
  })
  process.once('SIGINT', () => void stack.stop().finally(() => process.exit(130)))

  try {
    const tally = new IamConnectionTally(stack)
    const rssSamples = await followRss(stack, tally)
    const runs: ScenarioRun[] = []
    for (const connections of CONNECTION_COUNTS) {
      for (const scenario of ['direct', 'app', 'floor'] as const) {
        runs.push(await measure(stack, tally, scenario, connections, seconds))
      }
    }

    const results: BenchResults = {
      machine,
      latencyMs: IAM_LATENCY_MS,
      secondsPerRun: seconds,
      warmupSeconds: WARMUP_SECONDS,
      runs,
      iamConnections: { opened: tally.opened, tokenRequests: tally.tokenRequests },
      rss: { requests: RSS_REQUESTS, connections: RSS_CONNECTIONS, samples: rssSamples },
    }
    console.log(`\n${formatReport(results)}\n`)
    const saved = saveResults(results)
    log(`figures saved to ${saved}`)
    if (runs.some((run) => run.result.failed > 0)) {
      log('some requests failed; the server said:')
      console.error(stack.serverOutputTail())
      process.exitCode = 1
    }
  } finally {
    await stack.stop()
  }
}

function saveResults(results: BenchResults): string {
  const folder = path.resolve(import.meta.dirname, '..', '..', 'tmp', 'bench')
  mkdirSync(folder, { recursive: true })
  const file = path.join(folder, `bench-${new Date().toISOString().replaceAll(':', '-')}.json`)
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
  return path.relative(process.cwd(), file)
}

main().catch((error: unknown) => {
  console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
