import { SignJWT, generateKeyPair } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'

import { recognizeInput, type Recognition } from '@/lib/inspect/recognize'

let token: string
let uaaToken: string

beforeAll(async () => {
  const { privateKey } = await generateKeyPair('RS256')
  const sign = (claims: Record<string, unknown>) =>
    new SignJWT(claims).setProtectedHeader({ kid: '202612030000', alg: 'RS256' }).sign(privateKey)
  token = await sign({ iam_id: 'IBMid-TESTONLY01', iss: 'https://iam.cloud.ibm.com/identity' })
  uaaToken = await sign({ user_name: 'test-only@example.com', iss: 'https://uaa.example' })
})

function found(input: string): Extract<Recognition, { ok: true }> {
  const result = recognizeInput(input)
  if (!result.ok) throw new Error(`expected a token, got the problem "${result.problem}"`)
  return result
}

function problem(input: string): string {
  const result = recognizeInput(input)
  if (result.ok) throw new Error(`expected a problem, got a token of kind ${result.kind}`)
  return result.problem
}

/** Breaks a long line every `width` characters, as a terminal does when it wraps. */
function wrapped(text: string, width = 80): string {
  return text.match(new RegExp(`.{1,${width}}`, 'g'))?.join('\n') ?? text
}

describe('recognizeInput: the forms people paste', () => {
  it('takes a bare JWT as is', () => {
    expect(found(token)).toEqual({ ok: true, kind: 'jwt', token, notes: [] })
  })

  it('takes a Bearer header value in any case and with extra spaces', () => {
    for (const input of [`Bearer ${token}`, `bearer    ${token}`, `BEARER\t${token}`]) {
      expect(found(input)).toMatchObject({ kind: 'bearer_header', token })
    }
  })

  it('takes a whole Authorization header line', () => {
    expect(found(`Authorization: Bearer ${token}`)).toMatchObject({ kind: 'bearer_header', token })
  })

  it('takes the IAM token from the text output of ibmcloud iam oauth-tokens', () => {
    expect(found(`IAM token:  Bearer ${token}\n`)).toMatchObject({ kind: 'cli_text', token })
  })

  it('takes the IAM line and ignores the UAA line, whichever comes first', () => {
    const iamFirst = `IAM token:  Bearer ${token}\nUAA token:  Bearer ${uaaToken}`
    const uaaFirst = `UAA token:  Bearer ${uaaToken}\nIAM token:  Bearer ${token}`
    for (const input of [iamFirst, uaaFirst]) {
      const result = found(input)
      expect(result).toMatchObject({ kind: 'cli_text', token })
      expect(result.notes.join(' ')).toMatch(/UAA token line .* was ignored/)
    }
  })

  it('joins a CLI token that the terminal wrapped over several lines', () => {
    const output = `$ ibmcloud iam oauth-tokens\n${wrapped(`IAM token:  Bearer ${token}`)}\n$ `
    const result = found(output)
    expect(result).toMatchObject({ kind: 'cli_text', token })
    expect(result.notes.join(' ')).toMatch(/Joined the token back together/)
  })

  it('takes iam_token from the --output json form, Bearer prefix and all', () => {
    const json = JSON.stringify({ iam_token: `Bearer ${token}`, uaa_token: `Bearer ${uaaToken}` })
    const result = found(json)
    expect(result).toMatchObject({ kind: 'cli_json', token })
    expect(result.notes.join(' ')).toMatch(/UAA token/)
    expect(found(JSON.stringify({ iam_token: token }, null, 2))).toMatchObject({ token })
  })

  it("takes access_token from IAM's token response and reports its other facts", () => {
    const answer = {
      access_token: token,
      refresh_token: 'not_supported',
      ims_user_id: 7000000,
      token_type: 'Bearer',
      expires_in: 3600,
      expiration: 1_790_003_600,
      scope: 'ibm openid',
    }
    expect(found(JSON.stringify(answer, null, 2))).toEqual({
      ok: true,
      kind: 'token_response',
      token,
      notes: [],
      tokenResponse: {
        tokenType: 'Bearer',
        expiresIn: 3600,
        expiration: 1_790_003_600,
        scope: 'ibm openid',
        imsUserId: 7000000,
        refreshToken: 'not_supported',
      },
    })
  })

  it('tells a real refresh token from "not_supported" and from none', () => {
    const facts = (refresh: unknown) =>
      found(JSON.stringify({ access_token: token, refresh_token: refresh })).tokenResponse
    expect(facts('test-only-opaque-refresh-token')?.refreshToken).toBe('present')
    expect(facts(undefined)?.refreshToken).toBe('absent')
  })

  it('reads a token response whose lines a terminal wrapped inside the token', () => {
    const json = `{"access_token":"${wrapped(token, 70)}","token_type":"Bearer"}`
    const result = found(json)
    expect(result).toMatchObject({ kind: 'token_response', token })
  })

  it('removes surrounding quotes of any kind, even nested', () => {
    for (const input of [`"${token}"`, `'Bearer ${token}'`, `\`${token}\``, `"'${token}'"`]) {
      const result = found(input)
      expect(result.token).toBe(token)
      expect(result.notes).toContain('Removed the quotes around the paste.')
    }
  })

  it('removes whitespace and line breaks anywhere inside the token', () => {
    const broken = `  ${token.slice(0, 30)}\r\n${token.slice(30, 200)} \n\t${token.slice(200)}  \n`
    expect(found(broken)).toMatchObject({ kind: 'jwt', token })
  })

  it('finds the one token inside a pasted curl command', () => {
    const curl = `curl -s -H "Authorization: Bearer ${token}" https://api.example.com/v3/x`
    const result = found(curl)
    expect(result).toMatchObject({ kind: 'bearer_header', token })
    expect(result.notes.join(' ')).toMatch(/inside the pasted text/)
  })
})

describe('recognizeInput: what is not a token', () => {
  it('refuses an API key as a single word, alone, quoted, as Bearer or as an assignment', () => {
    const key = 'test-only-FAKEkey0000000000000000000000000000'
    for (const input of [
      key,
      `  ${key}\n`,
      `"${key}"`,
      `Bearer ${key}`,
      `export IBMCLOUD_API_KEY=${key}`,
      `$env:IBMCLOUD_API_KEY = "${key}"`,
      'demo-user-apikey-not-a-secret',
    ]) {
      expect(problem(input)).toBe('apikey')
    }
  })

  it("refuses IBM Cloud's downloadable API key file", () => {
    const keyFile = { name: 'test', description: '', createdAt: '2026-01-01', apikey: 'test-only' }
    expect(problem(JSON.stringify(keyFile))).toBe('apikey')
  })

  it('names each other problem', () => {
    expect(problem('')).toBe('empty')
    expect(problem(' \n "" ')).toBe('empty')
    expect(problem('Bearer')).toBe('no_token')
    expect(problem('FAILED\nNot logged in. Use ibmcloud login to log in.')).toBe('no_token')
    expect(problem('iam.cloud.ibm.com')).toBe('no_token')
    expect(problem('{"iam_token": "Bearer not-a-jwt"}')).toBe('no_token')
    expect(problem('{"hello": "world"}')).toBe('json_without_token')
    expect(problem('[1, 2]')).toBe('no_token')
    expect(problem('{"access_token": ')).toBe('unreadable_json')
    expect(problem(`${token} and ${uaaToken}`)).toBe('several_tokens')
    expect(problem('eyJhbGciOiJSU0EtT0FFUCJ9.a2V5.aXY.Y2lwaGVy.dGFn')).toBe('encrypted')
  })
})
