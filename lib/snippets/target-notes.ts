// The caveats that belong to a target whatever it is used for.
import type { TargetId } from './targets'

const NOTES: Record<TargetId, string[]> = {
  curl: [],
  pwsh: [],
  'pwsh-curl': [
    'Needs PowerShell 7.3 or later; older versions drop the quotes inside arguments, so use the Windows PowerShell 5.1 (curl.exe) tab there.',
  ],
  powershell: [
    'If you see "Could not create SSL/TLS secure channel", run [Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12 first.',
  ],
  'powershell-curl': [
    'Windows PowerShell 5.1: type curl.exe, not curl (curl is an alias of Invoke-WebRequest there).',
    'The \\" inside JSON are on purpose: 5.1 and PowerShell 7.0–7.2 strip bare double quotes when they call curl.exe.',
  ],
  cmd: [
    'For the cmd.exe prompt, not a .bat file (in a batch file, % would need doubling).',
    'Assumes delayed expansion is off, the default (cmd /v:on would treat ! as special).',
  ],
  httpie: [],
  python: ['Needs the requests package (pip install requests).'],
  node: ['Node.js 18+. Save as a .mjs file (top-level await) and run: node file.mjs'],
  go: ['Save as main.go and run: go run main.go'],
}

export function targetNotes(target: TargetId): string[] {
  return NOTES[target]
}
