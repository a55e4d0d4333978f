// The public render functions, target by target: exact output where it documents the product,
// and the refusals that keep unchecked input out of snippets.
import { describe, expect, it } from 'vitest'

import { TARGETS, renderAeCall, renderCli, renderGetToken, renderSetToken } from '@/lib/snippets'
import type { TargetId } from '@/lib/snippets'

import { GUID, TOKEN, usSouth } from './support/fixtures'

describe('renderGetToken', () => {
  it('has no parameter that could take an API key', () => {
    // @ts-expect-error -- GetTokenOptions has no apikey; the key only ever comes from the environment.
    renderGetToken('curl', { apikey: 'x' })
  })

  it('reads the key from IBMCLOUD_API_KEY in every target', () => {
    const reads: Record<TargetId, string> = {
      curl: '$IBMCLOUD_API_KEY',
      httpie: '$IBMCLOUD_API_KEY',
      pwsh: '$env:IBMCLOUD_API_KEY',
      'pwsh-curl': '$env:IBMCLOUD_API_KEY',
      powershell: '$env:IBMCLOUD_API_KEY',
      'powershell-curl': '$env:IBMCLOUD_API_KEY',
      cmd: '%IBMCLOUD_API_KEY%',
      python: "os.environ['IBMCLOUD_API_KEY']",
      node: 'process.env.IBMCLOUD_API_KEY',
      go: 'os.Getenv("IBMCLOUD_API_KEY")',
    }
    for (const { id } of TARGETS) expect(renderGetToken(id).code).toContain(reads[id])
  })

  it('uses the configured IAM URL, with or without /identity/token and a trailing slash', () => {
    for (const iamUrl of ['http://127.0.0.1:9/', 'http://127.0.0.1:9/identity/token']) {
      expect(renderGetToken('curl', { iamUrl }).code).toContain(
        "'http://127.0.0.1:9/identity/token'",
      )
    }
    expect(() => renderGetToken('curl', { iamUrl: 'iam.cloud.ibm.com' })).toThrow(
      /not an absolute URL/,
    )
  })

  it('renders the bash capture exactly like this', () => {
    expect(renderGetToken('curl').code).toBe(
      [
        `IAM_RESPONSE=$(curl -sS 'https://iam.cloud.ibm.com/identity/token' \\`,
        `  -H 'Content-Type: application/x-www-form-urlencoded' \\`,
        `  -H 'Accept: application/json' \\`,
        `  --data-urlencode 'grant_type=urn:ibm:params:oauth:grant-type:apikey' \\`,
        `  --data-urlencode "apikey=$IBMCLOUD_API_KEY") &&`,
        `  jq -e 'has("access_token")' <<<"$IAM_RESPONSE" >/dev/null &&`,
        `  export IAM_TOKEN="$(jq -r .access_token <<<"$IAM_RESPONSE")" \\`,
        `    IAM_TOKEN_EXPIRES_AT="$(jq -r '.expiration | todate' <<<"$IAM_RESPONSE")" ||`,
        `  { echo "IAM returned no token: $IAM_RESPONSE" >&2; false; }`,
      ].join('\n'),
    )
  })
})

describe('renderAeCall', () => {
  it('renders the cmd submit exactly like this', () => {
    expect(renderAeCall('cmd', 'v3-submit-application', { aeTarget: usSouth('v3') }).code).toBe(
      [
        'curl.exe -sS "https://api.us-south.ae.cloud.ibm.com/v3/analytics_engines/%INSTANCE_ID%/spark_applications" ^',
        '  -H "Authorization: Bearer %IAM_TOKEN%" ^',
        '  -H "Content-Type: application/json" ^',
        '  -d "{\\"application_details\\":{\\"application\\":\\"/opt/ibm/spark/examples/src/main/python/wordcount.py\\",\\"arguments\\":[\\"/opt/ibm/spark/examples/src/main/resources/people.txt\\"]}}"',
      ].join('\n'),
    )
  })

  it('replaces the public endpoint with aeApiUrl', () => {
    const code = renderAeCall('curl', 'v2-get-cluster-state', {
      aeTarget: usSouth('v2', GUID),
      aeApiUrl: 'http://127.0.0.1:8080/',
    }).code
    expect(code).toContain(`'http://127.0.0.1:8080/v2/analytics_engines/${GUID}/state'`)
  })

  it('marks classic calls as a retired plan', () => {
    const notes = renderAeCall('curl', 'v2-reset-password', { aeTarget: usSouth('v2') }).notes ?? []
    expect(notes.join(' ')).toMatch(/retired/)
  })

  it('refuses unchecked input instead of rendering it', () => {
    expect(() => renderAeCall('curl', 'v2-get-cluster', { aeTarget: usSouth('v3') })).toThrow(
      /v2 API/,
    )
    expect(() =>
      renderAeCall('curl', 'v3-stop-application', { aeTarget: usSouth('v3'), appId: '$(id)' }),
    ).toThrow(/GUID/)
    expect(() =>
      renderAeCall('curl', 'v3-get-instance', { aeTarget: usSouth('v3'), token: "a'b" }),
    ).toThrow(/access token/)
    const forged = { api: 'v3', region: 'us-south', instanceId: "x'; rm -rf ~" } as const
    expect(() => renderAeCall('curl', 'v3-get-instance', { aeTarget: forged })).toThrow(
      /parseAeTarget/,
    )
    const wrongRegion = { api: 'v3', region: 'jp-tok', instanceId: null } as const
    expect(() => renderAeCall('curl', 'v3-get-instance', { aeTarget: wrongRegion })).toThrow(
      /parseAeTarget/,
    )
  })
})

describe('renderSetToken', () => {
  it('asks for the token without echo by default', () => {
    expect(renderSetToken('curl').code).toContain('read -rs IAM_TOKEN')
    expect(renderSetToken('pwsh').code).toContain('Read-Host -MaskInput')
    expect(renderSetToken('powershell').code).toContain('Read-Host -AsSecureString')
  })

  it('writes the given token in each shell', () => {
    expect(renderSetToken('curl', { token: TOKEN }).code).toBe(`export IAM_TOKEN='${TOKEN}'`)
    expect(renderSetToken('pwsh', { token: TOKEN }).code).toBe(`$env:IAM_TOKEN = '${TOKEN}'`)
    expect(renderSetToken('cmd', { token: TOKEN }).code).toBe(`set "IAM_TOKEN=${TOKEN}"`)
  })
})

describe('renderCli', () => {
  it('is for shells only', () => {
    expect(renderCli('python')).toBeNull()
    expect(renderCli('go')).toBeNull()
  })

  it('strips the Bearer prefix that oauth-tokens prints', () => {
    expect(renderCli('curl')?.code).toContain("jq -r .iam_token | sed 's/^Bearer //'")
    expect(renderCli('pwsh')?.code).toContain("-replace '^Bearer\\s+'")
    expect(renderCli('cmd')?.code).toContain('"tokens=4"')
  })

  it('never writes a bare @file in PowerShell, where @ means splatting', () => {
    const code = renderCli('powershell')?.code ?? ''
    expect(code).toContain("'@apikey.json'")
    expect(code).not.toMatch(/[^'#]@apikey/)
  })
})
