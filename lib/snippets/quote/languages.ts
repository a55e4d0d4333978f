// String literals for the language targets. Non-ASCII text stays readable (Python, JavaScript
// and Go source files are UTF-8); only quotes, backslashes and control characters are escaped.
import { assertWellFormed } from './well-formed'

function hex(char: string, width: number): string {
  return (char.codePointAt(0) ?? 0).toString(16).padStart(width, '0')
}

const COMMON_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
}

/**
 * Control characters, plus U+2028/U+2029 which some editors and older JS engines treat as line
 * breaks.
 */
const CONTROL = /[\u0000-\u001F\u007F\u2028\u2029]/

function escapeWith(text: string, quote: string, controlEscape: (char: string) => string): string {
  return Array.from(text, (char) => {
    if (char === quote) return `\\${quote}`
    const common = COMMON_ESCAPES[char]
    if (common !== undefined) return common
    return CONTROL.test(char) ? controlEscape(char) : char
  }).join('')
}

/** A Python 3 str literal in single quotes. */
export function pythonString(text: string): string {
  assertWellFormed(text, 'python')
  return `'${escapeWith(text, "'", (char) => (char.length === 1 && char <= '\u00ff' ? `\\x${hex(char, 2)}` : `\\u${hex(char, 4)}`))}'`
}

/** A JavaScript string literal in single quotes (the project's Prettier style). */
export function javascriptString(text: string): string {
  assertWellFormed(text, 'javascript')
  return `'${escapeWith(text, "'", (char) => `\\u${hex(char, 4)}`)}'`
}

/** A Go interpreted string literal; its escapes are also valid JSON, which the tests rely on. */
export function goString(text: string): string {
  assertWellFormed(text, 'go')
  return `"${escapeWith(text, '"', (char) => `\\u${hex(char, 4)}`)}"`
}

/**
 * A Go raw string (backquotes) when the text allows one, else an interpreted string. Raw strings
 * cannot hold a backquote, and Go drops carriage returns from them.
 */
export function goRawOrString(text: string): string {
  assertWellFormed(text, 'go')
  return /[`\r]/.test(text) || /[\u0000-\u0008\u000B-\u001F\u007F]/.test(text)
    ? goString(text)
    : `\`${text}\``
}
