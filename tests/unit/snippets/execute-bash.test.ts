// Every bash snippet, pasted into a real bash and run against the local IAM + Analytics Engine
// emulator: getting and capturing a token, setting one, and each AE call (v3 and v2), with
// variables and with literal values. Interactive bash is used where pasting differs from a
// script (history expansion, prompts for continued lines).
import { describe, expect, it } from 'vitest'

import { AE_OPERATIONS, renderAeCall, renderGetToken, renderSetToken } from '@/lib/snippets'

import { AWKWARD_KEYS, startCaptureServer } from './support/capture-server'
import { aeTargetFor, expectAeAnswer, withSandbox } from './support/emulator'
import type { RunningEmulator } from './support/emulator'
import { bashAsync, hasCommand, interactiveBashAsync } from './support/tools'

/** Wraps curl so that the HTTP status is printed after the body; the snippet stays as it is. */
const CURL_STATUS = `curl() { command curl -w '\\n__HTTP_STATUS__ %{http_code}\\n' "$@"; }`
const hasJq = hasCommand('jq')

let emulator: RunningEmulator
let apikey: string
let token: string
let appId: string

withSandbox((sandbox) => ({ emulator, apikey, token, appId } = sandbox))

function splitStatus(stdout: string): { status: number; body: string } {
  const match = /\n?__HTTP_STATUS__ (\d{3})\n$/.exec(stdout)
  if (match === null) throw new Error(`no status in: ${stdout}`)
  return { status: Number(match[1]), body: stdout.slice(0, match.index) }
}

describe.skipIf(!hasJq)(
  `get a token with curl${hasJq ? '' : ' (skipped: jq is not installed)'}`,
  () => {
    it('stores IAM_TOKEN and IAM_TOKEN_EXPIRES_AT in an interactive bash, and the token works', async () => {
      const snippet = renderGetToken('curl', { iamUrl: emulator.url }).code
      const result = await interactiveBashAsync(
        `${snippet}\nprintf '__OUT__ %s %s\\n' "$IAM_TOKEN" "$IAM_TOKEN_EXPIRES_AT"`,
        { env: { IBMCLOUD_API_KEY: apikey } },
      )
      const [, captured = '', expiresAt = ''] = /__OUT__ (\S+) (\S+)/.exec(result.stdout) ?? []
      expect(captured.split('.')).toHaveLength(3)
      expect(expiresAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
      expect(Math.abs(Date.parse(expiresAt) - Date.now() - 3_600_000)).toBeLessThan(60_000)

      const state = await fetch(
        `${emulator.url}/v3/analytics_engines/${emulator.demoInstanceId}/state`,
        {
          headers: { Authorization: `Bearer ${captured}` },
        },
      )
      expect(state.status).toBe(200)
    })

    it('exports the variables, so programs started afterwards see them', async () => {
      const snippet = renderGetToken('curl', { iamUrl: emulator.url }).code
      const result = await bashAsync(`${snippet}\nenv | grep -c '^IAM_TOKEN'`, {
        env: { IBMCLOUD_API_KEY: apikey },
      })
      expect(result.stdout.trim()).toBe('2')
    })

    it('fails loudly with IAM’s message and keeps the previous token when the key is wrong', async () => {
      const snippet = renderGetToken('curl', { iamUrl: emulator.url }).code
      const result = await interactiveBashAsync(
        `${snippet}\necho "__STATUS__ $?"\nprintf '__OUT__ %s\\n' "$IAM_TOKEN"`,
        { env: { IBMCLOUD_API_KEY: 'not-a-valid-key', IAM_TOKEN: 'previous' } },
      )
      expect(result.stdout).toMatch(/__STATUS__ [1-9]/)
      expect(result.stdout).toContain('__OUT__ previous')
      expect(result.stderr).toMatch(/IAM returned no token: .*BXNIM0415E/)
    })

    it('fails loudly, storing nothing, when IAM answers something that is not JSON', async () => {
      emulator.setFault({ kind: 'non-json', times: 1 })
      const snippet = renderGetToken('curl', { iamUrl: emulator.url }).code
      const result = await bashAsync(
        `${snippet}\necho "__STATUS__ $?"\nprintf '__OUT__ [%s]' "$IAM_TOKEN"`,
        {
          env: { IBMCLOUD_API_KEY: apikey },
        },
      )
      expect(result.stdout).toMatch(/__STATUS__ [1-9]/)
      expect(result.stdout).toContain('__OUT__ []')
      expect(result.stderr).toMatch(/IAM returned no token/)
    })

    it('prints IAM’s JSON with the plain request', async () => {
      const snippet = renderGetToken('curl', { iamUrl: emulator.url, capture: false }).code
      const result = await bashAsync(snippet, { env: { IBMCLOUD_API_KEY: apikey } })
      expect(JSON.parse(result.stdout)).toMatchObject({ token_type: 'Bearer', expires_in: 3600 })
    })

    it('form-encodes the key byte for byte, whatever characters it has', async () => {
      const capture = await startCaptureServer()
      try {
        for (const key of AWKWARD_KEYS) {
          const snippet = renderGetToken('curl', { iamUrl: capture.url }).code
          await bashAsync(snippet, { env: { IBMCLOUD_API_KEY: key } })
          const form = new URLSearchParams(capture.requests.at(-1)?.body)
          expect(form.get('apikey')).toBe(key)
          expect(form.get('grant_type')).toBe('urn:ibm:params:oauth:grant-type:apikey')
        }
      } finally {
        await capture.close()
      }
    })
  },
)

describe('set the token', () => {
  it('exports exactly the given token', async () => {
    const snippet = renderSetToken('curl', { token }).code
    const result = await interactiveBashAsync(
      `${snippet}\nbash -c 'printf "__OUT__%s\\n" "$IAM_TOKEN"'`,
    )
    expect(result.stdout).toContain(`__OUT__${token}\n`)
  })

  it('reads a pasted token without echo, drops "Bearer " and exports it', async () => {
    const snippet = renderSetToken('curl').code
    // The pasted token is the line typed right after the snippet.
    const result = await interactiveBashAsync(snippet, {
      stdinAfter: `Bearer ${token}\nbash -c 'printf "__OUT__%s\\n" "$IAM_TOKEN"'`,
    })
    expect(result.stdout).toContain(`__OUT__${token}\n`)
    expect(result.stdout).not.toContain(`Bearer ${token}`)
  })
})

describe('call Analytics Engine with curl', () => {
  for (const operation of AE_OPERATIONS) {
    it(`${operation.id}: with IAM_TOKEN, INSTANCE_ID and APP_ID, in an interactive bash`, async () => {
      const snippet = renderAeCall('curl', operation.id, {
        aeTarget: aeTargetFor(operation.api),
        aeApiUrl: emulator.url,
      }).code
      const result = await interactiveBashAsync(`${CURL_STATUS}\n${snippet}`, {
        env: { IAM_TOKEN: token, INSTANCE_ID: emulator.demoInstanceId, APP_ID: appId },
      })
      const { status, body } = splitStatus(result.stdout)
      expectAeAnswer(operation.id, status, body, { instanceId: emulator.demoInstanceId, appId })
    })

    it(`${operation.id}: with the token, instance and application id written in`, async () => {
      const snippet = renderAeCall('curl', operation.id, {
        aeTarget: aeTargetFor(operation.api, emulator.demoInstanceId),
        aeApiUrl: emulator.url,
        token,
        appId,
      }).code
      const result = await bashAsync(`${CURL_STATUS}\n${snippet}`)
      const { status, body } = splitStatus(result.stdout)
      expectAeAnswer(operation.id, status, body, { instanceId: emulator.demoInstanceId, appId })
    })
  }

  it('gets a 401 from AE, not a silent success, when IAM_TOKEN is unset', async () => {
    const snippet = renderAeCall('curl', 'v3-get-instance-state', {
      aeTarget: aeTargetFor('v3', emulator.demoInstanceId),
      aeApiUrl: emulator.url,
    }).code
    const result = await bashAsync(`${CURL_STATUS}\n${snippet}`)
    expect(splitStatus(result.stdout).status).toBe(401)
  })
})
