import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import diagnosticsChannel from 'node:diagnostics_channel'
import type { Socket } from 'node:net'

import { startEmulator } from '../../lib/emulator'
import type { RunningEmulator } from '../../lib/emulator'
import { parsePort, spawnProductionServer, waitForHealthy } from '../lib/production-server'

export interface StackOptions {
  appPort: number
  emulatorPort: number
  /** Added by the emulator to every token answer, like a real IAM round trip. */
  latencyMs: number
  /** Extra environment for the app server. */
  env?: Record<string, string>
  nodeFlags?: string[]
}

export interface Stack {
  appUrl: string
  emulator: RunningEmulator
  server: ChildProcess
  /** TCP connections the emulator has accepted since the last reset. */
  emulatorConnections: () => number
  resetEmulatorConnections: () => void
  /** The last lines the server wrote, for when it fails. */
  serverOutputTail: () => string
  stop: () => Promise<void>
}

const OUTPUT_TAIL_CHARS = 4000

/** Ports from BENCH_APP_PORT / BENCH_EMULATOR_PORT, or the given defaults. */
export function benchPorts(defaults: { app: number; emulator: number }) {
  return {
    appPort: parsePort(process.env.BENCH_APP_PORT, defaults.app),
    emulatorPort: parsePort(process.env.BENCH_EMULATOR_PORT, defaults.emulator),
  }
}

/**
 * The emulator in this process and the production app as a child, wired to it. The emulator's
 * accepted connections are counted through Node's `net.server.socket` diagnostics channel, so the
 * bench can tell whether the app reuses its connections to IAM.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  let accepted = 0
  const onSocket = (message: unknown) => {
    const { socket } = message as { socket: Socket }
    if (socket.localPort === options.emulatorPort) accepted += 1
  }
  diagnosticsChannel.subscribe('net.server.socket', onSocket)

  const emulator = await startEmulator({
    port: options.emulatorPort,
    host: '127.0.0.1',
    latencyMs: options.latencyMs,
    quiet: true,
  })

  const server = spawnProductionServer({
    port: options.appPort,
    host: '127.0.0.1',
    stdio: 'pipe',
    nodeFlags: options.nodeFlags ?? [],
    env: {
      IAM_URL: emulator.url,
      AE_API_URL: emulator.url,
      SESSION_PASSWORD: randomBytes(32).toString('base64url'),
      ...options.env,
    },
  })
  // The server logs one line per request; the pipe must be drained or the server blocks on it.
  let tail = ''
  const keepTail = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-OUTPUT_TAIL_CHARS)
  }
  server.stdout?.on('data', keepTail)
  server.stderr?.on('data', keepTail)

  const stop = async () => {
    if (server.exitCode === null) {
      await new Promise<void>((resolve) => {
        server.once('exit', () => resolve())
        server.kill('SIGTERM')
      })
    }
    await emulator.close()
    diagnosticsChannel.unsubscribe('net.server.socket', onSocket)
  }

  const appUrl = `http://127.0.0.1:${options.appPort}`
  try {
    await waitForHealthy(appUrl, server)
  } catch (error) {
    await stop()
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${tail}`)
  }

  return {
    appUrl,
    emulator,
    server,
    emulatorConnections: () => accepted,
    resetEmulatorConnections: () => {
      accepted = 0
    },
    serverOutputTail: () => tail,
    stop,
  }
}
