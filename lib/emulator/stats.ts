// Request counters, readable through RunningEmulator.stats() and GET /__emulator/stats.
import type { EmulatorStats } from './types'

/** Which part of the emulator a request went to. */
export type Surface =
  'token' | 'keys' | 'discovery' | 'apikey-details' | 'ae' | 'admin' | 'iam-unknown' | 'unknown'

export type Outcome = number | 'dropped'

function emptyStats(): EmulatorStats {
  return {
    tokenRequests: 0,
    tokenResponsesByStatus: {},
    keysRequests: 0,
    discoveryRequests: 0,
    apikeyDetailsRequests: 0,
    aeRequests: 0,
    aeResponsesByStatus: {},
    faultsInjected: 0,
    unknownRequests: 0,
  }
}

type Counter = {
  [K in keyof EmulatorStats]: EmulatorStats[K] extends number ? K : never
}[keyof EmulatorStats]

const COUNTER_OF: Partial<Record<Surface, Counter>> = {
  token: 'tokenRequests',
  keys: 'keysRequests',
  discovery: 'discoveryRequests',
  'apikey-details': 'apikeyDetailsRequests',
  ae: 'aeRequests',
  'iam-unknown': 'unknownRequests',
  unknown: 'unknownRequests',
}

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1
}

export class StatsCounter {
  private data = emptyStats()

  request(surface: Surface): void {
    const counter = COUNTER_OF[surface]
    if (counter !== undefined) this.data[counter] += 1
  }

  outcome(surface: Surface, outcome: Outcome): void {
    if (surface === 'token') increment(this.data.tokenResponsesByStatus, String(outcome))
    if (surface === 'ae') increment(this.data.aeResponsesByStatus, String(outcome))
  }

  faultInjected(): void {
    this.data.faultsInjected += 1
  }

  snapshot(): EmulatorStats {
    return structuredClone(this.data)
  }

  reset(): void {
    this.data = emptyStats()
  }
}
