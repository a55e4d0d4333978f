// startEmulator: one node:http server for the IAM and Analytics Engine surfaces plus the
// /__emulator controls, with per-request stats, faults and log lines.
import { setMaxListeners } from 'node:events'
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as delay } from 'node:timers/promises'

import { AnalyticsEngineState } from './ae-state'
import type { EmulatorContext } from './context'
import { parseFault, parseMintOverrides, valueOrThrow } from './control-inputs'
import { faultErrorWriter } from './fault-errors'
import { applyFault, FaultBook } from './faults'
import { BodyTooLargeError, sendJson } from './http'
import { createIamInstance } from './iam-context'
import { DEMO_INSTANCE_ID, DEMO_KEYS } from './identities'
import { KeyRing } from './keys'
import type { RequestLog } from './log'
import { createRequestLog } from './log'
import { RefreshTokenStore } from './refresh-tokens'
import { FAULT_TARGET, HANDLERS, surfaceOf } from './routes'
import { StatsCounter } from './stats'
import { mintTestToken } from './test-tokens'
import type { EmulatorOptions, RunningEmulator } from './types'

function checkOptions(options: EmulatorOptions) {
  const { port = 0, host = '127.0.0.1', latencyMs = 0, tokenLifetimeSeconds = 3600 } = options
  const fail = (what: string) => {
    throw new Error(`IAM emulator: ${what}`)
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail('port must be 0–65535.')
  if (!Number.isFinite(latencyMs) || latencyMs < 0) fail('latencyMs must be 0 or more.')
  if (!Number.isInteger(tokenLifetimeSeconds) || tokenLifetimeSeconds < 1) {
    fail('tokenLifetimeSeconds must be a positive integer.')
  }
  return { port, host, latencyMs, tokenLifetimeSeconds, quiet: options.quiet ?? false }
}

/** A wildcard bind address is no place to send requests to; clients get loopback instead. */
function baseUrl(host: string, port: number): string {
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve((server.address() as AddressInfo).port)
    })
  })
}

async function serve(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: EmulatorContext,
  log: RequestLog,
) {
  const startedMs = performance.now()
  const url = new URL(req.url ?? '/', 'http://emulator.invalid')
  const surface = surfaceOf(url.pathname)
  ctx.stats.request(surface)
  res.on('close', () => {
    const outcome = res.writableFinished ? res.statusCode : 'dropped'
    ctx.stats.outcome(surface, outcome)
    log(req.method ?? '?', url.pathname, outcome, performance.now() - startedMs)
  })

  if (surface === 'token') await ctx.sleep(ctx.latencyMs)
  const target = FAULT_TARGET[surface]
  const fault = target === undefined ? undefined : ctx.faults.take(target)
  if (target !== undefined && fault !== undefined) {
    ctx.stats.faultInjected()
    const tools = { sleep: ctx.sleep, writeError: faultErrorWriter(target, req, ctx) }
    if ((await applyFault(fault, res, tools)) === 'handled') return
  }
  await HANDLERS[surface](req, res, ctx, url)
}

/** The client hung up (a load generator stopping, a closed tab): nobody to answer or warn. */
function isClientGone(req: IncomingMessage): boolean {
  return req.destroyed || req.socket.destroyed
}

function answerFailure(
  error: unknown,
  req: IncomingMessage,
  res: ServerResponse,
  shuttingDown: boolean,
): void {
  if (shuttingDown || res.headersSent || isClientGone(req)) {
    res.destroy()
  } else if (error instanceof BodyTooLargeError) {
    sendJson(res, 413, { error: error.message })
  } else {
    console.error('IAM emulator: a request failed:', error instanceof Error ? error.message : error)
    sendJson(res, 500, { error: 'The IAM emulator failed on this request; see its log.' })
  }
}

function createContext(
  settings: ReturnType<typeof checkOptions>,
  keys: KeyRing,
  url: string,
  shutdown: AbortSignal,
): EmulatorContext {
  const context: EmulatorContext = {
    url,
    issuer: `${url}/identity`,
    tokenLifetimeSeconds: settings.tokenLifetimeSeconds,
    latencyMs: settings.latencyMs,
    keys,
    faults: new FaultBook(),
    stats: new StatsCounter(),
    refreshTokens: new RefreshTokenStore(),
    analytics: new AnalyticsEngineState(),
    iam: createIamInstance(),
    sleep: async (ms) => {
      if (ms > 0) await delay(ms, undefined, { signal: shutdown })
    },
    mint: (overrides) => mintTestToken(context, overrides),
  }
  return context
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const settings = checkOptions(options)
  const keys = new KeyRing() // starts generating the first key while the port is bound
  const shutdown = new AbortController()
  // Every request waiting out the injected latency listens on this signal; many at once is normal.
  setMaxListeners(0, shutdown.signal)
  const log = createRequestLog(settings.quiet)

  // The context is set synchronously once the port is bound, before any request can arrive.
  const ready: { ctx?: EmulatorContext } = {}
  const server = createServer((req, res) => {
    if (ready.ctx === undefined) return sendJson(res, 503, { error: 'The emulator is starting.' })
    serve(req, res, ready.ctx, log).catch((error: unknown) =>
      answerFailure(error, req, res, shutdown.signal.aborted),
    )
  })
  const port = await listen(server, settings.port, settings.host)
  const url = baseUrl(settings.host, port)
  const context = createContext(settings, keys, url, shutdown.signal)
  ready.ctx = context
  let closing: Promise<void> | undefined

  return {
    url: context.url,
    port,
    demoKeys: DEMO_KEYS,
    demoInstanceId: DEMO_INSTANCE_ID,
    setFault: (fault) => context.faults.set(valueOrThrow(parseFault(fault), 'fault')),
    clearFaults: () => context.faults.clear(),
    stats: () => context.stats.snapshot(),
    resetStats: () => context.stats.reset(),
    mintToken: async (overrides) =>
      context.mint(valueOrThrow(parseMintOverrides(overrides), 'mint overrides')),
    rotateKeys: async () => {
      await context.keys.rotate()
    },
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        shutdown.abort()
        server.close(() => resolve())
        server.closeAllConnections()
      })),
  }
}
