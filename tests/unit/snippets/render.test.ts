// What must hold for every snippet, whatever the target: no API key ever, the literal token
// exactly when asked for, variables by default, nothing a terminal would mangle on paste.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import {
  AE_OPERATIONS,
  TARGETS,
  parseAeTarget,
  renderAeCall,
  renderCli,
  renderGetToken,
  renderSetToken,
} from '@/lib/snippets'
import type { AeTarget, Snippet, TargetId } from '@/lib/snippets'
import { DEMO_KEYS } from '@/lib/emulator'

const GUID = '046a1611-81ff-4215-a5e0-6af8d7910610'
const APP = '9b2c8a1e-2f3d-4c5b-8a7e-1d2c3b4a5f6e'
/** Shaped like an access token (three base64url parts); not a real one. */
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl-_x'
const KEYS = DEMO_KEYS.map((key) => key.apikey)

function target(api: 'v3' | 'v2', instance?: string): AeTarget {
  const parsed = parseAeTarget({ api, region: 'us-south', ...(instance ? { instance } : {}) })
  if (!parsed.ok) throw new Error('test set-up: bad target')
  return parsed.value
}

function everySnippet(): { name: string; targetId: TargetId; snippet: Snippet; token?: string }[] {
  const all: { name: string; targetId: TargetId; snippet: Snippet; token?: string }[] = []
  for (const { id } of TARGETS) {
    // An API key smuggled in as an unknown option must be ignored.
    const smuggled = { iamUrl: 'https://iam.cloud.ibm.com', apikey: KEYS[0] } as never
    all.push({ name: `${id} get-token`, targetId: id, snippet: renderGetToken(id, smuggled) })
    all.push({
      name: `${id} request`,
      targetId: id,
      snippet: renderGetToken(id, { capture: false }),
    })
    all.push({ name: `${id} set-token`, targetId: id, snippet: renderSetToken(id) })
    all.push({
      name: `${id} set-token literal`,
      targetId: id,
      snippet: renderSetToken(id, { token: TOKEN }),
      token: TOKEN,
    })
    for (const via of ['oauth-tokens', 'bearer-token'] as const) {
      const cli = renderCli(id, { via })
      if (cli !== null) all.push({ name: `${id} cli ${via}`, targetId: id, snippet: cli })
    }
    for (const operation of AE_OPERATIONS) {
      for (const instance of [undefined, GUID]) {
        for (const token of [undefined, TOKEN]) {
          const snippet = renderAeCall(id, operation.id, {
            aeTarget: target(operation.api, instance),
            appId: instance === undefined ? null : APP,
            ...(token === undefined ? {} : { token }),
          })
          const name = `${id} ${operation.id} ${instance ? 'literal' : 'variable'} ${token ? 'token' : 'IAM_TOKEN'}`
          all.push({ name, targetId: id, snippet, ...(token === undefined ? {} : { token }) })
        }
      }
    }
  }
  return all
}

describe('every snippet', () => {
  const savedKey = process.env.IBMCLOUD_API_KEY
  beforeEach(() => {
    // The engine must not read the environment either.
    process.env.IBMCLOUD_API_KEY = KEYS[1]
  })
  afterEach(() => {
    if (savedKey === undefined) delete process.env.IBMCLOUD_API_KEY
    else process.env.IBMCLOUD_API_KEY = savedKey
  })

  it('never contains an API key', () => {
    for (const { name, snippet } of everySnippet()) {
      for (const key of KEYS) expect(snippet.code, name).not.toContain(key)
      expect(snippet.code, name).not.toMatch(/apikey=(?!\$|%|")[A-Za-z0-9]/)
    }
  })

  it('contains the literal token exactly once when one is given, and no token otherwise', () => {
    for (const { name, snippet, token } of everySnippet()) {
      const count = snippet.code.split(TOKEN).length - 1
      expect(count, name).toBe(token === undefined ? 0 : 1)
    }
  })

  it('reads IAM_TOKEN when no token is given (the default)', () => {
    for (const { name, snippet, token } of everySnippet()) {
      if (token === undefined && / (v[23]-|set-token)/.test(name)) {
        expect(snippet.code, name).toContain('IAM_TOKEN')
      }
    }
  })

  it('has no tab, carriage return or trailing blank, which break a paste', () => {
    for (const { name, snippet, targetId } of everySnippet()) {
      if (targetId !== 'go') expect(snippet.code, name).not.toMatch(/\t/)
      expect(snippet.code, name).not.toMatch(/\r|[ \t]$/m)
    }
  })

  it('carries the syntax class of its target', () => {
    for (const { name, snippet, targetId } of everySnippet()) {
      expect(snippet.language, name).toBe(TARGETS.find((entry) => entry.id === targetId)?.language)
    }
  })
})

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
    expect(renderAeCall('cmd', 'v3-submit-application', { aeTarget: target('v3') }).code).toBe(
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
      aeTarget: target('v2', GUID),
      aeApiUrl: 'http://127.0.0.1:8080/',
    }).code
    expect(code).toContain(`'http://127.0.0.1:8080/v2/analytics_engines/${GUID}/state'`)
  })

  it('marks classic calls as a retired plan', () => {
    const notes = renderAeCall('curl', 'v2-reset-password', { aeTarget: target('v2') }).notes ?? []
    expect(notes.join(' ')).toMatch(/retired/)
  })

  it('refuses unchecked input instead of rendering it', () => {
    expect(() => renderAeCall('curl', 'v2-get-cluster', { aeTarget: target('v3') })).toThrow(
      /v2 API/,
    )
    expect(() =>
      renderAeCall('curl', 'v3-stop-application', { aeTarget: target('v3'), appId: '$(id)' }),
    ).toThrow(/GUID/)
    expect(() =>
      renderAeCall('curl', 'v3-get-instance', { aeTarget: target('v3'), token: "a'b" }),
    ).toThrow(/access token/)
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
