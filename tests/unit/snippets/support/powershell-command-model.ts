// TEST-ONLY MODEL of a PowerShell command line as the snippets write it (pwsh is not installed
// here): words separated by blanks, a backtick at the very end of a line continues it,
// `@{ key = value; … }` hashtables, bare `$env:NAME`, and the strings of ./powershell-model.
// A bare word starting with `@` is splatting in real PowerShell, so the model throws, as it
// does for any syntax outside this subset.
import {
  envValue,
  isDoubleQuote,
  isSingleQuote,
  readEnvReference,
  scanDoubleQuoted,
  scanSingleQuoted,
} from './powershell-model'
import type { PsEnv, Scanned } from './powershell-model'

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
