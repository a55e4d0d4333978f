// The Windows snippets (cmd, PowerShell 7.3+ and Windows PowerShell 5.1), without Windows: each
// snippet goes through the TEST-ONLY MODELS in ./support (cmd's line parsing, PowerShell's
// strings and native-argument passing, the C runtime's argv rules, Invoke-RestMethod's request)
// and the resulting request is then sent FOR REAL, by the real curl or by fetch, to the local
// emulator. What is proven: the request the user's shell would build, under the modelled rules.
// What is not: the models themselves against real Windows (see the quoting tests for how they
// were checked).
import { describe, expect, it } from 'vitest'

import { AE_OPERATIONS, renderAeCall, renderGetToken, renderSetToken } from '@/lib/snippets'
import type { AeOperationId, TargetId } from '@/lib/snippets'

import { AWKWARD_KEYS, startCaptureServer } from './support/capture-server'
import { cmdArgv, cmdSet } from './support/cmd-model'
import { aeTargetFor, expectAeAnswer, withSandbox } from './support/emulator'
import type { RunningEmulator } from './support/emulator'
import { modelInvokeRestMethod } from './support/invoke-rest-method-model'
import { parsePsCommand } from './support/powershell-command-model'
import { evaluatePsString } from './support/powershell-model'
import { legacyNativeArgv, nativeArgs } from './support/powershell-native-model'
import { runAsync } from './support/tools'

let emulator: RunningEmulator
let apikey: string
let token: string
let appId: string

withSandbox((sandbox) => ({ emulator, apikey, token, appId } = sandbox))

type Env = Record<string, string>

/** Variable values are assumed free of double quotes, as IBM keys and tokens are. */
const KEYS_WITHOUT_QUOTES = AWKWARD_KEYS.filter((key) => !key.includes('"'))

/**
 * The argv that curl.exe receives, per target, from the snippet text and the session's variables.
 */
const CURL_ARGV: Partial<Record<TargetId, (code: string, env: Env) => string[]>> = {
  cmd: (code, env) => cmdArgv(code, env),
  'pwsh-curl': (code, env) => {
    const command = parsePsCommand(code, env)
    return [command.name, ...nativeArgs(command)]
  },
  'powershell-curl': (code, env) => {
    const command = parsePsCommand(code, env)
    return legacyNativeArgv(command.name, nativeArgs(command))
  },
}

/** Runs the real curl with the modelled argv and returns status and body. */
async function sendWithCurl(argv: string[]): Promise<{ status: number; body: string }> {
  expect(argv[0]).toBe('curl.exe')
  const result = await runAsync('curl', [...argv.slice(1), '-w', '\n__HTTP_STATUS__ %{http_code}'])
  const match = /\n?__HTTP_STATUS__ (\d{3})$/.exec(result.stdout)
  if (match === null) throw new Error(`curl printed no status: ${result.stdout} ${result.stderr}`)
  return { status: Number(match[1]), body: result.stdout.slice(0, match.index) }
}

async function sendWithModelledIrm(
  code: string,
  env: Env,
): Promise<{ status: number; body: string }> {
  const call = modelInvokeRestMethod(parsePsCommand(code, env))
  const response = await fetch(call.url, call.init)
  return { status: response.status, body: await response.text() }
}

/** The request inside a PowerShell capture block: from `$iam = ` to the end of the command. */
function innerCommand(captureBlock: string): string {
  const start = captureBlock.indexOf('$iam = ') + '$iam = '.length
  const end = captureBlock.indexOf('\n  if (')
  return captureBlock.slice(start, end).replace(/ \|\n\s+ConvertFrom-Json$/, '')
}

function aeCode(targetId: TargetId, operationId: AeOperationId, literal: boolean): string {
  const operation = AE_OPERATIONS.find((candidate) => candidate.id === operationId)
  if (operation === undefined) throw new Error('test set-up: unknown operation')
  return renderAeCall(targetId, operationId, {
    aeTarget: aeTargetFor(operation.api, literal ? emulator.demoInstanceId : undefined),
    aeApiUrl: emulator.url,
    ...(literal ? { token, appId } : {}),
  }).code
}

function variables(): Env {
  return { IAM_TOKEN: token, INSTANCE_ID: emulator.demoInstanceId, APP_ID: appId }
}

for (const [targetId, argvOf] of Object.entries(CURL_ARGV) as [
  TargetId,
  (code: string, env: Env) => string[],
][]) {
  describe(`${targetId}: curl.exe as the modelled shell passes it`, () => {
    it('gets a token from IAM', async () => {
      const code = renderGetToken(targetId, { iamUrl: emulator.url, capture: false }).code
      const { status, body } = await sendWithCurl(argvOf(code, { IBMCLOUD_API_KEY: apikey }))
      expect(status).toBe(200)
      expect(JSON.parse(body)).toMatchObject({ token_type: 'Bearer', expires_in: 3600 })
    })

    if (targetId !== 'cmd') {
      it('gets a token with the request inside the capture block', async () => {
        const block = renderGetToken(targetId, { iamUrl: emulator.url }).code
        const argv = argvOf(innerCommand(block), { IBMCLOUD_API_KEY: apikey })
        expect(JSON.parse((await sendWithCurl(argv)).body)).toHaveProperty('access_token')
      })
    }

    it('form-encodes the key byte for byte', async () => {
      const capture = await startCaptureServer()
      try {
        for (const key of KEYS_WITHOUT_QUOTES) {
          const code = renderGetToken(targetId, { iamUrl: capture.url, capture: false }).code
          await sendWithCurl(argvOf(code, { IBMCLOUD_API_KEY: key }))
          expect(new URLSearchParams(capture.requests.at(-1)?.body).get('apikey')).toBe(key)
        }
      } finally {
        await capture.close()
      }
    })

    for (const operation of AE_OPERATIONS) {
      for (const literal of [false, true]) {
        it(`${operation.id} with ${literal ? 'values written in' : 'variables'}`, async () => {
          const argv = argvOf(aeCode(targetId, operation.id, literal), literal ? {} : variables())
          const { status, body } = await sendWithCurl(argv)
          expectAeAnswer(operation.id, status, body, { instanceId: emulator.demoInstanceId, appId })
        })
      }
    }
  })
}

describe('why PowerShell has two curl.exe tabs', () => {
  it('the PowerShell 7.3+ submit would reach curl.exe without its JSON quotes under 5.1', () => {
    const code = aeCode('pwsh-curl', 'v3-submit-application', true)
    const command = parsePsCommand(code, {})
    const data = legacyNativeArgv(command.name, nativeArgs(command)).at(-1) ?? ''
    expect(() => JSON.parse(data)).toThrow()
  })
})

for (const targetId of ['pwsh', 'powershell'] as const) {
  describe(`${targetId}: Invoke-RestMethod as modelled`, () => {
    it('gets a token with the request inside the capture block', async () => {
      const block = renderGetToken(targetId, { iamUrl: emulator.url }).code
      const { status, body } = await sendWithModelledIrm(innerCommand(block), {
        IBMCLOUD_API_KEY: apikey,
      })
      expect(status).toBe(200)
      expect(JSON.parse(body)).toHaveProperty('access_token')
    })

    it('form-encodes the key byte for byte', async () => {
      const capture = await startCaptureServer()
      try {
        for (const key of AWKWARD_KEYS) {
          const code = renderGetToken(targetId, { iamUrl: capture.url, capture: false }).code
          await sendWithModelledIrm(code, { IBMCLOUD_API_KEY: key })
          expect(new URLSearchParams(capture.requests.at(-1)?.body).get('apikey')).toBe(key)
        }
      } finally {
        await capture.close()
      }
    })

    it('sets exactly the given token', () => {
      const code = renderSetToken(targetId, { token }).code
      const [, right = ''] = /^\$env:IAM_TOKEN = (.*)$/.exec(code) ?? []
      expect(evaluatePsString(right)).toBe(token)
    })

    for (const operation of AE_OPERATIONS) {
      for (const literal of [false, true]) {
        it(`${operation.id} with ${literal ? 'values written in' : 'variables'}`, async () => {
          const code = aeCode(targetId, operation.id, literal)
          const { status, body } = await sendWithModelledIrm(code, literal ? {} : variables())
          expectAeAnswer(operation.id, status, body, { instanceId: emulator.demoInstanceId, appId })
        })
      }
    }
  })
}

describe('cmd: set the token', () => {
  it('sets exactly the given token', () => {
    expect(cmdSet(renderSetToken('cmd', { token }).code, {})).toEqual({
      name: 'IAM_TOKEN',
      value: token,
    })
  })
})
