// The little in-memory state behind the Analytics Engine surface, so flows make sense:
// submitted applications move from accepted to running to finished, stop, and get listed.
import { randomUUID } from 'node:crypto'

/** Invented timeline: long enough to see each state in a demo, short enough to finish one. */
export const ACCEPTED_FOR_MS = 2_000
export const RUNNING_FOR_MS = 10_000

/** Keeps a load test that invents instance ids from growing memory without bound. */
const MAX_INSTANCES = 1_000

export type ApplicationState = 'accepted' | 'running' | 'finished' | 'stopped'

export interface SparkApplication {
  id: string
  /** The submitted `application_details`, as given (it has at least `application`). */
  details: Record<string, unknown> & { application: string }
  submittedAtMs: number
  stoppedAtMs?: number
}

export interface Timeline {
  state: ApplicationState
  startMs?: number
  endMs?: number
}

export function timelineOf(app: SparkApplication, nowMs: number): Timeline {
  const startMs = app.submittedAtMs + ACCEPTED_FOR_MS
  const finishMs = startMs + RUNNING_FOR_MS
  const stoppedAtMs = app.stoppedAtMs
  if (stoppedAtMs !== undefined && stoppedAtMs < finishMs) {
    return { state: 'stopped', ...(stoppedAtMs >= startMs ? { startMs } : {}), endMs: stoppedAtMs }
  }
  if (nowMs < startMs) return { state: 'accepted' }
  if (nowMs < finishMs) return { state: 'running', startMs }
  return { state: 'finished', startMs, endMs: finishMs }
}

export interface HistoryServer {
  startedAtMs?: number
  stoppedAtMs?: number
}

export interface InstanceRecord {
  id: string
  createdAtMs: number
  applications: Map<string, SparkApplication>
  historyServer: HistoryServer
}

export class AnalyticsEngineState {
  private readonly instances = new Map<string, InstanceRecord>()

  /** Any UUID is a valid instance; its record appears on first use. */
  instance(id: string): InstanceRecord {
    const key = id.toLowerCase()
    const existing = this.instances.get(key)
    if (existing !== undefined) return existing
    const created: InstanceRecord = {
      id: key,
      createdAtMs: Date.now(),
      applications: new Map(),
      historyServer: {},
    }
    this.instances.set(key, created)
    if (this.instances.size > MAX_INSTANCES) {
      const oldest = this.instances.keys().next().value
      if (oldest !== undefined) this.instances.delete(oldest)
    }
    return created
  }

  submit(instance: InstanceRecord, details: SparkApplication['details']): SparkApplication {
    const app: SparkApplication = { id: randomUUID(), details, submittedAtMs: Date.now() }
    instance.applications.set(app.id, app)
    return app
  }

  /** Stopping is idempotent: finished or already stopped applications stay as they are. */
  stop(app: SparkApplication): void {
    const now = Date.now()
    if (app.stoppedAtMs === undefined && timelineOf(app, now).state !== 'finished') {
      app.stoppedAtMs = now
    }
  }
}

/** ISO 8601 text for an epoch-milliseconds time; `undefined` stays `undefined` (omitted in JSON). */
export const iso = (ms: number | undefined) =>
  ms === undefined ? undefined : new Date(ms).toISOString()
