import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync } from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '..', '..')
const STANDALONE = path.join(ROOT, '.next', 'standalone')
export const SERVER_ENTRY = path.join(STANDALONE, 'server.js')

/**
 * `output: 'standalone'` builds a self-contained server that does not serve the static assets
 * or public/ by itself until they are copied next to it (Next's documented deployment step).
 */
export function prepareStandalone(): void {
  if (!existsSync(SERVER_ENTRY)) {
    throw new Error('No production build found. Run `npm run build` first.')
  }
  cpSync(path.join(ROOT, '.next', 'static'), path.join(STANDALONE, '.next', 'static'), {
    recursive: true,
  })
  if (existsSync(path.join(ROOT, 'public'))) {
    cpSync(path.join(ROOT, 'public'), path.join(STANDALONE, 'public'), { recursive: true })
  }
}

export interface ServerOptions {
  port: number
  /** Interface to listen on; Next's standalone server reads it from HOSTNAME. */
  host: string
  env?: Record<string, string>
  stdio?: 'inherit' | 'pipe'
  /** Flags for node itself, e.g. --cpu-prof (which NODE_OPTIONS does not accept). */
  nodeFlags?: string[]
}

/** Starts the standalone production server as a child process. */
export function spawnProductionServer(options: ServerOptions) {
  const { port, host, env = {}, stdio = 'inherit', nodeFlags = [] } = options
  prepareStandalone()
  return spawn(process.execPath, [...nodeFlags, SERVER_ENTRY], {
    cwd: STANDALONE,
    stdio: ['ignore', stdio, stdio],
    env: {
      ...process.env,
      ...env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      HOSTNAME: host,
    },
  })
}

/** Polls the health endpoint until the server answers or the time is up. */
export async function waitForHealthy(baseUrl: string, child: ChildProcess, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}.`)
    try {
      const response = await fetch(`${baseUrl}/api/health`)
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 150))
  }
  throw new Error(`The server did not become healthy within ${timeoutMs / 1000} s.`)
}

/** Stops the child when this process is asked to stop, and exits with the child's code. */
export function forwardSignals(children: ChildProcess[], onStop?: () => Promise<void>) {
  let stopping = false
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    for (const child of children) child.kill(signal)
    await onStop?.()
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))
}

export function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback
  const port = Number(value)
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`PORT must be a whole number from 1 to 65535, not "${value}".`)
  }
  return port
}
