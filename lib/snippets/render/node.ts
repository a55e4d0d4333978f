// Node.js 18+ with the built-in fetch, as an ES module (top-level await): save as a .mjs file.
import { javascriptString } from '../quote/languages'
import type { HttpRequest } from '../types'
import { JAVASCRIPT_SYNTAX, jsonLiteral, valueExpression } from './language-values'
import type { LiteralStyle } from './language-values'

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/

function objectKey(name: string): string {
  return IDENTIFIER.test(name) ? name : javascriptString(name)
}

const JAVASCRIPT_LITERALS: LiteralStyle = {
  string: javascriptString,
  key: objectKey,
  keywords: { true: 'true', false: 'false', null: 'null' },
  indentUnit: '  ',
}

function objectLiteral(
  entries: readonly { name: string; value: HttpRequest['url'] }[],
  indent: string,
) {
  const lines = entries.map(
    (entry) =>
      `${indent}  ${objectKey(entry.name)}: ${valueExpression(entry.value, JAVASCRIPT_SYNTAX)},\n`,
  )
  return `{\n${lines.join('')}${indent}}`
}

/** `const response = await fetch(…)`. */
export function nodeRequest(request: HttpRequest): string {
  const options = [`method: ${javascriptString(request.method)}`]
  options.push(`headers: ${objectLiteral(request.headers, '  ')}`)
  if (request.body?.kind === 'form') {
    options.push(`body: new URLSearchParams(${objectLiteral(request.body.fields, '  ')})`)
  }
  if (request.body?.kind === 'json') {
    options.push(
      `body: JSON.stringify(${jsonLiteral(request.body.json, JAVASCRIPT_LITERALS, '  ')})`,
    )
  }
  options.push(`signal: AbortSignal.timeout(${request.timeoutSeconds}_000)`)
  const url = valueExpression(request.url, JAVASCRIPT_SYNTAX)
  return `const response = await fetch(${url}, {\n${options.map((option) => `  ${option},\n`).join('')}})`
}

/** Sends the request, prints status and body, and sets a failing exit code on an error status. */
export function nodeCall(request: HttpRequest): string {
  return [
    nodeRequest(request),
    'console.log(response.status, await response.text())',
    'if (!response.ok) process.exitCode = 1',
  ].join('\n')
}

/** Gets a token and puts it (and its expiry) into this process's environment. */
export function nodeTokenCapture(request: HttpRequest): string {
  return [
    nodeRequest(request),
    'const token = await response.json()',
    'if (!token.access_token) {',
    '  throw new Error(`IAM returned no token (${response.status}): ${JSON.stringify(token)}`)',
    '}',
    'process.env.IAM_TOKEN = token.access_token',
    "process.env.IAM_TOKEN_EXPIRES_AT = new Date(token.expiration * 1000).toISOString().replace('.000Z', 'Z')",
    "console.log('IAM_TOKEN is set; it expires at', process.env.IAM_TOKEN_EXPIRES_AT)",
  ].join('\n')
}
