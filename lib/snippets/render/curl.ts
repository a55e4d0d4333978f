// curl command lines for bash, PowerShell (curl.exe) and cmd (curl.exe). The command is the same
// everywhere; only the quoting and the line-continuation character differ per shell.
import { cmdArgument } from '../quote/cmd'
import { posixWord } from '../quote/posix'
import { legacyNativeArgument, psString } from '../quote/powershell'
import { text } from '../types'
import type { HttpRequest, Value } from '../types'

export interface CurlDialect {
  program: 'curl' | 'curl.exe'
  /** One argument, quoted for the shell. */
  quote: (value: Value) => string
  /** Ends a line that continues on the next one. */
  continuation: ' \\' | ' `' | ' ^'
}

export const BASH_CURL: CurlDialect = { program: 'curl', quote: posixWord, continuation: ' \\' }

/** PowerShell 7.3+ hands each argument to curl.exe exactly as written. */
export const PWSH_CURL: CurlDialect = { program: 'curl.exe', quote: psString, continuation: ' `' }

/** Windows PowerShell 5.1 needs the C runtime's `\"` inside arguments (see quote/powershell). */
export const POWERSHELL_CURL: CurlDialect = {
  program: 'curl.exe',
  quote: (value) => psString(legacyNativeArgument(value)),
  continuation: ' `',
}

export const CMD_CURL: CurlDialect = { program: 'curl.exe', quote: cmdArgument, continuation: ' ^' }

/** curl infers POST from a body; any other non-GET method is spelled out. */
function methodFlag(request: HttpRequest): string {
  if (request.method === 'GET') return ''
  if (request.method === 'POST' && request.body !== undefined) return ''
  return ` -X ${request.method}`
}

/** The curl arguments after the program name, one option (with its value) per line. */
export function curlLines(request: HttpRequest, dialect: CurlDialect): string[] {
  const { quote } = dialect
  const lines = [`${dialect.program} -sS${methodFlag(request)} ${quote(request.url)}`]
  for (const header of request.headers) {
    lines.push(`-H ${quote([text(`${header.name}: `), ...header.value])}`)
  }
  const body = request.body
  if (body?.kind === 'json') lines.push(`-d ${quote([text(JSON.stringify(body.json))])}`)
  if (body?.kind === 'form') {
    // --data-urlencode encodes the value after `name=`, so keys and tokens with + / = survive.
    for (const field of body.fields) {
      lines.push(`--data-urlencode ${quote([text(`${field.name}=`), ...field.value])}`)
    }
  }
  return lines
}

/** The whole command, continued over several lines with the dialect's continuation. */
export function curlCommand(request: HttpRequest, dialect: CurlDialect, indent = ''): string {
  return curlLines(request, dialect)
    .map((line, index) => (index === 0 ? `${indent}${line}` : `${indent}  ${line}`))
    .join(`${dialect.continuation}\n`)
}
