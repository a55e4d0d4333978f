import type { ChildProcess } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import path from 'node:path'
import { finished } from 'node:stream/promises'

import { spawnProductionServer, waitForHealthy } from '../../../scripts/lib/production-server'

import { EMULATOR_URL, EXTRA_SERVER_LOG_PREFIX, SERVER_LOG } from './env'

export interface ExtraServer {
  url: string
  output: () => string
  stop: () => Promise<void>
}

/**
 * Another production server next to the one the config starts, for tests that need their own
 * settings (a low rate limit, a second instance). Wired to the same emulator by default. Its
 * output is also appended to `tmp/e2e/extra-server-<port>.log`, which the global teardown
 * checks for secrets like the main server's log.
 */
export async function startExtraServer(
  port: number,
  env: Record<string, string>,
): Promise<ExtraServer> {
  const child = spawnProductionServer({
    port,
    host: '127.0.0.1',
    stdio: 'pipe',
    env: { IAM_URL: EMULATOR_URL, AE_API_URL: EMULATOR_URL, ...env },
  })
  const logFile = path.join(path.dirname(SERVER_LOG), `${EXTRA_SERVER_LOG_PREFIX}${port}.log`)
  const log = createWriteStream(logFile, { flags: 'a' })
  let output = ''
  const capture = (chunk: Buffer) => {
    output += String(chunk)
    log.write(chunk)
  }
  child.stdout?.on('data', capture)
  child.stderr?.on('data', capture)
  child.once('exit', () => log.end())

  const url = `http://localhost:${port}`
  await waitForHealthy(url, child)
  return {
    url,
    output: () => output,
    stop: async () => {
      await stop(child)
      await finished(log)
    },
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}
