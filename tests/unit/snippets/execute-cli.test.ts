// The "CLI way" in bash, run against a fake `ibmcloud` (./support/fake-ibmcloud, a test double
// that prints the CLI's documented output forms) backed by the emulator. The real CLI is not
// installed here; the PowerShell and cmd variants are checked for their text only (pwsh runs
// them when installed, see execute-pwsh.test.ts).
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderCli } from '@/lib/snippets'

import { startQuietEmulator } from './support/emulator'
import type { RunningEmulator } from './support/emulator'
import { hasCommand, interactiveBashAsync } from './support/tools'

const FAKE_CLI_DIR = fileURLToPath(new URL('./support/fake-ibmcloud', import.meta.url))
const hasJq = hasCommand('jq')

let emulator: RunningEmulator
let apikey: string

beforeAll(async () => {
  emulator = await startQuietEmulator()
  apikey = emulator.demoKeys[0]?.apikey ?? ''
})

afterAll(async () => {
  await emulator.close()
})

function cliEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: `${FAKE_CLI_DIR}:${process.env.PATH ?? ''}`,
    FAKE_IBMCLOUD_HOME: mkdtempSync(join(tmpdir(), 'fake-ibmcloud-')),
    FAKE_IAM_URL: emulator.url,
    ...extra,
  }
}

const PRINT = `bash -c 'printf "__OUT__[%s]\\n" "$IAM_TOKEN"'`

describe.skipIf(!hasJq)(
  `the CLI way in bash${hasJq ? '' : ' (skipped: jq is not installed)'}`,
  () => {
    for (const via of ['oauth-tokens', 'bearer-token'] as const) {
      it(`${via}: logs in with IBMCLOUD_API_KEY and exports the bare token`, async () => {
        const code = renderCli('curl', { via })?.code ?? ''
        const result = await interactiveBashAsync(`${code}\n${PRINT}`, {
          env: cliEnv({ IBMCLOUD_API_KEY: apikey }),
        })
        const [, exported = ''] = /__OUT__\[(.*)\]/.exec(result.stdout) ?? []
        expect(exported).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/)
        const state = await fetch(
          `${emulator.url}/v3/analytics_engines/${emulator.demoInstanceId}/state`,
          {
            headers: { Authorization: `Bearer ${exported}` },
          },
        )
        expect(state.status).toBe(200)
      })

      it(`${via}: exports nothing and says so when the CLI is not logged in`, async () => {
        const code = renderCli('curl', { via })?.code ?? ''
        const result = await interactiveBashAsync(`${code}\n${PRINT}`, { env: cliEnv() })
        expect(result.stdout).toContain('__OUT__[]')
        expect(result.stderr).toContain('No token from ibmcloud')
      })
    }
  },
)

describe('the CLI way in PowerShell and cmd (text checks)', () => {
  it('strips the Bearer prefix in PowerShell with -replace', () => {
    expect(renderCli('pwsh')?.code).toContain(
      '$bearer = (ibmcloud iam oauth-tokens --output json | ConvertFrom-Json).iam_token',
    )
  })

  it('takes the 4th word of "IAM token:  Bearer <token>" in cmd', () => {
    const line = 'IAM token:  Bearer eyJ.a.b'
    expect(line.split(/\s+/)[3]).toBe('eyJ.a.b')
    expect(renderCli('cmd')?.code).toContain(
      `for /f "tokens=4" %T in ('ibmcloud iam oauth-tokens ^| findstr /b IAM')`,
    )
  })
})
