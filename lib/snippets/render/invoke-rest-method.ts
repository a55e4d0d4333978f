// Invoke-RestMethod calls, for PowerShell 7 and Windows PowerShell 5.1 alike. Content-Type goes
// to -ContentType because 5.1 refuses it in -Headers; a form body is a hashtable, which
// Invoke-RestMethod URL-encodes itself.
import { psSingleQuote, psString } from '../quote/powershell'
import { isEnvPart, normalizeValue } from '../types'
import type { HttpRequest, Value } from '../types'

const BAREWORD_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/

function hashtableKey(name: string): string {
  return BAREWORD_KEY.test(name) ? name : psSingleQuote(name)
}

/** A lone variable reads as `$env:NAME`; anything else is a string. */
function psValue(value: Value): string {
  const parts = normalizeValue(value)
  const only = parts[0]
  return parts.length === 1 && only !== undefined && isEnvPart(only)
    ? `$env:${only.env}`
    : psString(value)
}

function hashtable(entries: readonly { name: string; value: Value }[]): string {
  return `@{ ${entries.map((entry) => `${hashtableKey(entry.name)} = ${psValue(entry.value)}`).join('; ')} }`
}

function methodName(method: HttpRequest['method']): string {
  return method.charAt(0) + method.slice(1).toLowerCase()
}

/** `Invoke-RestMethod …` continued over lines with backticks, each line prefixed by `indent`. */
export function invokeRestMethod(request: HttpRequest, indent = ''): string {
  const method = request.method === 'GET' ? '' : ` -Method ${methodName(request.method)}`
  const lines = [`Invoke-RestMethod${method} -Uri ${psString(request.url)}`]
  const contentType = request.headers.find((header) => header.name.toLowerCase() === 'content-type')
  const otherHeaders = request.headers.filter((header) => header !== contentType)
  if (contentType !== undefined) lines.push(`-ContentType ${psString(contentType.value)}`)
  if (otherHeaders.length > 0) lines.push(`-Headers ${hashtable(otherHeaders)}`)
  if (request.body?.kind === 'json') {
    lines.push(`-Body ${psSingleQuote(JSON.stringify(request.body.json))}`)
  }
  if (request.body?.kind === 'form') lines.push(`-Body ${hashtable(request.body.fields)}`)
  return lines
    .map((line, index) => (index === 0 ? `${indent}${line}` : `${indent}  ${line}`))
    .join(' `\n')
}
