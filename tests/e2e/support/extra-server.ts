import type { ChildProcess } from 'node:child_process'

import { spawnProductionServer, waitForHealthy } from '../../../scripts/lib/production-server'

import { EMULATOR_URL } from './env'

export interface ExtraServer {
  url: string
  output: () => string
  stop: () => Promise<void>
}

/**
 * Another production server next to the one the config starts, for tests that need their own
 * settings (a low rate limit, a second instance). Wired to the same emulator by default.
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
  let output = ''
  child.stdout?.on('data', (chunk) => (output += String(chunk)))
  child.stderr?.on('data', (chunk) => (output += String(chunk)))

  const url = `http://localhost:${port}`
  await waitForHealthy(url, child)
  return { url, output: () => output, stop: () => stop(child) }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}
