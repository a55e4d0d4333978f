// The tabs a user picks from. PowerShell appears twice because Windows PowerShell 5.1 and
// PowerShell 7.3+ pass quotes to native programs differently, and `curl` inside PowerShell is
// an alias for Invoke-WebRequest in 5.1, so curl.exe gets its own tab per version.

/** Which shell runs the snippet, for the set-token line and the CLI steps. */
export type ShellId = 'bash' | 'pwsh' | 'powershell' | 'cmd'

export interface Target {
  id: TargetId
  /** Tab label. */
  label: string
  /** Syntax class for highlighting. */
  language: 'bash' | 'powershell' | 'batch' | 'python' | 'javascript' | 'go'
  /** The shell the snippet is pasted into, or `null` for a program in a language. */
  shell: ShellId | null
}

export const TARGETS = [
  { id: 'curl', label: 'bash / zsh (curl)', language: 'bash', shell: 'bash' },
  { id: 'pwsh', label: 'PowerShell 7', language: 'powershell', shell: 'pwsh' },
  { id: 'pwsh-curl', label: 'PowerShell 7.3+ (curl.exe)', language: 'powershell', shell: 'pwsh' },
  {
    id: 'powershell',
    label: 'Windows PowerShell 5.1',
    language: 'powershell',
    shell: 'powershell',
  },
  {
    id: 'powershell-curl',
    label: 'Windows PowerShell 5.1 (curl.exe)',
    language: 'powershell',
    shell: 'powershell',
  },
  { id: 'cmd', label: 'Windows cmd (curl.exe)', language: 'batch', shell: 'cmd' },
  { id: 'httpie', label: 'HTTPie', language: 'bash', shell: 'bash' },
  { id: 'python', label: 'Python (requests)', language: 'python', shell: null },
  { id: 'node', label: 'Node.js (fetch)', language: 'javascript', shell: null },
  { id: 'go', label: 'Go (net/http)', language: 'go', shell: null },
] as const satisfies readonly {
  id: string
  label: string
  language: Target['language']
  shell: ShellId | null
}[]

export type TargetId = (typeof TARGETS)[number]['id']

/** The target's entry; throws for an id that is not in `TARGETS` (a programming error). */
export function getTarget(id: TargetId): Target {
  const target = TARGETS.find((candidate) => candidate.id === id)
  if (target === undefined) {
    throw new Error(`snippets/targets: unknown target '${String(id)}'. Use an id from TARGETS.`)
  }
  return target
}
