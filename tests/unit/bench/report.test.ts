import { describe, expect, it } from 'vitest'

import type { LoadResult } from '@/scripts/bench/load'
import type { MachineInfo } from '@/scripts/bench/machine'
import { parseCpuMs, parseVmRssBytes } from '@/scripts/bench/proc-stats'
import {
  compareRuns,
  formatReport,
  rssSecondHalfGrowth,
  type BenchResults,
  type ScenarioRun,
} from '@/scripts/bench/report'
import { percentile } from '@/scripts/bench/stats'

function load(connections: number, p50Ms: number, requestsPerSecond: number): LoadResult {
  return { connections, ok: 100, failed: 0, p50Ms, p99Ms: p50Ms * 2, requestsPerSecond, seconds: 8 }
}

const machine: MachineInfo = {
  date: '2026-12-03 18:00 UTC',
  node: 'v20.20.2',
  cpuModel: 'Test CPU',
  cpuCount: 2,
  memoryGb: 8,
  loadAverage: 0.5,
}

const runs: ScenarioRun[] = [
  { scenario: 'direct', result: load(1, 50, 20) },
  { scenario: 'app', result: load(1, 51, 19.5), serverCpuMsPerRequest: 2 },
  { scenario: 'floor', result: load(1, 1, 900), serverCpuMsPerRequest: 1 },
  { scenario: 'direct', result: load(50, 60, 800) },
  { scenario: 'app', result: load(50, 120, 400), serverCpuMsPerRequest: 3 },
]

describe('bench report', () => {
  it('compares app with direct per connection count', () => {
    expect(compareRuns(runs)).toEqual([
      { connections: 1, p50Ratio: 1.02, throughputRatio: 0.975, addedP50Ms: 1 },
      { connections: 50, p50Ratio: 2, throughputRatio: 0.5, addedP50Ms: 60 },
    ])
  })

  it('measures RSS growth from the halfway sample to the last one under load', () => {
    const samples = ['before', '1k', '2k', '3k', '4k', 'after'].map((label, index) => ({
      label,
      bytes: [10, 50, 100, 102, 104, 90][index] ?? 0,
    }))
    expect(rssSecondHalfGrowth(samples)).toEqual({
      halfwayBytes: 100,
      endBytes: 104,
      growthBytes: 4,
      growthFraction: 0.04,
    })
  })

  it('prints each target with its verdict, and the connection reuse', () => {
    const results: BenchResults = {
      machine,
      latencyMs: 50,
      secondsPerRun: 8,
      warmupSeconds: 2,
      runs,
      iamConnections: { opened: 51, tokenRequests: 10_000 },
      rss: {
        requests: 2000,
        connections: 50,
        samples: [
          { label: 'before', bytes: 80 * 2 ** 20 },
          { label: '1k', bytes: 100 * 2 ** 20 },
          { label: '2k', bytes: 100 * 2 ** 20 },
        ],
      },
    }
    const text = formatReport(results)

    expect(text).toContain('Test CPU × 2 CPUs')
    expect(text).toMatch(/^ +1 +1\.020 ✓ meets ≤ 1\.03 +0\.975 ✓ meets ≥ 0\.90 +\+1\.00 ms$/m)
    expect(text).toMatch(/^ +50 +2\.000 ✗ misses ≤ 1\.03 +0\.500 ✗ misses ≥ 0\.90 +\+60\.00 ms$/m)
    expect(text).toContain('the app opened 51 for 10,000 token requests (✓ kept alive and reused)')
    expect(text).toContain('Second half: +0.0 MB (+0.0 %) ✓ meets no growth')
  })
})

describe('bench measurements', () => {
  it('reads VmRSS in bytes from /proc/<pid>/status', () => {
    expect(parseVmRssBytes('Name:\tnode\nVmRSS:\t  123456 kB\nThreads:\t11\n')).toBe(123456 * 1024)
  })

  it('reads user plus system CPU time from /proc/<pid>/stat, whatever the command name', () => {
    const fields = Array.from({ length: 20 }, (_, index) => String(index + 3))
    fields[11] = '250' // utime
    fields[12] = '50' // stime
    expect(parseCpuMs(`42 (next-server (v16) x) ${fields.join(' ')}`, 100)).toBe(3000)
  })

  it('takes percentiles by nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, index) => index + 1)
    expect(percentile(sorted, 0.5)).toBe(50)
    expect(percentile(sorted, 0.99)).toBe(99)
    expect(percentile([], 0.5)).toBeNaN()
  })
})
