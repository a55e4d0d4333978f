// "Use the token", step one: put the token the user holds now into IAM_TOKEN. With a token the
// line contains it verbatim; without one, the shell asks for it without echoing it, so it lands
// neither on screen nor in the shell history. A pasted "Bearer " prefix is dropped.
import { tokenPart } from './ae/request'
import { cmdSetCommand } from './quote/cmd'
import { goString, javascriptString, pythonString } from './quote/languages'
import { posixSingleQuote } from './quote/posix'
import { psSingleQuote } from './quote/powershell'
import { getTarget } from './targets'
import type { TargetId } from './targets'
import type { Snippet } from './types'

export interface SetTokenOptions {
  /** The token to show literally; omitted renders the hidden-input variant (the default). */
  token?: string
}

const HISTORY_NOTE =
  'This line, token included, goes into your shell history. Leave the token out to get a variant that asks for it instead.'

const FILE_NOTE = 'Anyone who sees this file can use the token until it expires.'

const GO_FRAGMENT_NOTE =
  'A statement for the start of main(); the call programs read IAM_TOKEN from the environment.'

function literalLine(targetId: TargetId, token: string): string {
  switch (targetId) {
    case 'curl':
    case 'httpie':
      return `export IAM_TOKEN=${posixSingleQuote(token)}`
    case 'pwsh':
    case 'pwsh-curl':
    case 'powershell':
    case 'powershell-curl':
      return `$env:IAM_TOKEN = ${psSingleQuote(token)}`
    case 'cmd':
      return cmdSetCommand('IAM_TOKEN', token)
    case 'python':
      return `import os\n\nos.environ['IAM_TOKEN'] = ${pythonString(token)}`
    case 'node':
      return `process.env.IAM_TOKEN = ${javascriptString(token)}`
    case 'go':
      return `os.Setenv("IAM_TOKEN", ${goString(token)})`
  }
}

function promptLine(targetId: TargetId): { code: string; notes: string[] } {
  switch (targetId) {
    case 'curl':
    case 'httpie':
      // read -s works in bash and zsh alike; their prompt options differ, hence printf.
      return {
        code: `printf 'Paste the IAM token (hidden): ' && read -rs IAM_TOKEN && echo &&\n  export IAM_TOKEN="\${IAM_TOKEN#Bearer }"`,
        notes: [],
      }
    case 'pwsh':
    case 'pwsh-curl':
      return {
        code: `$env:IAM_TOKEN = (Read-Host -MaskInput 'Paste the IAM token') -replace '^Bearer\\s+'`,
        notes: ['Read-Host -MaskInput needs PowerShell 7.1 or later.'],
      }
    case 'powershell':
    case 'powershell-curl':
      // 5.1 has no -MaskInput; a SecureString is read hidden and unwrapped again.
      return {
        code: `$env:IAM_TOKEN = [Net.NetworkCredential]::new('', (Read-Host -AsSecureString 'Paste the IAM token')).Password -replace '^Bearer\\s+'`,
        notes: [],
      }
    case 'cmd':
      return {
        code: 'set /p "IAM_TOKEN=Paste the IAM token: "',
        notes: [
          'cmd cannot hide input: the token shows while you paste it. The PowerShell tabs read it hidden.',
        ],
      }
    case 'python':
      return {
        code: "import getpass\nimport os\n\nos.environ['IAM_TOKEN'] = getpass.getpass('Paste the IAM token: ').strip().removeprefix('Bearer ')",
        notes: ['Python 3.9 or later.'],
      }
    case 'node':
      return {
        code: "// Set IAM_TOKEN in the shell that starts node (see the bash or PowerShell tab).\nif (!process.env.IAM_TOKEN) throw new Error('IAM_TOKEN is not set')",
        notes: [],
      }
    case 'go':
      return {
        code: '// Set IAM_TOKEN in the shell that runs the program (see the bash or PowerShell tab).\nif os.Getenv("IAM_TOKEN") == "" {\n\tpanic("IAM_TOKEN is not set")\n}',
        notes: [GO_FRAGMENT_NOTE],
      }
  }
}

/** Sets IAM_TOKEN in `target`'s shell or program, from `token` or from hidden input. */
export function renderSetToken(targetId: TargetId, options: SetTokenOptions = {}): Snippet {
  const { language } = getTarget(targetId)
  if (options.token === undefined) {
    const { code, notes } = promptLine(targetId)
    return notes.length > 0 ? { code, language, notes } : { code, language }
  }
  tokenPart(options.token) // validates the characters
  const isShell = getTarget(targetId).shell !== null
  const notes = isShell ? [HISTORY_NOTE] : [FILE_NOTE]
  if (targetId === 'go') notes.push(GO_FRAGMENT_NOTE)
  return { code: literalLine(targetId, options.token), language, notes }
}
