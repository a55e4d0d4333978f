// Python with requests. Requests form-encodes a `data=` dict and serializes `json=` itself.
import { pythonString } from '../quote/languages'
import type { HttpRequest } from '../types'
import { jsonLiteral, PYTHON_SYNTAX, valueExpression } from './language-values'
import type { LiteralStyle } from './language-values'

const PYTHON_LITERALS: LiteralStyle = {
  string: pythonString,
  key: pythonString,
  keywords: { true: 'True', false: 'False', null: 'None' },
  indentUnit: '    ',
}

function dict(entries: readonly { name: string; value: HttpRequest['url'] }[]): string {
  const lines = entries.map(
    (entry) =>
      `        ${pythonString(entry.name)}: ${valueExpression(entry.value, PYTHON_SYNTAX)},\n`,
  )
  return `{\n${lines.join('')}    }`
}

/** `response = requests.<method>(…)`. */
export function pythonRequest(request: HttpRequest): string {
  const args = [valueExpression(request.url, PYTHON_SYNTAX), `headers=${dict(request.headers)}`]
  if (request.body?.kind === 'form') args.push(`data=${dict(request.body.fields)}`)
  if (request.body?.kind === 'json') {
    args.push(`json=${jsonLiteral(request.body.json, PYTHON_LITERALS, '    ')}`)
  }
  args.push(`timeout=${request.timeoutSeconds}`)
  const call = `requests.${request.method.toLowerCase()}`
  return `response = ${call}(\n${args.map((arg) => `    ${arg},\n`).join('')})`
}

/** A script that sends the request, prints status and body, and raises on an error status. */
export function pythonCall(request: HttpRequest): string {
  return [
    'import os',
    '',
    'import requests',
    '',
    pythonRequest(request),
    'print(response.status_code, response.text)',
    'response.raise_for_status()',
  ].join('\n')
}

/** A script that gets a token and puts it (and its expiry) into this process's environment. */
export function pythonTokenCapture(request: HttpRequest): string {
  return [
    'import os',
    'from datetime import datetime, timezone',
    '',
    'import requests',
    '',
    pythonRequest(request),
    'token = response.json()',
    "if 'access_token' not in token:",
    "    raise RuntimeError(f'IAM returned no token ({response.status_code}): {response.text}')",
    "os.environ['IAM_TOKEN'] = token['access_token']",
    "os.environ['IAM_TOKEN_EXPIRES_AT'] = datetime.fromtimestamp(",
    "    token['expiration'], timezone.utc",
    ").strftime('%Y-%m-%dT%H:%M:%SZ')",
    "print('IAM_TOKEN is set; it expires at', os.environ['IAM_TOKEN_EXPIRES_AT'])",
  ].join('\n')
}
