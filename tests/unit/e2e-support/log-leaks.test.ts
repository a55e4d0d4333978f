import { randomBytes } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { findSecretLeaks } from '@/tests/e2e/support/log-leaks'
import type { RecordedSecret } from '@/tests/e2e/support/secrets'

const requestLine = (status: number) =>
  JSON.stringify({ level: 'info', route: 'POST /api/token', status, msg: 'request' })

const key: RecordedSecret = { kind: 'apikey', value: 'demo-user-apikey-not-a-secret' }
const token: RecordedSecret = {
  kind: 'token',
  value: `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${randomBytes(30).toString('base64url')}.sig`,
}

describe('findSecretLeaks', () => {
  it('accepts clean logs that really were looked at', () => {
    const logs = [{ name: 'app.log', text: `${requestLine(200)}\n${requestLine(401)}\n` }]
    expect(findSecretLeaks(logs, [key, token])).toEqual([])
  })

  it('names the log and line where a recorded secret appears, without printing it whole', () => {
    const logs = [{ name: 'app.log', text: `${requestLine(401)}\n{"note":"${key.value}"}\n` }]
    const problems = findSecretLeaks(logs, [key])
    expect(problems).toEqual([
      'An apikey used by the tests (demo-u…, 29 characters) is in app.log:2.',
    ])
  })

  it('finds token, session-cookie and test-key shapes nobody recorded', () => {
    const jwt = `eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.${randomBytes(8).toString('hex')}`
    const logs = [
      { name: 'a.log', text: `${requestLine(401)}\nBearer ${jwt}\n` },
      { name: 'b.log', text: `cookie iamwb_session=Fe26.2*1*abc\napikey=test-only-x\n` },
    ]
    expect(findSecretLeaks(logs, [key])).toEqual([
      'a JWT is in a.log:2.',
      'a sealed session cookie is in b.log:1.',
      'a test-only API key is in b.log:2.',
    ])
  })

  it('fails when the check would be empty', () => {
    expect(findSecretLeaks([{ name: 'app.log', text: '' }], [key])).toEqual([
      'The server logs hold no request lines, so checking them would prove nothing.',
    ])
    expect(findSecretLeaks([{ name: 'app.log', text: requestLine(401) }], [])).toEqual([
      'No secrets were recorded, so there is nothing to look for.',
    ])
    expect(findSecretLeaks([{ name: 'app.log', text: requestLine(200) }], [key])).toEqual([
      'The servers issued 1 tokens but the tests recorded none; ' +
        'call recordSecret for each token a test obtains.',
    ])
  })
})
