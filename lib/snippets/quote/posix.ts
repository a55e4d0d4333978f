// Quoting for bash and zsh, typed or pasted into an interactive shell.
//
// Two forms:
// - single quotes for fixed text: nothing inside is special (not even `!` history expansion),
//   and a single quote is written as `'\''` (close, escaped quote, reopen);
// - double quotes when the value must expand a variable. Inside them `$`, backquote, `\` and `"`
//   are escaped with a backslash, and `!` is moved out into single quotes: interactive bash and
//   zsh run history expansion inside double quotes, and bash keeps the backslash of `\!`.
import { isEnvPart, literalText, normalizeValue } from '../types'
import type { Value } from '../types'
import { assertWellFormed } from './well-formed'

/** `text` as one single-quoted shell word. */
export function posixSingleQuote(text: string): string {
  assertWellFormed(text, 'posix')
  return `'${text.replaceAll("'", `'\\''`)}'`
}

/**
 * Characters that may follow `$NAME` without extending or modifying it. Anything else gets the
 * braced `${NAME}`: letters, digits and `_` would extend the name, `[` is a zsh subscript and
 * `:` a zsh modifier (`$NAME:h`), and zsh accepts non-ASCII letters in names.
 */
const SAFE_AFTER_NAME = /^[/ .,?&=@"-]/

const DOUBLE_QUOTE_ESCAPES = /[\\"$`]/g

/** One shell word for `value`; variables expand, everything else stays literal. */
export function posixWord(input: Value): string {
  const value = normalizeValue(input)
  const fixed = literalText(value)
  if (fixed !== undefined) return posixSingleQuote(fixed)

  let out = ''
  let inDoubleQuotes = false
  const open = () => {
    if (!inDoubleQuotes) out += '"'
    inDoubleQuotes = true
  }
  value.forEach((part, index) => {
    if (isEnvPart(part)) {
      const next = value[index + 1]
      const following = next === undefined ? '' : isEnvPart(next) ? '$' : next.text
      open()
      out +=
        following === '' || SAFE_AFTER_NAME.test(following) ? `$${part.env}` : `\${${part.env}}`
      return
    }
    assertWellFormed(part.text, 'posix')
    // Split around runs of `!`, which go out in single quotes between double-quoted stretches.
    for (const piece of part.text.split(/(!+)/)) {
      if (piece === '') continue
      if (piece.startsWith('!')) {
        if (inDoubleQuotes) out += '"'
        inDoubleQuotes = false
        out += `'${piece}'`
      } else {
        open()
        out += piece.replace(DOUBLE_QUOTE_ESCAPES, '\\$&')
      }
    }
  })
  if (inDoubleQuotes) out += '"'
  return out
}
