// Quoting for PowerShell 7 and Windows PowerShell 5.1.
//
// - Single-quoted strings are verbatim; a quote is doubled. PowerShell also treats the
//   typographic quotes ‘ ’ ‚ ‛ as single quotes (a pasted "smart" quote ends the string), so
//   those are doubled too.
// - Double-quoted strings expand `$env:NAME`; literal `` ` ``, `$` and the double quotes " “ ” „
//   are escaped with a backtick.
// - Native programs such as curl.exe: PowerShell 7.3+ passes each argument through exactly.
//   Windows PowerShell 5.1 (and pwsh 7.0–7.2) build the command line naively: an argument with
//   whitespace is wrapped in double quotes, embedded double quotes are passed as they are, and
//   the program's C runtime then strips them. `legacyNativeArgument` pre-escapes the value so
//   that what curl.exe finally sees is the intended text.
import { isEnvPart, literalText, normalizeValue, text } from '../types'
import type { Value } from '../types'
import { escapeQuotesForMsvcrt } from './msvcrt'
import { assertWellFormed } from './well-formed'

const SINGLE_QUOTES = /['\u2018\u2019\u201A\u201B]/g
const EXPANDABLE_ESCAPES = /[`$"\u201C\u201D\u201E]/g

/** `text` as a verbatim single-quoted PowerShell string. */
export function psSingleQuote(text: string): string {
  assertWellFormed(text, 'powershell')
  return `'${text.replace(SINGLE_QUOTES, '$&$&')}'`
}

/**
 * Characters that may follow `$env:NAME` in an expandable string without joining the name:
 * letters, digits, `_`, `?` and `:` would, so the braced `${env:NAME}` is used before anything
 * not listed here.
 */
const SAFE_AFTER_NAME = /^[/ .,&=@-]/

/** `value` as an expandable double-quoted string; variables read from `$env:`. */
export function psExpandableString(input: Value): string {
  const value = normalizeValue(input)
  let out = '"'
  value.forEach((part, index) => {
    if (isEnvPart(part)) {
      const next = value[index + 1]
      const following = next === undefined ? '' : isEnvPart(next) ? '$' : next.text
      const simple = following === '' || SAFE_AFTER_NAME.test(following)
      out += simple ? `$env:${part.env}` : `\${env:${part.env}}`
    } else {
      assertWellFormed(part.text, 'powershell')
      out += part.text.replace(EXPANDABLE_ESCAPES, '`$&')
    }
  })
  return `${out}"`
}

/** One PowerShell string for `value`: verbatim when it is fixed text, expandable otherwise. */
export function psString(value: Value): string {
  const fixed = literalText(value)
  return fixed === undefined ? psExpandableString(value) : psSingleQuote(fixed)
}

/**
 * The argument to write in Windows PowerShell 5.1 so that a native program receives `value`.
 * 5.1 wraps an argument in quotes only when it has whitespace outside (unescaped) quotes and
 * never escapes anything itself; here every `"` becomes `\"` (backslashes before it doubled),
 * so 5.1 wraps exactly when the text has whitespace, and trailing backslashes are then doubled
 * so they do not escape the closing quote. An empty argument would be dropped, so it becomes
 * `""`. Variable values are assumed free of quotes and whitespace (tokens, GUIDs).
 */
export function legacyNativeArgument(input: Value): Value {
  const value = normalizeValue(input)
  if (value.length === 0) return [text('""')]
  const hasWhitespace = value.some((part) => !isEnvPart(part) && /\s/.test(part.text))
  return value.map((part, index) => {
    if (isEnvPart(part)) return part
    const isLast = index === value.length - 1
    return text(escapeQuotesForMsvcrt(part.text, { quoteFollows: isLast && hasWhitespace }))
  })
}
