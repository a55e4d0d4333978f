// "Get a token": the IAM request per target, by default wrapped so that the token lands in
// IAM_TOKEN (and its expiry in IAM_TOKEN_EXPIRES_AT). The key is read from IBMCLOUD_API_KEY.
import { CMD_CURL, curlCommand, POWERSHELL_CURL, PWSH_CURL, BASH_CURL } from './render/curl'
import { goProgram } from './render/go'
import { httpieCommand } from './render/httpie'
import { invokeRestMethod } from './render/invoke-rest-method'
import { nodeCall, nodeTokenCapture } from './render/node'
import { pythonCall, pythonTokenCapture } from './render/python'
import { bashTokenCapture, powershellTokenCapture } from './render/token-capture'
import { targetNotes } from './target-notes'
import { getTarget } from './targets'
import type { TargetId } from './targets'
import { tokenRequest } from './token-request'
import type { Snippet } from './types'

export interface GetTokenOptions {
  /** IAM base URL (the server's IAM_URL). @default 'https://iam.cloud.ibm.com' */
  iamUrl?: string
  /**
   * Keep the token in IAM_TOKEN and IAM_TOKEN_EXPIRES_AT instead of just printing IAM's answer.
   * @default true
   */
  capture?: boolean
}

const KEY_NOTE = 'Reads your API key from IBMCLOUD_API_KEY; set that variable first.'

/** The IAM token request for `target`; the snippet never contains an API key. */
export function renderGetToken(targetId: TargetId, options: GetTokenOptions = {}): Snippet {
  const target = getTarget(targetId)
  const request = tokenRequest(options.iamUrl)
  const capture = options.capture ?? true
  const notes = [KEY_NOTE, ...targetNotes(targetId)]
  const snippet = (code: string, extra: string[] = []): Snippet => ({
    code,
    language: target.language,
    notes: [...notes, ...extra],
  })

  switch (targetId) {
    case 'curl':
      return capture
        ? snippet(bashTokenCapture(curlCommand(request, BASH_CURL)), ['Needs jq.'])
        : snippet(curlCommand(request, BASH_CURL))
    case 'httpie':
      return capture
        ? snippet(bashTokenCapture(httpieCommand(request)), ['Needs jq.'])
        : snippet(httpieCommand(request))
    case 'pwsh':
    case 'powershell':
      return capture
        ? snippet(powershellTokenCapture(`  $iam = ${invokeRestMethod(request, '  ').trimStart()}`))
        : snippet(invokeRestMethod(request))
    case 'pwsh-curl':
    case 'powershell-curl': {
      const dialect = targetId === 'pwsh-curl' ? PWSH_CURL : POWERSHELL_CURL
      const command = curlCommand(request, dialect, '  ').trimStart()
      return capture
        ? snippet(powershellTokenCapture(`  $iam = ${command} |\n    ConvertFrom-Json`))
        : snippet(curlCommand(request, dialect))
    }
    case 'cmd':
      return snippet(curlCommand(request, CMD_CURL), [
        'cmd cannot read JSON: copy access_token from the answer into set "IAM_TOKEN=…", or use a PowerShell tab, which stores it for you.',
      ])
    case 'python':
      return snippet(capture ? pythonTokenCapture(request) : pythonCall(request))
    case 'node':
      return snippet(capture ? nodeTokenCapture(request) : nodeCall(request))
    case 'go':
      return snippet(goProgram(request, capture ? 'capture-token' : 'print'))
  }
}
