// `npm run emulator`: runs the local IAM emulator from the command line.
//   --port <n>        default $EMULATOR_PORT or 4010 (0 picks a free port)
//   --host <addr>     default 127.0.0.1
//   --latency-ms <n>  added to every token response (default 0)
//   --quiet           no per-request log lines
import { parseArgs } from 'node:util'

import { renderBanner } from './banner'
import { startEmulator } from './server'
import type { EmulatorOptions } from './types'

const USAGE =
  'Usage: npm run emulator -- [--port <n>] [--host <addr>] [--latency-ms <n>] [--quiet]\n'

function fail(message: string): never {
  process.stderr.write(`IAM emulator: ${message}\n${USAGE}`)
  process.exit(2)
}

function wholeNumber(text: string, name: string): number {
  const value = Number(text)
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value)) {
    fail(`${name} must be a whole number, got '${text}'.`)
  }
  return value
}

function readOptions(): EmulatorOptions {
  let parsed
  try {
    parsed = parseArgs({
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'latency-ms': { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }).values
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error))
  }
  if (parsed.help) {
    process.stdout.write(USAGE)
    process.exit(0)
  }
  const port = parsed.port ?? process.env.EMULATOR_PORT ?? '4010'
  return {
    port: wholeNumber(port, '--port'),
    host: parsed.host ?? '127.0.0.1',
    latencyMs: wholeNumber(parsed['latency-ms'] ?? '0', '--latency-ms'),
    quiet: parsed.quiet ?? false,
  }
}

async function main(): Promise<void> {
  const options = readOptions()
  const emulator = await startEmulator(options).catch((error: unknown) => {
    const code = (error as { code?: string }).code
    if (code === 'EADDRINUSE') fail(`port ${options.port} is in use; pick another with --port.`)
    throw error
  })
  process.stdout.write(renderBanner(emulator, options.quiet ?? false) + '\n')

  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1)
    stopping = true
    process.stdout.write(`\n${signal}: stopping the IAM emulator.\n`)
    void emulator.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

void main().catch((error: unknown) => {
  console.error('IAM emulator: could not start:', error instanceof Error ? error.message : error)
  process.exit(1)
})
