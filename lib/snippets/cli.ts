// "The CLI way": log in with the IBM Cloud CLI, then store its token in IAM_TOKEN. `ibmcloud iam
// oauth-tokens` prints `IAM token:  Bearer …` (JSON: {"iam_token":"Bearer …"}), so the prefix is
// stripped; `ibmcloud iam bearer-token` (CLIs from 2026) prints the bare token (iam-facts §7).
import { getTarget } from './targets'
import type { ShellId, TargetId } from './targets'
import type { Snippet } from './types'

export interface CliOptions {
  /** Which CLI command prints the token. @default 'oauth-tokens' */
  via?: 'oauth-tokens' | 'bearer-token'
}

const NO_TOKEN = 'No token from ibmcloud: log in first (ibmcloud login)'

const POWERSHELL_LOGIN = [
  '# ibmcloud login reads the key from IBMCLOUD_API_KEY; or from the key file you downloaded',
  "# (quote it: a bare @ means splatting in PowerShell):  ibmcloud login --apikey '@apikey.json'",
  'ibmcloud login',
]

const POWERSHELL_STORE = {
  'oauth-tokens': [
    '$bearer = (ibmcloud iam oauth-tokens --output json | ConvertFrom-Json).iam_token',
    `if ($bearer) { $env:IAM_TOKEN = $bearer -replace '^Bearer\\s+' } else { Write-Error '${NO_TOKEN}' }`,
  ],
  'bearer-token': [
    '$cliToken = ibmcloud iam bearer-token',
    `if ($LASTEXITCODE -eq 0 -and $cliToken) { $env:IAM_TOKEN = $cliToken } else { Write-Error '${NO_TOKEN}' }`,
  ],
}

const LOGIN: Record<ShellId, string[]> = {
  bash: [
    '# ibmcloud login reads the key from IBMCLOUD_API_KEY; or from the key file you downloaded:',
    '#   ibmcloud login --apikey @apikey.json',
    'ibmcloud login',
  ],
  pwsh: POWERSHELL_LOGIN,
  powershell: POWERSHELL_LOGIN,
  cmd: [
    'rem ibmcloud login reads the key from IBMCLOUD_API_KEY, or from a key file: ibmcloud login --apikey @apikey.json',
    'ibmcloud login',
  ],
}

const STORE: Record<ShellId, Record<NonNullable<CliOptions['via']>, string[]>> = {
  bash: {
    'oauth-tokens': [
      "CLI_TOKEN=$(ibmcloud iam oauth-tokens --output json | jq -r .iam_token | sed 's/^Bearer //') &&",
      '  [ -n "$CLI_TOKEN" ] && [ "$CLI_TOKEN" != null ] && export IAM_TOKEN="$CLI_TOKEN" ||',
      `  echo '${NO_TOKEN}' >&2`,
    ],
    'bearer-token': [
      'CLI_TOKEN=$(ibmcloud iam bearer-token) && [ -n "$CLI_TOKEN" ] && export IAM_TOKEN="$CLI_TOKEN" ||',
      `  echo '${NO_TOKEN}' >&2`,
    ],
  },
  pwsh: POWERSHELL_STORE,
  powershell: POWERSHELL_STORE,
  cmd: {
    // "IAM token:  Bearer <token>": the token is the 4th space-separated word.
    'oauth-tokens': [
      `for /f "tokens=4" %T in ('ibmcloud iam oauth-tokens ^| findstr /b IAM') do set "IAM_TOKEN=%T"`,
    ],
    'bearer-token': [`for /f "delims=" %T in ('ibmcloud iam bearer-token') do set "IAM_TOKEN=%T"`],
  },
}

const NOTES: Record<ShellId, string[]> = {
  bash: [],
  pwsh: [],
  powershell: [],
  cmd: [
    'In a .bat file write %%T instead of %T.',
    'If IAM_TOKEN stays unset, ibmcloud printed no token: log in first.',
  ],
}

/**
 * Log-in and token steps for the IBM Cloud CLI, or `null` for targets that are programs rather
 * than shells (Python, Node.js, Go), where the CLI does not apply.
 */
export function renderCli(targetId: TargetId, options: CliOptions = {}): Snippet | null {
  const target = getTarget(targetId)
  if (target.shell === null) return null
  const via = options.via ?? 'oauth-tokens'
  const code = [...LOGIN[target.shell], ...STORE[target.shell][via]].join('\n')
  const notes = [...NOTES[target.shell]]
  if (via === 'oauth-tokens' && target.shell === 'bash') notes.push('Needs jq.')
  if (via === 'bearer-token') {
    notes.push('ibmcloud iam bearer-token needs a recent CLI (documented since early 2026).')
  }
  return { code, language: target.language, notes }
}
