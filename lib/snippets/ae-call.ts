// "Use the token", step two: one Analytics Engine call per snippet, with the token, instance
// and application id as variables (default) or as literal text.
import { getAeOperation, needsApplicationId } from './ae/operations'
import type { AeOperationId } from './ae/operations'
import { aeRequest } from './ae/request'
import type { AeCallOptions } from './ae/request'
import { CMD_CURL, curlCommand, POWERSHELL_CURL, PWSH_CURL, BASH_CURL } from './render/curl'
import { goProgram } from './render/go'
import { httpieCommand } from './render/httpie'
import { invokeRestMethod } from './render/invoke-rest-method'
import { nodeCall } from './render/node'
import { pythonCall } from './render/python'
import { targetNotes } from './target-notes'
import { getTarget } from './targets'
import type { ShellId, TargetId } from './targets'
import type { EnvName, HttpRequest, Snippet } from './types'

export type { AeCallOptions }

function render(targetId: TargetId, request: HttpRequest): string {
  switch (targetId) {
    case 'curl':
      return curlCommand(request, BASH_CURL)
    case 'pwsh-curl':
      return curlCommand(request, PWSH_CURL)
    case 'powershell-curl':
      return curlCommand(request, POWERSHELL_CURL)
    case 'cmd':
      return curlCommand(request, CMD_CURL)
    case 'httpie':
      return httpieCommand(request)
    case 'pwsh':
    case 'powershell':
      return invokeRestMethod(request)
    case 'python':
      return pythonCall(request)
    case 'node':
      return nodeCall(request)
    case 'go':
      return goProgram(request, 'print')
  }
}

/** How to set a variable in the user's shell, for the notes. */
function settingHint(shell: ShellId | null, name: EnvName, example: string): string {
  switch (shell) {
    case 'bash':
      return `export ${name}=${example}`
    case 'pwsh':
    case 'powershell':
      return `$env:${name} = '${example}'`
    case 'cmd':
      return `set "${name}=${example}"`
    case null:
      return `${name} in the environment that runs the program`
  }
}

/** The AE call `operationId` for `target`. Throws on unchecked input (use parseAeTarget first). */
export function renderAeCall(
  targetId: TargetId,
  operationId: AeOperationId,
  options: AeCallOptions,
): Snippet {
  const target = getTarget(targetId)
  const operation = getAeOperation(operationId)
  const request = aeRequest(operationId, options)
  const notes: string[] = []

  if (operation.api === 'v2') {
    notes.push(
      'Classic (v2) is a retired plan: no new clusters since 2022; these calls only reach clusters that still exist.',
    )
  }
  if (options.aeTarget.instanceId === null) {
    notes.push(
      `Set your instance GUID first: ${settingHint(target.shell, 'INSTANCE_ID', '<instance GUID>')}`,
    )
  }
  if (needsApplicationId(operation) && options.appId == null) {
    notes.push(
      `Set the application id first: ${settingHint(target.shell, 'APP_ID', '<application id>')}`,
    )
  }
  if (options.token === undefined) {
    notes.push('Uses the token in IAM_TOKEN (see "Get a token").')
  } else {
    notes.push(
      'The token is written into the snippet: anyone who sees it can use it until it expires.',
    )
  }
  if (operationId === 'v3-submit-application') notes.push('Submitting can take about a minute.')
  if (targetId === 'httpie' && request.body !== undefined)
    notes.push('--raw needs HTTPie 3.2 or later.')
  return {
    code: render(targetId, request),
    language: target.language,
    notes: [...notes, ...targetNotes(targetId)],
  }
}
