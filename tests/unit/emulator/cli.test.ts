// The command-line entry point, run the way `npm run emulator` runs it (through tsx).
import { spawn } from 'node:child_process'
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { once } from 'node:events'

import { describe, expect, it } from 'vitest'

import { DEMO_INSTANCE_ID, DEMO_KEYS } from '@/lib/emulator'

import { APIKEY_GRANT, postForm } from './helpers'

function runCli(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'lib/emulator/main.ts', ...args], {
    cwd: process.cwd(),
    env: { ...process.env, ...env },
  })
  const output = { stdout: '', stderr: '' }
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()))
  return { child, output }
}

async function waitFor(read: () => string, pattern: RegExp, child: ChildProcessWithoutNullStreams) {
  const deadline = Date.now() + 10_000
  while (!pattern.test(read())) {
    if (child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`The emulator CLI never printed ${pattern}. Output so far:\n${read()}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return pattern.exec(read()) as RegExpExecArray
}

describe('npm run emulator (lib/emulator/main.ts)', () => {
  it('prints a banner, logs one line per request without secrets, and stops on SIGTERM', async () => {
    const { child, output } = runCli([], { EMULATOR_PORT: '0' })
    try {
      const [, url = ''] = await waitFor(() => output.stdout, /URL\s+(http:\/\/\S+)/, child)
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(url).not.toMatch(/:4010$/)
      for (const key of DEMO_KEYS) expect(output.stdout).toContain(key.apikey)
      expect(output.stdout).toContain(DEMO_INSTANCE_ID)
      expect(output.stdout).toContain(`${url}/__emulator/fault`)
      expect(output.stdout).toMatch(/SANDBOX/)

      const apikey = DEMO_KEYS[0]?.apikey ?? ''
      const response = await postForm(`${url}/identity/token`, { grant_type: APIKEY_GRANT, apikey })
      const { access_token: token } = (await response.json()) as { access_token: string }
      const [line = ''] = await waitFor(
        () => output.stdout,
        /^.*POST \/identity\/token 200.*$/m,
        child,
      )

      expect(line).toMatch(/^\d{2}:\d{2}:\d{2}\.\d{3} POST \/identity\/token 200 \d+ms$/)
      const logPart = output.stdout.slice(output.stdout.indexOf('One line per request'))
      expect(logPart).not.toContain(apikey)
      expect(output.stdout).not.toContain(token.slice(0, 60))

      child.kill('SIGTERM')
      const [code] = (await once(child, 'exit')) as [number | null]
      expect(code).toBe(0)
      expect(output.stdout).toContain('SIGTERM: stopping the IAM emulator.')
    } finally {
      child.kill('SIGKILL')
    }
  })

  it('refuses a port that is not a number, with usage help and exit code 2', async () => {
    const { child, output } = runCli(['--port', 'http'])
    const [code] = (await once(child, 'exit')) as [number | null]

    expect(code).toBe(2)
    expect(output.stderr).toContain("--port must be a whole number, got 'http'.")
    expect(output.stderr).toContain('Usage: npm run emulator --')
  })
})
