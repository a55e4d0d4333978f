// The Python, Node.js, Go and HTTPie snippets, run for real against the local emulator when the
// tool is installed (python3 + requests and node are here; go and HTTPie are skipped with the
// missing tool named).
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { AE_OPERATIONS, renderAeCall, renderGetToken, renderSetToken } from '@/lib/snippets'
import type { TargetId } from '@/lib/snippets'

import { AWKWARD_KEYS, startCaptureServer } from './support/capture-server'
import { aeTargetFor, expectAeAnswer, withSandbox } from './support/emulator'
import type { RunningEmulator } from './support/emulator'
import { hasCommand, hasPythonRequests, runAsync } from './support/tools'
import type { RunOptions, RunResult } from './support/tools'

let emulator: RunningEmulator
let apikey: string
let token: string
let appId: string

withSandbox((sandbox) => ({ emulator, apikey, token, appId } = sandbox))

interface Language {
  target: TargetId
  available: boolean
  missing: string
  /** Runs `code`, then `after` (a few lines that print what the test checks). */
  run: (code: string, options?: RunOptions, after?: string) => Promise<RunResult>
  /** Prints `__TOKEN__ <IAM_TOKEN> <IAM_TOKEN_EXPIRES_AT>`; empty when nothing can be appended. */
  printToken: string
  /** Splits the printed `<status> … <body>` of an AE call. */
  statusAndBody: (stdout: string) => { status: number; body: string }
}

/** Python and Node print `<status> <body>`; Go prints resp.Status (`202 Accepted`) first. */
function splitPrinted(stdout: string, reason: boolean): { status: number; body: string } {
  const pattern = reason ? /^(\d{3})[^{[]*(.*)$/s : /^(\d{3}) ?(.*)$/s
  const [, status = '0', body = ''] = pattern.exec(stdout.trim()) ?? []
  return { status: Number(status), body }
}

function goRun(code: string, options: RunOptions = {}): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'snippet-go-'))
  writeFileSync(join(dir, 'main.go'), code)
  return runAsync('go', ['run', join(dir, 'main.go')], { ...options, timeoutMs: 120_000 })
}

const LANGUAGES: Language[] = [
  {
    target: 'python',
    available: hasPythonRequests(),
    missing: 'python3 with requests',
    run: (code, options = {}, after = '') =>
      runAsync('python3', ['-'], { ...options, stdin: `${code}\n${after}\n` }),
    printToken: "print('__TOKEN__', os.environ['IAM_TOKEN'], os.environ['IAM_TOKEN_EXPIRES_AT'])",
    statusAndBody: (stdout) => splitPrinted(stdout, false),
  },
  {
    target: 'node',
    available: hasCommand('node'),
    missing: 'node',
    run: (code, options = {}, after = '') =>
      runAsync('node', ['--input-type=module'], { ...options, stdin: `${code}\n${after}\n` }),
    printToken: "console.log('__TOKEN__', process.env.IAM_TOKEN, process.env.IAM_TOKEN_EXPIRES_AT)",
    statusAndBody: (stdout) => splitPrinted(stdout, false),
  },
  {
    target: 'go',
    available: hasCommand('go'),
    missing: 'go',
    // A Go program cannot be appended to; the token tail already prints the expiry.
    run: (code, options = {}) => goRun(code, options),
    printToken: '',
    statusAndBody: (stdout) => splitPrinted(stdout, true),
  },
]

for (const language of LANGUAGES) {
  const skipReason = language.available ? '' : ` (skipped: ${language.missing} is not installed)`

  describe.skipIf(!language.available)(`${language.target}${skipReason}`, () => {
    it('gets a token and puts it and its ISO 8601 expiry into the environment', async () => {
      const code = renderGetToken(language.target, { iamUrl: emulator.url }).code
      const result = await language.run(
        code,
        { env: { IBMCLOUD_API_KEY: apikey } },
        language.printToken,
      )
      expect(result.status, result.stderr).toBe(0)
      expect(result.stdout).toMatch(
        /IAM_TOKEN is set; it expires at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/,
      )
      if (language.printToken !== '') {
        const [, captured = ''] = /__TOKEN__ (\S+) /.exec(result.stdout) ?? []
        expect(captured.split('.')).toHaveLength(3)
      }
    })

    it('fails loudly with IAM’s error when the key is wrong', async () => {
      const code = renderGetToken(language.target, { iamUrl: emulator.url }).code
      const result = await language.run(code, { env: { IBMCLOUD_API_KEY: 'not-a-valid-key' } })
      expect(result.status).not.toBe(0)
      expect(result.stderr).toMatch(/IAM returned no token.*BXNIM0415E/s)
    })

    it('form-encodes the key byte for byte', async () => {
      const capture = await startCaptureServer()
      try {
        for (const key of AWKWARD_KEYS) {
          const code = renderGetToken(language.target, { iamUrl: capture.url }).code
          await language.run(code, { env: { IBMCLOUD_API_KEY: key } })
          expect(new URLSearchParams(capture.requests.at(-1)?.body).get('apikey')).toBe(key)
        }
      } finally {
        await capture.close()
      }
    })

    if (language.target !== 'go') {
      it('sets exactly the given token', async () => {
        const code = renderSetToken(language.target, { token }).code
        const env = { IAM_TOKEN_EXPIRES_AT: 'unchanged' }
        const result = await language.run(code, { env }, language.printToken)
        expect(result.stdout.trim()).toBe(`__TOKEN__ ${token} unchanged`)
      })
    }

    for (const operation of AE_OPERATIONS) {
      it(`${operation.id}: reads IAM_TOKEN, INSTANCE_ID and APP_ID from the environment`, async () => {
        const code = renderAeCall(language.target, operation.id, {
          aeTarget: aeTargetFor(operation.api),
          aeApiUrl: emulator.url,
        }).code
        const result = await language.run(code, {
          env: { IAM_TOKEN: token, INSTANCE_ID: emulator.demoInstanceId, APP_ID: appId },
        })
        expect(result.status, result.stderr).toBe(0)
        const { status, body } = language.statusAndBody(result.stdout)
        expectAeAnswer(operation.id, status, body, { instanceId: emulator.demoInstanceId, appId })
      })
    }

    it('exits non-zero on an error status', async () => {
      const code = renderAeCall(language.target, 'v3-get-instance', {
        aeTarget: aeTargetFor('v3', emulator.demoInstanceId),
        aeApiUrl: emulator.url,
        token: 'not.a.token',
      }).code
      const result = await language.run(code)
      expect(result.status).not.toBe(0)
    })
  })
}

const hasHttpie = hasCommand('http')
describe.skipIf(!hasHttpie)(
  `HTTPie${hasHttpie ? '' : ' (skipped: HTTPie (http) is not installed)'}`,
  () => {
    const HTTP_STATUS = `http() { command http --print=hb "$@"; }`

    it('gets and stores a token', async () => {
      const code = renderGetToken('httpie', { iamUrl: emulator.url }).code
      const result = await runAsync('bash', ['-c', `${code}\nprintf '__OUT__ %s' "$IAM_TOKEN"`], {
        env: { IBMCLOUD_API_KEY: apikey },
      })
      expect(result.stdout).toMatch(/__OUT__ \S+\.\S+\.\S+/)
    })

    for (const operation of AE_OPERATIONS) {
      it(`${operation.id}: reads IAM_TOKEN, INSTANCE_ID and APP_ID`, async () => {
        const code = renderAeCall('httpie', operation.id, {
          aeTarget: aeTargetFor(operation.api),
          aeApiUrl: emulator.url,
        }).code
        const result = await runAsync('bash', ['-c', `${HTTP_STATUS}\n${code}`], {
          env: { IAM_TOKEN: token, INSTANCE_ID: emulator.demoInstanceId, APP_ID: appId },
        })
        const status = Number(/^HTTP\/[\d.]+ (\d{3})/.exec(result.stdout)?.[1])
        const body = result.stdout
          .split(/\r?\n\r?\n/)
          .slice(1)
          .join('\n\n')
        expectAeAnswer(operation.id, status, body, { instanceId: emulator.demoInstanceId, appId })
      })
    }
  },
)
