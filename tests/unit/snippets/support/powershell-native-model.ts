// TEST-ONLY MODEL of how PowerShell hands arguments to a native program such as curl.exe.
// PowerShell 7.3+ passes each argument as is. Windows PowerShell 5.1 (legacy mode) joins them
// into one command line, wrapping an argument in "…" only when it has whitespace outside
// (unescaped) quotes, escaping nothing, and dropping empty arguments; the program's C runtime
// (./msvcrt-model) then splits that line again.
import { parseMsvcrtCommandLine } from './msvcrt-model'
import type { PsArgument } from './powershell-command-model'

/** The values a native program gets from PowerShell 7.3+, which passes arguments verbatim. */
export function nativeArgs(command: { name: string; args: PsArgument[] }): string[] {
  return command.args.map((arg) => {
    if (arg.kind === 'hashtable') throw new Error('ps model: a hashtable is no native argument')
    return arg.value
  })
}

/** Windows PowerShell 5.1's NeedQuotes: whitespace outside quotes that no backslash escapes. */
function needsQuotes(arg: string): boolean {
  let quotes = 0
  let afterBackslash = false
  for (const char of arg) {
    if (char === '"' && !afterBackslash) quotes += 1
    else if (/\s/.test(char) && quotes % 2 === 0) return true
    afterBackslash = char === '\\'
  }
  return false
}

/** The argv curl.exe gets when Windows PowerShell 5.1 runs `name args…`. */
export function legacyNativeArgv(name: string, args: readonly string[]): string[] {
  const line = [
    name,
    ...args.filter((arg) => arg !== '').map((arg) => (needsQuotes(arg) ? `"${arg}"` : arg)),
  ]
  return parseMsvcrtCommandLine(line.join(' '))
}
