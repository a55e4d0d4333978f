// TEST-ONLY MODEL of the PowerShell syntax the snippets use; `pwsh` is not installed here. It
// follows the PowerShell language specification (§2.3.5.2 string literals) and the tokenizer's
// behaviour, and refuses anything outside the subset instead of guessing:
//
// - '…' is verbatim; two quote characters in a row make one. The typographic ‘ ’ ‚ ‛ count as
//   single quotes too.
// - "…" (also “ ” „) expands `$env:NAME` and `${env:NAME}`; a backtick escapes the next
//   character (`n, `t, … are control characters); "" inside makes one quote. Any other `$`
//   expansion ($var, $(…)) throws: the snippets must not contain one by accident.
// - Commands: words separated by blanks, a backtick at the very end of a line continues it,
//   `@{ key = value; … }` hashtables, bare `$env:NAME`. A bare word starting with `@` is
//   splatting in real PowerShell: the model throws.
//
// Native programs: PowerShell 7.3+ passes each argument as is. Windows PowerShell 5.1 (legacy
// mode) joins them into one command line, wrapping an argument in "…" only when it has
// whitespace outside (unescaped) quotes and escaping nothing, and drops empty arguments.
import { parseMsvcrtCommandLine } from './msvcrt-model'

export type PsEnv = Readonly<Record<string, string>>

const SINGLE_QUOTES = "'\u2018\u2019\u201A\u201B"
const DOUBLE_QUOTES = '"\u201C\u201D\u201E'
const isSingleQuote = (char: string | undefined) =>
  char !== undefined && char.length === 1 && SINGLE_QUOTES.includes(char)
const isDoubleQuote = (char: string | undefined) =>
  char !== undefined && char.length === 1 && DOUBLE_QUOTES.includes(char)
const BACKTICK_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
}
const NAME_CHAR = /[\p{L}\p{Nd}_?]/u

function envValue(env: PsEnv, name: string): string {
  // Windows environment names are case-insensitive; an unset variable reads as empty.
  const key = Object.keys(env).find((candidate) => candidate.toUpperCase() === name.toUpperCase())
  return key === undefined ? '' : (env[key] ?? '')
}

/** Reads `$env:NAME` or `${env:NAME}` at `src[i]` (the `$`); returns the name and the end. */
function readEnvReference(src: string, i: number): { name: string; end: number } {
  if (src.startsWith('${env:', i)) {
    const close = src.indexOf('}', i)
    if (close === -1) throw new Error('ps model: unterminated ${…}')
    return { name: src.slice(i + 6, close), end: close + 1 }
  }
  if (src.startsWith('$env:', i)) {
    let end = i + 5
    while (end < src.length && NAME_CHAR.test(src[end] ?? '')) end += 1
    if (src[end] === ':') throw new Error('ps model: $env:NAME followed by ":" is ambiguous')
    return { name: src.slice(i + 5, end), end }
  }
  throw new Error(`ps model: unmodelled expansion at: ${src.slice(i, i + 20)}`)
}

export interface Scanned {
  value: string
  end: number
}

export function scanSingleQuoted(src: string, start: number): Scanned {
  let value = ''
  for (let i = start + 1; i < src.length; i += 1) {
    const char = src[i] ?? ''
    if (isSingleQuote(char)) {
      const next = src[i + 1] ?? ''
      if (!isSingleQuote(next)) return { value, end: i + 1 }
      value += next
      i += 1
    } else {
      value += char
    }
  }
  throw new Error('ps model: unterminated single-quoted string')
}

export function scanDoubleQuoted(src: string, start: number, env: PsEnv): Scanned {
  let value = ''
  let i = start + 1
  while (i < src.length) {
    const char = src[i] ?? ''
    if (isDoubleQuote(char)) {
      const next = src[i + 1] ?? ''
      if (!isDoubleQuote(next)) return { value, end: i + 1 }
      value += next
      i += 2
    } else if (char === '`') {
      const next = src[i + 1]
      if (next === undefined) throw new Error('ps model: backtick at end of string')
      if (next === 'u' && src[i + 2] === '{') throw new Error('ps model: `u{…} is not modelled')
      value += BACKTICK_ESCAPES[next] ?? next
      i += 2
    } else if (char === '$' && /[\p{L}\p{Nd}_?:{($^]/u.test(src[i + 1] ?? '')) {
      const reference = readEnvReference(src, i)
      value += envValue(env, reference.name)
      i = reference.end
    } else {
      value += char
      i += 1
    }
  }
  throw new Error('ps model: unterminated double-quoted string')
}

/** Evaluates a source text that must be exactly one string literal. */
export function evaluatePsString(src: string, env: PsEnv = {}): string {
  const first = src[0]
  const scanned = isSingleQuote(first)
    ? scanSingleQuoted(src, 0)
    : isDoubleQuote(first)
      ? scanDoubleQuoted(src, 0, env)
      : undefined
  if (scanned === undefined) throw new Error(`ps model: not a string literal: ${src}`)
  if (scanned.end !== src.length) {
    throw new Error(`ps model: the string ended early; left over: ${src.slice(scanned.end)}`)
  }
  return scanned.value
}

export type PsArgument =
  | { kind: 'word'; value: string }
  | { kind: 'string'; value: string }
  | { kind: 'hashtable'; entries: [string, string][] }

function scanValue(src: string, i: number, env: PsEnv): Scanned {
  const char = src[i]
  if (isSingleQuote(char)) return scanSingleQuoted(src, i)
  if (isDoubleQuote(char)) return scanDoubleQuoted(src, i, env)
  if (char === '$') {
    const reference = readEnvReference(src, i)
    return { value: envValue(env, reference.name), end: reference.end }
  }
  throw new Error(`ps model: unmodelled value at: ${src.slice(i, i + 20)}`)
}

function scanHashtable(
  src: string,
  start: number,
  env: PsEnv,
): { entries: [string, string][]; end: number } {
  const entries: [string, string][] = []
  let i = start + 2
  for (;;) {
    while (/[\s;]/.test(src[i] ?? '')) i += 1
    if (src[i] === '}') return { entries, end: i + 1 }
    let key: string
    if (isSingleQuote(src[i]) || isDoubleQuote(src[i])) {
      const scanned = scanValue(src, i, env)
      key = scanned.value
      i = scanned.end
    } else {
      const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))
      if (match === null) throw new Error(`ps model: bad hashtable key at: ${src.slice(i, i + 20)}`)
      key = match[0]
      i += key.length
    }
    while (src[i] === ' ') i += 1
    if (src[i] !== '=') throw new Error('ps model: expected = in hashtable')
    i += 1
    while (src[i] === ' ') i += 1
    const value = scanValue(src, i, env)
    entries.push([key, value.value])
    i = value.end
  }
}

/** A word must be followed by a blank, a continuation or the end: `'a'b` is not modelled. */
function expectWordEnd(src: string, i: number): void {
  const after = src[i]
  if (after !== undefined && !/[\s`]/.test(after)) {
    throw new Error(`ps model: a word runs into the next one at: ${src.slice(i, i + 20)}`)
  }
}

/** Splits ONE command (continued with backticks) into its name and arguments. */
export function parsePsCommand(src: string, env: PsEnv = {}): { name: string; args: PsArgument[] } {
  const words: PsArgument[] = []
  let i = 0
  while (i < src.length) {
    const char = src[i] ?? ''
    if (char === ' ' || char === '\t') {
      i += 1
    } else if (char === '`') {
      if (src[i + 1] !== '\n')
        throw new Error('ps model: a backtick must end the line to continue it')
      i += 2
    } else if (char === '\n') {
      if (src.slice(i).trim() !== '')
        throw new Error('ps model: line ended without a continuation backtick')
      break
    } else if (char === '@' && !src.startsWith('@{', i)) {
      throw new Error(`ps model: a bare @ is splatting in PowerShell: ${src.slice(i, i + 20)}`)
    } else if (src.startsWith('@{', i)) {
      const table = scanHashtable(src, i, env)
      words.push({ kind: 'hashtable', entries: table.entries })
      i = table.end
      expectWordEnd(src, i)
    } else if (isSingleQuote(char) || isDoubleQuote(char) || char === '$') {
      const scanned = scanValue(src, i, env)
      words.push({ kind: 'string', value: scanned.value })
      i = scanned.end
      expectWordEnd(src, i)
    } else {
      const match = /^[^\s'"\u2018\u2019\u201A\u201B\u201C\u201D\u201E`$@{}();|&,]+/.exec(
        src.slice(i),
      )
      if (match === null) throw new Error(`ps model: unmodelled syntax at: ${src.slice(i, i + 20)}`)
      words.push({ kind: 'word', value: match[0] })
      i += match[0].length
      expectWordEnd(src, i)
    }
  }
  const [first, ...args] = words
  if (first?.kind !== 'word') throw new Error('ps model: a command starts with its name')
  return { name: first.value, args }
}

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
