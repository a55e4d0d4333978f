// TEST-ONLY MODEL of PowerShell string literals; `pwsh` is not installed here. It follows the
// PowerShell language specification (§2.3.5.2 string literals) and the tokenizer's behaviour,
// and refuses anything outside the subset the snippets use instead of guessing:
//
// - '…' is verbatim; two quote characters in a row make one. The typographic ‘ ’ ‚ ‛ count as
//   single quotes too.
// - "…" (also “ ” „) expands `$env:NAME` and `${env:NAME}`; a backtick escapes the next
//   character (`n, `t, … are control characters); "" inside makes one quote. Any other `$`
//   expansion ($var, $(…)) throws: the snippets must not contain one by accident.

export type PsEnv = Readonly<Record<string, string>>

const SINGLE_QUOTES = "'\u2018\u2019\u201A\u201B"
const DOUBLE_QUOTES = '"\u201C\u201D\u201E'
export const isSingleQuote = (char: string | undefined) =>
  char !== undefined && char.length === 1 && SINGLE_QUOTES.includes(char)
export const isDoubleQuote = (char: string | undefined) =>
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

export function envValue(env: PsEnv, name: string): string {
  // Windows environment names are case-insensitive; an unset variable reads as empty.
  const key = Object.keys(env).find((candidate) => candidate.toUpperCase() === name.toUpperCase())
  return key === undefined ? '' : (env[key] ?? '')
}

/** Reads `$env:NAME` or `${env:NAME}` at `src[i]` (the `$`); returns the name and the end. */
export function readEnvReference(src: string, i: number): { name: string; end: number } {
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
