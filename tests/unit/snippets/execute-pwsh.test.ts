// The PowerShell snippets in a real pwsh, against the emulator. pwsh is NOT installed on the
// machine these tests were written on, so this whole file is skipped there; it runs wherever
// pwsh is on PATH. Windows PowerShell 5.1's way of passing arguments to curl.exe is reproduced
// with $PSNativeCommandArgumentPassing = 'Legacy' (pwsh 7.3+), and curl.exe is the system curl
// under that name.
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { AE_OPERATIONS, renderAeCall, renderGetToken, renderSetToken } from '@/lib/snippets'
import type { TargetId } from '@/lib/snippets'

import { aeTargetFor, startSandbox } from './support/emulator'
import type { RunningEmulator } from './support/emulator'
import { hasCommand, run, runAsync } from './support/tools'
import type { RunResult } from './support/tools'

const hasPwsh = hasCommand('pwsh')
const POWERSHELL_TARGETS: TargetId[] = ['pwsh', 'pwsh-curl', 'powershell', 'powershell-curl']

let emulator: RunningEmulator
let apikey: string
let token: string
let appId: string
let binDir: string

beforeAll(async () => {
  if (!hasPwsh) return
  ;({ emulator, apikey, token, appId } = await startSandbox())
  binDir = mkdtempSync(join(tmpdir(), 'pwsh-bin-'))
  symlinkSync(run('sh', ['-c', 'command -v curl']).stdout.trim(), join(binDir, 'curl.exe'))
})

afterAll(async () => {
  if (hasPwsh) await emulator.close()
})

function runPwsh(
  target: TargetId,
  script: string,
  env: Record<string, string>,
): Promise<RunResult> {
  const legacy = target.startsWith('powershell')
    ? "$PSNativeCommandArgumentPassing = 'Legacy'\n"
    : ''
  const file = join(mkdtempSync(join(tmpdir(), 'pwsh-snippet-')), 'snippet.ps1')
  writeFileSync(file, `$ErrorActionPreference = 'Stop'\n${legacy}${script}\n`)
  return runAsync('pwsh', ['-NoProfile', '-NonInteractive', '-File', file], {
    env: { ...env, PATH: `${binDir}:${process.env.PATH ?? ''}` },
    timeoutMs: 60_000,
  })
}

describe.skipIf(!hasPwsh)(`real pwsh${hasPwsh ? '' : ' (skipped: pwsh is not installed)'}`, () => {
  for (const target of POWERSHELL_TARGETS) {
    it(`${target}: stores IAM_TOKEN and IAM_TOKEN_EXPIRES_AT`, async () => {
      const code = renderGetToken(target, { iamUrl: emulator.url }).code
      const result = await runPwsh(
        target,
        `${code}\n"__OUT__ $env:IAM_TOKEN $env:IAM_TOKEN_EXPIRES_AT"`,
        {
          IBMCLOUD_API_KEY: apikey,
        },
      )
      expect(result.stdout).toMatch(/__OUT__ \S+\.\S+\.\S+ \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/)
    })

    it(`${target}: stores nothing and fails when the key is wrong`, async () => {
      const code = renderGetToken(target, { iamUrl: emulator.url }).code
      const result = await runPwsh(target, code, { IBMCLOUD_API_KEY: 'not-a-valid-key' })
      expect(result.status).not.toBe(0)
    })

    it(`${target}: sets exactly the given token`, async () => {
      const code = renderSetToken(target, { token }).code
      const result = await runPwsh(target, `${code}\n"__OUT__$env:IAM_TOKEN"`, {})
      expect(result.stdout.trim()).toBe(`__OUT__${token}`)
    })

    for (const operation of AE_OPERATIONS) {
      it(`${target}: ${operation.id} succeeds`, async () => {
        const code = renderAeCall(target, operation.id, {
          aeTarget: aeTargetFor(operation.api),
          aeApiUrl: emulator.url,
        }).code
        const result = await runPwsh(target, code, {
          IAM_TOKEN: token,
          INSTANCE_ID: emulator.demoInstanceId,
          APP_ID: appId,
        })
        expect(result.status, result.stderr).toBe(0)
        // curl.exe exits 0 on an HTTP error too; AE error bodies carry "status_code".
        expect(result.stdout).not.toMatch(/status_code|errors/)
        if (operation.id === 'v3-submit-application') expect(result.stdout).toContain('accepted')
      })
    }
  }
})
