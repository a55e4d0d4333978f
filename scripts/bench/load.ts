import autocannon from 'autocannon'

import { percentile } from './stats'

export interface LoadRequest {
  url: string
  method: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
}

export interface LoadPlan {
  connections: number
  durationSeconds?: number
  /** A fixed number of requests instead of a duration. */
  amount?: number
  /** Called after every completed response, with the count so far. */
  onResponse?: (completed: number) => void
}

export interface LoadResult {
  connections: number
  /** Completed 2xx responses in the measured run. */
  ok: number
  /** Everything that was not a 2xx answer: other statuses, socket errors and timeouts. */
  failed: number
  p50Ms: number
  p99Ms: number
  requestsPerSecond: number
  seconds: number
}

/**
 * Runs autocannon against one request. Latency percentiles come from every 2xx response time
 * autocannon measured (float milliseconds from hrtime), not from its histogram, which keeps
 * whole milliseconds only: too coarse for a 3 % ratio at 50 ms.
 */
export async function runLoad(request: LoadRequest, plan: LoadPlan): Promise<LoadResult> {
  const latencies: number[] = []
  let completed = 0

  const instance = autocannon({
    url: request.url,
    method: request.method,
    headers: request.headers ?? {},
    ...(request.body === undefined ? {} : { body: request.body }),
    connections: plan.connections,
    timeout: 10,
    ...(plan.amount === undefined
      ? { duration: plan.durationSeconds ?? 10 }
      : { amount: plan.amount }),
  })

  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status >= 200 && status < 300) latencies.push(ms)
    completed += 1
    plan.onResponse?.(completed)
  })

  const result = await instance
  latencies.sort((a, b) => a - b)
  return {
    connections: plan.connections,
    ok: latencies.length,
    // autocannon counts a timeout as an error too.
    failed: result.non2xx + result.errors,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    requestsPerSecond: latencies.length / result.duration,
    seconds: result.duration,
  }
}
