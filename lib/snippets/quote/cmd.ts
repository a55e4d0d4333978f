// Quoting for Windows cmd.exe, typed or pasted at the interactive prompt (not a .bat file).
//
// cmd reads a line in two passes before the program (curl.exe) parses argv with the C runtime
// rules in ./msvcrt:
// 1. `%NAME%` is replaced by the variable's value. On the command line there is no escape for
//    `%` (`%%` is for batch files) and an undefined `%NAME%` is kept as typed.
// 2. `"` toggles cmd's quote state on every occurrence, escaped for the C runtime or not.
//    Outside quotes `^` escapes the next character (and continues the line at its end) and
//    `& | < > ( ) ^` are special; inside quotes they are all literal.
//
// An argument is opened with `"`, so the C runtime keeps it together. Each `\"` inside flips
// cmd's quote state, so the generator tracks that state and caret-escapes specials while cmd is
// outside quotes. A literal `%` is written outside cmd's quotes with a `^` straight after it:
// cmd then looks up a variable whose name starts with `^`, finds none, keeps the `%`, and
// drops the caret in pass 2.
import { isEnvPart, normalizeValue } from '../types'
import type { EnvName, Value } from '../types'
import { assertWellFormed } from './well-formed'

const CMD_SPECIALS = new Set(['^', '&', '|', '<', '>', '(', ')'])

type Piece = { char: string } | { env: EnvName }

function toPieces(value: Value): Piece[] {
  return normalizeValue(value).flatMap((part): Piece[] => {
    if (isEnvPart(part)) return [part]
    assertWellFormed(part.text, 'cmd')
    if (/[\r\n]/.test(part.text)) {
      throw new Error(
        'snippets/cmd: a cmd argument cannot contain a line break, because cmd ends the command there. Remove the line break.',
      )
    }
    return Array.from(part.text, (char) => ({ char }))
  })
}

/** One double-quoted argument for a C-runtime program on the cmd command line. */
export function cmdArgument(value: Value): string {
  const pieces = toPieces(value)
  let out = '"'
  let cmdQuoted = true
  let backslashes = 0
  let caretNext = false // the previous emitted character was a literal `%`

  const emit = (chunk: string, escapable: boolean) => {
    const needsCaret = !cmdQuoted && escapable && (caretNext || CMD_SPECIALS.has(chunk[0] ?? ''))
    out += needsCaret ? `^${chunk}` : chunk
    caretNext = false
  }
  const flushBackslashes = (beforeQuote: boolean) => {
    const count = beforeQuote ? backslashes * 2 : backslashes
    if (count > 0) emit('\\'.repeat(count), true)
    backslashes = 0
  }

  for (const piece of pieces) {
    if ('env' in piece) {
      flushBackslashes(false)
      // Value assumed free of quotes and cmd specials (tokens, keys, GUIDs).
      emit(`%${piece.env}%`, true)
    } else if (piece.char === '\\') {
      backslashes += 1
    } else if (piece.char === '"') {
      flushBackslashes(true)
      emit('\\"', true)
      cmdQuoted = !cmdQuoted
    } else if (piece.char === '%') {
      flushBackslashes(false)
      if (cmdQuoted) {
        // Close both quotes, write the `%`, reopen only the C runtime's quote with `^"`.
        out += '"%^"'
        cmdQuoted = false
      } else {
        emit('%', false)
        caretNext = true
      }
    } else {
      flushBackslashes(false)
      emit(piece.char, true)
    }
  }
  flushBackslashes(true)
  // `^"` closes the C runtime's quote without flipping cmd back into quotes.
  out += cmdQuoted ? '"' : '^"'
  return out
}

/**
 * `set "NAME=value"`: the quotes keep `& | < > ^` literal and stop trailing spaces sneaking
 * into the value. `%` and `"` have no safe form there, so they are refused.
 */
export function cmdSetCommand(name: EnvName, value: string): string {
  assertWellFormed(value, 'cmd')
  if (/["%\r\n]/.test(value)) {
    throw new Error(
      `snippets/cmd: a value for set "${name}=…" cannot contain ", % or a line break. Use the PowerShell tab for such values.`,
    )
  }
  return `set "${name}=${value}"`
}
