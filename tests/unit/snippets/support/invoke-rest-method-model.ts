// TEST-ONLY MODEL of what Invoke-RestMethod sends, for the parameters the snippets use, so that
// the PowerShell snippets can be sent to the emulator without PowerShell. It follows the cmdlet
// documentation: -Method (default GET), -Uri, -ContentType, -Headers (a hashtable; Windows
// PowerShell 5.1 refuses Content-Type there), -Body (a string as is; a hashtable is URL-encoded
// as key=value pairs joined by &, like WebUtility.UrlEncode). Unknown parameters throw.
import type { PsArgument } from './powershell-command-model'

export interface ModelledCall {
  url: string
  init: { method: string; headers: Record<string, string>; body?: string }
}

/**
 * form-urlencoding as WebUtility.UrlEncode does it: space as +, everything else percent-encoded.
 */
function urlEncode(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, '+')
}

export function modelInvokeRestMethod(command: { name: string; args: PsArgument[] }): ModelledCall {
  if (command.name !== 'Invoke-RestMethod')
    throw new Error(`irm model: not Invoke-RestMethod: ${command.name}`)
  const params = new Map<string, PsArgument>()
  for (let i = 0; i < command.args.length; i += 2) {
    const flag = command.args[i]
    const value = command.args[i + 1]
    if (flag?.kind !== 'word' || !flag.value.startsWith('-') || value === undefined) {
      throw new Error('irm model: expected -Parameter value pairs')
    }
    params.set(flag.value.slice(1).toLowerCase(), value)
  }
  const known = new Set(['method', 'uri', 'contenttype', 'headers', 'body'])
  for (const name of params.keys())
    if (!known.has(name)) throw new Error(`irm model: -${name} is not modelled`)

  const scalar = (name: string): string | undefined => {
    const value = params.get(name)
    if (value === undefined) return undefined
    if (value.kind === 'hashtable') throw new Error(`irm model: -${name} takes a single value`)
    return value.value
  }
  const headers: Record<string, string> = {}
  const headerTable = params.get('headers')
  if (headerTable !== undefined) {
    if (headerTable.kind !== 'hashtable') throw new Error('irm model: -Headers takes a hashtable')
    for (const [name, value] of headerTable.entries) {
      if (name.toLowerCase() === 'content-type') {
        throw new Error('irm model: Windows PowerShell 5.1 refuses Content-Type in -Headers')
      }
      headers[name] = value
    }
  }
  const contentType = scalar('contenttype')
  if (contentType !== undefined) headers['Content-Type'] = contentType

  const bodyArg = params.get('body')
  const body =
    bodyArg === undefined
      ? undefined
      : bodyArg.kind === 'hashtable'
        ? bodyArg.entries.map(([key, value]) => `${urlEncode(key)}=${urlEncode(value)}`).join('&')
        : bodyArg.value
  const url = scalar('uri')
  if (url === undefined) throw new Error('irm model: -Uri is required')
  return {
    url,
    init: {
      method: (scalar('method') ?? 'GET').toUpperCase(),
      headers,
      ...(body === undefined ? {} : { body }),
    },
  }
}
