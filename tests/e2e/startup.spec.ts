import { expect, test } from '@playwright/test'

import { spawnProductionServer } from '../../scripts/lib/production-server'

import { EXTRA_PORT } from './support/env'

/** Starts the production server with the given environment and waits for it to exit. */
function startAndWaitForExit(env: Record<string, string>) {
  const child = spawnProductionServer({
    port: EXTRA_PORT.startup,
    host: '127.0.0.1',
    env,
    stdio: 'pipe',
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += String(chunk)))
  child.stderr?.on('data', (chunk) => (output += String(chunk)))
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}

test('production refuses to start without SESSION_PASSWORD, naming it', async () => {
  const { code, output } = await startAndWaitForExit({ SESSION_PASSWORD: '' })
  expect(code).toBe(1)
  expect(output).toContain('IAM Token Workbench cannot start: SESSION_PASSWORD is not set')
})

test('production refuses a SESSION_PASSWORD shorter than 32 characters', async () => {
  const { code, output } = await startAndWaitForExit({ SESSION_PASSWORD: 'too-short' })
  expect(code).toBe(1)
  expect(output).toMatch(/SESSION_PASSWORD is too short: it needs at least 32 characters/)
  expect(output).not.toContain('too-short')
})

test('production refuses an invalid IAM_URL with a sentence', async () => {
  const { code, output } = await startAndWaitForExit({
    SESSION_PASSWORD: 'x'.repeat(40),
    IAM_URL: 'iam.cloud.ibm.com',
  })
  expect(code).toBe(1)
  expect(output).toContain(
    'IAM_URL must be an http:// or https:// URL without query, fragment or user info.',
  )
})

test('production refuses an unknown LOG_LEVEL instead of answering 500 to everything', async () => {
  const { code, output } = await startAndWaitForExit({
    SESSION_PASSWORD: 'x'.repeat(40),
    LOG_LEVEL: 'verbose',
  })
  expect(code).toBe(1)
  expect(output).toContain(
    'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent.',
  )
})
