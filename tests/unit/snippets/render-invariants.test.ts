// What must hold for every snippet, whatever the target: no API key ever, the literal token
// exactly when asked for, variables by default, nothing a terminal would mangle on paste.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { DEMO_KEYS } from '@/lib/emulator'
import {
  AE_OPERATIONS,
  TARGETS,
  renderAeCall,
  renderCli,
  renderGetToken,
  renderSetToken,
} from '@/lib/snippets'
import type { Snippet, TargetId } from '@/lib/snippets'

import { APP, GUID, TOKEN, usSouth } from './support/fixtures'

const KEYS = DEMO_KEYS.map((key) => key.apikey)

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
            aeTarget: usSouth(operation.api, instance),
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
